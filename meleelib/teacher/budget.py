"""One stage's dollar cap, shared by every step of the stage and by every run of it: what earlier runs paid (read from
the answer store), what this run paid, and the worst case of the requests in flight. Nothing starts that could pass
the cap, and a request that does not fit waits for those in flight to settle before it is given up.
"""
from __future__ import annotations

import threading


class Budget:
    """`max_usd` None means no cap.

    >>> b = Budget(1.0, spent_before=0.25)
    >>> b.reserve(0.5), b.reserve(0.5)  # the second would pass the cap beside the first in flight
    (True, False)
    >>> b.settle(0.5, 0.125); round(b.spent, 3), b.reserve(0.5)  # the first cost less than its worst case
    (0.375, True)
    """

    def __init__(self, max_usd: float | None, spent_before: float = 0.0):
        self.max_usd, self.spent_before = max_usd, spent_before
        self.spent_now = self.committed = 0.0
        self.lock = threading.Lock()

    @property
    def spent(self) -> float:
        """Paid by this stage so far, earlier runs included."""
        return self.spent_before + self.spent_now

    def fits(self, worst_usd: float) -> bool:
        return self.max_usd is None or self.spent + self.committed + worst_usd <= self.max_usd

    def reserve(self, worst_usd: float) -> bool:
        """Set `worst_usd` aside for a request about to start, if it fits beside what is spent and in flight."""
        with self.lock:
            if not self.fits(worst_usd):
                return False
            self.committed += worst_usd
            return True

    def hold(self, worst_usd: float) -> None:
        """Count a request that is already in flight (a batch an earlier run submitted), whether or not it fits."""
        with self.lock:
            self.committed += worst_usd

    def settle(self, worst_usd: float, usd: float) -> None:
        """A request reserved at `worst_usd` finished and cost `usd`."""
        with self.lock:
            self.committed -= worst_usd
            self.spent_now += usd

    def summary(self) -> dict:
        return {"max_usd": self.max_usd, "spent_usd": round(self.spent, 6),
                "spent_before_usd": round(self.spent_before, 6), "spent_this_run_usd": round(self.spent_now, 6),
                "used_share": round(self.spent / self.max_usd, 4) if self.max_usd else None}
