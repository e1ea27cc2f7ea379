"""Copies of good pairs that code spoils in known ways: a unit-test generator for the checks, no longer reported as
their accuracy (a set made by rules shaped like the checks' own proves little; `labelled` measures on hand-labelled
pairs). The good pairs are labelled "good", the copies by the kind of spoiling; every check runs on every item, and
each gets a precision and a recall on the kinds it is meant to catch.
"""
from __future__ import annotations

import random
import re

from meleelib.clean import grounding
from meleelib.clean.checks import mentions_guide, names_character, outside_name, parse_verdict, sanity
from meleelib.clean.dedup import key_of, near_duplicate_clusters
from meleelib.clean.funnel import judge_jobs
from meleelib.teacher.client import Teacher

GUIDE_PHRASES = ["The guide says {}", "According to the author, {}", "The OP recommends this: {}",
                 "This thread suggests that {}", "As the guide explains, {}", "In the writer's words, {}"]
NAME_PHRASES = ["{name} does it this way: {}", "As {name} showed at a major, {}", "{} That is how {name} plays it."]
SYNONYMS = {"opponent": "foe", "opponents": "foes", "because": "since", "quickly": "fast", "always": "every time",
            "never": "not ever", "avoid": "shun", "use": "try", "often": "a lot", "strong": "potent"}
KINDS = ("swapped answer", "outside name", "guide mention", "repeats the question", "number changed",
         "near duplicate")
#: the kinds of bad pair each check is meant to catch (its recall is counted on these)
TARGETS = {"sanity": {"repeats the question"}, "character": {"swapped answer"},
           "grounding": {"swapped answer", "number changed"},
           "faithfulness judge": {"swapped answer", "number changed"}, "guide mentions": {"guide mention"},
           "outside names (list)": {"outside name"}, "outside entities (judge)": {"outside name"},
           "exact duplicates": set(), "near duplicates": {"near duplicate"}}


