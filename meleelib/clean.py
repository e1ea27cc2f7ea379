"""Stage 04: a funnel of cleaning steps, each counting what went in and out and tagging every rejected pair with why.

Sanity -> character relevance -> guide mentions (LLM rewrite) -> outside entities (list, then LLM judge)
-> duplicates (exact, then MinHash near-duplicates within a character). The splits are `dataset`'s.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

from .dedup import duplicate_verdicts
from .jobs import Job
from .qa import parse_pairs
from .qa_format import ANSWER, QUESTION, pair_text
from .teacher import Teacher

ALIASES = {  # a pair names a character if it says any of these (whole words, any case)
    "Fox": ["Fox"], "Falco": ["Falco"], "Marth": ["Marth"], "Sheik": ["Sheik"],
    "Jigglypuff": ["Jigglypuff", "Puff", "Jiggs", "Jigglypuff's"], "Peach": ["Peach"],
    "Captain Falcon": ["Captain Falcon", "C. Falcon", "CF", "Falcon"],
    "Ice Climbers": ["Ice Climbers", "Ice Climber", "ICs", "IC", "Icies", "Popo", "Nana"],
}

# "the guide", "this thread", "the OP", "according to the author"... but not "guide-post" or "a guide to the ledge".
GUIDE_MENTION = re.compile(
    r"\b(?:(?:the|this|that|our|his|her|their) "
    r"(?:guide|thread|text|excerpt|passage|original post|article|post)(?![-\w])"
    r"|the (?:guide's |thread's )?(?:author|writer|op)\b|\bOP\b|according to the (?:guide|text|author|excerpt)"
    r"|\b(?:guide|author|thread) (?:says|said|recommends|mentions|suggests|states|notes|advises)\b)", re.I)

REWRITE = f"""Rewrite the question and answer below so that neither mentions a guide, a thread, an excerpt, an author \
or where the advice came from. Keep every piece of game advice. Reply with exactly two lines, "{QUESTION} ..." and \
"{ANSWER} ...".

Example
{pair_text("Which stages does the guide tell Falco to strike against Fox?",
           "The guide says to strike Pokemon Stadium and Fountain of Dreams, because the author finds Fox's recovery "
           "too strong there.")}
Rewritten
{pair_text("Which stages should Falco strike against Fox?",
           "Strike Pokemon Stadium and Fountain of Dreams: Fox's recovery is too strong there.")}

{pair_text("{question}", "{answer}")}
Rewritten"""

JUDGE = f"""You review question-and-answer pairs about {{character}} in Super Smash Bros. Melee (GameCube).
Does the pair mention anything from outside the game itself, such as real players, tournaments, guide writers, \
forum members or websites?
Reply with one word: fail if it does, pass if it does not.

