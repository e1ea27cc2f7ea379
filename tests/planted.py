"""A stand-in teacher that fails the way real ones do, for the rehearsal: among good pairs drawn from the passage it
writes pairs with a claim the passage does not make, pairs that credit the guide, pairs that credit a player, and
a last pair cut off by the token limit; it quotes evidence when the schema asks (for an invented claim, sometimes
the claim itself); and its judges answer fail when a pair deserves it, sometimes with a sentence of reasoning first.

Every pair it writes is recorded with its kind, so a test can follow each through stage 04's funnel.
"""
from __future__ import annotations

import hashlib
import json
import re

KINDS = ("good", "unsupported", "guide", "outside", "good", "cut off")  # a response's planted failure, by its hash
#: Real players, as a teacher that read a guide or knows the scene names them; some are not in a100's list.
PLAYERS = ("Mango", "Armada", "Kalvar", "Hax", "n0ne")
#: A sentence of the guide that is not a clean answer as it stands: it speaks of the guide or its writer, names a
#: player, or is a heading run into its text; pairs drawn from it are "source text", not "good".
SOURCE = re.compile(r"(?i)\b(?:post|thread|guide|handbook|compendium|i|i'm|i'll|i've|my|me|"
                    r"mango|armada|hungrybox|mew2king|m2k|ppmd|leffen|kalvar|hax|n0ne)\b|  |^\W"
                    r"|\s\d+\.$")  # the last: a list item run into the next item's number ("... 110%) 4.")
#: How a model credits the source or a player in passing.
GUIDE_WORDS = ("As the guide explains, ", "The guide recommends this: ")
PLAYER_WORDS = ("As {} puts it, ", "Like {} does in tournament, ")
INVENTED = ("{c} can also cancel this into a wavedash on any frame, which keeps it safe on shield against the whole "
            "cast.", "This is the main reason {c} wins the matchup in most tournament sets.")


def _h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:12], 16)


def _lower_first(s: str) -> str:
    """The sentence continuing a clause: a common first word lowercased, a name kept."""
    first = s.split(" ", 1)[0]
    common = first.lower() in {"you", "your", "the", "if", "when", "this", "a", "an", "it", "always", "never", "don't",
                               "try", "use", "after", "against", "most", "once", "from", "at", "in", "on", "with"}
    return s[:1].lower() + s[1:] if common else s


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


class PlantedTeacher:
    def __init__(self):
        self.planted: dict[tuple[str, str], str] = {}  # (question, answer) -> kind, for every pair written
        self.cut: dict[str, str] = {}  # question -> whole answer, of each pair cut off by the token limit

    # ---------------------------------------------------------------- writing pairs
    def pairs(self, character: str, sentences: list[str], seed: str) -> tuple[list[dict], str]:
        """Pairs for one response and its finish_reason; one planted failure at most per response."""
        h = _h(seed)
        kind, out = KINDS[h % len(KINDS)], []
        target = (h // 7) % max(len(sentences) - 1, 1)
        for i, s in enumerate(sentences):
            topic = " ".join(re.findall(r"[A-Za-z'-]+", s)[:3]).lower()  # the subject, as a teacher names it
            k = "source text" if SOURCE.search(s) or len(s.split()) < 6 else "good"
            q, a, evidence = f"What should a {character} player know about {topic}?", s, s
            if i == target and kind == "unsupported":
                claim = INVENTED[h % 2].format(c=character)
                a, k = f"{s} {claim}", "unsupported"
                evidence = claim if h % 3 == 0 else s  # a quote of the claim itself: not in the passage
            elif i == target and kind == "guide":
                a, k = GUIDE_WORDS[h % 2] + _lower_first(s), "guide"
            elif i == target and kind == "outside":
                a, k = PLAYER_WORDS[h % 2].format(PLAYERS[h % len(PLAYERS)]) + _lower_first(s), "outside"
            elif i == (h // 3) % len(sentences) and i != target and h % 4 == 0:
                evidence = s.rstrip(".!?").lower()  # models re-case and drop the full stop when they quote
            self.planted[q, a] = k
            out.append({"question": q, "answer": a, "evidence": evidence})
        if kind == "cut off" and len(out) > 1:  # the same pair whole, from another response, stays good
            self.cut[out[-1]["question"]] = out[-1]["answer"]
            return out, "length"
        return out, "stop"

    @staticmethod
    def render(pairs: list[dict], finish: str, structured: bool, evidence: bool) -> str:
        """The response text; a "length" finish cuts the last answer in the middle."""
        if structured:
            fields = ("question", "answer", "evidence") if evidence else ("question", "answer")
            text = json.dumps({"pairs": [{k: p[k] for k in fields} for p in pairs]})
            if finish == "length":
                last = json.dumps(pairs[-1]["answer"])[1:-1]
                text = text[:text.rindex(last) + len(last) // 2]
            return text
        text = "\n\n".join(f"Q: {p['question']}\nA: {p['answer']}" for p in pairs)
        return text[:len(text) - len(pairs[-1]["answer"]) // 2] if finish == "length" else text

    # ---------------------------------------------------------------- judging and rewriting
    @staticmethod
    def faithful(prompt: str) -> str:
        """Fail when a sentence of the answer (its attribution aside) is not in the passage."""
        passage = _norm(prompt.split('"""')[1])
        answer = re.search(r"\nA: (.*?)\n[^\n]*Verdict:\s*$", prompt, re.S).group(1)  # the prompt's last line asks
        answer = re.sub(r"^(?:As [^,]{1,40} (?:puts it|explains)|Like \S+ does in tournament), ", "", answer)
        answer = re.sub(r"^The guide recommends this: ", "", answer)
        unsupported = [s for s in re.split(r"(?<=[.!?])\s+", answer) if _norm(s).rstrip(".!?") not in passage]
        if not unsupported:
            return "Pass." if _h(prompt) % 3 else "Everything it says is in the passage. Pass"
        return "Fail" if _h(prompt) % 2 else "The passage never says this. Fail."

    @staticmethod
    def outside(prompt: str) -> str:
        """Fail when the pair names a player."""
        pair = prompt[prompt.rindex("\nQ: "):]
        name = next((p for p in PLAYERS if re.search(rf"\b{re.escape(p)}\b", pair)), None)
        if name is None:
            return "Pass"
        return "Fail." if _h(prompt) % 2 else f"{name} is a real player. Verdict: fail"

    @staticmethod
    def rewrite(question: str, answer: str) -> str:
        """The pair without the credit to its source, as a model rewrites it."""
        for words in GUIDE_WORDS:
            if answer.startswith(words):
                answer = answer[len(words)].upper() + answer[len(words) + 1:]
        return f"Q: {question}\nA: {answer}"
