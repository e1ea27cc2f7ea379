"""Stage 03: turn a teacher model's raw response into question/answer pairs, losing as few as possible.

JSON is tried first: every object with "question" and "answer" keys, wherever it sits, so code fences,
prose around it and a cut-off tail do not matter. Otherwise a line scanner splits the text on
Q/A labels (`Q:`, `Question 1:`, `**Q1.**`, `### Question 1`, `1. Q:` ...); lines without a label
belong to the current question or answer, so lists inside an answer stay in it. Text without any Q label may
number its questions in bold instead (`1. **How do I...?**`), with the answer on the lines below.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import warnings
from collections import Counter
from dataclasses import dataclass

from . import checks, dedup, prompts
from .jobs import Job


def _label(words: str) -> re.Pattern:
    """A label line: optional heading/bullet/number/bold markup, the label, an optional number, a separator."""
    return re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-*•]\s+)?(?:\d+[.)]\s*)?(?P<b>\*\*|__)?(?:" + words + r")"
                      r"\s*#?\d*\s*(?:\*\*|__)?\s*(?:[:.)]|$)\s*(?:\*\*|__)?\s*(?P<rest>.*)$", re.I)


Q_LABEL = _label("Q|Question")
A_LABEL = _label("A|Answer")
# `1. **How do I...?**` or `**2) Why...?**` alone on a line: a question without a label, its answer below.
BOLD_QUESTION = re.compile(r"^\s*(?:#{1,6}\s*)?(?=(?:\*\*|__)?\d)(?:\d+[.)]\s*)?(?P<b>\*\*|__)(?:\d+[.)]\s*)?"
                           r"(?P<rest>[^*_].*?\?\s*(?:\*\*|__))\s*$")
# How an answer cut off by the token limit usually ends: on a comma, a colon, a dash, or a word that needs more.
CUT_OFF = re.compile(r"(?:[,:;(\-]|\b(?:and|or|but|the|a|an|to|of|then|with|into|for|from|by|at|on|in))\s*$", re.I)
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


def _json_pairs(text: str) -> tuple[list[dict], bool]:
    """Every JSON object with question/answer keys (and any string `evidence`), in order, and whether an object after
    the last one was cut."""
    pairs, cut, i = [], False, text.find("{")
    while i != -1:
        try:
            obj, end = DECODER.raw_decode(text, i)
        except ValueError:
            obj, cut = None, True
        obj = {str(k).lower(): v for k, v in obj.items()} if isinstance(obj, dict) else {}
        if isinstance(obj.get("question"), str) and isinstance(obj.get("answer"), str):
            evidence = obj.get("evidence") if isinstance(obj.get("evidence"), str) else ""
            pairs.append({"question": obj["question"], "answer": obj["answer"], "evidence": evidence})
            cut, i = False, text.find("{", end)  # skip past the pair: braces inside its strings are text
        else:
            i = text.find("{", i + 1)  # a wrapper such as {"pairs": [...]}: look inside it
    return pairs, cut


def _unbold(m: re.Match) -> str:
    """A label's remaining text, without the closing bold of `**Q1. What is...?**`."""
    rest, b = m["rest"].strip(), m["b"]
    return rest[:-len(b)].rstrip() if b and rest.endswith(b) and rest.count(b) % 2 else rest


def _scan(text: str, label: re.Pattern = Q_LABEL) -> list[list]:
    """Split labelled text into [question lines, answer lines or None] blocks; text before any label is dropped."""
    blocks: list[list] = []
    for line in text.split("\n"):
        line = "" if RULE.match(line) else line.rstrip()
        if q := label.match(line):
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
    """Parse one teacher response. With finish_reason "length" the last, cut-off pair is dropped; when the
    finish_reason is unknown (None), so is a last answer that plainly stops mid-sentence ("...then jump and")."""
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    found, cut = _json_pairs(text)
    if found:
        dropped = int(cut)  # the structure shows what is complete: only an unfinished object is lost
        found = [{k: v.strip() for k, v in p.items() if v.strip() or k != "evidence"} for p in found]
    else:
        blocks = _scan(text) or _scan(text, BOLD_QUESTION)
        found = [dict(zip(("question", "answer"), _pair(b))) for b in blocks]
        # Plain text gives no sign of where the cut fell, so the last block is distrusted as a whole.
        dropped = int(bool(found) and (finish_reason == "length" or finish_reason is None
                                       and bool(CUT_OFF.search(found[-1]["answer"]))))
        found = found[:len(found) - dropped]
        if not blocks and REFUSAL.search(text[:300]):
            sentences = re.split(r"(?<=[.!?])\s+", text.strip())
            return Parsed([], next((s for s in sentences if REFUSAL.search(s)), text)[:200])
    return Parsed([p for p in found if p["question"] and p["answer"]], None, dropped)


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


