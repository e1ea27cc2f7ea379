"""Stage 03's usable-pair yield with the embedded teacher: a JSON schema (structured) against free text, same chunks.

    python benchmarks/structured_yield.py [--chunks data/demo/interim/chunks.jsonl] [--n 16] [--max-tokens 256]
                                          [--threads N]

The same seeded sample of chunks, prompt variants and settings (the demo profile's teacher) go through the embedded
engine twice, once each way; each answer is parsed and counted by stage 03's YieldWatch (the pairs that would pass
stage 04's checks that need no model). A throwaway cache, so nothing is reused between the two.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meleelib import files, teacher as teachers  # noqa: E402
from meleelib.config import load_profile  # noqa: E402
from meleelib.generate import self_instruct  # noqa: E402


class Paths:  # what teacher.connect needs of RunPaths: a folder for its cache and the engine's log
    def __init__(self, folder: Path):
        self.interim = folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=Path, default=Path("data/demo/interim/chunks.jsonl"))
    parser.add_argument("--n", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--threads", type=int, help="the engine's threads (default: every CPU)")
    args = parser.parse_args()
    profile = load_profile("demo", [f"teacher.n_threads={args.threads}"] if args.threads else [])
    chunks = self_instruct.pick_chunks(files.read_jsonl(args.chunks), args.n, seed=0)
    passages = {c["chunk_id"]: c["text"] for c in chunks}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = teachers.Settings.of(profile["teacher"], stage="self_instruct")
        with teachers.connect(settings, Paths(Path(tmp))) as teacher:
            for structured in (True, False):
                jobs = self_instruct.jobs(chunks, 0, args.max_tokens, 0.0, structured)
                watch = self_instruct.YieldWatch(settings.model, passages, warn_after=10**6)
                start = time.monotonic()
                teacher.run(jobs, on_result=watch, progress=False)
                usable = sum(r["usable"] for r in watch.rows)
                rows.append((("structured" if structured else "free text"), len(jobs), len(watch.pairs), usable,
                             time.monotonic() - start, dict(watch.reasons.most_common(3))))
    print(f"{'request':12s} {'chunks':>6s} {'pairs':>6s} {'usable':>7s} {'per chunk':>9s} {'time (s)':>9s}  "
          f"first failed check")
    for name, n, pairs, usable, seconds, reasons in rows:
        print(f"{name:12s} {n:6d} {pairs:6d} {usable:7d} {usable / n:9.2f} {seconds:9.0f}  {reasons}")


if __name__ == "__main__":
    main()
