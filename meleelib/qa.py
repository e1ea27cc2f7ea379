"""Stage 03: turn a teacher model's raw response into question/answer pairs, losing as few as possible.

JSON is tried first: every object with "question" and "answer" keys, wherever it sits, so code fences,
prose around it and a cut-off tail do not matter. Otherwise a line scanner splits the text on
Q/A labels (`Q:`, `Question 1:`, `**Q1.**`, `### Question 1`, `1. Q:` ...); lines without a label
belong to the current question or answer, so lists inside an answer stay in it.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import warnings
from dataclasses import dataclass

from . import prompts
from .jobs import Job


def _label(words: str) -> re.Pattern:
    """A label line: optional heading/bullet/number/bold markup, the label, an optional number, a separator."""
    return re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-*•]\s+)?(?:\d+[.)]\s*)?(?P<b>\*\*|__)?(?:" + words + r")"
                      r"\s*#?\d*\s*(?:\*\*|__)?\s*(?:[:.)]|$)\s*(?:\*\*|__)?\s*(?P<rest>.*)$", re.I)


Q_LABEL = _label("Q|Question")
A_LABEL = _label("A|Answer")
# "Q: ... ? A: ..." on one line; the answer label must follow a sentence end, so "Plan A:" never splits.
INLINE_A = re.compile(r"(?<=[?.!])\s+(?:\*\*|__)?A(?:nswer)?\s*(?:\*\*|__)?:(?:\*\*|__)?\s+")
RULE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")  # markdown horizontal rule between pairs
SIGN_OFF = re.compile(r"^\W*(?:let me know|i hope (?:this|these|that)|hope (?:this|these) help|feel free to|"
                      r"(?:these|the above) (?:questions|pairs|q&a)|would you like|if you(?:'d| would) like|"
                      r"happy to help|good luck)\b", re.I)
REFUSAL = re.compile(r"\b(?:i['’]?m sorry|i am sorry|i apologi[sz]e|as an ai\b|i(?: can ?not| can['’]?t| won['’]?t|"
                     r" am unable|['’]m unable)\b|unable to (?:help|assist|comply))", re.I)
DECODER = json.JSONDecoder(strict=False)  # models often put raw newlines inside JSON strings


@dataclass
class Parsed:
    """One response's pairs, a refusal reason (then no pairs), and 1 if a cut-off last pair was dropped."""

    pairs: list[dict]
    refusal: str | None = None
    dropped_truncated: int = 0


def _json_pairs(text: str) -> tuple[list[tuple[str, str]], bool]:
    """Every JSON object with question/answer keys, in order, and whether an object after the last one was cut."""
    pairs, cut, i = [], False, text.find("{")
    while i != -1:
        try:
            obj, end = DECODER.raw_decode(text, i)
        except ValueError:
            obj, cut = None, True
        obj = {str(k).lower(): v for k, v in obj.items()} if isinstance(obj, dict) else {}
        if isinstance(obj.get("question"), str) and isinstance(obj.get("answer"), str):
            pairs.append((obj["question"], obj["answer"]))
            cut, i = False, text.find("{", end)  # skip past the pair: braces inside its strings are text
        else:
            i = text.find("{", i + 1)  # a wrapper such as {"pairs": [...]}: look inside it
    return pairs, cut


def _unbold(m: re.Match) -> str:
    """A label's remaining text, without the closing bold of `**Q1. What is...?**`."""
    rest, b = m["rest"].strip(), m["b"]
    return rest[:-len(b)].rstrip() if b and rest.endswith(b) and rest.count(b) % 2 else rest


def _scan(text: str) -> list[list]:
    """Split labelled text into [question lines, answer lines or None] blocks; text before any label is dropped."""
    blocks: list[list] = []
    for line in text.split("\n"):
        line = "" if RULE.match(line) else line.rstrip()
        if q := Q_LABEL.match(line):
            question, *answer = INLINE_A.split(_unbold(q), maxsplit=1)
            blocks.append([[question], answer or None])
        elif blocks and blocks[-1][1] is None and (a := A_LABEL.match(line)):
            blocks[-1][1] = [_unbold(a)]
        elif blocks:  # an "A:" line inside an answer is just text
            (blocks[-1][0] if blocks[-1][1] is None else blocks[-1][1]).append(line)
    return blocks


def _cut_sign_off(answer: str) -> str:
    """Drop a closing remark ("Let me know if...") that starts a paragraph or is the answer's last line."""
    lines = answer.split("\n")
    for i in range(1, len(lines)):
        ends_paragraph = not lines[i - 1].strip() or not "".join(lines[i + 1:]).strip()
        if ends_paragraph and SIGN_OFF.match(lines[i]) and "".join(lines[:i]).strip():
            return "\n".join(lines[:i])
    return answer


def _pair(block: list) -> tuple[str, str]:
    """Question and answer of one block; without an answer label the question is its first line or paragraph."""
    q_lines, a_lines = block
    if a_lines is None:
        body = "\n".join(q_lines).strip()
        question, _, answer = body.partition("\n" if q_lines[0] else "\n\n")
    else:
        question, answer = "\n".join(q_lines), "\n".join(a_lines)
    return question.strip(), _cut_sign_off(answer.strip()).strip()


