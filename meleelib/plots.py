"""Figures the notebooks show and save under outputs/<run>/figures/."""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt


def words_per_character(rows: list[dict], path: Path):
    """Bar chart of guide words per character, from scrape.summary rows."""
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.bar([r["character"] for r in rows], [r["words"] for r in rows], color="#4c72b0")
    ax.set_ylabel("words kept")
    ax.set_title("Guide words per character")
    ax.tick_params(axis="x", rotation=30)
    return _save(fig, path)


def _save(fig, path: Path):
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    return fig


def chunk_count_histograms(log: list[dict], draws: dict, path: Path):
    """Sampled chunk counts per character, with the clipped Gaussian's exact mass overlaid (the pile-up at a bound)."""
    characters = list(draws)
    cols = min(4, len(characters))
    rows = -(-len(characters) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.2 * cols, 2.6 * rows), squeeze=False)
    for ax, c in zip(axes.flat, characters):
        counts = [r["sampled"] for r in log if r["character"] == c]
        pmf = draws[c].pmf()
        shown = [k for k, p in pmf.items() if p > 1e-3 or k in counts]
        lo, hi = min(shown), max(shown)
        ax.hist(counts, bins=range(lo, hi + 2), density=True, align="left", color="#4c72b0", alpha=0.6, label="drawn")
        ax.plot(range(lo, hi + 1), [pmf[k] for k in range(lo, hi + 1)], "o-", color="#dd8452", ms=3, label="exact")
        ax.set_title(f"{c} (n={len(counts)})", fontsize=9)
        ax.set_xlabel("chunks per guide", fontsize=8)
    for ax in list(axes.flat)[len(characters):]:
        ax.axis("off")
    axes.flat[0].legend(fontsize=7)
    return _save(fig, path)


def chunk_token_lengths(records: list[dict], limit: int, path: Path):
    """Distribution of chunk lengths in teacher tokens, with the room a chunk may use."""
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.hist([r["n_tokens"] for r in records], bins=40, color="#55a868")
    ax.axvline(limit, color="#c44e52", ls="--", label=f"room for a chunk ({limit} tokens)")
    ax.set_xlabel("tokens per chunk")
    ax.set_ylabel("chunks")
    ax.legend()
    return _save(fig, path)


def requests_per_character(cost_rows: list[dict], path: Path):
    """Teacher requests per character, from chunks.cost_estimate rows (the total row is left out)."""
    rows = [r for r in cost_rows if r["character"] != "total"]
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.bar([r["character"] for r in rows], [r["requests"] for r in rows], color="#8172b3")
    ax.set_ylabel("requests")
    ax.tick_params(axis="x", rotation=30)
    return _save(fig, path)


def funnel(per_character: dict[str, list[int]], steps: list[str], path: Path):
    """Pairs surviving each cleaning step, one line per character."""
    fig, ax = plt.subplots(figsize=(8, 3.6))
    for character, counts in per_character.items():
        ax.plot(range(len(counts)), counts, marker="o", label=character)
    ax.set_xticks(range(len(steps) + 1), ["input", *steps], rotation=25, ha="right")
    ax.set_ylabel("pairs left")
    ax.legend(fontsize=7, ncol=2)
    return _save(fig, path)


def balance(before: dict[str, int], after: dict[str, int], path: Path):
    """Pairs per character before and after cleaning."""
    names = sorted(before)
    fig, ax = plt.subplots(figsize=(7, 3.2))
    xs = range(len(names))
    ax.bar([x - 0.2 for x in xs], [before[n] for n in names], width=0.4, label="before", color="#c4c4c4")
    ax.bar([x + 0.2 for x in xs], [after.get(n, 0) for n in names], width=0.4, label="after", color="#4c72b0")
    ax.set_xticks(list(xs), names, rotation=30)
    ax.set_ylabel("pairs")
    ax.legend()
    return _save(fig, path)


def training_curves(history: list[dict], path: Path):
    """Training loss per step and validation loss at each evaluation, from the trainer's log history."""
    fig, ax = plt.subplots(figsize=(7, 3.2))
    train = [(h["step"], h["loss"]) for h in history if "loss" in h and "step" in h]
    evals = [(h["step"], h["eval_loss"]) for h in history if "eval_loss" in h]
    if train:
        ax.plot(*zip(*train), color="#4c72b0", lw=1, label="train (completion tokens)")
    if evals:
        ax.plot(*zip(*evals), "o-", color="#dd8452", ms=4, label="validation")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.set_title("QLoRA training loss")
    ax.legend()
    return _save(fig, path)
