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
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    return fig
