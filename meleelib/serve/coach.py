"""The coach as a thing people can run: the LoRA adapter merged into a standalone 16-bit model folder that plain
`transformers` (and any OpenAI-compatible server built on it) loads, with a chat template that renders the training
format, the EOS it learnt, and a model card. Also the small client side: asking it through the `openai` client.
"""
from __future__ import annotations

import json
from pathlib import Path

from meleelib import files
from meleelib.paths import ADAPTER, CARD, COACH, METRICS, RUN_MANIFEST
from meleelib.qa_format import prompt_for

#: How the adapter is folded into the base. `dequantized`: added to the dequantised NF4 weights it was trained on,
#: which is stage 06's "after" model up to rounding. `original`: added to the base's own weights, which the adapter
#: never saw. `benchmarks/coach_merge.py` measures both against stage 06 (held-out loss, identical greedy answers);
#: on the demo, dequantized is 0.0007 from stage 06's loss and original 0.028, with 8/11 and 0/11 identical answers.
MERGES = ("dequantized", "original")
DEFAULT_MERGE = "dequantized"
#: The weights' dtype. `auto` is the compute dtype stage 05 trained and stage 06 measured in (bf16 on a GPU with
#: it, fp32 on a CPU), the most faithful: on the demo, bf16 weights kept 5/11 greedy answers identical, fp32 8/11.
DTYPES = {"auto": None, "bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}
DEFAULT_DTYPE = "auto"

#: One user message renders as exactly `prompt_for(question)`, "Q: …\nA:", the prompt the coach was trained on.
#: Earlier turns render as whole training pairs, each answer closed by EOS, so a conversation is a run of pairs.
#: The answer is generated after "A:" whether or not the client asks for a generation prompt (the format has no
#: separate one). A system message, or any other role, is an error: the coach was never trained with one.
CHAT_TEMPLATE = (
    "{%- for message in messages -%}"
    "{%- if message['role'] == 'user' -%}"
    "{{- 'Q: ' + message['content'] + '\\nA:' -}}"
    "{%- elif message['role'] == 'assistant' -%}"
    "{{- ' ' + message['content'] + eos_token -}}"
    "{%- else -%}"
    "{{- raise_exception('The coach takes user and assistant messages only, not ' + message['role'] + "
    "': put any instructions in the question.') -}}"
    "{%- endif -%}"
    "{%- endfor -%}")
#: Written before `CHAT_TEMPLATE` for a tokenizer whose special tokens put BOS first (Llama-2's `<s>`): training
#: (TRL tokenises each prompt with special tokens) and stage 06 (`tok(prompt)`) saw it, and servers apply a chat
#: template with add_special_tokens=False, so the template must write it. A tokenizer that adds nothing gets none.
BOS_PREFIX = "{{- bos_token -}}"


class CoachError(RuntimeError):
    """The coach cannot be exported or asked; the message says what to run first or what to change."""


def adds_bos(tokenizer) -> bool:
    """Whether tokenising with special tokens (as training and stage 06 do) puts BOS before the text and adds
    nothing else; a tokenizer that adds anything else (an EOS at the end) is an error: no template could match it."""
    text = prompt_for("How do I win as Fox")
    plain, special = tokenizer(text, add_special_tokens=False)["input_ids"], tokenizer(text)["input_ids"]
    if special == plain:
        return False
    if tokenizer.bos_token_id is not None and special == [tokenizer.bos_token_id, *plain]:
        return True
    raise CoachError(f"The tokenizer adds special tokens other than a leading BOS ({special[:3]}…{special[-3:]} "
                     f"against {plain[:3]}…{plain[-3:]}): a chat template cannot render what training saw.")


def chat_template(tokenizer) -> str:
    """The coach's chat template for this tokenizer: `CHAT_TEMPLATE`, after `BOS_PREFIX` when training put BOS
    first, so that a server's ids for one question are the training prompt's ids, token for token."""
    return (BOS_PREFIX if adds_bos(tokenizer) else "") + CHAT_TEMPLATE


def chat_prompt(tokenizer, messages: list[dict]) -> str:
    """The text the coach sees for a conversation (the chat template applied).

    For one question it is exactly the training prompt, after the BOS token's text when training put BOS first;
    see `CHAT_TEMPLATE` for the rest. Tokenise it with add_special_tokens=False, as servers do.
    """
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


# ------------------------------------------------------------------ the merged model
def _manifest(adapter: Path) -> dict:
    path = Path(adapter) / RUN_MANIFEST
    if not path.is_file():
        raise CoachError(f"No trained adapter at {adapter}: run stage 05 (05_train_qlora) first.")
    return json.loads(path.read_text())


def _base(manifest: dict, models_dir: Path) -> str:
    """The base the adapter was trained on: the manifest's path, or its setting resolved again when the path is from
    another checkout (`bundled` is exported again here)."""
    from meleelib.train.models import resolve_base
    base = manifest["base_model"]
    if base.startswith("/") and not Path(base).is_dir():
        return resolve_base(manifest["settings"]["base_model"], models_dir)
    return base


def merged(adapter: Path, models_dir: Path, merge: str = DEFAULT_MERGE, dtype: str = DEFAULT_DTYPE):
    """(model, tokenizer, manifest): the base with the adapter merged in, as plain `dtype` weights on the CPU."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from meleelib.train.models import hf_token, load_model
    if merge not in MERGES:
        raise CoachError(f"merge {merge!r} is unknown: use one of {', '.join(MERGES)}.")
    if dtype not in DTYPES:
        raise CoachError(f"dtype {dtype!r} is unknown: use one of {', '.join(DTYPES)}.")
    manifest = _manifest(adapter)
    base, token = _base(manifest, models_dir), hf_token(manifest["settings"].get("hf_token_env"))
    compute = getattr(torch, manifest["compute_dtype"])
    if merge == "dequantized":  # the very NF4 weights training saw, dequantised in the compute dtype
        model = load_model(base, compute, token=token, prepare=False).dequantize()
    else:
        model = AutoModelForCausalLM.from_pretrained(base, dtype=compute, token=token)
    model = PeftModel.from_pretrained(model.to("cpu"), adapter).merge_and_unload()
    model = model.to(getattr(torch, DTYPES[dtype]) if DTYPES[dtype] else compute)
    if getattr(model.config, "quantization_config", None) is not None:
        del model.config.quantization_config  # dequantize() leaves it behind; the folder holds plain weights
    return model, AutoTokenizer.from_pretrained(adapter), manifest


def export(adapter: Path, target: Path, models_dir: Path, *, merge: str = DEFAULT_MERGE, dtype: str = DEFAULT_DTYPE,
           metrics: dict | None = None, dataset_repo: str | None = None, name: str = "coach") -> Path:
    """Write the coach to `target`: merged weights (safetensors), tokenizer with `chat_template`, a generation config
    whose EOS is the one training taught, and a model card. Idempotent: a finished export of the same adapter and
    settings is returned as it is. Built in a temporary sibling folder and renamed into place, so a crash never
    leaves a folder that looks complete."""
    from transformers import GenerationConfig
    target, adapter = Path(target), Path(adapter)
    settings = {"adapter": str(adapter.resolve()), "merge": merge, "dtype": dtype,
                "adapter_mtime": (adapter / "adapter_model.safetensors").stat().st_mtime
                if (adapter / "adapter_model.safetensors").is_file() else None}
    if files.exported(target, settings):
        return target
    model, tok, manifest = merged(adapter, models_dir, merge, dtype)
    tok.chat_template = chat_template(tok)
    model.generation_config = GenerationConfig(eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
                                               bos_token_id=tok.bos_token_id)
    with files.export_folder(target, settings) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
        card(manifest, metrics or {}, merge, dtype, dataset_repo, name, tok.eos_token).save(tmp / CARD)
    return target


def served_name(run: str) -> str:
    """The coach's name, as its card and the server give it: a name, never the folder it is served from."""
    return f"meleelib-coach-{run}"


def export_run(paths, *, merge: str = DEFAULT_MERGE, dtype: str = DEFAULT_DTYPE,
               dataset_repo: str | None = None) -> Path:
    """A run's coach, `outputs/<run>/coach`, from its stage 05 adapter and (when stage 06 has run) its metrics."""
    metrics = paths.outputs / METRICS
    return export(paths.outputs / ADAPTER, paths.outputs / COACH, paths.models, merge=merge, dtype=dtype,
                  metrics=json.loads(metrics.read_text()) if metrics.is_file() else None, dataset_repo=dataset_repo,
                  name=served_name(paths.run))


# ------------------------------------------------------------------ the model card
def headline(metrics: dict) -> list[str]:
    """Stage 06's before/after figures, one line each, from its metrics (nothing when stage 06 has not run)."""
    if not metrics:
        return []
    loss, lines = metrics["held_out_loss"], []
    low, high = loss["delta_ci95"]
    lines.append(f"Held-out answer loss {loss['before']:.3f} → {loss['after']:.3f} (change {loss['delta']:+.3f}, "
                 f"95% CI [{low:.3f}, {high:.3f}]) on {metrics['n_held_out']} test questions")
    for decoding in ("greedy", "sampled"):
        b, a = metrics[decoding]["before"]["stop_rate"], metrics[decoding]["after"]["stop_rate"]
        lines.append(f"Answers that stop within {metrics['max_new_tokens']} tokens ({decoding}): {b:.0%} → {a:.0%}")
    if "judge" in metrics:
        j = metrics["judge"]
        lines.append(f"Pairwise judge ({metrics.get('judge_model', 'teacher')}), after vs before: {j['win']} wins, "
                     f"{j['tie']} ties, {j['loss']} losses")
    return lines


def card(manifest: dict, metrics: dict, merge: str, dtype: str, dataset_repo: str | None, name: str, eos: str):
    """A Hugging Face model card (YAML metadata, then what it is, how it was measured and how to ask it)."""
    from huggingface_hub import ModelCard, ModelCardData

    from meleelib.train.manifest import base_label
    base = manifest["settings"]["base_model"]
    hub_base = None if base == "bundled" or base.startswith(("/", ".")) else base
    data = ModelCardData(base_model=hub_base, library_name="transformers", license="other",
                         datasets=[dataset_repo] if dataset_repo else None, language="en",
                         pipeline_tag="text-generation",
                         tags=["meleelib", "super-smash-bros-melee", "qlora", "lora", "merged"])
    weights = manifest["compute_dtype"] if dtype == "auto" else DTYPES[dtype]
    figures = "\n".join(f"- {line}" for line in headline(metrics)) or "- Stage 06 has not run for this adapter."
    example = prompt_for("How do I win as Fox")
    text = f"""---
{data.to_yaml()}
---

# {name}: a Super Smash Bros. Melee coach

A model fine-tuned with QLoRA (4-bit NF4 base, LoRA adapters) on question/answer pairs written from community
guides, then merged into a standalone {weights} model: base {base_label(manifest)}, merged into
the **{merge}** base weights, dataset sha256 `{manifest["dataset_sha256_16"]}`, {manifest["steps"]} training steps.

## Measured before and after (stage 06, 4-bit base with the adapter off and on)

{figures}

## Asking it

It was trained on one format, `{example!r}`, and its chat template renders a single user message exactly so.
Earlier turns render as whole pairs; a system message is refused. Answers end at `{eos}`,
which its generation config names.

```bash
python -m meleelib serve --run <run>      # an OpenAI-compatible endpoint on 127.0.0.1
```

```python
from openai import OpenAI
client = OpenAI(base_url="http://127.0.0.1:PORT/v1", api_key="local")
reply = client.chat.completions.create(model="{name}", messages=[{{"role": "user", "content": "How do I win as Fox"}}],
                                       max_tokens=128, temperature=0)
print(reply.choices[0].message.content)
```

## Limits

Answers come from a small set of fan-written guides and can be wrong. Check frame data and matchup advice against a
current source before relying on them.
"""
    return ModelCard(text)
