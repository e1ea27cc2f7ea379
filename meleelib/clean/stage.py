"""Stage 04 in one call: the funnel over the run's pairs, then every check measured on the labelled sets, with the
cost of every request either paid for.

The notebook shows; this computes, so that the cost the card reports is counted in one place and tested.
"""
from __future__ import annotations

from pathlib import Path

from meleelib.clean import labelled
from meleelib.clean.funnel import Funnel, clean
from meleelib.teacher.client import Teacher


def run(pairs: list[dict], characters, teacher: Teacher, *, passages: dict[str, str], labelled_sets=(),
        root: Path = Path("."), **settings) -> tuple[Funnel, dict, list[dict]]:
    """The cleaned funnel, its stats and the labelled-set measurements (one per file in `labelled_sets`, paths from
    `root`). `stats["usd"]` is what stage 04 spent: rewrites, both judges, and the judging of the labelled sets."""
    result, stats = clean(pairs, characters, teacher, passages=passages, **settings)
    measured, usd = [], stats["usd"]
    for path in labelled_sets or ():
        table, reports = labelled.measure(
            Path(root) / path, teacher, characters=characters, outside_names=settings.get("outside_names", ()),
            require_character=settings.get("require_character", False),
            faithfulness_judge=settings.get("faithfulness_judge", False),
            unparseable_verdict=settings.get("unparseable_verdict", "fail"), min_chars=settings.get("min_chars", 10),
            max_chars=settings.get("max_chars", 2000),
            **{k: settings[k] for k in ("grounding_min_overlap",) if k in settings})
        measured.append(table)
        usd += sum(r.usd_total for r in reports)
        stats["undone"] += [u for r in reports for u in r.undone]
    stats["usd"], stats["labelled_usd"] = round(usd, 6), round(usd - stats["usd"], 6)
    stats["budget"] = teacher.budget.summary()
    return result, stats, measured
