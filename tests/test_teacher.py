import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings

import pytest

from meleelib import teacher
from meleelib.teacher import batch, cache
from meleelib.teacher.jobs import Job
from tests.helpers import ROOT, jobs, make


def test_answers_are_cached_and_rerun_sends_nothing(fake, tmp_path):
    first = make(fake, tmp_path).run(jobs(6))
    assert first.sent == 6 and first.failed == 0 and all(r.text.startswith("Q:") for r in first.results)
    assert first.usd > 0 and first.usd == pytest.approx(sum(r.usd for r in first.results))
    again = make(fake, tmp_path).run(jobs(6))
    assert again.sent == 0 and again.cache_hits == 6 and again.usd == 0
    assert sum(fake.answered.values()) == 6
    assert sorted(r.meta["i"] for r in again.results) == list(range(6))


@pytest.mark.parametrize("fake", [dict(fail_first=3, fail_status=429, retry_after="0.05"),
                                  dict(fail_first=2, fail_status=500)], indirect=True)
def test_storms_of_429_and_500_still_complete_every_request(fake, tmp_path):
    report = make(fake, tmp_path).run(jobs(8))
    assert report.failed == 0 and report.sent == 8
    assert all(n == fake.fail_first + 1 for n in fake.attempts.values())


@pytest.mark.parametrize("fake", [dict(fail_first=99, fail_status=500)], indirect=True)
def test_a_request_that_fails_for_good_is_recorded_and_the_run_goes_on(fake, tmp_path):
    report = make(fake, tmp_path, max_retries=1).run(jobs(2))
    assert report.failed == 2 and all("InternalServerError" in r.error for r in report.results)
    assert len(make(fake, tmp_path).cache) == 0  # failures are not stored: the next run tries again


@pytest.mark.parametrize("fake", [dict(fail_first=1, fail_status=429, retry_after="1")], indirect=True)
def test_retry_after_is_honoured(fake, tmp_path):
    started = time.monotonic()
    make(fake, tmp_path).run(jobs(1))
    assert time.monotonic() - started >= 0.95


def test_budget_stops_cleanly_then_a_raised_budget_finishes(fake, tmp_path):
    one = make(fake, tmp_path).pricing.worst_case_usd(jobs(1)[0])
    capped = make(fake, tmp_path, max_usd=3.5 * one, max_concurrency=2, stage="s").run(jobs(10))
    assert capped.budget_hit and capped.not_started > 0 and capped.failed == 0
    assert capped.budget["spent_usd"] <= 3.5 * one
    done = len(capped.results)
    same = make(fake, tmp_path, max_usd=3.5 * one, stage="s").run(jobs(10))
    assert same.budget_hit and same.sent == 0  # what the stage paid in its first run counts against the same cap
    assert "--set s.max_usd=" in same.stop_note("s", "03", "mine") and "--profile mine --from 03" in same.stop_note(
        "s", "03", "mine")
    raised = make(fake, tmp_path, max_usd=100.0, stage="s").run(jobs(10))
    assert not raised.budget_hit and len(raised.results) == 10 and raised.cache_hits >= done
    assert max(fake.answered.values()) == 1


@pytest.mark.parametrize("fake", [dict(supports_schema=True), dict(supports_schema=False)], indirect=True)
def test_json_schema_when_supported_else_free_text(fake, tmp_path):
    t = make(fake, tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = t.run(jobs(2, response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}))
    assert report.failed == 0
    assert all(r.text.startswith("{") == fake.supports_schema for r in report.results)
    assert t.structured == fake.supports_schema
    said = [str(w.message) for w in caught if "free text" in str(w.message)]
    assert len(said) == (0 if fake.supports_schema else 1)  # the switch to free text is said, once


def test_bad_setup_is_named_plainly_and_keeps_the_cache(fake, tmp_path, monkeypatch):
    make(fake, tmp_path).run(jobs(1))
    monkeypatch.delenv("MELEE_TEST_KEY", raising=False)
    with pytest.raises(teacher.TeacherError, match=r"read from \$MELEE_TEST_KEY, which is not set"):
        make(fake, tmp_path, api_key_env="MELEE_TEST_KEY")
    with pytest.raises(teacher.TeacherError, match="does not exist"):
        make(fake, tmp_path, model="gpt-nonexistent").run(jobs(1))
    with pytest.raises(teacher.TeacherError, match=r"Cannot reach the teacher at http://127.0.0.1:9/v1"):
        make(fake, tmp_path, base_url="http://127.0.0.1:9/v1", max_retries=0).run(jobs(2))
    assert len(make(fake, tmp_path).cache) == 1


def test_batch_mode_end_to_end_and_pick_up_of_a_running_batch(fake, tmp_path):
    t = make(fake, tmp_path)
    report = batch.run(t.batch_account(), jobs(5))
    assert report.sent == 5 and report.failed == 0 and len(fake.batches) == 1
    assert report.usd == pytest.approx(sum(t.pricing.usd(r.usage) for r in report.results) / 2)
    # A batch submitted by a run that then died: the next run polls it instead of submitting again.
    fake.batch_polls = 3
    lost = jobs(8)[5:]
    batch.submit(t.batch_account(), lost)  # the submitting half of batch.run, then the run "dies"
    resumed = make(fake, tmp_path, mode="batch").run(jobs(8))  # the mode setting takes the batch path
    assert len(fake.batches) == 2 and resumed.cache_hits == 5 and resumed.sent == 3


