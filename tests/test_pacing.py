"""Pacing to a requests- and tokens-per-minute limit, on a clock the test moves."""
import pytest

from meleelib.teacher.pacing import Pacer


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def test_requests_per_minute_wait_for_the_window():
    clock = Clock()
    pacer = Pacer(requests_per_minute=2, clock=clock, sleep=clock.sleep)
    waits = [pacer.wait(10) for _ in range(5)]
    assert waits[:2] == [0, 0] and waits[2] == pytest.approx(60) and waits[3] == 0 and waits[4] == pytest.approx(60)


def test_tokens_per_minute_wait_for_room():
    clock = Clock()
    pacer = Pacer(tokens_per_minute=100, clock=clock, sleep=clock.sleep)
    assert pacer.wait(60) == 0
    clock.now = 30
    assert pacer.wait(60) == pytest.approx(30)  # the first request's 60 tokens leave the window at t = 60
    with pytest.raises(ValueError, match="more than max_tokens_per_minute 100"):
        pacer.wait(101)


def test_no_limits_never_wait():
    clock = Clock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    assert [pacer.wait(10**6) for _ in range(100)] == [0.0] * 100 and clock.now == 0
