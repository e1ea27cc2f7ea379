import ast
import html
import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill
import pytest
import yaml
from markupsafe import escape

from meleelib import runner
from meleelib.config import ProfileError, load_profile
from tests.helpers import ROOT


def test_profiles_load_and_smoke_extends_demo():
    demo, smoke = load_profile("demo"), load_profile("smoke")
    assert smoke["run"] == "smoke" and list(smoke["scrape_guides"]["characters"]) == ["Fox", "Falco"]
    assert smoke["scrape_guides"]["boards"] == demo["scrape_guides"]["boards"]
    assert load_profile("a100")["scrape_guides"]["min_interval_s"] >= 3


def test_set_overrides_parse_yaml_values():
    p = load_profile("demo", ["scrape_guides.all_posts=true", "run=mine", "scrape_guides.boards=[/a/, /b/]"])
    assert (p["scrape_guides"]["all_posts"], p["run"], p["scrape_guides"]["boards"]) == (True, "mine", ["/a/", "/b/"])
    with pytest.raises(ProfileError, match="section.key=value"):
        load_profile("demo", ["scrape_guides.all_posts"])


def test_unknown_profile_names_the_choices():
    with pytest.raises(ProfileError, match="a100, demo, smoke"):
        load_profile("dmeo")


@pytest.mark.parametrize("override, message", [
    ("scrape_guides.min_intervall_s=1", r"Unknown key\(s\) \['min_intervall_s'\].*valid keys: .*min_interval_s"),
    ("scrape_guide.all_posts=true", r"Unknown profile section\(s\) \['scrape_guide'\].*scrape_guides"),
])
def test_profile_typos_are_named(override, message):
    with pytest.raises(ProfileError, match=message):
        runner.plan(load_profile("smoke", [override]), ROOT)


@pytest.mark.parametrize("number, section, path", runner.stages(ROOT))
def test_notebook_defaults_are_the_demo_profile(number, section, path):
    """Opened in JupyterLab, a notebook's parameters cell runs the demo profile."""
    defaults = {name: ast.literal_eval(p["default"]) for name, p in papermill.inspect_notebook(str(path)).items()}
    given = {n: params for n, _, _, params in runner.plan(load_profile("demo"), ROOT)}[number]
    assert defaults == given


@pytest.mark.parametrize("number, section, path", runner.stages(ROOT))
def test_notebooks_are_committed_clean(number, section, path):
    cells = json.loads(path.read_text())["cells"]
    assert cells[0]["cell_type"] == "markdown" and cells[0]["source"][0].startswith("# ")
    assert "python -m meleelib run" in "".join(cells[0]["source"])
    assert not any(c.get("outputs") or c.get("execution_count") for c in cells if c["cell_type"] == "code")


SECRET = "sk-test-4f8e2a-never-print-me"
KEY = ("--set", "teacher.api_key_env=MELEELIB_TEST_KEY")


