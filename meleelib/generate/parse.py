"""Stage 03: turn a teacher model's raw response into question/answer pairs, losing as few as possible.

JSON is tried first: every object with "question" and "answer" keys, wherever it sits, so code fences,
prose around it and a cut-off tail do not matter. Otherwise a line scanner splits the text on
Q/A labels (`Q:`, `Question 1:`, `**Q1.**`, `### Question 1`, `1. Q:` ...); lines without a label
belong to the current question or answer, so lists inside an answer stay in it. Text without any Q label may
number its questions in bold instead (`1. **How do I...?**`), with the answer on the lines below.

Other layouts that chat models fall into, and that the parsers of synthetic-data tools accept too (distilabel's and
Curator's read JSON or tagged output, and structured rows): pairs wrapped in tags (`<question>...</question>
<answer>...</answer>`, inside `<pair>` or not), a markdown table with Question and Answer columns, dashes after the
label (`Q1 - ...`), and any of these inside a code fence.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass


def _label(words: str) -> re.Pattern:
    """A label line: optional heading/bullet/number/bold markup, the label, an optional number, a separator."""
    return re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-*•]\s+)?(?:\d+[.)]\s*)?(?P<b>\*\*|__)?(?:" + words + r")"
                      r"\s*#?\d*\s*(?:\*\*|__)?\s*(?:[:.)]|\s[-–—](?=\s)|$)\s*(?:\*\*|__)?\s*(?P<rest>.*)$", re.I)


Q_LABEL = _label("Q|Question")
A_LABEL = _label("A|Answer")
# `1. **How do I...?**` or `**2) Why...?**` alone on a line: a question without a label, its answer below.
BOLD_QUESTION = re.compile(r"^\s*(?:#{1,6}\s*)?(?=(?:\*\*|__)?\d)(?:\d+[.)]\s*)?(?P<b>\*\*|__)(?:\d+[.)]\s*)?"
                           r"(?P<rest>[^*_].*?\?\s*(?:\*\*|__))\s*$")
# How an answer cut off by the token limit usually ends: on a comma, a colon, a dash, or a word that needs more.
CUT_OFF = re.compile(r"(?:[,:;(\-]|\b(?:and|or|but|the|a|an|to|of|then|with|into|for|from|by|at|on|in))\s*$", re.I)
# "Q: ... ? A: ..." on one line; the answer label must follow a sentence end, so "Plan A:" never splits.
INLINE_A = re.compile(r"(?<=[?.!])\s+(?:\*\*|__)?A(?:nswer)?\s*(?:\*\*|__)?:(?:\*\*|__)?\s+")
RULE = re.compile(r"^\s*(?:([-*_=])(?:\s*\1){2,}|```.*|~~~.*)\s*$")  # a horizontal rule or a code fence line
TAGGED = re.compile(r"<(q|question)>(?P<q>.*?)</\1>.*?<(a|answer)>(?P<a>.*?)(?P<end></\3>|\Z)", re.I | re.S)
TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
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


def _tagged_pairs(text: str) -> tuple[list[dict], bool]:
    """Pairs wrapped in tags, in order, and whether the last answer's closing tag is missing (cut off)."""
    found = list(TAGGED.finditer(text))
    pairs = [{"question": m["q"].strip(), "answer": m["a"].strip()} for m in found]
    return pairs, bool(found) and not found[-1]["end"]


def _table_pairs(text: str) -> list[dict]:
    """Rows of a markdown table whose header names a question column and an answer column.

    >>> _table_pairs("| # | Question | Answer |\\n|---|---|---|\\n| 1 | Why shine? | **Frame 1.** |")
    [{'question': 'Why shine?', 'answer': 'Frame 1.'}]
    """
    pairs, columns = [], None
    for line in text.split("\n"):
        row = TABLE_ROW.match(line)
        if not row:
            columns = None if line.strip() else columns
            continue
        cells = [re.sub(r"^(\*\*|__)(.*)\1$", r"\2", c.strip()).strip() for c in row[1].split("|")]
        names = [c.lower() for c in cells]
        if columns is None and any(n.startswith("q") for n in names) and any(n.startswith("a") for n in names):
            columns = (next(i for i, n in enumerate(names) if n.startswith("q")),
                       next(i for i, n in enumerate(names) if n.startswith("a")))
        elif columns and not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c) and len(cells) > max(columns):
            pairs.append({"question": cells[columns[0]], "answer": cells[columns[1]]})
    return pairs


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
    if not found:
        found, cut = _tagged_pairs(text)
        found = found[:len(found) - cut]  # an answer whose closing tag never came was cut off
    if not found and not cut and (table := _table_pairs(text)):
        found, cut = table[:len(table) - (finish_reason == "length")], finish_reason == "length"
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
