"""The text primitives grounding reads with: content words, numbers, sentences, a corpus's IDF, and the window of a
passage that best matches an answer sentence.

Whole-passage word overlap hides local errors (a number moved to another move, a dropped "not"); comparing each
answer sentence with the few passage sentences it paraphrases does not.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from nltk.stem.porter import PorterStemmer

from meleelib.clean import words

# Negations are kept out of the stopwords on purpose: the polarity check needs them, and so does a reader.
STOPWORDS = frozenset(re.findall(r"\S+", """
a about again against all also am an and any are as at be because been being between both but by can could did do
does doing down during each even ever every few for from further get gets got had has have having he her here hers
him his how i if in into is it its itself just lets like may me might most much must my now of off on once only or
other our out over own same she should so some such than that the their them then there these they this those
through to too under until up us very was way we were what when where which while who whom why will with would yet
you your"""))
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")  # 3 in "3-frame", 40 in "40%", but not the 2 in "F2"
NUMBER_WORDS = {w: str(i) for i, w in enumerate(re.findall(r"\S+", "zero one two three four five six seven eight nine "
                                                               "ten eleven twelve thirteen fourteen fifteen sixteen "
                                                               "seventeen eighteen nineteen twenty"))}
NUMBER_WORDS |= {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
                 "ninety": "90", "hundred": "100", "once": "1", "twice": "2", "single": "1", "double": "2",
                 "half": "0.5"}
SPELLED = {w: n for w, n in NUMBER_WORDS.items() if w not in ("once", "single", "double", "half")}
# A sentence ends at . ! ? or a line break, but not inside "e.g." or a decimal number.
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)\s+(?=[\"'(\[A-Z0-9-])|\n+")

_stem = lru_cache(maxsize=50_000)(PorterStemmer().stem)


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning: no stopwords, nothing under three letters, no number words.

    >>> sorted(content_words("Fox shines out of shield; shining is fast."))
    ['fast', 'fox', 'shield', 'shine']
    """
    return {_stem(w) for w in WORD.findall(text.lower())
            if w not in STOPWORDS and w not in words.negations() and w not in SPELLED and len(w) > 2
            and not w.isdigit()}


def numbers(text: str, spelled: bool = False) -> set[str]:
    """The numbers written in digits (and, with `spelled`, in words up to a hundred)."""
    found = {n.rstrip("0").rstrip(".") if "." in n else n for n in NUMBER.findall(text)}
    if spelled:
        found |= {SPELLED[w] for w in WORD.findall(text.lower()) if w in SPELLED}
    return found


TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case tokens with every number, digits or spelled, written as digits: 'six frames' -> ['6', 'frames']."""
    out = []
    for w in re.findall(TOKEN, text.lower()):
        out.append(SPELLED.get(w, w.rstrip("0").rstrip(".") if "." in w and w[0].isdigit() else w))
    return out


UNITS = frozenset({"frame", "percent", "time", "second", "minut", "week", "day", "hit"})  # what a number counts in


def number_mentions(text: str, reach: int = 6) -> list[tuple[str, set[str]]]:
    """Each place a number is written, with the content stems within `reach` tokens of it (what it is a number of,
    not the unit it counts in: every frame count shares "frame"). A spelled "one" or "zero" is too often no number
    ("one of the fastest") to count."""
    toks, written, out = tokens(text), re.findall(TOKEN, text.lower()), []
    for i, t in enumerate(toks):
        if t[0].isdigit() and written[i] not in ("one", "zero"):
            near = toks[max(0, i - reach):i] + toks[i + 1:i + 1 + reach]
            out.append((t, content_words(" ".join(n for n in near if not n[0].isdigit())) - UNITS))
    return out


def number_contexts(text: str, reach: int = 6) -> dict[str, set[str]]:
    """number -> the content stems near any place it is written (see `number_mentions`)."""
    out: dict[str, set[str]] = {}
    for n, near in number_mentions(text, reach):
        out.setdefault(n, set()).update(near)
    return out


def sentences(text: str) -> list[str]:
    """The sentences (and list items) of a text, stripped, without the empty ones.

    >>> sentences("Shine first. Then grab!\\n- drill\\n- nair")
    ['Shine first.', 'Then grab!', '- drill', '- nair']
    """
    return [s.strip() for s in SENTENCE_END.split(text) if s and s.strip(" -*\t")]


SHORT = 4  #: an answer sentence with fewer content words than this ("No need.", "Not always.") is a reply, not a claim
LIST_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d+[.)])\s")
# "the best of the three", "all two of them": a number standing for things the answer has just named
ANAPHORIC = re.compile(r"\b(?:the|these|those|all)\s+(\w+)(?=\s*(?:$|[^\w\s]|(\w+)))", re.I)


def _items(rest: str, following: list[str]) -> int:
    """How many items a colon introduces: those after it on its line ("a, b, and c"), or the list lines below it."""
    if rest.strip():
        rest = SENTENCE_END.split(rest.strip())[0]
        parts = [x for x in rest.split(",") if x.strip(" .")]
        return len(parts) if len(parts) > 1 else len(re.split(r"\s+(?:and|or)\s+", rest))
    return next((j for j, line in enumerate(following) if not LIST_ITEM.match(line)), len(following))


def _without_own_counts(answer: str) -> str:
    """The answer without the numbers that count its own items: the count before a colon when it matches the items
    after it ("three things: a, b and c", "Two ways:" over two list lines), and a number standing for items just
    named ("the best of the three")."""
    lines = answer.splitlines()
    for i, line in enumerate(lines):
        head, colon, rest = line.partition(":")
        if colon and len(found := numbers(head, spelled=True)) == 1 and found == {str(_items(rest, lines[i + 1:]))}:
            lines[i] = " ".join(w for w in head.split() if not numbers(w, spelled=True)) + colon + rest

    def pronoun(m: re.Match) -> str:
        after = m[2]
        counts = numbers(m[1], spelled=True) and (after is None or after.lower() in STOPWORDS)
        return m[0][:-len(m[1])].rstrip() if counts else m[0]
    return ANAPHORIC.sub(pronoun, "\n".join(lines))


def claims(answer: str) -> list[str]:
    """The answer's sentences as claims: a short reply that opens a sentence ("Yes.", "Not as often as you'd think.")
    is read with the sentence after it, and the numbers that count the answer's own items are left out (see
    `_without_own_counts`): they are not claims about the passage.

    >>> claims("No need. Illusion is faster.\\nTwo ways:\\n- wait\\n- jump")
    ['No need. Illusion is faster.', 'ways: - wait', '- jump']
    >>> claims("Three options: wait, jump, or shield. Shield is the best of the three.")
    ['options: wait, jump, or shield.', 'Shield is the best of the.']
    """
    out, pending = [], ""
    for s in sentences(_without_own_counts(answer)):
        if not pending and len(content_words(s)) < SHORT and not LIST_ITEM.match(s):
            pending = s
            continue
        out.append(f"{pending} {s}".strip())
        pending = ""
    return out + [pending] if pending else out


def paragraph_of(line: str, passage: str) -> str:
    """The paragraph (text between blank lines) of `passage` that holds `line`, or `line` itself."""
    return next((block for block in re.split(r"\n\s*\n", passage) if line in block), line)


class Corpus:
    """Document frequencies over every passage of a run, so that a word found everywhere weighs little."""

    def __init__(self, texts):
        self.docs, self.df = 0, {}
        for text in texts:
            self.docs += 1
            for w in content_words(text):
                self.df[w] = self.df.get(w, 0) + 1

    def idf(self, stem: str) -> float:
        """A smoothed inverse document frequency: high for rare stems, near 0 for stems in every passage."""
        return math.log((self.docs + 1) / (self.df.get(stem, 0) + 0.5))

    def common(self, stem: str, share: float) -> bool:
        """Whether the stem is in more than `share` of the passages (never, for a corpus under 8 passages)."""
        return self.docs >= 8 and self.df.get(stem, 0) > share * self.docs


def window(sentence: str, passage_sentences: list[str], corpus: Corpus | None = None,
           size: int | None = None) -> list[str]:
    """The `size` passage sentences that share the most (IDF-weighted) content words with `sentence`, best first; by
    default three, and one more for every eight content words of a long sentence that merges several."""
    def keys(text):  # its content words, and its numbers (a sentence holding the same number is likelier its source)
        return content_words(text) | {f"#{n}" for n in numbers(text, spelled=True)}

    want = keys(sentence)
    size = size or 3 + len(content_words(sentence)) // 8
    weight = corpus.idf if corpus else (lambda _: 1.0)
    scored = [(sum(weight(w) for w in want & keys(s)), -i, s) for i, s in enumerate(passage_sentences)]
    return [s for score, _, s in sorted(scored, reverse=True)[:size] if score > 0]