def cli(*args, cwd=ROOT):
    env = {**os.environ, "MELEELIB_ROOT": str(cwd), "MELEELIB_TEST_KEY": SECRET}
    return subprocess.run([sys.executable, "-m", "meleelib", "run", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=1200)  # a safety net: a stuck series fails instead of hanging CI


def scratch_copy(work: Path, tmp_path: Path) -> Path:
    """A private copy of the smoke run's project, for a test that runs the CLI again: `smoke_run` stays as the
    series left it, whatever the order of the tests. (The exported base model is not in it: it lives in the cache.)"""
    copy = tmp_path / "project"
    shutil.copytree(work, copy, symlinks=True)
    return copy


def printed(notebook: Path) -> str:
    """What the cells of an executed notebook printed to stdout, as papermill saved it."""
    nb = nbformat.read(notebook, as_version=4)
    texts = [o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs
             if o.output_type == "stream" and o.name == "stdout"]
    return "".join(t if isinstance(t, str) else "".join(t) for t in texts)


def assert_no_secret(work: Path, *results: subprocess.CompletedProcess):
    for result in results:
        assert SECRET not in result.stdout + result.stderr
    for path in [*(work / "outputs").rglob("*"), *(work / "data/smoke").rglob("*")]:
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


# Pairs a good teacher would write, for stage 04 to clean against the real embedded judge: the 135M
# demo teacher's own pairs seldom survive cleaning, and a test must not hang on its luck.
KNOWN_PAIRS = [
    ("Fox", "How should Fox punish a shielded Marth forward smash?",
     "Shine out of shield, then up-smash or grab before Marth can act again."),
    ("Fox", "How should Fox punish a shielded Marth forward smash?",
     "Shine out of shield, then up-smash or grab before Marth can act again."),
    ("Falco", "Which stage should Falco pick against Peach?",
     "Final Destination: no platforms for her float, and room for Falco's lasers."),
    ("Falco", "What does the guide say about Falco's recovery?", "The guide says to mix up firebird angles."),
    ("Fox", "How did Mango beat Fox on Battlefield?", "By edge-guarding with back-air."),
]
KNOWN_PASSAGES = [  # what the known pairs were written from, two pairs a passage
    "When Marth's forward smash hits your shield, shine out of shield, then up-smash or grab before he can act again.",
    "Against Peach, Falco picks Final Destination: no platforms for her float, and room for his lasers. Mix up the "
    "firebird angles when recovering.",
    "Mango beat Fox on Battlefield by edge-guarding with back-air.",
]


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory):
    """The whole series on smoke, through the real command line, in a scratch copy of the project.

    Stages 01-03 run as they are; before 04, KNOWN_PAIRS join the teacher's pairs, and the passages they were written
    from join the chunks (stage 04 grounds every pair in its chunk). Then 04-06 run to the report.
    Tests read what it wrote and change nothing there: one that runs the CLI again does so in a `scratch_copy`.
    """
    work = tmp_path_factory.mktemp("project")
    for name in ("notebooks", "data/sample_site"):
        shutil.copytree(ROOT / name, work / name)
    first = cli("--profile", "smoke", "--to", "03", *KEY, cwd=work)
    if first.returncode:
        return work, first
    raw = work / "data/smoke/interim/qa_raw.jsonl"
    chunk = json.loads((work / "data/smoke/interim/chunks.jsonl").read_text().splitlines()[0])
    known = [{"pair_id": f"known{i}", "chunk_id": f"{chunk['chunk_id']}-{i // 2}", "character": c,
              "variant": "general-plain", "guide_id": chunk["guide_id"], "url": chunk["url"],
              "post_ids": chunk["post_ids"], "question": q, "answer": a, "teacher_model": "hand-written",
              "request_hash": "", "finish_reason": "stop"}
             for i, (c, q, a) in enumerate(KNOWN_PAIRS)]
    with raw.open("a") as f:
        f.writelines(json.dumps(p) + "\n" for p in known)
    with (work / "data/smoke/interim/chunks.jsonl").open("a") as f:
        f.writelines(json.dumps({**chunk, "chunk_id": f"{chunk['chunk_id']}-{k}", "text": text}) + "\n"
                     for k, text in enumerate(KNOWN_PASSAGES))
    second = cli("--profile", "smoke", "--from", "04", *KEY, cwd=work)
    return work, subprocess.CompletedProcess(second.args, second.returncode, first.stdout + second.stdout,
                                             first.stderr + second.stderr)


@pytest.mark.slow
def test_runner_executes_the_series_on_smoke(smoke_run):
    work, result = smoke_run
    assert result.returncode == 0, result.stderr[-3000:]
    guides = [json.loads(line) for line in (work / "data/smoke/raw/guides.jsonl").read_text().splitlines()]
    assert [g["character"] for g in guides] == ["Fox", "Falco"]
    for g in guides:
        assert g["url"].startswith("http://127.0.0.1:") and g["post_ids"] and g["fetched_at"] and g["n_words"] > 1000
    executed = work / "outputs/smoke/notebooks/01_scrape_guides.ipynb"
    # What the cells print stays in the executed copy; the command's stdout is the runner's table.
    assert "requests sent" in printed(executed) and "requests sent" not in result.stdout
    assert (work / "outputs/smoke/notebooks/01_scrape_guides.html").stat().st_size > 10_000
    assert (work / "outputs/smoke/figures/guide_words.png").is_file()  # figures go to files
    for _, _, path in runner.stages(ROOT):  # every stage has its row in the table, and it is ok
        assert re.search(rf"^{re.escape(path.stem)}\s+ok\s", result.stdout, re.M), path.stem
    # Into a pipe, where each stage is: the training step's first count with its ETA, and each long step's end.
    assert re.search(r"^\[05 \d+:\d\d\] step \d+/\d+ Train \| training [1-3]/4 step, .* ETA \d+:\d\d", result.stdout, re.M)
    for stage, step in (("03", "teacher 4/4 req"), ("05", "training 4/4 step"), ("06", "generation 20/20 answer")):
        assert re.search(rf"^\[{stage} .*\| {step}, .*done in", result.stdout, re.M), (stage, result.stdout[-3000:])