def parse_pairs(raw: str, finish_reason: str | None = None) -> Parsed:
    """Parse one teacher response; with finish_reason "length" the last, cut-off pair is dropped."""
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    found, cut = _json_pairs(text)
    if found:
        dropped = int(cut)  # the structure shows what is complete: only an unfinished object is lost
        found = [(q.strip(), a.strip()) for q, a in found]
    else:
        blocks = _scan(text)
        # Plain text gives no sign of where the cut fell, so the last block is distrusted as a whole.
        dropped = int(finish_reason == "length" and bool(blocks))
        found = [_pair(b) for b in blocks[:len(blocks) - dropped]]
        if not blocks and REFUSAL.search(text[:300]):
            sentences = re.split(r"(?<=[.!?])\s+", text.strip())
            return Parsed([], next((s for s in sentences if REFUSAL.search(s)), text)[:200])
    return Parsed([{"question": q, "answer": a} for q, a in found if q and a], None, dropped)


# ------------------------------------------------------------------ self-instruct: chunks in, pairs out
def pick_chunks(chunks: list[dict], max_chunks: int | None, seed: int) -> list[dict]:
    """All chunks, or a seeded sample of `max_chunks` taken round-robin over characters so each gets its share."""
    if max_chunks is None or max_chunks >= len(chunks):
        return chunks
    rng = random.Random(seed)
    by_character: dict[str, list[dict]] = {}
    for c in chunks:
        by_character.setdefault(c["character"], []).append(c)
    queues = [rng.sample(group, len(group)) for group in by_character.values()]
    picked = []
    while len(picked) < max_chunks:
        for queue in queues:
            if queue and len(picked) < max_chunks:
                picked.append(queue.pop())
    return picked


def jobs(chunks: list[dict], seed: int, max_tokens: int, temperature: float, structured: bool) -> list[Job]:
    """One teacher request per chunk, with a seeded prompt variant; the chunk's provenance rides in `meta`."""
    out = []
    for c in chunks:
        variant = prompts.draw_variant(seed, c["chunk_id"])
        params = {"max_tokens": max_tokens, "temperature": temperature}
        if structured:
            params["response_format"] = prompts.SCHEMA
        meta = {k: c[k] for k in ("chunk_id", "character", "guide_id", "url", "post_ids")}
        out.append(Job(prompts.messages(c["character"], c["text"], variant), params, {**meta, "variant": variant}))
    return out


class YieldWatch:
    """Parses each result as it lands, and warns loudly when the first responses give under one pair each."""

    def __init__(self, model: str, warn_after: int = 20):
        self.model, self.warn_after = model, warn_after
        self.pairs: list[dict] = []
        self.rows: list[dict] = []  # one per response: character, variant, pairs, refusal, truncated
        self.warned = False

    def __call__(self, result) -> int:
        parsed = parse_pairs(result.text, result.finish_reason)
        for i, p in enumerate(parsed.pairs):
            self.pairs.append({"pair_id": hashlib.sha256(f"{result.key}:{i}".encode()).hexdigest()[:16],
                               **result.meta, **p, "teacher_model": self.model, "request_hash": result.key,
                               "finish_reason": result.finish_reason})
        self.rows.append({"character": result.meta["character"], "variant": result.meta["variant"],
                          "pairs": len(parsed.pairs), "refusal": parsed.refusal, "truncated": parsed.dropped_truncated})
        if len(self.rows) == self.warn_after and not self.warned:
            mean = sum(r["pairs"] for r in self.rows) / len(self.rows)
            if mean < 1:
                self.warned = True
                warnings.warn(f"LOW YIELD: the first {self.warn_after} responses gave {mean:.2f} pairs each. The "
                              f"teacher may be ignoring the format; stop and check before paying for more. One raw "
                              f"response:\n{result.text[:1500]}", stacklevel=2)
        return len(parsed.pairs)

    def records(self) -> list[dict]:
        """The pairs in a fixed order (answers land in any order), each response's pairs kept in their order.

        Chunks with the same text make the same request, answered once: its pairs are kept once, under the first
        such chunk."""
        unique: dict[str, dict] = {}
        for p in sorted(self.pairs, key=lambda p: (p["character"], p["chunk_id"], p["request_hash"])):
            unique.setdefault(p["pair_id"], p)
        return list(unique.values())


def yield_report(rows: list[dict], chunks_by_key: dict[tuple[str, str], int]) -> list[dict]:
    """Per character and variant: chunks asked, responses received, pairs parsed, refusals, cut-off pairs dropped."""
    table: dict[tuple[str, str], dict] = {}
    for (character, variant), n in chunks_by_key.items():
        table[character, variant] = {"character": character, "variant": variant, "chunks": n, "responses": 0,
                                     "pairs": 0, "refusals": 0, "truncated": 0}
    for r in rows:
        t = table[r["character"], r["variant"]]
        t["responses"] += 1
        t["pairs"] += r["pairs"]
        t["refusals"] += r["refusal"] is not None
        t["truncated"] += r["truncated"]
    return sorted(table.values(), key=lambda t: (t["character"], t["variant"]))
