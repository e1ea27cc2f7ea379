"""How much of a stage's budget the teacher uses, and that it never passes it, against a loopback server that reports
usage: a cap that fits about half the requests; stage 04's rewrites and judge under one cap; a run killed and resumed.

    python benchmarks/teacher_budget.py

Prints cap, spent and the share used for each, side by side in one run.
"""
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import contextlib

from meleelib import teacher  # noqa: E402
from meleelib.clean import funnel  # noqa: E402
from meleelib.teacher.jobs import Job  # noqa: E402
from tests.fake_openai import FakeOpenAI  # noqa: E402

PRICES = {"input": 0.15, "output": 0.60}  # gpt-4o-mini's list price, dollars per million tokens


def make(url: str, folder: Path, **kw) -> teacher.Teacher:
    return teacher.Teacher(teacher.Settings(base_url=url, model="teacher-model", price_per_million=PRICES,
                                            max_concurrency=8, **kw), folder / "teacher.sqlite")


def jobs(n: int) -> list[Job]:
    return [Job([{"role": "user", "content": f"chunk {i} " * 50}], {"max_tokens": 48}, {"i": i}) for i in range(n)]


def pairs(n: int) -> list[dict]:
    base = {"variant": "general-plain", "finish_reason": "stop", "character": "Fox"}
    return [{**base, "pair_id": f"g{i}", "chunk_id": f"c{i}", "question": f"What does the guide say about option {i}?",
             "answer": f"It says to use option {i} against Falco."} for i in range(n)] + [
        {**base, "pair_id": f"p{i}", "chunk_id": f"d{i}", "question": f"How should Fox punish option {i}?",
         "answer": f"Up-smash after option {i}."} for i in range(n)]


def row(name: str, cap: float, spent: float) -> None:
    print(f"{name:44} cap ${cap:.6f}  spent ${spent:.6f}  used {spent / cap:6.1%}  {'OK' if spent <= cap else 'OVER'}")


if __name__ == "__main__":
    fake = FakeOpenAI()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        one = make(fake.url, tmp / "probe").run(jobs(1), progress=False).usd
        cap = 20 * one
        half = make(fake.url, tmp / "half", max_usd=cap, stage="s").run(jobs(40), progress=False)
        row("stage 03: a cap for about 20 of 40 requests", cap, half.budget["spent_usd"])

        free = make(fake.url, tmp / "free", stage="clean")
        funnel.clean(pairs(8), ["Fox"], free)
        capped = make(fake.url, tmp / "clean", max_usd=free.budget.spent / 2, stage="clean")
        _, stats = funnel.clean(pairs(8), ["Fox"], capped, unparseable_verdict="pass")
        row("stage 04: rewrites and judge under one cap", free.budget.spent / 2, capped.budget.spent)

        whole = make(fake.url, tmp / "whole", max_usd=15 * one, stage="s").run(jobs(30), progress=False)

        def crash(result, seen=[]):  # noqa: B006  (counts across calls)
            seen.append(result)
            if len(seen) == 6:
                raise KeyboardInterrupt
            return 0
        with contextlib.suppress(KeyboardInterrupt):
            make(fake.url, tmp / "resumed", max_usd=15 * one, stage="s").run(jobs(30), on_result=crash, progress=False)
        resumed = make(fake.url, tmp / "resumed", max_usd=15 * one, stage="s").run(jobs(30), progress=False)
        row("uninterrupted, 30 requests, cap for about 15", 15 * one, whole.budget["spent_usd"])
        row("killed after 6 answers, then resumed", 15 * one, resumed.budget["spent_usd"])
    fake.close()
