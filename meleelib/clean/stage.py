"""Stage 04 in three calls: its inputs (stage 03's pairs, the hand-written ones, each pair's passage, the outside
names), the funnel over them with every check measured on the labelled sets, and what it writes.

The notebook shows; this computes, so that the cost the card reports is counted in one place and tested.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from meleelib import files, records
from meleelib.clean import dataset, labelled
from meleelib.clean.funnel import CleanError, Funnel, clean
from meleelib.clean.settings import Settings
from meleelib.teacher.client import Teacher


def curated_pairs(path: Path, guides: list[dict] = ()) -> list[dict]:
    """Hand-written pairs from a YAML list of {character, question, answer, post}, shaped like the teacher's so they
    go through the same funnel; `post` is the id (or a list of ids) of the guide post(s) the pair was written from,
    found in `guides`. Each pair is its own split group."""
    try:
        rows = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as err:
        raise CleanError(f"Cannot read the curated pairs at {path} ({err}): fix the file, or set "
                         f"clean.curated_pairs to null.") from err
    needed = {"character", "question", "answer", "post"}
    bad = [i for i, r in enumerate(rows) if not isinstance(r, dict) or not needed <= set(r)
           or not all(isinstance(x, int) for x in (r["post"] if isinstance(r["post"], list) else [r["post"]]))]
    if bad:
        raise CleanError(f"{path}: entries {bad[:5]} need character, question, answer and post (the id, or a list "
                         f"of ids, of the guide post(s) the pair was written from).")
    guide_of = {post["post_id"]: g for g in guides for post in g["posts"]}
    out = []
    for r in rows:
        pid = records.pair_id("curated", r["character"], r["question"])
        post_ids = r["post"] if isinstance(r["post"], list) else [r["post"]]
        g = guide_of.get(post_ids[0], {})
        out.append(records.pair(pair_id=pid, chunk_id=f"curated-{pid}", character=r["character"],
                                guide_id=g.get("guide_id"), url=g.get("url"), post_ids=post_ids, variant="curated",
                                question=r["question"], answer=r["answer"]))
    return out


def passages(pairs: list[dict], chunks: list[dict], guides: list[dict]) -> dict[str, str]:
    """chunk_id -> the text a pair was written from: its chunk, or for a hand-written pair the posts it names."""
    text = {c["chunk_id"]: c["text"] for c in chunks}
    posts = {post["post_id"]: post["text"] for g in guides for post in g["posts"]}
    for p in pairs:
        if p["variant"] == "curated" and all(i in posts for i in p["post_ids"]):
            text[p["chunk_id"]] = "\n\n".join(posts[i] for i in p["post_ids"])
    return text


@dataclass
class Inputs:
    """What the funnel takes: the pairs, the run's characters, each pair's passage and the outside names."""

    pairs: list[dict]  # stage 03's, plus the hand-written ones for the run's characters
    characters: list[str]
    passages: dict[str, str]  # chunk_id -> the text a pair was written from
    outside_names: list[str]  # the profile's, plus every guide's author


def inputs(paths, s: Settings) -> Inputs:
    """Read stage 03's pairs, add the hand-written ones (`s.curated_pairs`), and find every pair's passage."""
    pairs, guides = files.read_jsonl(paths.qa_raw), files.read_jsonl(paths.guides)
    characters = list(dict.fromkeys(g["character"] for g in guides))
    if s.curated_pairs:
        pairs += [p for p in curated_pairs(paths.root / s.curated_pairs, guides) if p["character"] in characters]
    authors = sorted({g["starter"] for g in guides if g["starter"]})
    return Inputs(pairs, characters, passages(pairs, files.read_jsonl(paths.chunks), guides),
                  [*s.outside_names, *authors])


def write(paths, s: Settings, result: Funnel, stats: dict, measured: list[dict], teacher_model: str) -> dict:
    """Split the kept pairs, then write them, the rejects, the `DatasetDict`, and the card and provenance with
    the teacher's cost (stage 03's generation, and every request of this stage); return the splits."""
    splits = dataset.split(result.pairs, s.split_sizes, s.seed, s.near_duplicate_threshold)
    dataset.save(paths.processed, result.pairs, result.rejected, splits)
    costs = {"generation_usd": json.loads(paths.teacher_cost.read_text())["usd_total"], "cleaning_usd": stats["usd"]}
    dataset.describe(paths.processed, paths.run, result.table(), splits, teacher_model, costs, measured,
                     labelled.markdown(measured))
    return splits


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
