"""Stage 05 on a tiny random Llama in real 4-bit: the EOS contract, overfitting, resume, splits, bad input."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from datasets import Dataset, DatasetDict

from meleelib import progress
from meleelib.clean import dataset
from meleelib.config import ProfileError
from meleelib.qa_format import ANSWER, pair_text, prompt_for
from meleelib.serve.bundled import load_tokenizer
from meleelib.train import checkpoints, models, trainer
from meleelib.train.eos_contract import ContractError, eos_contract, sequences
from tests.helpers import HELD_OUT, PAIRS, ROOT, make_project, train_settings


def test_default_recipe_keeps_the_eos_contract(tiny, tmp_path):
    processed, outputs = make_project(tmp_path)
    p = trainer.prepare(train_settings(tiny), processed, outputs, tmp_path)
    tok, batch = p.tokenizer, next(iter(p.trainer.get_train_dataloader()))
    assert tok.pad_token_id != tok.eos_token_id
    assert eos_contract(batch, tok) == []
    seqs = sequences(batch)
    assert len(seqs) == 4 and batch["input_ids"].shape[0] == 1  # padding-free: one row holds the packed pairs
    for s in seqs:
        assert s.input_ids[-1] == s.labels[-1] == tok.eos_token_id
        masked = tok.decode([t for t, label in zip(s.input_ids, s.labels) if label == -100])
        assert masked == prompt_for(next(q for q, _ in PAIRS if q in masked))
    assert p.example.startswith("[" + prompt_for(PAIRS[0][0])[:3]) and f"{ANSWER}]" in p.example
    assert p.example.endswith(tok.eos_token)


@pytest.mark.parametrize("checkpointing", [False, True])
def test_gradient_checkpointing_is_what_the_setting_says(tiny, tmp_path, checkpointing):
    """TRL checkpoints by default; `gradient_checkpointing: false` must still mean no recomputation."""
    processed, outputs = make_project(tmp_path)
    p = trainer.prepare(train_settings(tiny, gradient_checkpointing=checkpointing), processed, outputs, tmp_path)
    assert p.trainer.args.gradient_checkpointing is checkpointing
    assert p.trainer.model.base_model.model.model.gradient_checkpointing is checkpointing


def test_article_recipe_is_caught_by_the_check(tiny, tmp_path):
    processed, outputs = make_project(tmp_path)
    with pytest.raises(ContractError, match=r"(?s)4 of 4 answers do not end in EOS.*4 of 4 sequences score the prompt"):
        trainer.prepare(train_settings(tiny, recipe="article", batch_size=4), processed, outputs, tmp_path)
    assert not (outputs / "adapter").exists()


def test_an_eos_masked_as_padding_is_caught():
    """pad == eos with EOS appended: the collator of old masked the EOS along with the padding."""
    tok = load_tokenizer("smollm2")
    ids = tok(pair_text("Why?", "Because."))["input_ids"] + [tok.eos_token_id]
    prompt = len(tok(prompt_for("Why?"))["input_ids"])
    labels = [-100] * prompt + ids[prompt:-1] + [-100]
    batch = {"input_ids": torch.tensor([ids]), "labels": torch.tensor([labels]),
             "attention_mask": torch.ones(1, len(ids), dtype=torch.long)}
    assert eos_contract(batch, tok) == [
        "1 of 1 answers end in an EOS whose label is -100 (pad equals EOS?): it carries no loss."]


def test_packed_rows_give_the_same_logits_as_separate_sequences(tiny):
    """Packing is only used where the attention keeps packed pairs apart: check it on the 4-bit model, without a
    KV cache as in training (a cache turns off transformers' packed-sequence masks)."""
    tok = load_tokenizer("smollm2")
    model = models.load_model(str(tiny), torch.float32)
    a, b = (tok(pair_text(q, ans))["input_ids"] for q, ans in PAIRS[:2])
    assert trainer.packing_works(model)
    with torch.no_grad():
        packed = model(input_ids=torch.tensor([a + b]),
                       position_ids=torch.tensor([list(range(len(a))) + list(range(len(b)))]), use_cache=False).logits[0]
        alone = [model(input_ids=torch.tensor([x])).logits[0] for x in (a, b)]
    torch.testing.assert_close(packed, torch.cat(alone), atol=1e-4, rtol=1e-4)


def test_training_never_sees_a_held_out_row(tiny, tmp_path):
    processed, outputs = make_project(tmp_path, validation=HELD_OUT[:1], test=HELD_OUT[1:])
    p = trainer.prepare(train_settings(tiny), processed, outputs, tmp_path)
    seen = " ".join(p.tokenizer.decode(s.input_ids) for batch in p.trainer.get_train_dataloader()
                    for s in sequences(batch))
    assert all(q in seen for q, _ in PAIRS)
    assert not any(q in seen for q, _ in HELD_OUT)


def test_overfits_four_pairs_and_stops_with_eos(trained):
    """The shared fixture's run (80 steps on the four pairs), its adapter read back from disk as stage 06 loads it."""
    loaded, _ = trained
    model, tok, manifest = loaded.model, loaded.tokenizer, loaded.manifest
    for q, a in PAIRS:
        ids = tok(prompt_for(q), return_tensors="pt")
        out = model.generate(**ids, max_new_tokens=32, do_sample=False, eos_token_id=tok.eos_token_id,
                             pad_token_id=tok.pad_token_id)[0, ids["input_ids"].shape[1]:]
        assert tok.decode(out) == f" {a}{tok.eos_token}"
    assert manifest["steps"] == 80 and manifest["eval_loss_best"] < manifest["eval_loss_before"] / 4
    assert manifest["padding_fraction"] == 0.0 and manifest["tokens_seen"] > 0 and manifest["tokens_per_s"] > 0
    saved = {f.name for f in loaded.adapter.iterdir()}
    assert {"adapter_model.safetensors", "adapter_config.json", "tokenizer.json", "run_manifest.json"} <= saved
    assert manifest["dataset_sha256_16"]


def _project(root, run, tiny, **extra):
    make_project(root / "data" / run)
    profile = {"run": run, "train_qlora": {"base_model": str(tiny), "lora_dropout": 0.0, "max_length": 64,
                                           "batch_size": 1, "learning_rate": 1e-2, "max_steps": 30, "save_steps": 5,
                                           "eval_steps": 5, "warmup_steps": 0, **extra}}
    path = root / f"{run}.yaml"
    path.write_text(json.dumps(profile))
    return path


def _train_command(profile):
    return [sys.executable, "-m", "meleelib.train", "--profile", str(profile)]


def test_a_killed_run_resumes_to_the_same_steps_and_losses(tiny, tmp_path):
    env = {**os.environ, "MELEELIB_ROOT": str(tmp_path)}
    killed, full = _project(tmp_path, "killed", tiny), _project(tmp_path, "full", tiny)
    log = (tmp_path / "full.log").open("w")  # the reference run, never killed, trains beside the killed one
    reference = subprocess.Popen(_train_command(full), env=env, stdout=log, stderr=subprocess.STDOUT)
    proc = subprocess.Popen(_train_command(killed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    target = tmp_path / "outputs" / "killed" / "checkpoints" / "checkpoint-10"
    deadline = time.time() + 300
    while not target.is_dir() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)  # as soon as the checkpoint's folder appears, maybe half written
    proc.wait()
    try:
        assert not (tmp_path / "outputs" / "killed" / "adapter").exists(), "the run ended before it could be killed"
        subprocess.run(_train_command(killed), env=env, check=True, capture_output=True, timeout=600)
        assert reference.wait(timeout=600) == 0, (tmp_path / "full.log").read_text()[-3000:]
    finally:
        reference.kill()
        log.close()
    resumed = json.loads((tmp_path / "outputs/killed/adapter/run_manifest.json").read_text())
    assert resumed["steps"] == 30 and resumed["resumed_from"].rsplit("-", 1)[1] in ("5", "10")
    losses = {}
    for run in ("killed", "full"):
        log = [json.loads(line) for line in (tmp_path / "outputs" / run / "training_log.jsonl").open()]
        losses[run] = {h["step"]: h["loss"] for h in log if "loss" in h}
    assert sorted(losses["killed"]) == list(range(1, 31))
    assert losses["killed"] == pytest.approx(losses["full"], rel=1e-4)
    full = json.loads((tmp_path / "outputs/full/adapter/run_manifest.json").read_text())
    assert resumed["train_loss"] == pytest.approx(full["train_loss"], rel=1e-4)  # not the resumed steps' mean
    assert resumed["train_loss"] == pytest.approx(sum(losses["killed"].values()) / 30, rel=1e-6)


def test_resuming_other_data_is_refused(tiny, tmp_path):
    processed, outputs = make_project(tmp_path)
    trainer.train(train_settings(tiny, max_steps=2, eval_steps=2, save_steps=2), processed, outputs, tmp_path)
    processed, _ = make_project(tmp_path, train_pairs=PAIRS[:3])
    with pytest.raises(checkpoints.ResumeError, match="the dataset changed"):
        trainer.prepare(train_settings(tiny, max_steps=4), processed, outputs, tmp_path)


def test_a_dataset_without_completions_names_stage_04(tiny, tmp_path):
    DatasetDict({"train": Dataset.from_list([{"text": pair_text("a", "b")}]),
                 "validation": Dataset.from_list([{"text": pair_text("c", "d")}])}).save_to_disk(str(tmp_path / "dataset"))
    with pytest.raises(dataset.DatasetError, match=r"lacks the column\(s\) \['completion', 'prompt'\].*stage 04"):
        trainer.prepare(train_settings(tiny), tmp_path, tmp_path / "out", tmp_path)
    with pytest.raises(dataset.DatasetError, match="run stage 04"):
        trainer.prepare(train_settings(tiny), tmp_path / "nowhere", tmp_path / "out", tmp_path)


def test_an_empty_validation_split_is_named(tiny, tmp_path):
    processed, outputs = make_project(tmp_path, validation=[])
    with pytest.raises(dataset.DatasetError, match="4 train, 0 validation rows, and the validation split"):
        trainer.prepare(train_settings(tiny), processed, outputs, tmp_path)


def test_bf16_without_hardware_support_falls_back_with_a_warning():
    if torch.cuda.is_available() and torch.cuda.is_bf16_supported():
        pytest.skip("this machine has bf16")
    with pytest.warns(UserWarning, match="no bf16 support: using fp32"):
        assert models.compute_dtype("bf16") == torch.float32
    with pytest.raises(models.ModelError, match="use auto, bf16, fp16 or fp32"):
        models.compute_dtype("fp8")


def test_out_of_memory_suggests_what_to_lower(tiny, tmp_path, monkeypatch):
    processed, outputs = make_project(tmp_path)
    p = trainer.prepare(train_settings(tiny), processed, outputs, tmp_path)

    def oom(**_):  # a real OOM needs a GPU; the handling is what is under test
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
    monkeypatch.setattr(p.trainer, "train", oom)
    with pytest.raises(trainer.TrainError, match=r"(?s)Out of memory.*batch_size.*grad_accum.*max_length.*"
                                               r"gradient_checkpointing"):
        trainer.fit(p)


def test_unknown_settings_and_recipes_are_named():
    with pytest.raises(ProfileError, match=r"no setting 'lora_rank' \(did you mean 'lora_r'\?\)"):
        trainer.Settings.of({"lora_rank": 8})
    with pytest.raises(ProfileError, match="train_qlora.lora_r = '8' is a str; it must be int"):
        trainer.Settings.of({"lora_r": "8"})
    with pytest.raises(ProfileError, match="use default or article"):
        trainer.Settings.of({"recipe": "fast"})
    assert trainer.Settings.of({"recipe": "article"}).lora_r == 64
    with pytest.warns(FutureWarning, match="now called `article`"):  # the old name still works, with a warning
        old = trainer.Settings.of({"recipe": "seed"})
    assert old.recipe == "article" and old.lora_r == 64


def test_flops_count_matches_llama_2_7b():
    from transformers import LlamaConfig
    config = LlamaConfig(hidden_size=4096, intermediate_size=11008, num_hidden_layers=32, num_attention_heads=32,
                         num_key_value_heads=32, vocab_size=32000)
    assert models.base_parameters(config) == 6_738_415_616 - 32 * 2 * 4096 - 4096  # less the norms' weights


def test_an_evaluation_does_not_cut_the_gradients(tiny, tmp_path):
    """bitsandbytes repacks 4-bit weights for fast CPU inference on eval; training must still backpropagate."""
    processed, outputs = make_project(tmp_path)
    p = trainer.prepare(train_settings(tiny), processed, outputs, tmp_path)
    model, batch = p.trainer.model, next(iter(p.trainer.get_train_dataloader()))
    first_lora = next(param for name, param in model.named_parameters() if "lora_B" in name)  # layer 0

    def gradient():
        model.train()
        model.zero_grad()
        model(**batch).loss.backward()
        return first_lora.grad.clone()
    before = gradient()
    p.trainer.evaluate()
    torch.testing.assert_close(gradient(), before)
    assert before.abs().sum() > 0


@pytest.mark.parametrize("profile", ["demo", "smoke", "a100"])
def test_every_profile_trains_with_known_settings(profile):
    from meleelib.config import load_profile
    s = trainer.Settings.of(load_profile(profile)["train_qlora"])
    assert s.recipe == "default" and s.lora_target_modules == "all-linear" and s.save_steps % s.eval_steps == 0
    if profile == "a100":  # the QLoRA paper's 7B recipe, with the token read from the environment
        assert (s.lora_r, s.lora_alpha, s.lora_dropout, s.hf_token_env) == (64, 16, 0.1, "HF_TOKEN")


def test_training_reports_its_steps_rate_and_eta_to_a_watching_runner(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.ENV, str(tmp_path / "progress.jsonl"))
    processed, outputs = make_project(tmp_path)
    trainer.train(train_settings(tiny, max_steps=4, eval_steps=2, save_steps=2), processed, outputs, tmp_path)
    events = [json.loads(line) for line in (tmp_path / "progress.jsonl").read_text().splitlines()]
    steps = [e for e in events if e["step"] == "training"]
    assert steps[0]["n"] >= 1 and steps[0]["total"] == 4 and steps[0]["rate"] > 0 and not steps[0]["done"]
    assert "ETA" in progress.describe(steps[0]) and steps[-1]["n"] == 4 and steps[-1]["done"]


@pytest.mark.slow
def test_two_processes_under_torchrun_split_the_batches_and_write_one_adapter(tiny, tmp_path):
    """Stage 05's entry point under `torchrun --nproc_per_node 2` on the CPU (gloo), in real 4-bit: DDP halves the
    steps of one epoch, each rank trains on its own batches, and rank 0 alone writes the adapter and manifest."""
    pairs = [(f"{q} (case {i})", a) for i in range(4) for q, a in PAIRS]  # 16 pairs: 4 steps of 2 packed rows
    env = {**os.environ, "MELEELIB_ROOT": str(tmp_path), "ACCELERATE_USE_CPU": "true", "PROBE_DIR": str(tmp_path),
           "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    manifests, took = {}, {}
    for run, command in (("one", [sys.executable, "-m", "meleelib.train"]),
                         ("two", [str(Path(sys.executable).parent / "torchrun"), "--nproc_per_node", "2",
                                  str(ROOT / "tests/ddp_probe.py")])):
        make_project(tmp_path / "data" / run, train_pairs=pairs)
        profile = tmp_path / f"{run}.yaml"
        profile.write_text(json.dumps({"run": run, "train_qlora": {
            "base_model": str(tiny), "lora_dropout": 0.0, "max_length": 64, "batch_size": 2, "epochs": 1,
            "max_steps": -1, "save_steps": 100, "eval_steps": 100, "warmup_steps": 0}}))
        started = time.monotonic()
        done = subprocess.run([*command, "--profile", str(profile)], env=env, capture_output=True, text=True,
                              timeout=600, cwd=ROOT)
        took[run] = round(time.monotonic() - started)
        assert done.returncode == 0, done.stderr[-3000:]
        manifests[run] = json.loads((tmp_path / "outputs" / run / "adapter/run_manifest.json").read_text())
    print(f"\none process: {manifests['one']['steps']} steps in {took['one']} s; torchrun x2: "
          f"{manifests['two']['steps']} steps in {took['two']} s")
    assert manifests["one"]["world_size"] == 1 and manifests["two"]["world_size"] == 2
    assert manifests["two"]["steps"] * 2 == manifests["one"]["steps"] == 4
    first = [set(json.loads((tmp_path / f"rank{r}.json").read_text())) for r in (0, 1)]
    assert first[0] and first[1] and not first[0] & first[1]  # each rank its own first batch
    assert sorted(p.name for p in (tmp_path / "outputs/two").iterdir()) == ["adapter", "checkpoints",
                                                                            "training_log.jsonl"]
    assert (tmp_path / "outputs/two/adapter/adapter_model.safetensors").is_file()
