"""Stage 04's output, end to end: leak-free splits, the training columns, the files on disk (pairs, rejects, a Hugging
Face DatasetDict, the funnel, a provenance summary and a card), and loading them back, checked, for stages 05 and 06.
"""
from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from meleelib import files
from meleelib.clean.dedup import near_duplicate_clusters
from meleelib.paths import CARD, DATASET, FUNNEL, PROVENANCE, QA_CLEAN, QA_REJECTED
from meleelib.qa_format import completion_for, prompt_for

LICENCE = ("The pairs are derived from community guides posted on a public forum; the guide text belongs to its "
           "authors. The demo corpus is the sample forum shipped with meleelib, written for it. Check the forum's "
           "terms before sharing a dataset built from a live site.")

COLUMNS = ("prompt", "completion")  # what training reads; every provenance field rides along


class DatasetError(RuntimeError):
    """Stage 04's output is missing or unusable; the message says what to re-run."""


# ------------------------------------------------------------------ splits and columns
def split(pairs: list[dict], sizes: dict[str, float], seed: int, threshold: float) -> dict[str, list[dict]]:
    """Train/validation/test by character, whole groups at a time: a group is a chunk, joined with any near-duplicate.

    So pairs from one chunk never straddle splits, and neither do near-duplicates (across characters too).
    """
    group = {p["pair_id"]: p["chunk_id"] for p in pairs}
    for cluster in near_duplicate_clusters(pairs, threshold):
        for p in cluster[1:]:
            old, new = group[p["pair_id"]], group[cluster[0]["pair_id"]]
            group = {k: new if v == old else v for k, v in group.items()}
    rng = random.Random(seed)
    out = {name: [] for name in sizes}
    by_character = defaultdict(lambda: defaultdict(list))
    for p in pairs:
        by_character[p["character"]][group[p["pair_id"]]].append(p)
    for character in sorted(by_character):
        groups = list(by_character[character].values())
        rng.shuffle(groups)
        total, filled = sum(len(g) for g in groups), dict.fromkeys(sizes, 0)
        for g in sorted(groups, key=len, reverse=True):  # big groups first, each to the split furthest below target
            name = max(sizes, key=lambda s: sizes[s] * total - filled[s])
            out[name] += g
            filled[name] += len(g)
    return out


def to_records(pairs: list[dict]) -> list[dict]:
    """Training columns, `prompt` and `completion`, beside every provenance field (EOS is added at training time)."""
    return [{"prompt": prompt_for(p["question"]), "completion": completion_for(p["answer"]),
             **{k: json.dumps(v) if isinstance(v, dict) else v for k, v in p.items()}} for p in pairs]


# ------------------------------------------------------------------ writing
def save(folder: Path, clean: list[dict], rejected: list[dict], splits: dict[str, list[dict]]):
    """Write the clean and the rejected pairs (JSONL) and the DatasetDict (via a temporary folder, then a rename)."""
    from datasets import Dataset, DatasetDict
    folder.mkdir(parents=True, exist_ok=True)
    files.write_jsonl(folder / QA_CLEAN, clean)
    files.write_jsonl(folder / QA_REJECTED, rejected)
    built = {name: Dataset.from_list(to_records(pairs)) for name, pairs in splits.items() if pairs}
    features = next(iter(built.values())).features  # an empty split still gets every column
    data = DatasetDict({name: built.get(name) or Dataset.from_dict({k: [] for k in features}, features=features)
                        for name in splits})
    tmp, target = folder / ".dataset.tmp", folder / DATASET
    shutil.rmtree(tmp, ignore_errors=True)
    data.save_to_disk(str(tmp), num_shards=dict.fromkeys(data, 1))  # one shard each: an empty split loads back
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    share(folder, data, splits)
    return data


#: The files a Hub dataset repository holds, per format, with `{split}` in their names; the card's `configs` name them.
SHARED = {"default": "data/{split}-00000-of-00001.parquet", "messages": "messages/{split}.jsonl",
          "alpaca": "alpaca/{split}.json"}


