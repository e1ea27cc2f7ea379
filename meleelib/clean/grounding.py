"""Grounding: whether a pair's answer is supported by the passage it was written from, sentence by sentence.

Each answer sentence is compared with its window, the few passage sentences it best matches (`sentences.window`),
not with the whole passage: its content words must be there, each of its numbers (digits or words) must be there
next to the same subject, and it must not turn the window around (a negation added or dropped, a word swapped for
its opposite). The answer as a whole must rest on words specific to its passage, not on words every passage of the
run uses (generic advice). A teacher's quoted `evidence` must be found in the passage. What words cannot settle goes
to an LLM faithfulness judge, read as leniently as the other judges.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from meleelib.clean import words
from meleelib.clean.prompts import FAITHFUL
from meleelib.clean.sentences import (
    NUMBER,
    Corpus,
    claims,
    content_words,
    number_contexts,
    number_mentions,
    numbers,
    paragraph_of,
    sentences,
    tokens,
    window,
)
from meleelib.teacher.jobs import Job

__all__ = ["NUMBER", "Corpus", "sentences", "content_words", "numbers", "overlap", "verdict", "judge_jobs"]

MIN_OVERLAP = 0.3  #: the default share of an answer's content words that its passage must hold
MIN_SENTENCE = 0.3  #: the share of an answer sentence's content words that its window must hold
COMMON = 0.35  #: a stem in more than this share of the run's passages is too common to count as support
MIN_SPECIFIC = 1  #: specific (not common) passage stems an answer must use
NEGATION_REACH = 3  #: the tokens after a negation that it governs
NEGATION_WORDS = 3  #: words the passage negates that an answer sentence must say plainly to count as turned around
COPIED, COPIED_SHARE = 95, 0.6  #: rapidfuzz partial_ratio and length share at which a sentence is a copy
EVIDENCE_MATCH = 90  #: rapidfuzz partial_ratio (0-100) at which a quote counts as found in the passage

def overlap(text: str, passage: str) -> float:
    """The share of `text`'s content words that `passage` holds (0 for a text with none)."""
    found = content_words(text)
    return len(found & content_words(passage)) / len(found) if found else 0.0


def claimed_numbers(text: str) -> set[str]:
    """The numbers an answer states; a bare 'one' or 'zero' is too often not a number ('the one that', 'zero lag'
    for 'no lag') to count."""
    return numbers(text, spelled=True) - ({"0", "1"} - numbers(text))


def _number_of_something_else(sentence: str, window_text: list[str]) -> str | None:
    """A number of the sentence that its window does not hold, or holds only for something else: the words next to
    it in the sentence are next to another number in the window, and not to it (a frame count moved to another
    move). Read up close (the word or two beside the number), then more widely."""
    claimed = claimed_numbers(sentence)
    for reach in (2, 6):
        theirs: dict[str, set[str]] = {}
        for line in window_text:  # sentence by sentence: a context must not run into the next sentence
            for n, near in number_contexts(line, reach).items():
                theirs.setdefault(n, set()).update(near)
        if missing := sorted(claimed - set(theirs)):
            return f"the number {missing[0]} is not in the passage sentences it paraphrases"
        for n, mine in number_mentions(sentence, reach):
            if n in claimed and mine and theirs[n] and not mine & theirs[n] and any(
                    mine & near for m, near in theirs.items() if m != n):
                return f"the number {n} is said of something else in its passage"
    return None


def _negated_tokens(text: str, reach: int = NEGATION_REACH) -> set[str]:
    """The tokens a negation governs, the `reach` tokens after it ("fast" in "it isn't fast")."""
    toks = tokens(text.replace("n't", " not"))
    return {t for i, n in enumerate(toks) if n in words.negations() for t in toks[i + 1:i + 1 + reach]}


def _scopes(text: str) -> tuple[set[str], set[str]]:
    """The content stems a negation governs and the ones said plainly."""
    negated = content_words(" ".join(_negated_tokens(text)))
    return negated, content_words(" ".join(tokens(text.replace("n't", " not")))) - negated