{pair_text("{question}", "{answer}")}
Verdict:"""


class CleanError(ValueError):
    """Nothing to clean, or nothing survived; the message shows the funnel and what to change."""


ADVICE = {
    "input": "stage 03 wrote no pairs: look at its yield report.",
    "sanity": "check min_chars/max_chars, and whether the teacher's answers are being cut off (raise "
              "max_answer_tokens).",
    "character": "set require_character: false, or check that the teacher names the characters.",
    "guide mentions": "the rewrite kept mentioning the guide: check the rewrites in qa_rejected.jsonl.",
    "outside entities": "check outside_names, and set unparseable_verdict: pass if the judge cannot follow the format.",
    "exact duplicates": "every pair repeats another: the teacher is repeating itself.",
    "near duplicates": "raise near_duplicate_threshold.",
}


def _reject(pair: dict, step: str, reason: str) -> dict:
    return {**pair, "rejected_step": step, "rejected_reason": reason}


class Funnel:
    """Runs the steps in order; `counts` says how many pairs each step took in and let out, `rejected` why."""

    def __init__(self, pairs: list[dict]):
        self.pairs, self.counts, self.rejected = list(pairs), [("input", len(pairs), len(pairs))], []

    def apply(self, step: str, verdicts: dict[str, str | None], replace: dict[str, dict] | None = None) -> None:
        """Keep pairs whose verdict is None; reject the rest with the verdict as reason; swap in rewritten pairs."""
        before, kept = len(self.pairs), []
        for p in self.pairs:
            reason = verdicts.get(p["pair_id"])
            if reason:
                self.rejected.append(_reject(p, step, reason))
            else:
                kept.append((replace or {}).get(p["pair_id"], p))
        self.pairs = kept
        self.counts.append((step, before, len(kept)))

    def table(self) -> list[dict]:
        return [{"step": s, "in": a, "out": b, "removed": a - b} for s, a, b in self.counts]

    def check(self) -> None:
        """Raise CleanError, with the funnel, when no pair is left."""
        if self.pairs:
            return
        step = next(s for s, _, out in self.counts if out == 0)
        rows = "\n".join(f"  {r['step']:<18}{r['in']:>6} -> {r['out']:<6}" for r in self.table())
        raise CleanError(f"No pair survived cleaning; the '{step}' step removed the last ones. Funnel:\n{rows}\n"
                         f"What to change: {ADVICE.get(step, 'see qa_rejected.jsonl')} Nothing was written.")


# ------------------------------------------------------------------ deterministic checks
def sanity(pair: dict, min_chars: int = 10, max_chars: int = 2000) -> str | None:
    """Why a pair is not a usable question/answer, or None."""
    q, a = pair["question"].strip(), pair["answer"].strip()
    if not a:
        return "empty answer"
    if not min_chars <= len(q) <= max_chars or not min_chars <= len(a) <= max_chars:
        return f"length outside [{min_chars}, {max_chars}] characters"
    if not (q.endswith("?") or re.match(r"(?i)(how|what|why|when|which|who|where|should|can|is|are|do|does)\b", q)):
        return "the question is not a question"
    if re.search(r"[,:;(\-]$", a) or (pair.get("finish_reason") == "length" and not re.search(r"[.!?)\]\"*]$", a)):
        return "the answer is cut off"
    if q.lower().rstrip("?") == a.lower().rstrip(".") or a.endswith("?"):
        return "the answer repeats or asks a question"
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


def parse_verdict(text: str | None) -> str | None:
    """'pass', 'fail', or None when unparseable. Lenient: `Pass`, `FAIL.`, `pass - no outside names`, `**Fail**`.

    >>> [parse_verdict(t) for t in ("Pass", "FAIL.", "pass - fine", "Verdict: **fail**", "maybe")]
    ['pass', 'fail', 'pass', 'fail', None]
    """
    words = re.findall(r"[a-z]+", (text or "").lower())
    found = [w for w in words[:12] if w in ("pass", "fail", "passed", "failed", "passes", "fails")]
    return found[0][:4] if found and len({w[:4] for w in found}) == 1 else None


# ------------------------------------------------------------------ LLM steps (jobs for meleelib.teacher)
def rewrite_jobs(pairs: list[dict], max_tokens: int) -> list[Job]:
    return [Job([{"role": "user", "content": REWRITE.format(**p)}], {"max_tokens": max_tokens, "temperature": 0.0},
                {"pair_id": p["pair_id"]}) for p in pairs]


def judge_jobs(pairs: list[dict], max_tokens: int = 8) -> list[Job]:
    return [Job([{"role": "user", "content": JUDGE.format(**p)}], {"max_tokens": max_tokens, "temperature": 0.0},
                {"pair_id": p["pair_id"]}) for p in pairs]


# ------------------------------------------------------------------ hand-written pairs
def curated_pairs(path: Path) -> list[dict]:
    """Hand-written pairs from a YAML list of {character, question, answer}, shaped like the teacher's so they go
    through the same funnel. Each is its own split group."""
    try:
        rows = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as err:
        raise CleanError(f"Cannot read the curated pairs at {path} ({err}): fix the file, or set "
                         f"clean.curated_pairs to null.") from err
    needed = {"character", "question", "answer"}
    bad = [i for i, r in enumerate(rows) if not isinstance(r, dict) or not needed <= set(r)]
    if bad:
        raise CleanError(f"{path}: entries {bad[:5]} need character, question and answer.")
    out = []
    for r in rows:
        pair_id = hashlib.sha256(f"curated:{r['character']}:{r['question']}".encode()).hexdigest()[:16]
        out.append({"pair_id": pair_id, "chunk_id": f"curated-{pair_id}", "character": r["character"],
                    "guide_id": None, "url": None, "post_ids": [], "variant": "curated", "question": r["question"],
                    "answer": r["answer"], "teacher_model": None, "request_hash": None, "finish_reason": None})
    return out


# ------------------------------------------------------------------ the whole funnel
def clean(pairs: list[dict], characters, teacher: Teacher, *, outside_names=(), require_character: bool = True,
          unparseable_verdict: str = "fail", near_duplicate_threshold: float = 0.7, min_chars: int = 10,
          max_chars: int = 2000, rewrite_max_tokens: int = 384) -> tuple[Funnel, dict]:
    """Run every step; judge and rewrite calls go through `teacher` (cached, budgeted, concurrent)."""
    f = Funnel(pairs)
    f.check()
    f.apply("sanity", {p["pair_id"]: sanity(p, min_chars, max_chars) for p in f.pairs})
    if require_character:
        f.apply("character", {p["pair_id"]: None if names_character(p, characters) else "names none of the run's "
                              "characters" for p in f.pairs})
    by_id = {p["pair_id"]: p for p in f.pairs}
    flagged = [p for p in f.pairs if mentions_guide(p)]
    rewrites = teacher.run(rewrite_jobs(flagged, rewrite_max_tokens), desc="rewrite")
    verdicts, rewritten = {}, {}
    for r in rewrites.results:
        pid, found = r.meta["pair_id"], parse_pairs(r.text or "", r.finish_reason).pairs
        if r.error or not found:
            verdicts[pid] = f"the rewrite failed: {r.error or 'no Q/A in the answer'}"
            continue
        new = {**by_id[pid], **found[0], "original": {k: by_id[pid][k] for k in ("question", "answer")}}
        if mentions_guide(new):
            verdicts[pid] = "still mentions the guide after the rewrite"
        else:
            rewritten[pid] = new
    verdicts.update({p["pair_id"]: "not rewritten (budget)" for p in flagged if p["pair_id"] not in verdicts
                     and p["pair_id"] not in rewritten})
    f.apply("guide mentions", verdicts, rewritten)

    listed = {p["pair_id"]: f"names {n}" for p in f.pairs if (n := outside_name(p, outside_names))}
    judged = teacher.run(judge_jobs([p for p in f.pairs if p["pair_id"] not in listed],
                                    teacher.settings.judge_max_tokens), desc="judge")
    verdicts, unparseable = dict(listed), 0
    for r in judged.results:
        verdict = parse_verdict(r.text) if not r.error else None
        unparseable += verdict is None
        by_id[r.meta["pair_id"]]["judge_verdicts"] = {"outside_entities": r.text if not r.error else r.error}
        if (verdict or unparseable_verdict) == "fail":
            verdicts[r.meta["pair_id"]] = "the judge found an outside entity" if verdict else "unparseable verdict"
    judged_ids = {r.meta["pair_id"] for r in judged.results}
    verdicts.update({p["pair_id"]: "not judged (budget)" for p in f.pairs
                     if p["pair_id"] not in judged_ids and p["pair_id"] not in listed})
    f.pairs = [{**p, **({"judge_verdicts": by_id[p["pair_id"]]["judge_verdicts"]}
                        if "judge_verdicts" in by_id[p["pair_id"]] else {})} for p in f.pairs]
    f.apply("outside entities", verdicts)

    exact, near, clusters = duplicate_verdicts(f.pairs, near_duplicate_threshold)
    f.apply("exact duplicates", exact)
    f.apply("near duplicates", near)
    f.check()
    return f, {"rewrites": rewrites.summary(), "judge": judged.summary(), "unparseable_verdicts": unparseable,
               "clusters": clusters, "undone": rewrites.undone + judged.undone, "budget": teacher.budget.summary()}


def funnel_by_character(pairs_in: list[dict], rejected: list[dict], steps: list[str]) -> dict[str, list[int]]:
    """Pairs left after each step, per character: [input, after step 1, after step 2, ...]."""
    out = {}
    for c in sorted({p["character"] for p in pairs_in}):
        left = sum(p["character"] == c for p in pairs_in)
        out[c] = [left]
        for step in steps:
            left -= sum(r["character"] == c and r["rejected_step"] == step for r in rejected)
            out[c].append(left)
    return out