def jobs(chunks: list[dict], seed: int, max_tokens: int, temperature: float, structured: bool,
         evidence: bool = False) -> list[Job]:
    """One teacher request per chunk, with a seeded prompt variant; the chunk's provenance rides in `meta`. With
    `structured` and `evidence`, each pair also quotes the text it rests on."""
    if evidence and not structured:
        raise ValueError("evidence: true needs structured: true (the quote is a field of the JSON schema).")
    out = []
    for c in chunks:
        variant = prompts.draw_variant(seed, c["chunk_id"])
        params = {"max_tokens": max_tokens, "temperature": temperature}
        if structured:
            params["response_format"] = prompts.schema(evidence)
        meta = {k: c[k] for k in ("chunk_id", "character", "guide_id", "url", "post_ids")}
        out.append(Job(prompts.messages(c["character"], c["text"], variant), params, {**meta, "variant": variant}))
    return out


class YieldWatch:
    """Parses each result as it lands, counts the pairs that would pass stage 04's checks that need no model (with
    its default thresholds), and warns loudly when the first responses give under one such pair each."""

    def __init__(self, model: str, passages: dict[str, str], warn_after: int = 20):
        self.model, self.passages, self.warn_after = model, passages, warn_after
        self.pairs: list[dict] = []
        self.rows: list[dict] = []  # one per response: character, variant, pairs, usable, refusal, truncated
        self.reasons: Counter = Counter()  # the first check each unusable pair fails
        self.seen: set[str] = set()  # usable pairs so far, as exact duplicates see them
        self.warned = False

    def __call__(self, result) -> int:
        parsed = parse_pairs(result.text, result.finish_reason)
        new = [{"pair_id": hashlib.sha256(f"{result.key}:{i}".encode()).hexdigest()[:16], **result.meta, **p,
                "teacher_model": self.model, "request_hash": result.key, "finish_reason": result.finish_reason}
               for i, p in enumerate(parsed.pairs)]
        self.pairs += new
        verdicts = checks.usable(new, self.passages)
        for p in new:
            if verdicts[p["pair_id"]] is None and dedup.key_of(p) in self.seen:
                verdicts[p["pair_id"]] = "exact duplicates: repeats an earlier pair"
            if verdicts[p["pair_id"]] is None:
                self.seen.add(dedup.key_of(p))
        self.reasons.update(v.split(":")[0] for v in verdicts.values() if v)
        usable = sum(v is None for v in verdicts.values())
        self.rows.append({"character": result.meta["character"], "variant": result.meta["variant"],
                          "pairs": len(parsed.pairs), "usable": usable, "refusal": parsed.refusal,
                          "truncated": parsed.dropped_truncated})
        if len(self.rows) == self.warn_after and not self.warned:
            n = len(self.rows)
            parsed_mean, usable_mean = (sum(r[k] for r in self.rows) / n for k in ("pairs", "usable"))
            if usable_mean < 1:
                self.warned = True
                why = ", ".join(f"{step} {k}" for step, k in self.reasons.most_common()) or "none parsed"
                warnings.warn(f"LOW YIELD: the first {n} responses gave {parsed_mean:.2f} pairs each, "
                              f"{usable_mean:.2f} of them usable (passing stage 04's sanity, guide-mention, grounding "
                              f"and duplicate checks; failed: {why}). The teacher may be ignoring the format or the "
                              f"text; stop and check before paying for more. One raw response:\n{result.text[:1500]}",
                              stacklevel=2)
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
    """Per character and variant: chunks asked, responses received, pairs parsed, pairs usable (passing stage 04's
    checks that need no model), refusals, cut-off pairs dropped."""
    table: dict[tuple[str, str], dict] = {}
    for (character, variant), n in chunks_by_key.items():
        table[character, variant] = {"character": character, "variant": variant, "chunks": n, "responses": 0,
                                     "pairs": 0, "usable": 0, "refusals": 0, "truncated": 0}
    for r in rows:
        t = table[r["character"], r["variant"]]
        t["responses"] += 1
        t["pairs"] += r["pairs"]
        t["usable"] += r["usable"]
        t["refusals"] += r["refusal"] is not None
        t["truncated"] += r["truncated"]
    return sorted(table.values(), key=lambda t: (t["character"], t["variant"]))
