"""The word lists of stage 04's checks, read once from `words.yaml` beside this module (data, not code)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

FILE = Path(__file__).with_name("words.yaml")


@lru_cache(maxsize=1)
def lists() -> dict:
    """The whole file: source_mentions, negations, opposites, game_vocabulary."""
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def source_mention() -> re.Pattern:
    """One pattern for every way of naming the source, each line of the list matched on word boundaries."""
    return re.compile("|".join(rf"\b(?:{p})\b" if p[0].isalpha() else f"(?:{p})" for p in lists()["source_mentions"]),
                      re.I)


def negations() -> frozenset[str]:
    return frozenset(w.lower() for w in lists()["negations"])


def opposites() -> dict[str, set[str]]:
    """word -> the words that say the opposite (both ways)."""
    out: dict[str, set[str]] = {}
    for a, b in lists()["opposites"]:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def game_vocabulary() -> frozenset[str]:
    """Lower-cased words of every game term (so 'Final Destination' allows 'final' and 'destination')."""
    return frozenset(w.lower() for term in lists()["game_vocabulary"] for w in re.findall(r"[\w'&.-]+", str(term)))