KILLABLE = textwrap.dedent("""
    import sys
    from meleelib import teacher
    from meleelib.teacher.jobs import Job
    t = teacher.Teacher(teacher.Settings(base_url=sys.argv[1], model="teacher-model", timeout_s=30,
                                         price_per_million={"input": 1, "output": 1}), sys.argv[2])
    jobs = [Job([{"role": "user", "content": f"chunk {i}"}], {"max_tokens": 64}, {"i": i}) for i in range(40)]
    print(t.run(jobs, progress=False).sent, flush=True)
""")


@pytest.mark.parametrize("fake", [dict(latency_s=0.5)], indirect=True)
def test_killed_mid_run_then_resumed_answers_nothing_twice(fake, tmp_path):
    """SIGKILL while four requests wait on the server; none of them was answered, all that were are stored."""
    cmd = [sys.executable, "-c", KILLABLE, fake.url, str(tmp_path / "teacher.sqlite")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while sum(fake.answered.values()) < 8 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.25)  # halfway through the next round's latency
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    answered_before = sum(fake.answered.values())
    assert 8 <= answered_before < 40
    finished = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert int(finished.stdout) == 40 - answered_before  # everything answered before the kill was stored
    assert len(cache.Cache(tmp_path / "teacher.sqlite")) == 40
    assert fake.abandoned >= 1  # the kill cut requests off while the server was working on them
    assert set(fake.answered) == set(fake.attempts) and max(fake.answered.values()) == 1


def test_settings_name_a_typo_and_a_wrong_type():
    from meleelib.config import ProfileError
    demo = {"base_url": "embedded", "model": "m", "price_per_million": {"input": 0, "output": 0}}
    assert teacher.Settings.of(demo, max_usd=2.0).max_usd == 2.0
    with pytest.raises(ProfileError, match=r"no setting 'api_key_evn' \(did you mean 'api_key_env'\?\)"):
        teacher.Settings.of({**demo, "api_key_evn": "X"})
    with pytest.raises(ProfileError, match="teacher.max_concurrency = '4' is a str; it must be int"):
        teacher.Settings.of({**demo, "max_concurrency": "4"})
    with pytest.raises(ProfileError, match="needs the setting.s. model"):
        teacher.Settings.of({k: v for k, v in demo.items() if k != "model"})
    with pytest.raises(ProfileError, match="mode 'fast' is unknown"):
        teacher.Settings.of({**demo, "mode": "fast"})
    with pytest.raises(ProfileError, match="allows no request"):
        teacher.Settings.of(demo, max_usd=0)


def test_a_cap_that_fits_half_the_requests_is_used_to_at_least_90_percent(fake, tmp_path):
    """A request that does not fit beside those in flight waits for them, rather than ending the run early."""
    actual = make(fake, tmp_path / "probe").run(jobs(1, max_tokens=48)).usd  # what one answer costs
    cap = 20 * actual  # about half of 40
    report = make(fake, tmp_path, max_usd=cap, max_concurrency=8, stage="s").run(jobs(40, max_tokens=48))
    spent = report.budget["spent_usd"]
    assert report.budget_hit and 0.9 * cap <= spent <= cap and report.failed == 0
    assert spent == pytest.approx(report.usd) and report.sent == 40 - report.not_started


def test_a_resumed_run_never_spends_more_than_an_uninterrupted_one(fake, tmp_path):
    actual = make(fake, tmp_path / "probe").run(jobs(1, max_tokens=48)).usd
    cap = 15 * actual
    whole = make(fake, tmp_path / "whole", max_usd=cap, stage="s").run(jobs(30, max_tokens=48))

    def crash(result):
        crash.seen += 1
        if crash.seen == 6:
            raise KeyboardInterrupt  # the run dies here; what was answered is stored
        return 0
    crash.seen = 0
    with pytest.raises(KeyboardInterrupt):
        make(fake, tmp_path / "resumed", max_usd=cap, stage="s").run(jobs(30, max_tokens=48), on_result=crash)
    resumed = make(fake, tmp_path / "resumed", max_usd=cap, stage="s").run(jobs(30, max_tokens=48))
    assert resumed.budget["spent_before_usd"] > 0 and resumed.cache_hits >= 6
    assert resumed.budget["spent_usd"] <= whole.budget["spent_usd"] + 1e-12 <= cap


@pytest.mark.parametrize("fake", [dict(rejects="max_tokens"), dict(rejects="max_completion_tokens")], indirect=True)
def test_either_name_for_the_answer_limit_is_learnt_once(fake, tmp_path):
    t = make(fake, tmp_path, max_concurrency=1)
    report = t.run(jobs(5))
    assert report.failed == 0 and report.sent == 5
    assert fake.refusals == (1 if fake.rejects == "max_completion_tokens" else 0)  # detected once, not per request
    assert t.token_limit == ("max_tokens" if fake.rejects == "max_completion_tokens" else "max_completion_tokens")


