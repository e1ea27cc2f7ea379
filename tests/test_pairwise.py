"""The pairwise judge: its replies parsed, both orders required for a win, and the intervals."""
import pytest

from meleelib.evaluate import pairwise
from meleelib.teacher.jobs import Result


@pytest.mark.parametrize("reply, choice", [("1", "1"), ("Answer 2 is better.", "2"), ("Tie.", "tie"),
                                           ("two", "2"), ("I cannot say", None)])
def test_judge_replies_are_parsed(reply, choice):
    assert pairwise.parse_preference(reply) == choice


def test_both_orders_must_agree_for_a_win():
    items = [{"question": "q", "reference": "r", "before": "b", "after": "a"}] * 3
    jobs = pairwise.judge_jobs(items)
    assert len(jobs) == 6 and "Answer 1: a" in jobs[0].messages[0]["content"] and "Answer 1: b" in jobs[1].messages[0]["content"]
    replies = ["1", "2",   # after first and chosen, before first and after chosen: a win
               "1", "1",   # always the first answer: position bias, a tie
               "2", "1"]   # before chosen both times: a loss
    results = [Result(key=str(i), meta=j.meta, text=t) for i, (j, t) in enumerate(zip(jobs, replies))]
    assert [v["outcome"] for v in pairwise.verdicts(results, 3)] == ["win", "tie", "loss"]


def test_wilson_interval():
    lo, hi = pairwise.wilson(8, 10)
    assert 0.49 < lo < 0.5 and 0.94 < hi < 0.95  # the textbook values 0.490 and 0.943
    assert pairwise.wilson(0, 0) == (0.0, 1.0)
