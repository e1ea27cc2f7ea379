"""Where a headless run is: the stage, the step within it, and a long step's count, rate and ETA, on the terminal.

A notebook runs in papermill's kernel, a process of its own, so its progress crosses over through a small file. The
runner names the file in the environment (`MELEELIB_PROGRESS`) before the kernel starts; inside the kernel, every
`tqdm` bar made from this module, and `Reporter`, append one JSON line per update to it, at most every few seconds.
The runner's `watch` tails the file in a thread, learns from papermill which cell is running, and prints:

    [05 3:10] step 4/6 Train | training 40/120 step, 0.21 step/s, ETA 6:20

On a terminal that line is rewritten in place, every second. Into a file or a pipe a new line is written when a step
starts or ends, and otherwise every `every` seconds (30 by default), so a log of a long run stays short.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tqdm.auto import tqdm as _tqdm

ENV = "MELEELIB_PROGRESS"  # the file the kernel appends progress events to; unset: nothing is written
HEARTBEAT_S = 30  # into a file, the longest silence


# ------------------------------------------------------------------ inside the kernel
class Reporter:
    """A step's progress for the runner: `update(n)` appends an event, at most every `interval_s`; the last one is
    always written (`final=True`). Does nothing outside a run that watches (the variable unset)."""

    def __init__(self, step: str, total: float | None, unit: str = "it", initial: float = 0, interval_s: float = 2):
        self.path, self.step, self.total, self.unit, self.initial = os.environ.get(ENV), step, total, unit, initial
        self.interval_s, self.start, self.written, self.closed = interval_s, time.monotonic(), 0.0, False

    def update(self, n: float, note: str = "", final: bool = False) -> None:
        now = time.monotonic()
        if not self.path or self.closed or (not final and now - self.written < self.interval_s):
            return
        elapsed = now - self.start
        rate = (n - self.initial) / elapsed if elapsed > 0 and n > self.initial else None
        event = {"step": self.step, "n": n, "total": self.total, "unit": self.unit, "elapsed": elapsed, "rate": rate,
                 "note": note, "done": final}
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(event) + "\n")
        self.written, self.closed = now, final


class tqdm(_tqdm):  # noqa: N801 -- a drop-in for tqdm.auto.tqdm
    """tqdm.auto's bar (a widget in a notebook), which also reports to the runner through a `Reporter`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reporter = None if self.disable else Reporter(self.desc, self.total, self.unit, self.n)
        if self.reporter:
            self.reporter.update(self.n)  # the step shows from its start, before its first count

    def refresh(self, *args, **kwargs):
        if getattr(self, "reporter", None):  # tqdm refreshes once before __init__ returns
            self.reporter.update(self.n, self.postfix or "")
        return super().refresh(*args, **kwargs)

    def close(self):
        if getattr(self, "reporter", None):
            self.reporter.update(self.n, self.postfix or "", final=True)
        super().close()


# ------------------------------------------------------------------ in the runner
def steps(notebook: Path) -> dict[str, tuple[int, str]]:
    """Cell id -> (step number, label) for each code cell: the label is the first sentence of the markdown above it.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Train. Checkpoints go to outputs/."),
    ...                                      nbformat.v4.new_code_cell("fit()", id="a")])
    >>> import tempfile; path = Path(tempfile.mkdtemp()) / "nb.ipynb"; nbformat.write(nb, path)
    >>> steps(path)
    {'a': (1, 'Train')}
    """
    import nbformat  # the runner's side only: a stage's kernel would pay seconds for it (jsonschema builds a grammar)

    found, label, fresh = {}, "", False
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type == "markdown":
            first = re.split(r"(?<=[.:!?])\s", cell.source.lstrip("# ").strip().split("\n")[0], maxsplit=1)[0]
            label, fresh = textwrap.shorten(first.rstrip(".:"), 60, placeholder="..."), True
        elif cell.cell_type == "code":
            own = label if fresh or not label else code_label(cell.source, label)
            found[cell.get("id", "")], fresh = (len(found) + 1, own), False
    return found


def code_label(source: str, above: str) -> str:
    """The label of a code cell without markdown of its own: its first comment, else its first line of code, else
    "continued" after the label above, so that two steps never read alike.

    >>> code_label("# the funnel, per character\\nplots.funnel(x)", "What was kept")
    'the funnel, per character'
    """
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    comment = next((line.lstrip("# ") for line in lines if line.startswith("#")), None)
    first = comment or next((line for line in lines if not line.startswith("#")), "")
    return textwrap.shorten(first or f"{above} (continued)", 60, placeholder="...")


