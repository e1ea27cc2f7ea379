"""Local engines side by side in one run: completion tokens/s at 1 and 4 requests in flight, start-up time, memory.

    python benchmarks/local_engines.py [--rounds 2] [--max-tokens 160] [--llama-python PYTHON]

`--llama-python` is a Python that has `llama-cpp-python[server]` (default: this one), e.g. a separate venv made
with `pip install "llama-cpp-python[server]"`, which builds llama.cpp from source (cmake and a C++ compiler).

The bundled SmolLM2-135M under
- `transformers serve` as `engine.serve` runs it, with continuous batching (greedy only) and without;
- llama.cpp's server from `llama-cpp-python[server]` (built from source by pip), on the bundled Q4_1 GGUF file.
Every server runs at once and the measurements are interleaved round by round, so a machine shared with other work
slows them alike: read the ratios. Each request asks for a long greedy answer of up to --max-tokens tokens.
Goal: 3x the 14-29 tokens/s that continuous batching gave at 4 in flight on 2 cores. Measured on 2 idle cores with
`--rounds 2 --max-tokens 48` (tokens/s at 1 / 4 in flight): continuous batching 21.5 / 45.4, one at a time
21.7 / 21.3, llama.cpp Q4_1 86.2 / 84.5.
"""
import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from meleelib.serve import bundled, engine  # noqa: E402

PROMPT = [{"role": "user", "content": "Write a long, detailed guide to playing Fox in Super Smash Bros. Melee."}]


@contextlib.contextmanager
def llama_cpp_server(python: str, gguf: Path, threads: int):
    """`python -m llama_cpp.server` on a free loopback port, until the block exits."""
    port = engine._free_port()
    log = Path(tempfile.mkstemp(prefix="llama-cpp-server-", suffix=".log")[1])
    cmd = [python, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", str(threads),
           "--n_threads_batch", str(threads)]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        engine._wait_healthy(proc, f"http://127.0.0.1:{port}/v1/models", 300, log)
        yield engine.Server(f"http://127.0.0.1:{port}/v1", "smollm2", log, proc.pid)
    finally:
        engine._stop(proc)


def tokens_per_s(server, in_flight: int, max_tokens: int) -> float:
    """Completion tokens per second over 2 x `in_flight` greedy requests, `in_flight` of them at a time."""
    client = OpenAI(base_url=server.base_url, api_key="local", max_retries=0, timeout=900)

    def one(_):
        r = client.chat.completions.create(model=server.model, messages=PROMPT, max_tokens=max_tokens, temperature=0)
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
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--llama-python", default=sys.executable, help="a Python with llama-cpp-python[server]")
    args = parser.parse_args()
    threads = len(os.sched_getaffinity(0))
    folder = bundled.export(Path("data/models/SmolLM2-135M-Instruct"))
    engines = {
        "transformers, continuous batching": lambda: engine.serve(folder, continuous_batching=True),
        "transformers, one at a time": lambda: engine.serve(folder, continuous_batching=False),
        "llama.cpp (llama-cpp-python), Q4_1": lambda: llama_cpp_server(args.llama_python,
                                                                         bundled.gguf_folder() / bundled.GGUF_FILE,
                                                                         threads),
    }
    with contextlib.ExitStack() as stack:
        servers, setup = {}, {}
        for name, start in engines.items():
            t0 = time.monotonic()
            servers[name] = stack.enter_context(start())
            setup[name] = time.monotonic() - t0
            tokens_per_s(servers[name], 1, 8)  # warm-up
        rates = {(name, n): [] for name in servers for n in (1, 4)}
        for _ in range(args.rounds):  # interleaved: each round measures every engine at 1 and 4 in flight
            for n in (1, 4):
                for name, srv in servers.items():
                    rates[name, n].append(tokens_per_s(srv, n, args.max_tokens))
        print(f"{threads} cores; {args.rounds} rounds; greedy answers of up to {args.max_tokens} tokens; "
              "tokens/s as the median over rounds")
        print(f"{'engine':38s} {'1 in flight':>12s} {'4 in flight':>12s} {'start (s)':>10s} {'RSS (MiB)':>10s}")
        for name, srv in servers.items():
            med = {n: statistics.median(rates[name, n]) for n in (1, 4)}
            print(f"{name:38s} {med[1]:12.1f} {med[4]:12.1f} {setup[name]:10.1f} {rss_mib(srv.pid):10.0f}")


if __name__ == "__main__":
    main()
