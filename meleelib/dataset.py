"""Stage 04's exports: the clean and rejected pairs, a Hugging Face DatasetDict, and a dataset card written from the data."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from datasets import Dataset, DatasetDict

from . import files
from .clean import to_records

LICENCE = ("The pairs are derived from community guides posted on a public forum; the guide text belongs to its "
           "authors. The demo corpus is the sample forum shipped with meleelib, written for it. Check the forum's "
           "terms before sharing a dataset built from a live site.")


def save(folder: Path, clean: list[dict], rejected: list[dict], splits: dict[str, list[dict]]) -> DatasetDict:
    """Write qa_clean.jsonl, qa_rejected.jsonl and the DatasetDict (via a temporary folder, then a rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    files.write_jsonl(folder / "qa_clean.jsonl", clean)
    files.write_jsonl(folder / "qa_rejected.jsonl", rejected)
    built = {name: Dataset.from_list(to_records(pairs)) for name, pairs in splits.items() if pairs}
    features = next(iter(built.values())).features  # an empty split still gets every column
    data = DatasetDict({name: built.get(name) or Dataset.from_dict({k: [] for k in features}, features=features)
                        for name in splits})
    tmp, target = folder / ".dataset.tmp", folder / "dataset"
    shutil.rmtree(tmp, ignore_errors=True)
    data.save_to_disk(str(tmp), num_shards={name: 1 for name in data})  # one shard each: an empty split loads back
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    return data


def _table(rows: list[dict]) -> str:
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(str(r[h]) for h in head) + " |" for r in rows])


def card(run: str, funnel: list[dict], splits: dict[str, list[dict]], teacher_model: str, costs: dict) -> str:
    """A README.md for the dataset, every number counted from the data passed in."""
    pairs = [p for s in splits.values() for p in s]
    characters = sorted({p["character"] for p in pairs})
    by_split = [{"character": c, **{name: sum(p["character"] == c for p in s) for name, s in splits.items()}}
                for c in characters]
    variants = Counter(p["variant"] for p in pairs)
    curated = variants.get("curated", 0)
    fields = sorted({k for p in pairs for k in p})
    return f"""# meleelib Q&A dataset: `{run}`

Question/answer pairs about Super Smash Bros. Melee, written by a teacher model from community guides
(variant `curated`: written by hand for the run's characters) and cleaned by meleelib's stage 04.
Columns `prompt` (`Q: <question>\\nA:`) and `completion` (` <answer>`) are ready for training; every
provenance field rides along.

- Pairs: {len(pairs)} ({", ".join(f"{name} {len(s)}" for name, s in splits.items())}); \
{len(pairs) - curated} from the teacher, {curated} hand-written
- Teacher and judge model: `{teacher_model}`
- Teacher cost: ${costs.get("generation_usd", 0):.4f} generating, ${costs.get("cleaning_usd", 0):.4f} cleaning

## Per character and split

{_table(by_split)}

## Per prompt variant

{_table([{"variant": v, "pairs": n} for v, n in sorted(variants.items())])}

## The cleaning funnel

{_table(funnel)}

Splits are stratified by character and grouped by chunk: pairs from one chunk, and near-duplicates,
never straddle two splits.

## Provenance fields

{", ".join(f"`{f}`" for f in fields)}

## Origin and licence

{LICENCE}
"""
