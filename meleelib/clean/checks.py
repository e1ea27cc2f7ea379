"""The deterministic checks on a pair, shared by stage 03's early warning and stage 04's funnel.

Each returns why a pair fails, or None; `usable` runs the ones that need no model, in the funnel's order.
"""
from __future__ import annotations

import re

from meleelib.clean import grounding, words
from meleelib.clean.dedup import exact_duplicates

ALIASES = {  # a pair names a character if it says any of these (whole words, any case)
    "Fox": ["Fox"], "Falco": ["Falco"], "Marth": ["Marth"], "Sheik": ["Sheik"],
    "Jigglypuff": ["Jigglypuff", "Puff", "Jiggs", "Jigglypuff's"], "Peach": ["Peach"],
    "Captain Falcon": ["Captain Falcon", "C. Falcon", "CF", "Falcon"],
    "Ice Climbers": ["Ice Climbers", "Ice Climber", "ICs", "IC", "Icies", "Popo", "Nana"],
}

# "the guide", "this thread", "the original poster"... but not "guide-post" or "a guide to the ledge": words.yaml.
GUIDE_MENTION = words.source_mention()
# An answer ends with a full stop, a closing bracket or quote, an emoji-free "!" or "?", or a closing code fence.
FINISHED = re.compile(r"""[.!?)\]"'*`]$|[.!?]["')\]*]+$""")


def sanity(pair: dict, min_chars: int = 10, max_chars: int = 2000) -> str | None:
    """Why a pair is not a usable question/answer, or None."""
    q, a = pair["question"].strip(), pair["answer"].strip()
    if not a:
        return "empty answer"
    if not min_chars <= len(q) <= max_chars or not min_chars <= len(a) <= max_chars:
        return f"length outside [{min_chars}, {max_chars}] characters"
    if not (q.endswith("?") or re.match(r"(?i)(how|what|why|when|which|who|where|should|can|is|are|do|does|explain|"
                                        r"describe|tell|list|give|name)\b", q)):
        return "the question is not a question"
    if not FINISHED.search(a):  # whatever finish_reason says: servers do not always report the cut
        return "the answer is cut off"
    if grounding.content_words(a) <= grounding.content_words(q):  # "[Q: How do I...?]" too
        return "the answer repeats the question"
    asked = [s for s in grounding.sentences(a) if s.rstrip("*_ )").endswith("?")]
    if asked and 2 * len(asked) > len(grounding.sentences(a)):  # "Why? Because ..." answers
        return "the answer asks questions instead of answering"
    if re.search(r"\[(?:insert|your|add)\b[^\]]*\]|<(?:question|answer)>", f"{q} {a}", re.I):
        return "a template placeholder instead of content"
    return None


def names_character(pair: dict, characters) -> bool:
    text = f"{pair['question']} {pair['answer']}"
    return any(re.search(rf"(?<![\w.]){re.escape(alias)}(?!\w)", text, re.I if len(alias) > 3 else 0)
               for c in characters for alias in ALIASES.get(c, [c]))


def mentions_guide(pair: dict) -> bool:
    return bool(GUIDE_MENTION.search(f"{pair['question']}\n{pair['answer']}"))


def outside_name(pair: dict, names) -> str | None:
    text = f"{pair['question']} {pair['answer']}"
    return next((n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)), None)  # names are proper nouns


CAPITALISED = re.compile(r"(?<![\w'-])(?=[\w'&.-]*[A-Z0-9])(?=[\w'&.-]*[A-Za-z])[A-Za-z0-9][\w&-]*(?:'s)?")


def unknown_name(pair: dict, passage: str | None, characters=()) -> str | None:
    """A name no list has: a capitalised word (or a handle such as M2K or PewPewU; only a handle counts where it opens
    a sentence) that neither the pair's passage, the characters' names nor the game's vocabulary (words.yaml) holds;
    None when there is none or the passage is unknown.

    >>> unknown_name({"question": "How do I edgeguard?", "answer": "Drop and bair, as PewPewU does."}, "Drop, bair.")
    'PewPewU'
    """
    if passage is None:
        return None
    known = set(re.findall(r"[\w'&-]+", passage.lower())) | words.game_vocabulary()
    known |= {w.lower() for c in characters for alias in ALIASES.get(c, [c]) for w in alias.split()}
    known |= {w.lower() for aliases in ALIASES.values() for alias in aliases for w in alias.split()}
    for sentence in grounding.sentences(f"{pair['question']}\n{pair['answer']}"):
        for i, m in enumerate(CAPITALISED.finditer(sentence)):
            word = m[0].removesuffix("'s")
            if not re.search(r"[A-Z]|[A-Za-z]\d", word):  # "3-frame" is no name; "n0ne" and "M2K" are handles
                continue
            if i == 0 and not re.search(r"[a-z][A-Z]|[A-Za-z]\d", word):  # a sentence's first word, unless a handle
                continue
            parts = re.findall(r"[^-]*[A-Z0-9][^-]*", word) or [word]
            if _unknown(word, known) and any(_unknown(part, known) for part in parts):
                return word  # "Armada-style" is known where its passage names Armada
    return None


def _unknown(word: str, known: set[str]) -> bool:
    return {word.lower(), re.sub(r"(?:ing|ed|es|s|'d)$", "", word.lower())}.isdisjoint(known)


def parse_verdict(text: str | None) -> str | None:
    """'pass', 'fail', or None when unparseable. Lenient: `Pass`, `FAIL.`, `pass - no outside names`, `**Fail**`;
    a judge that reasons first gives its verdict on the last line, which wins over the words of its reason.

    >>> [parse_verdict(t) for t in ("Pass", "FAIL.", "pass - fine", "Verdict: **fail**", "maybe")]
    ['pass', 'fail', 'pass', 'fail', None]
    """
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    if len(lines) > 1 and (last := parse_verdict(lines[-1])):
        return last
    words = re.findall(r"[a-z]+", (text or "").lower())
    found = [w for w in words[:12] if w in ("pass", "fail", "passed", "failed", "passes", "fails")]
    return found[0][:4] if found and len({w[:4] for w in found}) == 1 else None


def usable(pairs: list[dict], passages: dict[str, str], min_chars: int = 10, max_chars: int = 2000,
           min_overlap: float = grounding.MIN_OVERLAP) -> dict[str, str | None]:
    """Per pair_id, the first deterministic check of stage 04 it fails (sanity, guide mentions, grounding, exact
    duplicates) as "step: reason", or None for a pair that would pass them as it is. `passages` maps chunk_id to
    the text the pair was written from."""
    verdicts: dict[str, str | None] = {}
    for p in pairs:
        passage = passages.get(p["chunk_id"])
        why = sanity(p, min_chars, max_chars)
        why = f"sanity: {why}" if why else ("guide mentions: mentions the guide" if mentions_guide(p) else None)
        if not why and (ungrounded := grounding.verdict(p, passage, min_overlap)):
            why = f"grounding: {ungrounded}"
        verdicts[p["pair_id"]] = why
    duplicates = exact_duplicates([p for p in pairs if verdicts[p["pair_id"]] is None])
    verdicts.update({pid: f"exact duplicates: {why}" for pid, why in duplicates.items()})
    return verdicts