def _turned_around(sentence: str, near: list[str]) -> str | None:
    """Whether the sentence says the opposite of the passage sentences it paraphrases: several words the passage
    says under a negation that the sentence says plainly, or a word whose opposite the passage uses instead. A
    negation the answer adds is not flagged: good paraphrases do it all the time ("avoid laggy moves" for "laggy
    moves get punished"), so that is left to the faithfulness judge."""
    mine, theirs = _scopes(sentence), _scopes(" ".join(near))
    if not mine[0] and len(dropped := mine[1] & theirs[0] - theirs[1]) >= NEGATION_WORDS:
        return f"says plainly what its passage negates ({', '.join(sorted(dropped))})"
    said, there = set(tokens(sentence)), set(tokens(near[0]))
    for w in sorted(said - set(tokens(" ".join(near))) - _negated_tokens(sentence)):  # "not fast" is "slow"
        if flipped := words.opposites().get(w, set()) & there - said:
            return f"says '{w}' where its passage says '{sorted(flipped)[0]}'"
    return None


def _copied(answer: str, lines: list[str]) -> bool:
    """Whether each sentence of `answer` holds a sentence of its passage (at least 60% as long) nearly word for word,
    or lies inside one: text copied from its passage is specific to it, however common its words."""
    said = [s.lower() for s in sentences(answer) if content_words(s)]
    return bool(said) and all(any(len(line) >= COPIED_SHARE * len(s) and fuzz.partial_ratio(line.lower(), s) >= COPIED
                                  for line in lines) for s in said)


def verdict(pair: dict, passage: str | None, min_overlap: float = MIN_OVERLAP,
            corpus: Corpus | None = None) -> str | None:
    """Why the pair's answer is not supported by its passage, or None. `corpus` (every passage of the run) lets the
    specificity test tell a guide's own words from words every guide uses. A quoted `evidence` is checked too."""
    if not 0 <= min_overlap <= 1:
        raise ValueError(f"grounding_min_overlap = {min_overlap!r}: give a share between 0 and 1, e.g. 0.5.")
    if passage is None:
        return "its passage is unknown"
    answer = pair["answer"]
    missing = sorted(claimed_numbers(" ".join(claims(answer))) - numbers(passage, spelled=True))
    if missing:
        return f"the number(s) {', '.join(missing)} are not in its passage"
    share = overlap(answer, passage)
    if share < min_overlap:
        return f"{share:.0%} of the answer's content words are in its passage (under {min_overlap:.0%})"
    held = content_words(answer) & content_words(passage)
    lines = sentences(passage)
    if corpus is not None and corpus.docs >= 8 and not _copied(answer, lines):
        specific = {w for w in held if not corpus.common(w, COMMON)}
        if len(specific) < MIN_SPECIFIC:
            return (f"generic: only {len(specific)} of its words are specific to its passage (the rest are common "
                    "to most passages)")
    for s in claims(answer):
        if not content_words(s):
            continue
        near = window(s, lines, corpus)
        if not near:
            return f"the sentence '{s[:60]}' matches nothing in its passage"
        if (part := overlap(s, " ".join(near))) < MIN_SENTENCE:  # a paraphrase of a paragraph: read the paragraph
            near = list(dict.fromkeys([*near, *sentences(paragraph_of(near[0], passage))]))
            part = overlap(s, " ".join(near))
        if part < MIN_SENTENCE:
            return f"the sentence '{s[:60]}' is {part:.0%} supported by the passage sentences closest to it"
        why = _number_of_something_else(s, near) or _turned_around(s, near)
        if why:
            return f"'{s[:60]}': {why}"
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
    """One faithfulness question per pair whose passage is known; the judge reasons first, so it needs room."""
    return [Job([{"role": "user", "content": FAITHFUL.format(passage=passages[p["chunk_id"]].replace('"""', "'''"),
                                                             **p)}],
                {"max_tokens": max(max_tokens, 96), "temperature": 0.0}, {"pair_id": p["pair_id"]})
            for p in pairs if p["chunk_id"] in passages]
