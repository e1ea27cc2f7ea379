"""Where a run reads and writes. `RunPaths` knows every folder, and every file one stage hands to another; each file
name is written here once, so a reader finds who writes and who reads a file by searching for its constant.

Nothing is created here: the function that writes a folder makes it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def cache() -> Path:
    """What this machine keeps for every project and run: the bundled model exported once, the GGUF converter."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "meleelib"


# stage 01 -> 02, 04
GUIDES = "guides.jsonl"
PAGE_CACHE = "cache"
# stage 02 -> 03, 04
CHUNKS = "chunks.jsonl"
COST_ESTIMATE = "cost_estimate.jsonl"
# stage 03 -> 04; the teacher's answer cache is shared by 03, 04 and 06
QA_RAW = "qa_raw.jsonl"
QA_FAILED = "qa_failed.jsonl"
TEACHER_COST = "teacher_cost.json"
TEACHER_CACHE = "teacher.sqlite"
ENGINE_LOG = "engine.log"  # the embedded teacher's server
# stage 04 -> 05, 06
QA_CLEAN = "qa_clean.jsonl"
QA_REJECTED = "qa_rejected.jsonl"
DATASET = "dataset"
FUNNEL = "funnel.json"
PROVENANCE = "provenance.json"
FUNNEL_FIGURE = "funnel.png"  # in figures/, shown again by the report
CARD = "README.md"  # a dataset's or a model's card, as the Hub reads it
# stage 05 -> 06, 07
ADAPTER = "adapter"
RUN_MANIFEST = "run_manifest.json"
CHECKPOINTS = "checkpoints"
CHECKPOINT_RUN = "meleelib_run.json"  # which data and settings the checkpoints were made with
TRAINING_LOG = "training_log.jsonl"
LOSS_FIGURE = "training_loss.png"  # in figures/, shown again by the report
# stage 06 -> 07
COMPARISON = "comparison.jsonl"
METRICS = "metrics.json"
REPORT = "report.html"
# stage 07, and the runner
COACH = "coach"
NOTEBOOKS = "notebooks"
PROGRESS = "progress.jsonl"


def project_root() -> Path:
    """The checkout the notebooks run in: $MELEELIB_ROOT, else the nearest folder up with notebooks/ and data/."""
    if os.environ.get("MELEELIB_ROOT"):
        return Path(os.environ["MELEELIB_ROOT"]).resolve()
    for folder in [Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[1]]:
        if (folder / NOTEBOOKS).is_dir() and (folder / "data").is_dir():
            return folder
    return Path.cwd()


@dataclass(frozen=True)
class RunPaths:
    """Where one run reads and writes: `data/<run>/{raw,interim,processed}` and `outputs/<run>/`."""

    run: str
    root: Path

    @classmethod
    def of(cls, run: str, root: Path | None = None) -> RunPaths:
        return cls(run, root or project_root())

    # folders
    @property
    def data(self) -> Path:
        return self.root / "data" / self.run

    @property
    def raw(self) -> Path:
        return self.data / "raw"

    @property
    def interim(self) -> Path:
        return self.data / "interim"

    @property
    def processed(self) -> Path:
        return self.data / "processed"

    @property
    def outputs(self) -> Path:
        return self.root / "outputs" / self.run

    @property
    def figures(self) -> Path:
        return self.outputs / "figures"

    @property
    def notebooks(self) -> Path:
        """The executed notebooks and their HTML renders."""
        return self.outputs / NOTEBOOKS

    @property
    def models(self) -> Path:
        """Model folders exported once and shared by every run and project of this machine (the bundled SmolLM2)."""
        return cache() / "models"

    @property
    def sample_site(self) -> Path:
        return self.root / "data" / "sample_site"

    # what the stages hand each other
    @property
    def guides(self) -> Path:
        return self.raw / GUIDES

    @property
    def page_cache(self) -> Path:
        return self.raw / PAGE_CACHE

    @property
    def chunks(self) -> Path:
        return self.interim / CHUNKS

    @property
    def cost_estimate(self) -> Path:
        return self.interim / COST_ESTIMATE

    @property
    def qa_raw(self) -> Path:
        return self.interim / QA_RAW

    @property
    def qa_failed(self) -> Path:
        return self.interim / QA_FAILED

    @property
    def teacher_cost(self) -> Path:
        return self.interim / TEACHER_COST

    @property
    def teacher_cache(self) -> Path:
        return self.interim / TEACHER_CACHE

    @property
    def funnel(self) -> Path:
        return self.processed / FUNNEL

    @property
    def provenance(self) -> Path:
        return self.processed / PROVENANCE

    @property
    def adapter(self) -> Path:
        return self.outputs / ADAPTER

    @property
    def training_log(self) -> Path:
        return self.outputs / TRAINING_LOG

    @property
    def loss_figure(self) -> Path:
        return self.figures / LOSS_FIGURE

    @property
    def funnel_figure(self) -> Path:
        return self.figures / FUNNEL_FIGURE

    @property
    def comparison(self) -> Path:
        return self.outputs / COMPARISON

    @property
    def metrics(self) -> Path:
        return self.outputs / METRICS

    @property
    def report(self) -> Path:
        return self.outputs / REPORT

    @property
    def coach(self) -> Path:
        return self.outputs / COACH
