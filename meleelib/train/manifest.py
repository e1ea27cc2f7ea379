"""Stage 05's run manifest: versions, settings, data fingerprint, steps, losses, throughput, memory and MFU."""
from __future__ import annotations

import resource
from importlib.metadata import version

import torch

from meleelib.train import models


def run_manifest(p, result, wall: float) -> dict:
    """The manifest of a finished run: `p` is the trainer's Prepared, `result` what `Trainer.train` returned."""
    s, trainer, dtype = p.settings, p.trainer, p.dtype
    state = trainer.state
    tokens = state.num_input_tokens_seen
    session_tokens = tokens - p.session.tokens_at_start
    tokens_per_s = session_tokens / max(wall - p.session.eval_s, 1e-9)
    evals = [h["eval_loss"] for h in state.log_history if "eval_loss" in h]
    # Every step's logged loss, those a resumed checkpoint brought included: Trainer's training_loss averages only
    # the steps of this session.
    losses = [h["loss"] for h in state.log_history if "loss" in h]
    name = models.device_name()
    n = models.base_parameters(trainer.model.config)
    flops_per_token = models.flops_per_token(trainer.model.config, s.gradient_checkpointing)
    manifest = {
        "versions": {p: version(p) for p in ("meleelib", "torch", "transformers", "trl", "peft", "bitsandbytes",
                                             "accelerate", "datasets")},
        "profile": p.profile, "settings": vars(s), "base_model": p.base,
        "base_name": models.base_name(s.base_model), "base_revision": models.base_revision(s.base_model, p.base),
        "compute_dtype": str(dtype).removeprefix("torch."),
        "dataset_sha256_16": p.fingerprint, "device": name, "world_size": trainer.args.world_size,
        "steps": state.global_step, "max_steps": state.max_steps, "resumed_from": p.resume_from,
        "best_checkpoint": state.best_model_checkpoint, "tokens_seen": tokens, "tokens_this_session": session_tokens,
        "wall_s": round(wall, 2), "eval_s": round(p.session.eval_s, 2), "tokens_per_s": round(tokens_per_s, 2),
        "padding_fraction": round(p.padding["padding_fraction"], 4),
        "tokens_per_epoch": p.padding["tokens_per_epoch"],
        "eval_loss_before": evals[0] if evals else None, "eval_loss_best": min(evals) if evals else None,
        "train_loss": sum(losses) / len(losses) if losses else result.training_loss,
        "base_parameters": n, "flops_per_token": flops_per_token,
    }
    if torch.cuda.is_available():
        peak = models.peak_flops(name)
        manifest["peak_memory_gb"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
        manifest["mfu"] = round(tokens_per_s * flops_per_token / peak, 4) if peak else None
    else:
        manifest["peak_rss_gb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)
    return manifest


def base_label(manifest: dict) -> str:
    """`name` at revision `rev`, from the run manifest (a manifest from before names and revisions: the setting)."""
    name = manifest.get("base_name") or models.base_name(manifest["settings"]["base_model"])
    revision = manifest.get("base_revision")
    return f"{name} at revision {revision}" if revision else f"{name} (local weights, no recorded revision)"