@pytest.mark.parametrize("fake", [dict(supports_schema=True, context_chars=40)], indirect=True)
def test_a_context_length_error_is_reported_as_itself_and_structured_output_stays_on(fake, tmp_path):
    t = make(fake, tmp_path)
    schema = {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}
    long = Job([{"role": "user", "content": "chunk " * 20}], {"max_tokens": 64, "response_format": schema}, {"i": 99})
    report = t.run([long, *jobs(2, response_format=schema)])
    failed = [r for r in report.results if r.error]
    assert len(failed) == 1 and "maximum context length" in failed[0].error and failed[0].meta == {"i": 99}
    assert t.structured and all(r.text.startswith("{") for r in report.results if not r.error)


@pytest.mark.parametrize("mode", ["online", "batch"])
def test_identical_requests_in_one_run_are_paid_for_once(fake, tmp_path, mode):
    """Two chunks with the same text ask the same: one request answers both, whichever the mode."""
    twins = [Job([{"role": "user", "content": "the same chunk"}], {"max_tokens": 64}, {"i": i}) for i in range(2)]
    report = make(fake, tmp_path, mode=mode).run([*twins, *jobs(2)])
    assert sorted(r.meta["i"] for r in report.results) == [0, 0, 1, 1] and report.failed == 0
    assert report.sent == 3 and report.cache_hits == 1
    assert report.usd == pytest.approx(sum(r.usd for r in report.results)) and report.usd_total == report.usd
    sent = sum(fake.answered.values()) if mode == "online" else sum(len(b["lines"]) for b in fake.batches.values())
    assert sent == 3


@pytest.mark.parametrize("fake", [dict(omit_usage=True)], indirect=True)
def test_an_answer_without_usage_is_charged_its_worst_case_and_said_once(fake, tmp_path):
    t = make(fake, tmp_path, max_usd=1.0, stage="s")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = t.run(jobs(3))
    worst = [t.pricing.worst_case_usd(j) for j in jobs(3)]
    assert report.failed == 0 and all(r.usage is None for r in report.results)
    assert report.usd == pytest.approx(sum(worst)) and t.budget.spent == pytest.approx(sum(worst))
    assert len([w for w in caught if "without `usage`" in str(w.message)]) == 1
    assert make(fake, tmp_path, stage="s").cache.spent("s") == pytest.approx(sum(worst))  # the next run knows


@pytest.mark.parametrize("fake", [dict(stall_first=1, stall_s=1.5)], indirect=True)
def test_a_request_that_timed_out_after_it_was_sent_is_charged_its_worst_case(fake, tmp_path):
    job = jobs(1)
    gave_up = make(fake, tmp_path, timeout_s=0.3, max_retries=0, max_usd=1.0, stage="s")
    report = gave_up.run(job)
    worst = gave_up.pricing.worst_case_usd(job[0])
    assert report.failed == 1 and "APITimeoutError" in report.results[0].error
    assert report.usd == pytest.approx(worst) and gave_up.budget.spent == pytest.approx(worst)
    retried = make(fake, tmp_path, timeout_s=0.3, max_retries=1, max_usd=1.0, stage="s")
    assert retried.budget.spent == pytest.approx(worst)  # the lost attempt is remembered across runs
    fake.attempts.clear()
    report = retried.run(job)  # the first attempt times out, the retry is answered: both are counted
    answer = retried.pricing.usd(report.results[0].usage)
    assert report.failed == 0 and report.usd == pytest.approx(worst + answer)
    assert retried.cache.spent("s") == pytest.approx(2 * worst + answer)


def test_an_answer_is_committed_without_an_fsync_so_a_kill_right_after_it_arrives_keeps_it(tmp_path):
    store = cache.Cache(tmp_path / "teacher.sqlite")
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: WAL commits, no fsync per answer
    store.put("k", "m", {}, {"text": "t"}, 0.1, "s")
    other = cache.Cache(tmp_path / "teacher.sqlite")  # another connection, as a re-run after a kill would open
    assert other.get("k")["text"] == "t" and other.spent("s") == pytest.approx(0.1)


def test_a_judge_bar_shows_no_pair_count(fake, tmp_path, monkeypatch):
    from meleelib.teacher import client
    shown = []

    class Bar:
        def __init__(self, *a, **k):
            pass

        def update(self, *a):
            pass

        def set_postfix(self, **kw):
            shown.append(kw)

        def close(self):
            pass

    monkeypatch.setattr(client, "tqdm", Bar)
    make(fake, tmp_path).run(jobs(2), desc="judge")
    assert shown and all("pairs" not in kw for kw in shown)
    make(fake, tmp_path / "b").run(jobs(2) + jobs(1), on_result=lambda r: 2, desc="teacher")
    assert shown[-1]["pairs"] == 4  # the third job asks what the first asked: the same two pairs, counted once
