import re

import pytest

from meleelib import teacher
from meleelib.clean import checks, grounding, scorecard
from meleelib.clean.dedup import normalise

GOOD = [
    ("Fox", "How should Fox use shine out of shield?",
     "Shine out of shield comes out on frame 4, so it beats unspaced aerials; avoid it against sword tips because "
     "the small hitbox often whiffs and leaves him open to a punish.",
     "Fox's jumpsquat is 3 frames and the shine hits on frame 1, so out of shield it hits on frame 4. It beats "
     "unspaced aerials. Against sword tips the small hitbox often whiffs, leaving him open to a punish."),
    ("Fox", "How should Fox edge-guard a Falco recovering low?",
     "Run off and shine spike him while he charges up-B, then jump back quickly because the fixed knockback sends "
     "him away at any percent.",
     "Shine spike a Falco recovering low: run off and shine him while he charges up-B, then jump back quickly. "
     "The fixed knockback sends him away at any percent."),
    ("Marth", "Why does Marth's tipper matter?",
     "The tip deals far more knockback, so a tipper forward smash kills Fox around 90 percent near the ledge while "
     "an untipped one barely sends him offstage.",
     "The tip of the sword deals far more knockback: a tipper forward smash kills Fox around 90% near the ledge, "
     "while an untipped one barely sends him offstage."),
    ("Marth", "How should Marth recover from below the stage?",
     "Hold the double jump as long as possible, stall with Dancing Blade to shift the timing, and sweetspot the "
     "ledge with Dolphin Slash.",
     "Recovering from below, hold the double jump as long as possible, stall with Dancing Blade to change your "
     "timing, and sweetspot the ledge with Dolphin Slash."),
    ("Peach", "How does Peach float cancel?",
     "Hold the stick down during jumpsquat to ground float, then aerial; landing mid-aerial while floating ends it "
     "with no landing lag.",
     "To float cancel, ground float by holding the stick down during jumpsquat, then aerial. Landing mid-aerial "
     "while floating ends the aerial with no landing lag at all."),
]
PAIRS = [{"pair_id": f"p{i}", "chunk_id": f"curated-p{i}", "character": c, "variant": "curated", "question": q,
          "answer": a, "finish_reason": None} for i, (c, q, a, _) in enumerate(GOOD)]
PASSAGES = {f"curated-p{i}": text for i, (*_, text) in enumerate(GOOD)}
NAMES = ["Mango", "Armada", "ShineBright"]


def shingles(text):
    words = normalise(text).split()
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


def test_the_labelled_set_is_seeded_and_each_spoilt_copy_is_what_it_claims():
    items = scorecard.labelled_set(PAIRS, PASSAGES, NAMES, seed=3, per_kind=3)
    assert items == scorecard.labelled_set(PAIRS, PASSAGES, NAMES, seed=3, per_kind=3)
    assert items != scorecard.labelled_set(PAIRS, PASSAGES, NAMES, seed=4, per_kind=3)
    good = {p["pair_id"]: p for p in PAIRS}
    counts = {kind: sum(i["label"] == kind for i in items) for kind in ("good", *scorecard.KINDS)}
    assert counts == {"good": 5, "swapped answer": 3, "outside name": 3, "guide mention": 3,
                      "repeats the question": 3, "number changed": 2, "near duplicate": 3}  # two answers hold numbers
    assert len({i["pair_id"] for i in items}) == len(items)
    for item in items:
        if item["label"] == "good":
            continue
        source, answer = good[item["source"]], item["answer"]
        assert item["question"] == source["question"] and item["chunk_id"] == source["chunk_id"]
        kind = item["label"]
        if kind == "swapped answer":
            assert any(answer == p["answer"] and p["character"] != source["character"] for p in PAIRS)
        elif kind == "outside name":
            assert sum(bool(re.search(rf"\b{n}\b", answer)) for n in NAMES) == 1 and len(answer) > len(source["answer"])
        elif kind == "guide mention":
            assert any(answer.startswith(phrase.split("{}")[0]) for phrase in scorecard.GUIDE_PHRASES)
            assert normalise(source["answer"]) in normalise(answer)
        elif kind == "repeats the question":
            assert grounding.content_words(answer) == grounding.content_words(source["question"])
        elif kind == "number changed":
            before, after = re.findall(r"\d+", source["answer"]), re.findall(r"\d+", answer)
            assert len(before) == len(after) and sum(a != b for a, b in zip(before, after)) == 1
            assert not set(after) <= grounding.numbers(PASSAGES[item["chunk_id"]], spelled=True)
        elif kind == "near duplicate":
            a, b = shingles(answer), shingles(source["answer"])
            assert answer != source["answer"] and len(answer) < len(source["answer"])
            assert len(a & b) / len(a | b) >= 0.7


