"""Throughput of the teacher loop against a loopback server with a fixed 500 ms latency: concurrency 1 vs 16.

    python benchmarks/teacher_concurrency.py

Prints both wall times and their ratio, side by side in one run. Target: a ratio of at least 12x,
with the 16-way run within 30% of the ideal 64 x 0.5 s / 16 = 2 s.
"""
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from meleelib.teacher.client import Settings, Teacher  # noqa: E402
from meleelib.teacher.jobs import Job  # noqa: E402
from tests.fake_openai import FakeOpenAI  # noqa: E402

N, LATENCY = 64, 0.5


def timed(concurrency: int, url: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(base_url=url, model="teacher-model", price_per_million={"input": 0, "output": 0},
                            max_concurrency=concurrency)
        t = Teacher(settings, Path(tmp) / "cache.sqlite")
        jobs = [Job([{"role": "user", "content": f"chunk {i}"}], {"max_tokens": 64}) for i in range(N)]
        started = time.perf_counter()
        report = t.run(jobs, progress=False)
        assert report.sent == N and report.failed == 0
        return time.perf_counter() - started


if __name__ == "__main__":
    server = FakeOpenAI(latency_s=LATENCY)
    serial, parallel = timed(1, server.url), timed(16, server.url)
    ideal = N * LATENCY / 16
    print(f"{N} requests, {LATENCY * 1000:.0f} ms latency")
    print(f"max_concurrency 1 : {serial:6.2f} s  ({N / serial:5.1f} req/s)")
    print(f"max_concurrency 16: {parallel:6.2f} s  ({N / parallel:5.1f} req/s; ideal {ideal:.2f} s, "
          f"{(parallel / ideal - 1) * 100:+.0f}% off)")
    print(f"speed-up: {serial / parallel:.1f}x (target >= 12x)")
    server.close()
