"""Grounding: whether a pair's answer is supported by the passage it was written from.

Deterministic first: every number in the answer (frames, percents) must be in the passage, and enough of the
answer's content words must be. A teacher may also quote its `evidence`: the quote must be found in the passage
(fuzzily: models re-case, re-punctuate and elide) and the answer must rest on it. What words cannot settle can go
to an LLM faithfulness judge, read as leniently as the other judges.
"""
from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.porter import PorterStemmer
from rapidfuzz import fuzz

from meleelib.qa_format import pair_text
from meleelib.teacher.jobs import Job

MIN_OVERLAP = 0.5  #: the default share of an answer's content words that its passage must hold
EVIDENCE_MATCH = 90  #: rapidfuzz partial_ratio (0-100) at which a quote counts as found in the passage

STOPWORDS = frozenset(re.findall(r"\S+", """
a about after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing don down during each even ever every few for from further get gets got had has have
having he her here hers him his how i if in into is it its itself just lets like may me might more most much must my
no nor not now of off on once only or other our out over own same she should so some such than that the their them
then there these they this those through to too under until up us very was way we were what when where which while
who whom why will with would yet you your"""))
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")  # 3 in "3-frame", 40 in "40%", but not the 2 in "F2"
NUMBER_WORDS = {w: str(i) for i, w in enumerate(re.findall(r"\S+", "zero one two three four five six seven eight nine "
                                                               "ten eleven twelve thirteen fourteen fifteen sixteen "
                                                               "seventeen eighteen nineteen twenty"))}
NUMBER_WORDS |= {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
                 "ninety": "90", "hundred": "100"}

FAITHFUL = f"""Passage about {{character}} in Super Smash Bros. Melee:
\"\"\"
{{passage}}
\"\"\"

Is everything the answer below says supported by the passage above?
Reply with one word: pass if it is, fail if the answer claims something the passage does not say.

{pair_text("{question}", "{answer}")}
Verdict:"""

_stem = lru_cache(maxsize=50_000)(PorterStemmer().stem)


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning: no stopwords, nothing under three letters.

    >>> sorted(content_words("Fox shines out of shield; shining is fast."))
    ['fast', 'fox', 'shield', 'shine']
    """
    return {_stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2}


def numbers(text: str, spelled: bool = False) -> set[str]:
    """The numbers written in digits (and, with `spelled`, in words up to a hundred)."""
    found = {n.rstrip("0").rstrip(".") if "." in n else n for n in NUMBER.findall(text)}
    if spelled:
        found |= {NUMBER_WORDS[w] for w in WORD.findall(text.lower()) if w in NUMBER_WORDS}
    return found


def overlap(text: str, passage: str) -> float:
    """The share of `text`'s content words that `passage` holds (0 for a text with none)."""
    words = content_words(text)
    return len(words & content_words(passage)) / len(words) if words else 0.0


def verdict(pair: dict, passage: str | None, min_overlap: float = MIN_OVERLAP) -> str | None:
    """Why the pair's answer is not supported by its passage, or None. A quoted `evidence` is checked too."""
    if not 0 <= min_overlap <= 1:
        raise ValueError(f"grounding_min_overlap = {min_overlap!r}: give a share between 0 and 1, e.g. 0.5.")
    if passage is None:
        return "its passage is unknown"
    answer = pair["answer"]
    missing = sorted(numbers(answer) - numbers(passage, spelled=True))
    if missing:
        return f"the number(s) {', '.join(missing)} are not in its passage"
    share = overlap(answer, passage)
    if share < min_overlap:
        return f"{share:.0%} of the answer's content words are in its passage (under {min_overlap:.0%})"
    evidence = (pair.get("evidence") or "").strip()
    if evidence:
        found = fuzz.partial_ratio(evidence.lower(), passage.lower())
        if found < EVIDENCE_MATCH:
            return f"its evidence is not in its passage (best match {found:.0f}%)"
        rests = overlap(answer, evidence)
        if rests < min_overlap:
            return f"{rests:.0%} of the answer's content words are in its evidence (under {min_overlap:.0%})"
    return None


def judge_jobs(pairs: list[dict], passages: dict[str, str], max_tokens: int = 8) -> list[Job]:
    """One faithfulness question per pair whose passage is known."""
    return [Job([{"role": "user", "content": FAITHFUL.format(passage=passages[p["chunk_id"]].replace('"""', "'''"),
                                                             **p)}],
                {"max_tokens": max_tokens, "temperature": 0.0}, {"pair_id": p["pair_id"]})
            for p in pairs if p["chunk_id"] in passages]
