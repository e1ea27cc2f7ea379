"""Stage 05: QLoRA fine-tuning (4-bit NF4 base + LoRA) through TRL's SFTTrainer.

Two recipes share one path. `default` appends EOS, scores the answer only, packs sequences and keeps pad apart
from EOS. `article` reproduces the original article (pad = eos, no EOS, whole-text loss, padded batches, r 64) so
its cost and its flaw can be measured. Before any step the EOS contract is checked on a real collated batch.

Runs in-process from notebook 05, or as a module for several GPUs:
    accelerate launch -m meleelib.train --profile a100
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import TrainerCallback

from meleelib import files, progress
from meleelib.clean import dataset
from meleelib.paths import ADAPTER, CHECKPOINT_RUN, CHECKPOINTS, RUN_MANIFEST, TRAINING_LOG
from meleelib.train import models
from meleelib.train.checkpoints import check_same_run, last_checkpoint
from meleelib.train.eos_contract import check_eos_contract, padding_stats, show_sequence
from meleelib.train.manifest import run_manifest
from meleelib.train.settings import Settings

log = logging.getLogger(__name__)

class TrainError(RuntimeError):
    """Training cannot start or went wrong; the message says what to change."""


def fit_length(rows, tok, max_length: int):
    """Drop pairs longer than max_length tokens with their EOS: truncated, they would teach the model not to stop."""
    fits = rows.filter(lambda r: len(tok(r["prompt"] + r["completion"])["input_ids"]) + 1 <= max_length)
    dropped = len(rows) - len(fits)
    if dropped:
        log.warning("%d of %d pairs are longer than max_length %d tokens and are left out", dropped, len(rows),
                    max_length)
    return fits


def as_article_text(rows, tok):
    """The article's data: prompt and answer as one text, no EOS appended, tokenised as it was."""
    return rows.map(lambda r: {"input_ids": tok(r["prompt"] + r["completion"])["input_ids"]},
                    remove_columns=rows.column_names)


# ------------------------------------------------------------------ the trainer
def packing_works(model) -> bool:
    """Packing without padding is exact where the attention keeps packed sequences apart: FlashAttention reads
    cu_seqlens, and transformers (>= 5) builds a block-diagonal mask from position_ids for sdpa, eager and flex."""
    return model.config._attn_implementation in {"sdpa", "eager", "flex_attention", "flash_attention_2",
                                                  "flash_attention_3"}


def build_trainer(model, tok, data, s: Settings, output_dir: Path, dtype: torch.dtype, callbacks=()):
    from trl import SFTConfig, SFTTrainer
    cuda = torch.cuda.is_available()
    article = s.recipe == "article"
    train, validation = (fit_length(data[name].select_columns(list(dataset.COLUMNS)), tok, s.max_length)
                         for name in ("train", "validation"))
    pack = not article and packing_works(model)
    options = dict(
        output_dir=str(output_dir), per_device_train_batch_size=s.batch_size, per_device_eval_batch_size=s.batch_size,
        gradient_accumulation_steps=s.grad_accum, learning_rate=s.learning_rate, num_train_epochs=s.epochs,
        max_steps=s.max_steps, warmup_steps=s.warmup_steps, lr_scheduler_type="cosine", logging_steps=1,
        eval_strategy="steps", eval_steps=s.eval_steps, eval_on_start=True, save_strategy="steps",
        save_steps=s.save_steps, save_total_limit=2, load_best_model_at_end=True, metric_for_best_model="eval_loss",
        greater_is_better=False, bf16=dtype == torch.bfloat16, fp16=dtype == torch.float16,
        optim="paged_adamw_32bit" if cuda else "adamw_torch", seed=s.seed, data_seed=s.seed, report_to=[],
        use_cpu=not cuda, dataloader_num_workers=0, include_num_input_tokens_seen="non_padding",
        max_length=s.max_length, disable_tqdm=False,
        gradient_checkpointing=s.gradient_checkpointing,  # said either way: TRL's own default is on
        gradient_checkpointing_kwargs={"use_reentrant": False} if s.gradient_checkpointing else None)
    if article:
        from transformers import DataCollatorForLanguageModeling
        train, validation = as_article_text(train, tok), as_article_text(validation, tok)
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


