"""What a teacher is asked (a Job) and what comes back (a Result), and the tally of a run (a Report): shared by the
online and the Batch API paths.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Job:
    """One chat completion to make; `meta` rides along to the result untouched."""

    messages: list[dict]
    params: dict  # max_tokens, temperature, response_format, ...
    meta: dict = field(default_factory=dict)


@dataclass
class Result:
    key: str
    meta: dict
    text: str | None = None
    finish_reason: str | None = None
    usage: dict | None = None
    usd: float = 0.0
    cached: bool = False
    error: str | None = None

    @classmethod
    def stored(cls, key: str, meta: dict, hit: dict) -> Result:
        """A result read back from the answer store (`Cache.get`)."""
        return cls(key, meta, hit["text"], hit["finish_reason"], hit["usage"], hit["usd"], cached=True)


@dataclass
class Report:
    results: list[Result]
    sent: int = 0
    cache_hits: int = 0
    failed: int = 0
    not_started: int = 0  # left undone by the budget
    usd: float = 0.0  # spent by this run
    usd_total: float = 0.0  # spent on these jobs, this run and earlier ones
    budget_hit: bool = False
    undone: list[float] = field(default_factory=list)  # the worst case, in dollars, of each request left undone
    budget: dict = field(default_factory=dict)  # the stage's budget after the run (budget.Budget.summary)

    def add(self, result: Result) -> None:
        """Count one result: failed, answered from the store, or answered (and paid for) now."""
        self.results.append(result)
        if result.error:
            self.failed += 1
            self.usd += result.usd  # a request that timed out may have been billed: its worst case
        elif result.cached:
            self.cache_hits += 1
        else:
            self.sent += 1
            self.usd += result.usd
        self.usd_total += result.usd

    def finish(self, budget) -> None:
        """Close the tally with the stage's budget as it stands."""
        self.not_started, self.budget_hit = len(self.undone), bool(self.undone)
        self.budget = budget.summary()

    def stop_note(self, section: str, number: str, profile: str) -> str | None:
        """What the budget left undone and the command that goes on, or None when nothing was left undone."""
        return stop_note(self.undone, self.budget, section, number, profile)

    def summary(self) -> dict:
        """Requests, tokens, dollars and cache hits, for the stage's cost report."""
        tokens = lambda kind: sum((r.usage or {}).get(kind, 0) for r in self.results if not r.error)
        return {"requests": len(self.results) + self.not_started, "sent": self.sent, "cache_hits": self.cache_hits,
                "failed": self.failed, "not_started": self.not_started, "prompt_tokens": tokens("prompt_tokens"),
                "completion_tokens": tokens("completion_tokens"), "usd_this_run": round(self.usd, 6),
                "usd_total": round(self.usd_total, 6), "budget_hit": self.budget_hit, **self.budget}


def stop_note(undone: list[float], budget: dict, section: str, number: str, profile: str) -> str | None:
    """What a stage's budget left undone (the worst case of each request) and the exact command that goes on."""
    if not undone:
        return None
    enough = math.ceil((budget["spent_usd"] + sum(undone)) * 1000) / 1000  # to the tenth of a cent, upwards
    return (f"Budget reached: ${budget['spent_usd']:.4f} of ${budget['max_usd']:.4f} spent by {section} "
            f"(${budget['spent_this_run_usd']:.4f} in this run); {len(undone)} requests left undone, worst case "
            f"${sum(undone):.4f}. Everything answered is stored and will not be paid for again. To go on: "
            f"python -m meleelib run --profile {profile} --from {number} --set {section}.max_usd={enough:g}")