@pytest.mark.slow
def test_stage_02_writes_chunks_and_figures(smoke_run):
    work, result = smoke_run
    records = [json.loads(line) for line in (work / "data/smoke/interim/chunks.jsonl").read_text().splitlines()]
    records = [r for r in records if "-" not in r["chunk_id"]]  # not the passages the fixture added after stage 03
    assert {r["character"] for r in records} == {"Fox", "Falco"}
    keys = {"chunk_id", "guide_id", "character", "iteration", "num_chunks", "index", "text", "n_chars", "n_tokens"}
    assert all(keys <= set(r) and r["text"] for r in records)
    fox = [r for r in records if r["character"] == "Fox"]
    assert len(fox) >= 35 and fox[0]["num_chunks"] == len(fox)  # one iteration on smoke; Fox draws at least 35
    for name in ("chunk_counts", "chunk_tokens", "requests_per_character"):
        assert (work / f"outputs/smoke/figures/{name}.png").is_file()
    assert (work / "outputs/smoke/notebooks/02_chunk_sizes.html").is_file()


@pytest.mark.slow
def test_stage_03_writes_pairs_from_the_embedded_teacher_then_reruns_from_cache(smoke_run, tmp_path):
    work, _ = smoke_run
    raw = "data/smoke/interim/qa_raw.jsonl"
    pairs = [p for p in map(json.loads, (work / raw).read_text().splitlines()) if p["teacher_model"] != "hand-written"]
    assert pairs, "the bundled teacher gave no pair at all"
    keys = {"pair_id", "chunk_id", "character", "variant", "question", "answer", "teacher_model", "request_hash",
            "finish_reason"}
    assert all(keys <= set(p) and p["question"] and p["answer"] for p in pairs)
    first = json.loads((work / "data/smoke/interim/teacher_cost.json").read_text())
    asked = load_profile("smoke")["self_instruct"]["max_chunks"]
    assert first["requests"] == asked and first["sent"] + first["cache_hits"] == asked and first["failed"] == 0
    copy = scratch_copy(work, tmp_path)  # the rerun drops the known pairs stage 04's test counts on
    chunks = copy / "data/smoke/interim/chunks.jsonl"  # and stage 02's chunks are sampled again, without the
    chunks.write_text("".join(line + "\n" for line in chunks.read_text().splitlines()  # passages the fixture added
                              if "-" not in json.loads(line)["chunk_id"]))
    again = cli("--profile", "smoke", "--only", "03", *KEY, cwd=copy)
    assert again.returncode == 0, again.stderr[-3000:]
    second = json.loads((copy / "data/smoke/interim/teacher_cost.json").read_text())
    assert second["sent"] == 0 and second["cache_hits"] == asked
    assert (copy / raw).read_text().splitlines() == [json.dumps(p, ensure_ascii=False) for p in pairs]
    assert_no_secret(copy, again)


@pytest.mark.slow
def test_stage_04_writes_an_auditable_leak_free_dataset(smoke_run):
    from datasets import load_from_disk

    from meleelib.clean.funnel import mentions_guide
    work, _ = smoke_run
    processed = work / "data/smoke/processed"
    clean = [json.loads(line) for line in (processed / "qa_clean.jsonl").read_text().splitlines()]
    rejected = [json.loads(line) for line in (processed / "qa_rejected.jsonl").read_text().splitlines()]
    raw = (work / "data/smoke/interim/qa_raw.jsonl").read_text().splitlines()
    curated = [p for p in load_yaml(ROOT / "data/sample_site/curated_pairs.yml") if p["character"] in ("Fox", "Falco")]
    assert clean and len(clean) + len(rejected) == len(raw) + len(curated)
    assert sum(p["variant"] == "curated" for p in clean + rejected) == len(curated)
    why = {r["pair_id"]: r["rejected_step"] for r in rejected}
    assert why["known1"] == "exact duplicates" and why["known4"] == "outside entities"
    assert {"known0", "known2"} <= {p["pair_id"] for p in clean}  # good pairs pass the real judge
    # known3 cites the guide: stage 04 either rewrites it so that it no longer does, or rejects it at that step.
    _, question3, answer3 = KNOWN_PAIRS[3]
    assert mentions_guide({"question": question3, "answer": answer3})  # the premise
    kept3 = [p for p in clean if p["pair_id"] == "known3"]
    if "known3" in why:
        assert why["known3"] == "guide mentions" and not kept3
        assert next(r for r in rejected if r["pair_id"] == "known3")["rejected_reason"]
    else:
        assert len(kept3) == 1, "known3 is neither in qa_clean.jsonl nor in qa_rejected.jsonl"
        rewritten = kept3[0]
        assert not mentions_guide(rewritten), (rewritten["question"], rewritten["answer"])
        assert rewritten["original"]["question"] == question3
    assert all(r["rejected_step"] and r["rejected_reason"] for r in rejected)
    data = load_from_disk(str(processed / "dataset"))
    assert sum(len(data[s]) for s in data) == len(clean)
    assert {"prompt", "completion", "chunk_id"} <= set(data["train"].features)
    chunks = [set(data[s]["chunk_id"]) for s in data]
    assert not any(a & b for i, a in enumerate(chunks) for b in chunks[i + 1:])
    card = (processed / "README.md").read_text()
    assert "## The cleaning funnel" in card and f"Pairs: {len(clean)}" in card
    assert (work / "outputs/smoke/figures/funnel.png").is_file()


