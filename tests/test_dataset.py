"""Stage 04's output: leak-free splits, the files on disk, and loading them back."""
import json
import re

from meleelib.clean import dataset, labelled
from meleelib.qa_format import prompt_for
from tests.helpers import pair


def test_splits_share_no_chunk_and_no_near_duplicate():
    pairs = [pair(i, f"How does Fox handle situation number {i} in the matchup?", f"Answer {i} about spacing.",
                  chunk=f"c{i // 3}") for i in range(60)]
    pairs += [pair(100, "Which stage should Falco ban against Peach in tournament?", "Ban Final Destination.",
                   character="Falco", chunk="f1"),
              pair(101, "Which stage should Falco ban against Peach in tournament?", "Ban Final Destination.",
                   character="Peach", chunk="p9")]
    splits = dataset.split(pairs, {"train": 0.8, "validation": 0.1, "test": 0.1}, seed=0, threshold=0.7)
    where = {p["pair_id"]: name for name, ps in splits.items() for p in ps}
    assert len(where) == len(pairs)
    chunks = {}
    for p in pairs:
        chunks.setdefault(p["chunk_id"], set()).add(where[p["pair_id"]])
    assert all(len(s) == 1 for s in chunks.values())
    assert where["p100"] == where["p101"]  # near-duplicates across characters stay together
    assert 40 <= len(splits["train"]) <= 56 and splits["test"] and splits["validation"]


def test_an_empty_split_keeps_the_columns(tmp_path):
    from datasets import load_from_disk
    pairs = [pair(1, "How does Fox shine?", "Press down-B.")]
    dataset.save(tmp_path, pairs, [], {"train": pairs, "validation": [], "test": []})
    data = load_from_disk(str(tmp_path / "dataset"))
    assert len(data["test"]) == 0 and set(data["test"].features) == set(data["train"].features)


def test_export_writes_dataset_card_and_provenance_and_loads_back(tmp_path):
    pairs = [pair(i, f"How does Fox do thing {i}?", f"Like this {i}.", chunk=f"c{i}") for i in range(10)]
    splits = dataset.split(pairs, {"train": 0.8, "validation": 0.1, "test": 0.1}, seed=0, threshold=0.7)
    data = dataset.save(tmp_path, pairs, [], splits)
    first = splits["train"][0]
    assert data["train"][0]["prompt"] == prompt_for(first["question"])
    assert data["train"][0]["completion"] == " " + first["answer"]
    funnel = [{"step": "input", "in": 10, "out": 10, "removed": 0}]
    kinds = [{"kind": "good", "label": "good", "pairs": 4, "caught": "1/4", "rate": 0.25, "with judges": "1/4",
              "rate with judges": 0.25, "flagged by": "sanity 1"},
             {"kind": "wrong_number", "label": "bad", "pairs": 3, "caught": "3/3", "rate": 1.0, "with judges": "3/3",
              "rate with judges": 1.0, "flagged by": "grounding 3"}]
    checks = [{"check": "grounding", "pairs": 7, "flagged good": 0, "flagged bad": 3, "precision": 1.0, "recall": 1.0}]
    accuracy = [{"file": "set.yml", "pairs": 7, **labelled.table(
        [{"pair_id": str(i), "kind": k, "label": "good" if k == "good" else "bad"}
         for i, k in enumerate(["good"] * 4 + ["wrong_number"] * 3)],
        {"sanity": {"0": "cut", **{str(i): None for i in range(1, 7)}},
         "grounding": {**{str(i): None for i in range(4)}, **{str(i): "number" for i in range(4, 7)}}})}]
    assert accuracy[0]["kinds"] == kinds and accuracy[0]["checks"][1] == checks[0]
    card = dataset.describe(tmp_path, "t", funnel, splits, "m", {"generation_usd": 0.5}, accuracy,
                            labelled.markdown(accuracy))
    assert f"Pairs: 10 (train {len(splits['train'])}" in card and re.search(r"\| Fox +\|", card)
    assert "| wrong_number | bad | 3/3 | 100% | 3/3 | grounding 3 |" in card and "1/4 good pairs rejected" in card
    assert (tmp_path / "README.md").read_text() == card
    assert json.loads((tmp_path / "funnel.json").read_text()) == funnel
    facts = dataset.provenance(tmp_path)
    assert facts["splits"] == {name: len(s) for name, s in splits.items()} and facts["generation_usd"] == 0.5
    assert facts["labelled_sets"] == accuracy
    assert json.loads((tmp_path / "dataset" / "dataset_dict.json").read_text())["splits"] == ["train", "validation", "test"]
    loaded = dataset.load(tmp_path, need=("train", "validation", "test"))
    assert dataset.fingerprint(loaded) == dataset.fingerprint(data) and len(dataset.fingerprint(data)) == 16


def test_the_shared_formats_load_through_the_cards_configs(tmp_path):
    """The folder is a Hub dataset repository: `load_dataset` reads the card's configs, one per format."""
    from datasets import load_dataset
    from huggingface_hub import DatasetCard
    pairs = [pair(i, f"How does Fox do thing {i}?", f"Like this {i}.", chunk=f"c{i}") for i in range(10)]
    splits = dataset.split(pairs, {"train": 0.8, "validation": 0.1, "test": 0.1}, seed=0, threshold=0.7)
    dataset.save(tmp_path, pairs, [], splits)
    dataset.describe(tmp_path, "t", [{"step": "input", "in": 10, "out": 10, "removed": 0}], splits, "m", {})
    meta = DatasetCard.load(tmp_path / "README.md").data
    assert meta.license == "other" and meta.size_categories == "n<1K" and "question-answering" in meta.task_categories
    parquet = load_dataset(str(tmp_path), cache_dir=str(tmp_path / ".cache"))
    assert {name: len(parquet[name]) for name in parquet} == {name: len(s) for name, s in splits.items()}
    assert parquet["train"][0]["question"] == splits["train"][0]["question"] and "chunk_id" in parquet["train"].features
    chats = load_dataset("json", data_files={"test": str(tmp_path / "messages" / "test.jsonl")},
                         cache_dir=str(tmp_path / ".cache"))
    first = splits["test"][0]
    assert chats["test"][0]["messages"] == [{"role": "user", "content": first["question"]},
                                           {"role": "assistant", "content": first["answer"]}]
    alpaca = json.loads((tmp_path / "alpaca" / "validation.json").read_text())
    assert [(r["instruction"], r["output"]) for r in alpaca] == [(p["question"], p["answer"]) for p in splits["validation"]]
