"""Pacing: at most so many requests and tokens a minute, so that an account tier's known limits give no 429 storm.

The window slides: a request may start when the requests and tokens started in the last 60 seconds leave room for it.
"""
from __future__ import annotations

import time
from collections import deque


class Pacer:
    """Blocks in `wait` until a request of `tokens` fits both limits; None means no limit."""

    def __init__(self, requests_per_minute: int | None = None, tokens_per_minute: int | None = None,
                 clock=time.monotonic, sleep=time.sleep, window_s: float = 60.0):
        self.rpm, self.tpm, self.window = requests_per_minute, tokens_per_minute, window_s
        self.clock, self.sleep = clock, sleep
        self.started: deque[tuple[float, int]] = deque()  # (time, tokens) of requests in the window

    def wait(self, tokens: int) -> float:
        """Wait until a request of `tokens` may start, record it, and return the seconds waited."""
        if self.rpm is None and self.tpm is None:
            return 0.0
        if self.tpm is not None and tokens > self.tpm:
            raise ValueError(f"One request may use {tokens} tokens, more than max_tokens_per_minute {self.tpm}: "
                             f"raise it, or lower the request's max tokens.")
        waited, start = 0.0, self.clock()
        while True:
            now = self.clock()
            while self.started and now - self.started[0][0] >= self.window:
                self.started.popleft()
            room_requests = self.rpm is None or len(self.started) < self.rpm
            room_tokens = self.tpm is None or sum(t for _, t in self.started) + tokens <= self.tpm
            if room_requests and room_tokens:
                self.started.append((now, tokens))
                return waited
            self.sleep(max(0.01, self.started[0][0] + self.window - now))
            waited = self.clock() - start