def load_yaml(path):
    return yaml.safe_load(path.read_text())


@pytest.mark.slow
def test_stage_05_trains_and_writes_the_adapter_and_manifest(smoke_run):
    work, result = smoke_run
    assert result.returncode == 0, result.stderr[-3000:]
    adapter = work / "outputs/smoke/adapter"
    assert {"adapter_model.safetensors", "adapter_config.json", "tokenizer.json"} <= {f.name for f in adapter.iterdir()}
    manifest = json.loads((adapter / "run_manifest.json").read_text())
    assert manifest["steps"] == 4 and manifest["tokens_seen"] > 0 and manifest["padding_fraction"] == 0.0
    for key in ("tokens_per_s", "wall_s", "eval_loss_before", "eval_loss_best", "peak_rss_gb"):
        assert isinstance(manifest[key], float) and math.isfinite(manifest[key]), key
    assert manifest["versions"]["bitsandbytes"] and manifest["profile"]["train_qlora"]["max_steps"] == 4
    history = [json.loads(line) for line in (work / "outputs/smoke/training_log.jsonl").open()]
    assert [h["step"] for h in history if "eval_loss" in h] == [0, 2, 4]
    assert (work / "outputs/smoke/figures/training_loss.png").is_file()
    assert (work / "outputs/smoke/notebooks/05_train_qlora.html").is_file()


@pytest.mark.slow
def test_stage_06_compares_before_and_after_and_writes_the_report(smoke_run):
    from meleelib.evaluate.compare import ARTICLE_QUESTIONS
    work, result = smoke_run
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [json.loads(line) for line in (work / "outputs/smoke/comparison.jsonl").open()]
    assert len(rows) == 2 * (3 + 2)  # greedy and sampled; the article's three and two held-out questions
    for r in rows:
        for c in ("before", "after"):
            assert isinstance(r[c]["text"], str) and isinstance(r[c]["stopped"], bool) and r[c]["tokens"] > 0
    metrics = json.loads((work / "outputs/smoke/metrics.json").read_text())
    numbers = [*metrics["held_out_loss"].values(), *metrics["held_out_loss"]["delta_ci95"],
               *metrics["perplexity"].values(), *metrics["rouge_l_greedy"].values(),
               *(metrics[d][c][k] for d in ("greedy", "sampled") for c in ("before", "after")
                 for k in ("stop_rate", "bleed_rate"))]
    assert all(isinstance(x, float) and math.isfinite(x) for x in numbers if not isinstance(x, list))
    assert metrics["judge"]["win"] + metrics["judge"]["tie"] + metrics["judge"]["loss"] == 2
    report = work / "outputs/smoke/report.html"
    page = report.read_text()
    for q in ARTICLE_QUESTIONS:
        assert escape(q) in page
    article = [r for r in rows if r["kind"] == "article"]
    assert len(article) == 2 * len(ARTICLE_QUESTIONS)
    for r in article:
        assert escape(r["before"]["text"]) in page and escape(r["after"]["text"]) in page
    assert page.count("data:image/png;base64,") == 2 and "figure not found" not in page
    assert f"Report: {report.resolve()}\n" in printed(work / "outputs/smoke/notebooks/06_before_after.ipynb")
    assert (work / "outputs/smoke/notebooks/06_before_after.html").is_file()