def clock(seconds: float) -> str:
    """mm:ss, or h:mm:ss from an hour on, as tqdm writes them.

    >>> clock(75), clock(3725)
    ('01:15', '1:02:05')
    """
    return _tqdm.format_interval(seconds)


def describe(event: dict, since: float = 0) -> str:
    """'teacher 3/8 req, 0.40 req/s, ETA 0:12', `since` seconds after the event; a finished step says how long it took.

    >>> describe({"step": "judge", "n": 3, "total": 8, "unit": "req", "rate": 0.25, "elapsed": 12, "done": False}, 5)
    'judge 3/8 req, 4.0 s/req, ETA 00:15'
    """
    n, total, rate, unit = event["n"], event["total"], event["rate"], event["unit"]
    count = f"{n:g}/{total:g}" if total else f"{n:g}"
    text = f"{event['step']} {count} {unit}"
    if rate:
        text += f", {rate:.2f} {unit}/s" if rate >= 1 else f", {1 / rate:.1f} s/{unit}"
    if event["done"]:
        text += f", done in {clock(event['elapsed'])}"
    elif total:
        text += f", ETA {clock(max(0, (total - n) / rate - since))}" if rate else ", ETA ?"
    return text + (f" ({event['note']})" if event.get("note") else "")


class Watcher:
    """Tails a stage's progress file and prints where the stage is; see the module's docstring."""

    def __init__(self, number: str, notebook: Path, path: Path, every: float | None = None, stream=None):
        self.number, self.path, self.stream = number, path, stream or sys.stdout
        self.tty = self.stream.isatty()
        self.every = every if every is not None else 1 if self.tty else HEARTBEAT_S
        self.steps = steps(notebook)
        self.count = len(self.steps)
        self.cell, self.event, self.event_at, self.offset, self.start = None, None, 0.0, 0, time.monotonic()
        self.shown, self.shown_at, self.shown_key, self.open_line = "", 0.0, None, False
        self.lock, self.stopped = threading.Lock(), threading.Event()

    def cell_started(self, cell=None, **_):
        """papermill (nbclient) calls this as each cell starts, markdown ones included."""
        if cell is None or cell.get("cell_type", "code") != "code":
            return
        self.tick(final=True)  # what the last cell reported, under its own step
        with self.lock:
            self.cell = self.steps.get(cell.get("id", ""), (0, "parameters"))  # papermill's injected cell is new
            self.event = None  # a bar belongs to the cell that made it
        self.tick()

    def read(self) -> None:
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as f:
            f.seek(self.offset)
            data = f.read()
        complete = data[:data.rfind("\n") + 1]
        self.offset += len(complete.encode())
        for line in complete.splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                self.event, self.event_at = json.loads(line), time.monotonic()

    def body(self) -> str:
        """Where the stage is, without the clock."""
        number, label = self.cell or (0, "")
        text = f"step {number}/{self.count} {label}".rstrip() if number else label
        return f"{text} | {describe(self.event, time.monotonic() - self.event_at)}" if self.event else text

    def tick(self, final: bool = False) -> None:
        with self.lock:
            self.read()
            if self.cell is None and self.event is None:
                return
            key = (self.cell, self.event and self.event["step"], bool(self.event and self.event["done"]))
            now = time.monotonic()
            if not (final or key != self.shown_key or now - self.shown_at >= self.every):
                return
            body = self.body()
            if final and body == self.shown:
                return  # already on screen
            line = f"[{self.number} {clock(now - self.start)}] {body}"
            if self.tty:
                self.stream.write(("\n" if key != self.shown_key and self.open_line else "\r") + line + "\x1b[K")
                self.open_line = True
            else:
                self.stream.write(line + "\n")
            self.stream.flush()
            self.shown, self.shown_at, self.shown_key = body, now, key

    def run(self) -> None:
        while not self.stopped.wait(0.5):
            self.tick()

    def finish(self) -> None:
        self.stopped.set()
        self.tick(final=True)
        if self.tty and self.open_line:
            self.stream.write("\n")
            self.stream.flush()


@contextlib.contextmanager
def watch(number: str, notebook: Path, path: Path, every: float | None = None, stream=None) -> Iterator[dict]:
    """For the length of one stage: the progress file named to the kernel, a thread that shows it, and the papermill
    keyword arguments that report each cell's start. The last line is shown on the way out, errors included."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    watcher = Watcher(number, notebook, path, every, stream)
    before = os.environ.get(ENV)
    os.environ[ENV] = str(path)  # the kernel papermill starts inherits it
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        yield {"on_cell_start": watcher.cell_started}
    finally:
        watcher.finish()
        thread.join(timeout=5)
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before
