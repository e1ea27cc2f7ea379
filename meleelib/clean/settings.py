"""Stage 04's settings: the profile's `clean` section, every key known, of its type and in range, checked before the
series starts."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from meleelib.config import ProfileError, settings

VERDICTS = ("pass", "fail")
SPLITS = ("train", "validation", "test")


@dataclass(frozen=True)
class Settings:
    """What the funnel, the labelled sets and the split take; see the `clean` section of a profile for each."""

    require_character: bool = False
    curated_pairs: str | None = None  # a YAML file of hand-written pairs, from the project root
    outside_names: list = field(default_factory=list)
    unparseable_verdict: str = "pass"
    near_duplicate_threshold: float = 0.7
    min_chars: int = 10
    max_chars: int = 2000
    grounding_min_overlap: float = 0.3
    faithfulness_judge: bool = False
    labelled_sets: list = field(default_factory=list)  # YAML files of labelled pairs, from the project root
    split_sizes: dict = field(default_factory=lambda: {"train": 0.8, "validation": 0.1, "test": 0.1})
    seed: int = 0
    max_usd: float | None = None

    @classmethod
    def of(cls, section: dict, root: Path | None = None) -> Settings:
        """From the profile's `clean` section; with `root`, the files it names must exist there.

        >>> Settings.of({"split_sizes": {"train": 0.8, "validation": 0.3}})
        Traceback (most recent call last):
        ...
        meleelib.config.ProfileError: clean.split_sizes must add up to 1, not 1.1: {'train': 0.8, 'validation': 0.3}.
        """
        s = settings(cls, "clean", section)
        if s.unparseable_verdict not in VERDICTS:
            raise ProfileError(f"clean.unparseable_verdict {s.unparseable_verdict!r} is unknown: use pass or fail.")
        for name in ("near_duplicate_threshold", "grounding_min_overlap"):
            if not 0 <= getattr(s, name) <= 1:
                raise ProfileError(f"clean.{name} is a share between 0 and 1, not {getattr(s, name)}.")
        if not 0 < s.min_chars < s.max_chars:
            raise ProfileError(f"clean.min_chars ({s.min_chars}) must be above 0 and below max_chars ({s.max_chars}).")
        unknown = set(s.split_sizes) - set(SPLITS)
        if unknown or not {"train", "validation"} <= set(s.split_sizes):
            raise ProfileError(f"clean.split_sizes needs train and validation (and may have test), not "
                               f"{sorted(s.split_sizes)}.")
        total = sum(s.split_sizes.values())
        if abs(total - 1) > 1e-6 or min(s.split_sizes.values()) < 0:
            raise ProfileError(f"clean.split_sizes must add up to 1, not {round(total, 6)}: {s.split_sizes}.")
        if s.max_usd is not None and s.max_usd <= 0:
            raise ProfileError(f"A budget (clean.max_usd) of {s.max_usd} allows no request: raise it, or set null.")
        if root is not None:
            for name in filter(None, [s.curated_pairs, *s.labelled_sets]):
                if not (Path(root) / name).is_file():
                    raise ProfileError(f"clean names {name}, which is not a file under {root}: fix the path (from "
                                       f"the project root), or remove it.")
        return s

    def funnel(self, outside_names: list[str]) -> dict:
        """The funnel's keyword arguments (`stage.run`), with the run's own outside names (the guides' starters)."""
        keep = ("require_character", "unparseable_verdict", "near_duplicate_threshold", "min_chars", "max_chars",
                "grounding_min_overlap", "faithfulness_judge")
        return {**{k: getattr(self, k) for k in keep}, "outside_names": outside_names}


