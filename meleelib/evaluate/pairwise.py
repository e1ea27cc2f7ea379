"""A pairwise judge: the teacher compares the answers before and after fine-tuning, in both orders so that its
position bias cancels, and the outcome is reported as win/tie/loss shares with Wilson intervals.
"""
from __future__ import annotations

import re

from scipy.stats import binomtest

from meleelib.evaluate.prompts import PAIRWISE
from meleelib.teacher.client import Teacher
from meleelib.teacher.jobs import Job


def parse_preference(text: str) -> str | None:
    """'1', '2' or 'tie' from a judge's reply; None when it says none of them first."""
    m = re.search(r"\b(tie|1|2|one|two)\b", text.lower())
    return {"one": "1", "two": "2"}.get(m.group(1), m.group(1)) if m else None


def judge_jobs(items: list[dict], max_tokens: int = 8) -> list[Job]:
    """Two jobs per item, `after` shown first and then second, so position bias cancels."""
    jobs = []
    for i, it in enumerate(items):
        for order, (first, second) in (("after_first", (it["after"], it["before"])),
                                       ("before_first", (it["before"], it["after"]))):
            text = PAIRWISE.format(question=it["question"], reference=it["reference"], first=first, second=second)
            jobs.append(Job([{"role": "user", "content": text}], {"max_tokens": max_tokens, "temperature": 0.0},
                            {"item": i, "order": order}))
    return jobs


def verdicts(results, n_items: int) -> list[dict]:
    """Per item: the after model's outcome (win, tie or loss) from its two orders; a split decision is a tie."""
    votes = {i: {} for i in range(n_items)}
    for r in results:
        choice = parse_preference(r.text or "")
        after_is = "1" if r.meta["order"] == "after_first" else "2"
        votes[r.meta["item"]][r.meta["order"]] = None if choice is None else \
            "tie" if choice == "tie" else "win" if choice == after_is else "loss"
    out = []
    for i in range(n_items):
        a, b = votes[i].get("after_first"), votes[i].get("before_first")
        outcome = a if a == b and a is not None else "tie"
        out.append({"item": i, "after_first": a, "before_first": b, "outcome": outcome,
                    "unparseable": (a is None) + (b is None)})
    return out


def wilson(k: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a share k/n (scipy's); no data gives the whole range."""
    if n == 0:
        return (0.0, 1.0)
    ci = binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
    return (float(ci.low), float(ci.high))


def judge(teacher: Teacher, items: list[dict]) -> dict:
    """Win/tie/loss of `after` against `before`, each share with a 95% Wilson interval."""
    report = teacher.run(judge_jobs(items, teacher.settings.judge_max_tokens), desc="judge")
    asked = {r.meta["item"] for r in report.results}  # items the budget left unasked are not counted as ties
    per_item = [v for v in verdicts(report.results, len(items)) if v["item"] in asked]
    n = len(per_item)
    summary = {"n": n, "unparseable_replies": sum(v["unparseable"] for v in per_item), "per_item": per_item,
               "usd": report.summary()["usd_total"], "sent": report.sent, "cache_hits": report.cache_hits,
               "failed_requests": sum(bool(r.error) for r in report.results), "not_asked": report.not_started,
               "undone": report.undone, "budget": report.budget}
    for outcome in ("win", "tie", "loss"):
        k = sum(v["outcome"] == outcome for v in per_item)
        summary[outcome] = k
        summary[f"{outcome}_ci95"] = wilson(k, n)
    return summary


def items(table: list[dict]) -> list[dict]:
    """The held-out questions' greedy answers, from stage 06's comparison table, for the judge."""
    return [{"question": r["question"], "reference": r["reference"], "before": r["before"]["text"],
             "after": r["after"]["text"]} for r in table if r["kind"] == "held_out" and r["decoding"] == "greedy"]