@pytest.mark.slow
def test_stage_07_exports_serves_and_asks_the_coach(smoke_run):
    from huggingface_hub import ModelCard

    from meleelib.evaluate.compare import ARTICLE_QUESTIONS
    work, result = smoke_run
    assert result.returncode == 0, result.stderr[-3000:]
    coach = work / "outputs/smoke/coach"
    assert (coach / "model.safetensors").is_file() and (coach / "chat_template.jinja").is_file()
    card = ModelCard.load(coach / "README.md")
    metrics = json.loads((work / "outputs/smoke/metrics.json").read_text())
    assert f"{metrics['held_out_loss']['before']:.3f} → {metrics['held_out_loss']['after']:.3f}" in card.text
    executed = work / "outputs/smoke/notebooks/07_ask_the_coach.ipynb"
    text = printed(executed)
    assert "from openai import OpenAI" in text and "/v1" in text
    tables = "".join(o.get("data", {}).get("text/html", "") for c in nbformat.read(executed, as_version=4).cells
                     if c.cell_type == "code" for o in c.get("outputs", []))
    assert all(q in html.unescape(tables) for q in ARTICLE_QUESTIONS) and ("stop" in tables or "length" in tables)
    greedy = sum(1 for line in (work / "outputs/smoke/comparison.jsonl").open() if '"decoding": "greedy"' in line)
    assert re.search(rf"\b[1-9]\d* of {greedy} greedy answers identical to stage 06's", text)  # at least one


@pytest.mark.slow
def test_rerunning_stage_06_asks_the_judge_nothing_new(smoke_run, tmp_path):
    copy = scratch_copy(smoke_run[0], tmp_path)
    again = cli("--profile", "smoke", "--only", "06", *KEY, cwd=copy)
    assert again.returncode == 0, again.stderr[-3000:]
    judge = json.loads((copy / "outputs/smoke/metrics.json").read_text())["judge"]
    assert judge["sent"] == 0 and judge["cache_hits"] == 2 * judge["n"]
    assert_no_secret(copy, again)


@pytest.mark.slow
def test_no_secret_in_any_output(smoke_run):
    work, result = smoke_run
    assert_no_secret(work, result)


@pytest.mark.slow
def test_a_failing_notebook_names_cell_error_and_partial_copy(smoke_run, tmp_path):
    copy = scratch_copy(smoke_run[0], tmp_path)
    before = (copy / "data/smoke/raw/guides.jsonl").read_bytes()
    result = cli("--profile", "smoke", "--only", "01", "--set", "scrape_guides.boards=[/forums/nowhere.9/]", cwd=copy)
    assert result.returncode == 2
    assert "01_scrape_guides.ipynb failed in cell" in result.stderr and "ScrapeError" in result.stderr
    assert "outputs/smoke/notebooks/01_scrape_guides.ipynb" in result.stderr
    assert (copy / "data/smoke/raw/guides.jsonl").read_bytes() == before  # nothing already written is lost


@pytest.mark.parametrize("override, named", [
    ("scrape_guides.min_intervall_s=1", "min_intervall_s"),
    ("teacher.api_key_evn=X", "did you mean 'api_key_env'"),  # the teacher's settings are checked up front
    ("teacher.max_concurrency=many", "teacher.max_concurrency = 'many' is a str; it must be int"),
    ("self_instruct.timeout_s=5", "timeout_s belong(s) in the teacher section"),
    ("self_instruct.max_chunks=all", "self_instruct.max_chunks = 'all' is a str; it must be int or null"),
    ("clean.outside_names=Mango", "clean.outside_names = 'Mango' is a str; it must be list"),  # any section's types
    ("clean.split_sizes={train: 0.9, validation: 0.2}", "clean.split_sizes must add up to 1, not 1.1"),  # and ranges
])
def test_a_profile_typo_stops_before_anything_runs(tmp_path, monkeypatch, capsys, override, named):
    """The command line's own entry point, in this process: a typo is found before any kernel starts."""
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks")
    monkeypatch.setenv("MELEELIB_ROOT", str(tmp_path))
    code = runner.main(["run", "--profile", "smoke", "--set", override])
    out, err = capsys.readouterr()
    assert code == 2 and named in err and "[01]" not in out
    assert not (tmp_path / "outputs").exists() and not (tmp_path / "data").exists()  # nothing was written


def test_stage_kernels_talk_over_ipc_and_ipykernel_has_nothing_to_warn_about(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print('ran')")]
    nbformat.write(nb, tmp_path / "t.ipynb")
    code = ("import papermill; from meleelib.runner import local_kernel_manager; papermill.execute_notebook("
            f"{str(tmp_path / 't.ipynb')!r}, {str(tmp_path / 'o.ipynb')!r}, kernel_name='python3', progress_bar=False, "
            "kernel_manager_class=local_kernel_manager())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ran" in (tmp_path / "o.ipynb").read_text() and "without encryption" not in done.stdout + done.stderr