def test_precision_and_recall_are_counted_per_check():
    items = [{"pair_id": "g1", "label": "good"}, {"pair_id": "g2", "label": "good"},
             {"pair_id": "b1", "label": "guide mention"}, {"pair_id": "b2", "label": "guide mention"},
             {"pair_id": "b3", "label": "outside name"}]
    flagged = {"guide mentions": {"g1": True, "g2": False, "b1": True, "b2": False, "b3": True},
               "outside entities (judge)": {"g1": False, "b3": False}}  # the judge answered two only
    guide, judge, funnel = scorecard.scores(items, flagged)
    assert (guide["flagged good"], guide["flagged bad"], guide["precision"]) == (1, 2, pytest.approx(2 / 3, abs=1e-3))
    assert (guide["recall"], guide["caught"]) == (0.5, "1/2")  # b3 counts for precision, not for its recall
    assert judge["pairs"] == 2 and judge["precision"] is None and judge["caught"] == "0/1"
    assert funnel["caught"] == "2/3" and funnel["precision"] == pytest.approx(2 / 3, abs=1e-3)


def test_every_check_runs_on_the_set_and_the_judges_go_through_the_teacher(fake, tmp_path):
    items = scorecard.labelled_set(PAIRS, PASSAGES, NAMES, seed=0, per_kind=2)
    t = teacher.Teacher(teacher.Settings(base_url=fake.url, model="teacher-model", price_per_million={"input": 0, "output": 0}),
                        tmp_path / "teacher.sqlite")
    settings = dict(characters=["Fox", "Marth", "Peach"], outside_names=NAMES, require_character=True,
                    faithfulness_judge=True, unparseable_verdict="fail", near_duplicate_threshold=0.7, min_chars=10,
                    max_chars=2000, grounding_min_overlap=0.5)
    flagged = scorecard.flags(items, PASSAGES, t, **settings)
    assert set(flagged) == set(scorecard.TARGETS)
    assert all(len(f) == len(items) for f in flagged.values())
    label = {i["pair_id"]: i["label"] for i in items}
    assert all(flagged["outside names (list)"][i] == (label[i] == "outside name") for i in label)
    assert all(flagged["guide mentions"][i] == (label[i] == "guide mention") for i in label)
    assert not any(flagged["outside entities (judge)"].values())  # the fake judge passes everything
    assert all(flagged["grounding"][i] for i in label if label[i] == "number changed")
    assert not any(flagged["grounding"][i] for i in label if label[i] == "good")
    # a spoilt copy, not the good pair it was made from, is the duplicate
    assert not any(flagged[c][i] for c in ("near duplicates", "exact duplicates") for i in label if label[i] == "good")
    assert all(flagged["near duplicates"][i] for i in label if label[i] == "near duplicate")
    sent = sum(fake.answered.values())
    assert sent == 2 * len(items)  # two judges, each asked once per item...
    scorecard.flags(items, PASSAGES, t, **settings)
    assert sum(fake.answered.values()) == sent  # ...and cached
    assert checks.sanity(next(i for i in items if i["label"] == "repeats the question"))