class Progress(TrainerCallback):
    """Training steps, with their rate and ETA, for the runner's terminal (`progress`)."""

    def on_train_begin(self, args, state, control, **kwargs):
        self.reporter = progress.Reporter("training", state.max_steps, "step", state.global_step)

    def on_step_end(self, args, state, control, **kwargs):
        self.reporter.update(state.global_step)

    def on_train_end(self, args, state, control, **kwargs):
        self.reporter.update(state.global_step, final=True)


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
    session: Session


def prepare(s: Settings, processed: Path, outputs: Path, models_dir: Path, profile: dict | None = None,
            callbacks=()) -> Prepared:
    """Load the data and the 4-bit base, add LoRA, build the trainer, and check the EOS contract."""
    token = models.hf_token(s.hf_token_env)
    data = dataset.load(processed, need=("train", "validation"))
    dtype = models.compute_dtype(s.compute_dtype)
    base = models.resolve_base(s.base_model, models_dir)
    tok = models.load_tokenizer(base, token, pad_is_eos=s.recipe == "article")
    from transformers import set_seed
    set_seed(s.seed)  # the LoRA initialisation
    model = models.add_lora(models.load_model(base, dtype, token, s.gradient_checkpointing), s.lora_r, s.lora_alpha,
                            s.lora_dropout, s.lora_target_modules)
    checkpoints = outputs / CHECKPOINTS
    session = Session()
    trainer = build_trainer(model, tok, data, s, checkpoints, dtype, [session, Progress(), *callbacks])
    example = check_eos_contract(trainer, tok)[0]
    fingerprint = dataset.fingerprint(data)
    last = last_checkpoint(checkpoints) if s.resume else None
    if last:
        check_same_run(checkpoints, fingerprint, vars(s))
    return Prepared(s, trainer, tok, show_sequence(example, tok), padding_stats(trainer), fingerprint, last, base,
                    dtype, outputs, profile, session)


def fit(p: Prepared) -> dict:
    """Train (resuming if a checkpoint is there), then write the best adapter, its tokenizer, the log and the manifest
    to outputs/adapter/. Returns the manifest."""
    checkpoints = p.outputs / CHECKPOINTS
    files.write_text(checkpoints / CHECKPOINT_RUN, json.dumps({"dataset": p.fingerprint,
                                                                    "settings": vars(p.settings)}))
    start = time.perf_counter()
    try:
        result = p.trainer.train(resume_from_checkpoint=p.resume_from)
    except torch.OutOfMemoryError as err:
        raise TrainError(f"Out of memory ({err}). Lower train_qlora.batch_size (and raise grad_accum to keep the "
                         f"effective batch), lower max_length, set gradient_checkpointing: true, or lower lora_r. "
                         f"Checkpoints so far stay in {checkpoints}; resume: true continues from the last.") from err
    wall = time.perf_counter() - start
    adapter = p.outputs / ADAPTER
    p.trainer.save_model(str(adapter))  # the best checkpoint's adapter (load_best_model_at_end), by rank 0 alone
    manifest = run_manifest(p, result, wall)
    if p.trainer.is_world_process_zero():  # under torchrun every rank gets here: one writes
        p.tokenizer.save_pretrained(str(adapter))
        files.write_jsonl(p.outputs / TRAINING_LOG, p.trainer.state.log_history)
        files.write_text(adapter / RUN_MANIFEST, json.dumps(manifest, indent=2))
    return manifest


def train(*args, **kwargs) -> dict:
    """prepare() then fit()."""
    return fit(prepare(*args, **kwargs))
