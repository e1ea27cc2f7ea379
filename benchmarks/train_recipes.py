"""Training throughput of the default recipe against the article's, side by side in one run.

    python benchmarks/train_recipes.py            # CPU: the bundled SmolLM2-135M in 4-bit on the demo dataset
    python benchmarks/train_recipes.py --gpu      # GPU: Llama-2-7B's shape, random weights, NF4, seq 1024

Prints non-pad training tokens/s, padding fraction and their ratio; on a GPU also MFU and peak memory.
Both recipes see the same pairs per step on average, so the difference is padding, packing and LoRA rank.
Needs data/demo/processed/dataset (run `make demo`, or `python -m meleelib run --to 04`).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import torch
from datasets import concatenate_datasets
from transformers import TrainerCallback

from meleelib.clean import dataset
from meleelib.config import load_profile
from meleelib.paths import RunPaths
from meleelib.train import models, trainer
from meleelib.train.eos_contract import eos_contract, padding_stats


class Clock(TrainerCallback):
    """Non-pad tokens and time at the end of each step; the first `skip` steps are warm-up."""

    def __init__(self, skip: int):
        self.skip, self.marks = skip, []

    def on_step_end(self, args, state, control, **kwargs):
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        self.marks.append((time.perf_counter(), state.num_input_tokens_seen))

    def rate(self) -> float:
        (t0, n0), (t1, n1) = self.marks[self.skip - 1], self.marks[-1]
        return (n1 - n0) / (t1 - t0)


def random_llama_7b(folder: Path, vocab: int) -> str:
    """Llama-2-7B's config with random weights, saved once in bf16 so it loads through the 4-bit path."""
    from transformers import LlamaConfig, LlamaForCausalLM
    if not (folder / "config.json").is_file():
        config = LlamaConfig(hidden_size=4096, intermediate_size=11008, num_hidden_layers=32, num_attention_heads=32,
                             num_key_value_heads=32, max_position_embeddings=4096, vocab_size=vocab,
                             rms_norm_eps=1e-5, torch_dtype="bfloat16")
        torch.set_default_dtype(torch.bfloat16)
        with torch.device("cuda"):
            model = LlamaForCausalLM(config)
        torch.set_default_dtype(torch.float32)
        model.save_pretrained(folder)
        del model
        torch.cuda.empty_cache()
    return str(folder)


def measure(recipe: str, base: str, data, section: dict, steps: int, work: Path) -> dict:
    s = trainer.Settings.of({**section, "recipe": recipe, "base_model": base, "max_steps": steps,
                           "eval_steps": 10 ** 6, "save_steps": 10 ** 6, "resume": False})
    dtype = models.compute_dtype(s.compute_dtype)
    tok = models.load_tokenizer(base, pad_is_eos=s.recipe == "article")
    torch.manual_seed(0)
    model = models.add_lora(models.load_model(base, dtype, gradient_checkpointing=s.gradient_checkpointing),
                            s.lora_r, s.lora_alpha, s.lora_dropout, s.lora_target_modules)
    clock = Clock(skip=2)
    built = trainer.build_trainer(model, tok, data, s, work / recipe, dtype, callbacks=[clock])
    built.args.eval_on_start = False
    padding = padding_stats(built)
    problems = eos_contract(next(iter(built.get_train_dataloader())), tok)
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    built.train()
    rate = clock.rate()
    out = {"recipe": recipe, "lora_r": s.lora_r, "batch_size": s.batch_size, "packed": built.args.packing,
           "compute_dtype": str(dtype).removeprefix("torch."), "steps": steps,
           "tokens_per_s": round(rate, 1), "padding_fraction": round(padding["padding_fraction"], 3),
           "eos_contract": "holds" if not problems else "fails"}
    if torch.cuda.is_available():
        peak = models.peak_flops(models.device_name())
        flops = models.flops_per_token(model.config, s.gradient_checkpointing)
        out.update(peak_memory_gb=round(torch.cuda.max_memory_allocated() / 2**30, 2),
                   mfu=round(rate * flops / peak, 4) if peak else None, flops_per_token=flops)
    del built, model
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gpu", action="store_true", help="Llama-2-7B's shape with random weights, on CUDA")
    parser.add_argument("--steps", type=int, default=None, help="steps per recipe (default 12 CPU, 30 GPU)")
    parser.add_argument("--run", default="demo", help="the run whose stage 04 dataset is used")
    args = parser.parse_args()
    paths = RunPaths.of(args.run)
    data = dataset.load(paths.processed)
    if args.gpu:
        if not torch.cuda.is_available():
            raise SystemExit("--gpu needs a CUDA device.")
        section = load_profile("a100")["train_qlora"]
        tok = models.load_tokenizer(models.resolve_base("bundled", paths.models))
        base = random_llama_7b(Path(tempfile.gettempdir()) / "llama-2-7b-random", len(tok))
        tok.save_pretrained(base)
        data["train"] = concatenate_datasets([data["train"]] * 200)  # enough pairs for steps of 8 x 1024 tokens
        steps = args.steps or 30
    else:
        section = load_profile("demo")["train_qlora"]
        base = models.resolve_base("bundled", paths.models)
        steps = args.steps or 12
    # The article's recipe batches pairs, the default packed rows: give both about the same pairs per step.
    tok = models.load_tokenizer(base)
    mean_tokens = sum(len(tok(r["prompt"] + r["completion"])["input_ids"]) + 1 for r in data["train"]) / len(
        data["train"])
    article_batch = max(1, round(section["batch_size"] * section["max_length"] / mean_tokens))
    print(f"{len(data['train'])} training pairs, {mean_tokens:.0f} tokens each on average; default: "
          f"{section['batch_size']} packed rows of {section['max_length']}, article: {article_batch} padded pairs "
          f"per step")
    with tempfile.TemporaryDirectory() as work:
        results = [measure("default", base, data, section, steps, Path(work)),
                   measure("article", base, data, {**section, "batch_size": article_batch}, steps, Path(work))]
    print(json.dumps(results, indent=2))
    d, a = results
    print(f"\ndevice: {models.device_name()}")
    print(f"{'recipe':8} {'tokens/s':>10} {'padding':>8} {'EOS contract':>13}")
    for r in results:
        print(f"{r['recipe']:8} {r['tokens_per_s']:>10.1f} {r['padding_fraction']:>8.1%} {r['eos_contract']:>13}")
    print(f"default / article non-pad tokens/s: {d['tokens_per_s'] / a['tokens_per_s']:.2f}x (target >= 2x); removing "
          f"the article batches' padding alone could give at most {1 / (1 - a['padding_fraction']):.2f}x on this data")
    if "mfu" in d:
        print(f"default MFU {d['mfu']}, peak memory {d['peak_memory_gb']} GB (targets: >= 0.35, < 16 GB)")


if __name__ == "__main__":
    main()
