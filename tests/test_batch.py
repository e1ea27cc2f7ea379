"""The Batch API path: batches within the API's limits, failed and expired items recorded and resubmitted alone."""
import warnings

import pytest

from meleelib.teacher import batch
from tests.helpers import jobs, make


def test_a_batch_is_split_at_the_request_and_size_limits(fake, tmp_path):
    t = make(fake, tmp_path)
    report = batch.run(t.batch_account(), jobs(5), max_requests=2)
    assert report.sent == 5 and [len(b["lines"]) for b in fake.batches.values()] == [2, 2, 1]
    line = len(batch.request_line(t.batch_account(), jobs(1)[0]).encode())
    parts = batch.split(t.batch_account(), jobs(6), max_requests=100, max_bytes=3 * line + 2)
    assert [len(p) for p in parts] == [3, 3]
    with pytest.raises(ValueError, match="over the 10-byte file limit"):
        batch.split(t.batch_account(), jobs(1), max_requests=100, max_bytes=10)


def test_the_answer_limit_goes_out_under_todays_name(fake, tmp_path):
    t = make(fake, tmp_path)
    body = batch.request_line(t.batch_account(), jobs(1)[0])
    assert '"max_completion_tokens": 64' in body and '"max_tokens"' not in body


@pytest.mark.parametrize("fake", [dict(batch_fail_every=3)], indirect=True)
def test_a_partly_failed_batch_is_resubmitted_for_its_failures_only(fake, tmp_path):
    first = make(fake, tmp_path, mode="batch").run(jobs(7))
    failed = sorted(r.meta["i"] for r in first.results if r.error)
    assert failed == [0, 3, 6] and first.sent == 4
    assert all("HTTP 500: The server had an error" in r.error for r in first.results if r.error)
    assert set(make(fake, tmp_path).cache.batch_failures([r.key for r in first.results])) == {
        r.key for r in first.results if r.error}
    second = make(fake, tmp_path, mode="batch").run(jobs(7))
    resubmitted = fake.batches["batch-1"]["lines"]
    assert len(fake.batches) == 2 and len(resubmitted) == 3  # the three failures, never what succeeded
    assert second.failed == 0 and second.cache_hits == 4 and second.sent == 3


@pytest.mark.parametrize("fake", [dict(batch_expires=True)], indirect=True)
def test_an_expired_batch_reports_each_unanswered_item(fake, tmp_path):
    report = make(fake, tmp_path, mode="batch").run(jobs(6))
    unanswered = [r for r in report.results if r.error]
    assert len(unanswered) == 3 and all("ended expired" in r.error for r in unanswered)
    again = make(fake, tmp_path, mode="batch").run(jobs(6))
    assert len(fake.batches["batch-1"]["lines"]) == 3 and again.failed == 0


def test_a_batch_keeps_the_stage_budget(fake, tmp_path):
    t = make(fake, tmp_path)
    one = t.pricing.worst_case_usd(jobs(1)[0], batch=True)
    report = make(fake, tmp_path, mode="batch", max_usd=3.5 * one, stage="s").run(jobs(8))
    assert report.budget_hit and report.sent == 3 and report.not_started == 5
    assert report.budget["spent_usd"] <= 3.5 * one and len(fake.batches["batch-0"]["lines"]) == 3


@pytest.mark.parametrize("fake", [dict(omit_usage=True)], indirect=True)
def test_a_batch_answer_without_usage_is_charged_its_worst_case(fake, tmp_path):
    t = make(fake, tmp_path, mode="batch", max_usd=1.0, stage="s")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = t.run(jobs(3))
    worst = sum(t.pricing.worst_case_usd(j, batch=True) for j in jobs(3))
    assert report.failed == 0 and worst > 0
    assert report.usd == pytest.approx(worst) and t.budget.spent == pytest.approx(worst)
    assert len([w for w in caught if "without `usage`" in str(w.message)]) == 1
