import io
import re
import time

import nbformat
import pytest

from meleelib import progress, runner
from meleelib.progress import Reporter, Watcher
from tests.helpers import ROOT

# A one-stage series whose stage asks the teacher (a FakeOpenAI on loopback) eight questions, one at a time.
STAGE = [
    ("markdown", "# 01 · Ask\n\nHeadless: `python -m meleelib run --only 01`"),
    ("code", 'run: str = "t"  # run name\nbase_url: str = ""  # the teacher\nfail: bool = False  # fail at the end'),
    ("markdown", "Ask the teacher. Eight questions, one in flight."),
    ("code", "from meleelib import RunPaths, teacher as teachers\nfrom meleelib.teacher.jobs import Job\n"
             "jobs = [Job([{'role': 'user', 'content': f'question {i}'}], {'max_tokens': 8}, {}) for i in range(8)]\n"
             "settings = teachers.Settings.of({'base_url': base_url, 'model': 'teacher-model', 'max_concurrency': 1,\n"
             "                                 'price_per_million': {'input': 0, 'output': 0}})\n"
             "report = teachers.Teacher(settings, RunPaths.of(run).interim / 'teacher.sqlite').run(jobs)"),
    ("markdown", "Then it fails, if asked to."),
    ("code", "assert not fail, 'asked to fail'"),
]


@pytest.fixture
def series(tmp_path, monkeypatch):
    cells = [nbformat.v4.new_markdown_cell(src) if kind == "markdown" else nbformat.v4.new_code_cell(src)
             for kind, src in STAGE]
    cells[1].metadata["tags"] = ["parameters"]
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "data").mkdir()
    monkeypatch.setenv("MELEELIB_ROOT", str(tmp_path))  # the kernel writes its run there
    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nbformat.write(nbformat.v4.new_notebook(cells=cells, metadata=kernel), tmp_path / "notebooks" / "01_ask.ipynb")
    return tmp_path


@pytest.mark.parametrize("fake", [{"latency_s": 0.6}], indirect=True)
def test_a_stage_shows_its_step_and_the_teachers_progress_with_an_eta_and_where_it_failed(series, fake, capsys):
    with pytest.raises(runner.StageFailed, match="AssertionError: asked to fail"):
        runner.run({"run": "t", "ask": {"base_url": fake.url, "fail": True}}, root=series, progress_every=0)
    out = capsys.readouterr().out
    step = r"^\[01 \d+:\d\d\] step 2/3 Ask the teacher \| teacher"
    during = re.findall(step + r" (\d)/8 req, [\d.]+ (?:req/s|s/req), ETA \d+:\d\d", out, re.M)
    assert during and int(during[0]) < 8, out
    assert re.search(step + r" 8/8 req, .*done in \d+:\d\d", out, re.M), out
    assert "step 3/3 Then it fails, if asked to\n\nstage " in out, out  # the last line shown, then the runner's table


@pytest.mark.parametrize("fake", [{"latency_s": 0.1}], indirect=True)
def test_quiet_shows_no_progress(series, fake, capsys):
    runner.run({"run": "t", "ask": {"base_url": fake.url}}, root=series, quiet=True)
    out = capsys.readouterr().out
    assert "[01] 01_ask.ipynb ..." in out and "Ask the teacher" not in out and "req" not in out


def test_into_a_file_a_line_comes_at_a_step_change_or_when_due(tmp_path, monkeypatch):
    nb = tmp_path / "01_x.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Train."),
                                                   nbformat.v4.new_code_cell("fit()", id="fit")]), nb)
    events, log = tmp_path / "progress.jsonl", io.StringIO()
    monkeypatch.setenv(progress.ENV, str(events))
    watcher = Watcher("05", nb, events, every=30, stream=log)
    watcher.cell_started(cell={"id": "fit"})
    steps = Reporter("training", 100, "step", interval_s=0)
    for n in range(1, 6):
        steps.update(n)
        watcher.tick()  # a line as the step starts and as its first count comes; then none within `every`
    assert log.getvalue().splitlines()[0] == "[05 00:00] step 1/1 Train"
    assert len(log.getvalue().splitlines()) == 2 and "training 1/100 step" in log.getvalue().splitlines()[1]
    watcher.shown_at -= 30
    watcher.tick()
    assert re.fullmatch(r"\[05 00:00\] step 1/1 Train \| training 5/100 step, .*ETA \d+:\d\d",
                        log.getvalue().splitlines()[-1])
    steps.update(7, final=True)
    watcher.finish()
    assert "training 7/100 step" in log.getvalue().splitlines()[-1] and "\r" not in log.getvalue()


def test_the_reporter_writes_at_most_every_interval(tmp_path, monkeypatch):
    monkeypatch.setenv(progress.ENV, str(tmp_path / "p.jsonl"))
    reporter = Reporter("judge", 1000, "req", interval_s=60)
    for n in range(1000):
        reporter.update(n)
    reporter.update(1000, final=True)
    reporter.update(1000, final=True)
    assert len((tmp_path / "p.jsonl").read_text().splitlines()) == 2


def test_the_clock_of_a_watcher_ticks_into_a_heartbeat(tmp_path):
    nb = tmp_path / "01_x.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("load()", id="a")]), nb)
    log = io.StringIO()
    watcher = Watcher("03", nb, tmp_path / "none.jsonl", every=0.2, stream=log)
    watcher.cell_started(cell={"id": "a"})
    time.sleep(0.3)
    watcher.tick()
    assert log.getvalue().splitlines() == ["[03 00:00] step 1/1", "[03 00:00] step 1/1"]


@pytest.mark.parametrize("notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.stem)
def test_no_two_steps_of_a_stage_read_alike(notebook):
    labels = [label for _, label in progress.steps(notebook).values()]
    assert len(set(labels)) == len(labels), labels