def share(folder: Path, data, splits: dict[str, list[dict]]) -> None:
    """The splits in the formats people train with: parquet (every column), chat `messages` JSONL, Alpaca JSON."""
    for name, pairs in splits.items():
        parquet = folder / SHARED["default"].format(split=name)
        parquet.parent.mkdir(parents=True, exist_ok=True)
        data[name].to_parquet(str(parquet.with_suffix(".tmp")))
        parquet.with_suffix(".tmp").replace(parquet)
        files.write_jsonl(folder / SHARED["messages"].format(split=name),
                          [{"messages": [{"role": "user", "content": p["question"]},
                                         {"role": "assistant", "content": p["answer"]}]} for p in pairs])
        files.write_text(folder / SHARED["alpaca"].format(split=name), json.dumps(
            [{"instruction": p["question"], "input": "", "output": p["answer"]} for p in pairs], indent=1))


def summary(run: str, splits: dict[str, list[dict]], teacher_model: str, costs: dict) -> dict:
    """What later stages and the report need to know about the data, counted from it."""
    pairs = [p for s in splits.values() for p in s]
    curated = sum(p["variant"] == "curated" for p in pairs)
    return {"run": run, "pairs": len(pairs), "splits": {name: len(s) for name, s in splits.items()},
            "from_teacher": len(pairs) - curated, "hand_written": curated, "teacher_model": teacher_model,
            "generation_usd": costs.get("generation_usd", 0.0), "cleaning_usd": costs.get("cleaning_usd", 0.0)}


def describe(folder: Path, run: str, funnel: list[dict], splits: dict[str, list[dict]], teacher_model: str,
             costs: dict, measured: list[dict] = (), measured_section: str = "") -> str:
    """Write the funnel, the provenance and the card beside the data; returns the card. `measured` is the checks
    measured on each labelled set (`labelled.measure`), `measured_section` the same as markdown."""
    facts = summary(run, splits, teacher_model, costs)
    files.write_text(folder / FUNNEL, json.dumps(funnel))
    files.write_text(folder / PROVENANCE, json.dumps({**facts, "labelled_sets": list(measured)}, indent=2))
    text = card(facts, funnel, splits) + measured_section
    files.write_text(folder / CARD, text)
    return text


def headline(facts: dict) -> list[str]:
    """The dataset in three lines: pairs per split and source, the teacher, its cost."""
    return [f"Pairs: {facts['pairs']} ({', '.join(f'{name} {n}' for name, n in facts['splits'].items())}); "
            f"{facts['from_teacher']} from the teacher, {facts['hand_written']} hand-written",
            f"Teacher and judge model: `{facts['teacher_model']}`",
            f"Teacher cost: ${facts['generation_usd']:.4f} generating, ${facts['cleaning_usd']:.4f} cleaning"]


def _table(rows: list[dict]) -> str:
    return pd.DataFrame(rows).to_markdown(index=False)


def metadata(facts: dict, splits: dict[str, list[dict]]) -> str:
    """The card's YAML header for the Hub: licence, language, task, size and one config per shared format."""
    from huggingface_hub import DatasetCardData
    n = facts["pairs"]
    size = next(label for limit, label in ((1e3, "n<1K"), (1e4, "1K<n<10K"), (1e5, "10K<n<100K"), (1e6, "100K<n<1M"),
                                            (float("inf"), "n>1M")) if n < limit)
    # One config: `datasets` reads a repository with one builder, so the JSON formats ride along as plain files.
    configs = [{"config_name": "default", "data_files": [{"split": name, "path": SHARED["default"].format(split=name)}
                                                         for name in splits]}]
    return DatasetCardData(license="other", language="en", task_categories=["question-answering", "text-generation"],
                           size_categories=size, pretty_name=f"meleelib Q&A ({facts['run']})",
                           tags=["meleelib", "super-smash-bros-melee", "synthetic"], configs=configs).to_yaml()


