"""Stage 04: a funnel of cleaning steps, each counting what went in and out and tagging every rejected pair with why.

Sanity -> character relevance -> grounding in the pair's passage (then an optional LLM faithfulness judge) ->
guide mentions (LLM rewrite) -> outside entities (list, then LLM judge) -> duplicates (exact, then MinHash
near-duplicates within a character). The deterministic checks are `checks`'s; the splits are `dataset`'s.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from meleelib.clean import grounding
from meleelib.clean.checks import (
    GUIDE_MENTION,
    mentions_guide,
    names_character,
    outside_name,
    parse_verdict,
    sanity,
    unknown_name,
)
from meleelib.clean.dedup import duplicate_verdicts
from meleelib.clean.prompts import OUTSIDE_ENTITIES, REWRITE
from meleelib.generate.parse import parse_pairs
from meleelib.paths import QA_REJECTED
from meleelib.teacher.client import Teacher
from meleelib.teacher.jobs import Job


class CleanError(ValueError):
    """Nothing to clean, or nothing survived; the message shows the funnel and what to change."""


ADVICE = {
    "input": "stage 03 wrote no pairs: look at its yield report.",
    "sanity": "check min_chars/max_chars, and whether the teacher's answers are being cut off (raise "
              "max_answer_tokens).",
    "character": "set require_character: false, or check that the teacher names the characters.",
    "grounding": f"lower grounding_min_overlap, or read the reasons in {QA_REJECTED}: the teacher may be writing "
                 "answers its chunks do not hold.",
    "faithfulness": "set faithfulness_judge: false, or unparseable_verdict: pass if the judge cannot follow the "
                    "format.",
    "guide mentions": f"the rewrite kept mentioning the guide: check the rewrites in {QA_REJECTED}.",
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
                         f"What to change: {ADVICE.get(step, 'see ' + QA_REJECTED)} Nothing was written.")


# ------------------------------------------------------------------ LLM steps (jobs for meleelib.teacher)
def rewrite_jobs(pairs: list[dict], max_tokens: int) -> list[Job]:
    return [Job([{"role": "user", "content": REWRITE.format(**p)}], {"max_tokens": max_tokens, "temperature": 0.0},
                {"pair_id": p["pair_id"]}) for p in pairs]


def judge_jobs(pairs: list[dict], max_tokens: int = 8) -> list[Job]:
    return [Job([{"role": "user", "content": OUTSIDE_ENTITIES.format(**p)}],
                {"max_tokens": max_tokens, "temperature": 0.0}, {"pair_id": p["pair_id"]}) for p in pairs]


# ------------------------------------------------------------------ hand-written pairs and passages
# ------------------------------------------------------------------ a rewrite must stay the same pair
REWRITE_MIN_SIMILARITY = 60  # rapidfuzz token_set_ratio (0-100) of question to question and answer to answer


def drift(original: dict, rewrite: dict) -> str | None:
    """Why a rewrite is no longer the same pair, or None: once the mention of the source is taken out of the
    original, its question and its answer must each stay close to the rewrite's.

    >>> drift({"question": "What does the guide say about Fox's shine?", "answer": "The guide says shine is frame 1."},
    ...       {"question": "Which stages should Falco strike against Fox?", "answer": "Strike Pokemon Stadium."})
    'the rewrite drifted from the pair (question 49% alike, answer 36% alike)'
    """
    alike = {k: fuzz.token_set_ratio(GUIDE_MENTION.sub(" ", original[k]).lower(), rewrite[k].lower())
             for k in ("question", "answer")}
    if min(alike.values()) >= REWRITE_MIN_SIMILARITY:
        return None
    return (f"the rewrite drifted from the pair (question {alike['question']:.0f}% alike, answer "
            f"{alike['answer']:.0f}% alike)")


# ------------------------------------------------------------------ the whole funnel
def judged_verdicts(report, pairs: list[dict], key: str, reason: str, unparseable_verdict: str) -> tuple[dict, int]:
    """Verdicts from one judge's answers, read leniently; each pair keeps the judge's raw answer under `key`."""
    verdicts, unparseable, by_id = {}, 0, {p["pair_id"]: p for p in pairs}
    for r in report.results:
        verdict = parse_verdict(r.text) if not r.error else None
        unparseable += verdict is None
        p = by_id[r.meta["pair_id"]]
        p["judge_verdicts"] = {**p.get("judge_verdicts", {}), key: r.text if not r.error else r.error}
        if (verdict or unparseable_verdict) == "fail":
            verdicts[p["pair_id"]] = reason if verdict else "unparseable verdict"
    done = {r.meta["pair_id"] for r in report.results}
    verdicts.update({pid: "not judged (budget)" for pid in by_id if pid not in done})
    return verdicts, unparseable


def clean(pairs: list[dict], characters, teacher: Teacher, *, passages: dict[str, str], outside_names=(),
          require_character: bool = True, unparseable_verdict: str = "fail", near_duplicate_threshold: float = 0.7,
          min_chars: int = 10, max_chars: int = 2000, rewrite_max_tokens: int = 384,
          grounding_min_overlap: float = grounding.MIN_OVERLAP,
          faithfulness_judge: bool = False) -> tuple[Funnel, dict]:
    """Run every step; judge and rewrite calls go through `teacher` (cached, budgeted, concurrent). `passages` maps
    each pair's chunk_id to the text it was written from (see `passages`)."""
    if unparseable_verdict not in ("pass", "fail"):
        raise ValueError(f"unparseable_verdict = {unparseable_verdict!r}: give pass or fail.")
    f = Funnel([{**p} for p in pairs])
    f.check()
    f.apply("sanity", {p["pair_id"]: sanity(p, min_chars, max_chars) for p in f.pairs})
    if require_character:
        f.apply("character", {p["pair_id"]: None if names_character(p, characters) else "names none of the run's "
                              "characters" for p in f.pairs})
    corpus = grounding.Corpus(passages.values())  # so the specificity test knows which words every passage uses
    f.apply("grounding", {p["pair_id"]: grounding.verdict(p, passages.get(p["chunk_id"]), grounding_min_overlap,
                                                          corpus) for p in f.pairs})
    faithful = None
    if faithfulness_judge:
        faithful = teacher.run(grounding.judge_jobs(f.pairs, passages, teacher.settings.judge_max_tokens),
                               desc="faithfulness")
        verdicts, _ = judged_verdicts(faithful, f.pairs, "faithfulness", "the judge found it unsupported by its "
                                      "passage", unparseable_verdict)
        f.apply("faithfulness", verdicts)
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
        elif why := drift(by_id[pid], new):
            verdicts[pid] = why
        else:
            rewritten[pid] = new
    verdicts.update({p["pair_id"]: "not rewritten (budget)" for p in flagged if p["pair_id"] not in verdicts
                     and p["pair_id"] not in rewritten})
    f.apply("guide mentions", verdicts, rewritten)

    listed = {p["pair_id"]: f"names {n}" for p in f.pairs if (n := outside_name(p, outside_names))}
    listed |= {p["pair_id"]: f"names {n}, which neither its passage nor the game's vocabulary holds" for p in f.pairs
               if p["pair_id"] not in listed and (n := unknown_name(p, passages.get(p["chunk_id"]), characters))}
    unlisted = [p for p in f.pairs if p["pair_id"] not in listed]
    judged = teacher.run(judge_jobs(unlisted, teacher.settings.judge_max_tokens), desc="judge")
    verdicts, unparseable = judged_verdicts(judged, unlisted, "outside_entities", "the judge found an outside entity",
                                            unparseable_verdict)
    f.apply("outside entities", {**listed, **verdicts})

    exact, near, clusters = duplicate_verdicts(f.pairs, near_duplicate_threshold)
    f.apply("exact duplicates", exact)
    f.apply("near duplicates", near)
    f.check()
    reports = [r for r in (faithful, rewrites, judged) if r]
    return f, {"rewrites": rewrites.summary(), "judge": judged.summary(), "unparseable_verdicts": unparseable,
               "usd": sum(r.usd_total for r in reports),
               "faithfulness": faithful.summary() if faithful else None, "clusters": clusters,
               "undone": [u for r in reports for u in r.undone], "budget": teacher.budget.summary()}


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
