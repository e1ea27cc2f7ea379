"""The teacher's prices in dollars: what an answer cost from its usage, and the most a request could cost (its worst
case), which the budget reserves before sending and charges when a server reports no usage."""
from __future__ import annotations

import threading
import warnings

from meleelib.teacher.jobs import Job


class Pricing:
    """A model's prices per million tokens, with the Batch API's discount."""

    def __init__(self, per_million: dict, batch_discount: float, server: str = "the teacher"):
        self.per_million, self.batch_discount, self.server = per_million, batch_discount, server
        self.warned, self.lock = False, threading.Lock()

    def usd(self, usage: dict | None, batch: bool = False) -> float:
        """Dollars for the tokens `usage` reports (0 without it; see `charged`)."""
        if not usage:
            return 0.0
        cost = (usage.get("prompt_tokens", 0) * self.per_million["input"]
                + usage.get("completion_tokens", 0) * self.per_million["output"]) / 1e6
        return cost * (1 - self.batch_discount) if batch else cost

    def worst_case_tokens(self, job: Job) -> tuple[int, int]:
        """Upper bounds on a request's prompt tokens (a token is at least one byte) and answer tokens."""
        return sum(len(m["content"].encode()) + 16 for m in job.messages), job.params.get("max_tokens", 4096)

    def worst_case_usd(self, job: Job, batch: bool = False) -> float:
        prompt, answer = self.worst_case_tokens(job)
        return self.usd({"prompt_tokens": prompt, "completion_tokens": answer}, batch)

    def charged(self, job: Job, usage: dict | None, batch: bool = False) -> float:
        """What an answer cost: from its usage, or its worst case when the server sent none (warned about once)."""
        if usage:
            return self.usd(usage, batch)
        worst = self.worst_case_usd(job, batch)
        with self.lock:
            if not self.warned:
                self.warned = True
                warnings.warn(f"The server at {self.server} answered without `usage`: each such answer is counted "
                              f"at its worst case (this one ${worst:.4f}), so the budget still holds; spending is "
                              f"overstated.", stacklevel=3)
        return worst