def card(facts: dict, funnel: list[dict], splits: dict[str, list[dict]]) -> str:
    """A README.md for the dataset, every number counted from the data passed in."""
    pairs = [p for s in splits.values() for p in s]
    by_split = [{"character": c, **{name: sum(p["character"] == c for p in s) for name, s in splits.items()}}
                for c in sorted({p["character"] for p in pairs})]
    variants = Counter(p["variant"] for p in pairs)
    fields = sorted({k for p in pairs for k in p})
    lines = "\n".join(f"- {line}" for line in headline(facts))
    return f"""---
{metadata(facts, splits)}
---

# meleelib Q&A dataset: `{facts["run"]}`

Question/answer pairs about Super Smash Bros. Melee, written by a teacher model from community guides
(variant `curated`: written by hand for the run's characters) and cleaned by meleelib's stage 04.
Columns `prompt` (`{prompt_for("<question>")!r}`) and `completion` (`{completion_for("<answer>")!r}`) are ready for
training; every provenance field rides along.

{lines}

## Per character and split

{_table(by_split)}

## Per prompt variant

{_table([{"variant": v, "pairs": n} for v, n in sorted(variants.items())])}

## The cleaning funnel

{_table(funnel)}

Splits are stratified by character and grouped by chunk: pairs from one chunk, and near-duplicates,
never straddle two splits.

## Files and formats

- `data/<split>-*.parquet`: every column, provenance included; `load_dataset("<repo>")` reads these
- `messages/<split>.jsonl`: one chat per line, `{{"messages": [user question, assistant answer]}}`, for chat trainers
  (`load_dataset("json", data_files="messages/train.jsonl")`)
- `alpaca/<split>.json`: a list of `instruction`, empty `input`, `output`

## Provenance fields

{", ".join(f"`{f}`" for f in fields)}

## Origin and licence

{LICENCE}
"""


# ------------------------------------------------------------------ reading, checked
def load(processed: Path, need: tuple[str, ...] = ("train", "validation")):
    """Stage 04's DatasetDict, in memory (so tokenising writes no cache into stage 04's folder), with each split in
    `need` present, holding `prompt` and `completion`, and not empty."""
    from datasets import load_from_disk
    folder = Path(processed) / DATASET
    if not (folder / "dataset_dict.json").is_file():
        raise DatasetError(f"No dataset at {folder}: run stage 04 (04_clean) first.")
    data = load_from_disk(str(folder), keep_in_memory=True)
    for name in need:
        if name not in data:
            raise DatasetError(f"The dataset at {folder} has no {name!r} split: re-run stage 04 (04_clean).")
        missing = set(COLUMNS) - set(data[name].column_names)
        if missing:
            raise DatasetError(f"The {name} split lacks the column(s) {sorted(missing)}, which stage 04 (04_clean) "
                               f"writes: re-run it.")
    empty = [name for name in need if len(data[name]) == 0]
    if empty:
        counts = ", ".join(f"{len(data[name])} {name}" for name in need)
        raise DatasetError(f"The dataset at {folder} has {counts} rows, and the {' and '.join(empty)} split(s) must "
                           f"not be empty. Send more chunks to the teacher (self_instruct.max_chunks), relax stage "
                           f"04's filters or raise clean.split_sizes, then re-run 03 and 04.")
    return data


def fingerprint(data) -> str:
    """A short hash of every split's prompts and completions: what a checkpoint or a report was made from."""
    digest = hashlib.sha256()
    for name in sorted(data):
        for row in data[name].select_columns(list(COLUMNS)):
            digest.update(f"{name}\0{row['prompt']}\0{row['completion']}\0".encode())
    return digest.hexdigest()[:16]


def provenance(processed: Path) -> dict:
    """The summary stage 04 wrote beside the data (empty when an older stage 04 wrote none)."""
    path = Path(processed) / PROVENANCE
    return json.loads(path.read_text()) if path.is_file() else {}