def _continuing(text: str, passage: str) -> str:
    """The text continuing a sentence: its first letter lower-cased, unless its passage never writes that word so
    (a name such as Dream Land or Vanish)."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if re.search(rf"\b{re.escape(first.lower())}\b", passage) else text


def _changed_number(answer: str, passage: str, rng: random.Random) -> str | None:
    """The answer with one of its numbers changed to one its passage does not hold, or None without a number."""
    found = list(grounding.NUMBER.finditer(answer))
    if not found:
        return None
    m = rng.choice(found)
    held = grounding.numbers(passage, spelled=True)
    new = next(str(int(float(m[0])) + d) for d in (rng.choice([2, 3, 5, 7]), 11, 13, 17, 19, 23)
               if str(int(float(m[0])) + d) not in held)
    return answer[:m.start()] + new + answer[m.end():]


def _paraphrase(answer: str, rng: random.Random) -> str:
    """A near copy: up to two words swapped for synonyms and one word left out, so it is shorter than the source."""
    words = answer.split(" ")
    swappable = [i for i, w in enumerate(words) if w.lower() in SYNONYMS]
    for i in rng.sample(swappable, min(2, len(swappable))):
        new = SYNONYMS[words[i].lower()]
        words[i] = new.capitalize() if words[i][0].isupper() else new
    droppable = [i for i, w in enumerate(words[1:-1], 1) if re.fullmatch(r"[a-z]{4,}", w)]
    del words[rng.choice(droppable)]
    while len(" ".join(words)) >= len(answer):
        del words[rng.choice([i for i, w in enumerate(words[1:-1], 1) if re.fullmatch(r"[a-z]+", w)])]
    return " ".join(words)


def labelled_set(good: list[dict], passages: dict[str, str], names: list[str], seed: int = 0,
                 per_kind: int = 8) -> list[dict]:
    """The good pairs (label "good") plus up to `per_kind` spoilt copies of each kind in KINDS (label the kind), each
    from a seeded draw of good pairs; a spoilt copy keeps its source's passage and records its source's pair_id."""
    rng = random.Random(seed)
    items = [{**p, "label": "good"} for p in good]
    by_character = {}
    for p in good:
        by_character.setdefault(p["character"], []).append(p)

    def spoil(p, kind, question=None, answer=None):
        return {**p, "pair_id": f"{p['pair_id']}~{KINDS.index(kind)}", "label": kind, "source": p["pair_id"],
                "question": question or p["question"], "answer": answer or p["answer"]}

    def draw(candidates):
        return rng.sample(candidates, min(per_kind, len(candidates)))

    for p in draw([p for p in good if len(by_character) > 1]):
        other = rng.choice([o for o in good if o["character"] != p["character"]])
        items.append(spoil(p, "swapped answer", answer=other["answer"]))
    for p in draw(good):
        phrase, name = rng.choice(NAME_PHRASES), rng.choice(names)
        answer = p["answer"] if phrase.startswith("{}") else _continuing(p["answer"], passages[p["chunk_id"]])
        items.append(spoil(p, "outside name", answer=phrase.format(answer, name=name)))
    for p in draw(good):
        items.append(spoil(p, "guide mention", answer=rng.choice(GUIDE_PHRASES).format(
            _continuing(p["answer"], passages[p["chunk_id"]]))))
    for p in draw(good):
        q = p["question"]
        items.append(spoil(p, "repeats the question", answer=rng.choice([q, f"[Q: {q}]", q.rstrip("?") + "."])))
    for p in draw([p for p in good if grounding.NUMBER.search(p["answer"])]):
        items.append(spoil(p, "number changed", answer=_changed_number(p["answer"], passages[p["chunk_id"]], rng)))
    for p in draw(good):
        items.append(spoil(p, "near duplicate", answer=_paraphrase(p["answer"], rng)))
    return items


def _judge_flags(teacher: Teacher, jobs, unparseable_verdict: str) -> tuple[dict[str, bool], int]:
    """pair_id -> whether the judge failed it, for the jobs the budget allowed; and how many answers were unreadable."""
    report = teacher.run(jobs, desc="judges on the labelled set", progress=False)
    flags, unreadable = {}, 0
    for r in report.results:
        verdict = parse_verdict(r.text) if not r.error else None
        unreadable += verdict is None
        flags[r.meta["pair_id"]] = (verdict or unparseable_verdict) == "fail"
    return flags, unreadable


def flags(items: list[dict], passages: dict[str, str], teacher: Teacher, *, characters, outside_names,
          require_character: bool, faithfulness_judge: bool, unparseable_verdict: str, near_duplicate_threshold: float,
          min_chars: int, max_chars: int, grounding_min_overlap: float) -> dict[str, dict[str, bool]]:
    """check -> pair_id -> flagged, for every check the funnel runs with these settings; a judge's dict holds only
    the items it answered. Each check sees every item (the duplicate checks see them all together)."""
    out = {"sanity": {p["pair_id"]: bool(sanity(p, min_chars, max_chars)) for p in items}}
    if require_character:
        out["character"] = {p["pair_id"]: not names_character(p, characters) for p in items}
    out["grounding"] = {p["pair_id"]: bool(grounding.verdict(p, passages.get(p["chunk_id"]), grounding_min_overlap))
                        for p in items}
    if faithfulness_judge:
        out["faithfulness judge"], _ = _judge_flags(
            teacher, grounding.judge_jobs(items, passages, teacher.settings.judge_max_tokens), unparseable_verdict)
    out["guide mentions"] = {p["pair_id"]: mentions_guide(p) for p in items}
    out["outside names (list)"] = {p["pair_id"]: bool(outside_name(p, outside_names)) for p in items}
    out["outside entities (judge)"], _ = _judge_flags(teacher, judge_jobs(items, teacher.settings.judge_max_tokens),
                                                      unparseable_verdict)
    # A duplicate check is asked whether a pair repeats one listed before it: the good pairs come first, so the
    # original of a spoilt copy counts as the one kept (the funnel keeps the longest, a policy, not a detection).
    order = {p["pair_id"]: i for i, p in enumerate(items)}
    exact = {}
    for p in items:
        exact.setdefault(key_of(p), p["pair_id"])
    out["exact duplicates"] = {p["pair_id"]: exact[key_of(p)] != p["pair_id"] for p in items}
    near = set()
    for character in {p["character"] for p in items}:
        for cluster in near_duplicate_clusters([p for p in items if p["character"] == character],
                                               near_duplicate_threshold):
            first = min(cluster, key=lambda p: order[p["pair_id"]])
            near |= {p["pair_id"] for p in cluster if p is not first}
    out["near duplicates"] = {p["pair_id"]: p["pair_id"] in near for p in items}
    return out


def scores(items: list[dict], flagged: dict[str, dict[str, bool]]) -> list[dict]:
    """Per check: what it is meant to catch, pairs it saw, good and bad pairs it flagged, precision, and recall on
    its kinds; then the whole funnel (any check) with recall on every bad pair. None where nothing was counted; no
    rows without items."""
    if not items:
        return []
    label = {p["pair_id"]: p["label"] for p in items}

    def row(check, seen, hit, kinds):
        bad_hit = [i for i in hit if label[i] != "good"]
        meant = [i for i in seen if label[i] in kinds]
        caught = [i for i in meant if i in hit]
        return {"check": check, "meant to catch": ", ".join(sorted(kinds)) or "-", "pairs": len(seen),
                "flagged good": len(hit) - len(bad_hit), "flagged bad": len(bad_hit),
                "precision": round(len(bad_hit) / len(hit), 3) if hit else None,
                "recall": round(len(caught) / len(meant), 3) if meant else None,
                "caught": f"{len(caught)}/{len(meant)}"}

    rows = [row(c, list(f), {i for i, v in f.items() if v}, TARGETS[c]) for c, f in flagged.items()]
    anything = {i for f in flagged.values() for i, v in f.items() if v}
    rows.append(row("funnel (any check)", list(label), anything, set(KINDS)))
    return rows
