"""The one local engine on the CPU: llama.cpp's own OpenAI-compatible server (the prebuilt `xllamacpp` wheel) serving
a GGUF file, the bundled SmolLM2 as shipped or the exported coach, in a process of its own.

    with serve(bundled.gguf_path(), n_parallel=4) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="local")

Every request setting the server honours is passed on; any other is refused with HTTP 400 naming it (`gate`).
JSON schemas (`response_format`) are honoured: llama.cpp turns a schema into a grammar that constrains the answer.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from meleelib.serve.gate import READY


@dataclass(frozen=True)
class Server:
    """A running engine: point an OpenAI client at `base_url` and ask for `model`."""

    base_url: str  # e.g. http://127.0.0.1:PORT/v1
    model: str  # the id /v1/models reports (llama.cpp answers whatever `model` a request names)
    log_path: Path
    pid: int


def default_threads() -> int:
    """Every CPU this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextlib.contextmanager
def serve(gguf: Path, *, n_parallel: int = 4, n_threads: int | None = None, n_ctx: int = 2048,
          alias: str | None = None, chat_template: str | None = None, roles: tuple[str, ...] | None = None,
          port: int | None = None,
          startup_timeout_s: float = 120, log_path: Path | None = None) -> Iterator[Server]:
    """Serve `gguf` on 127.0.0.1 until the block exits; the server is stopped on leaving, errors included.

    n_parallel: slots, the requests decoded together. n_ctx: tokens of context (prompt plus answer) per slot.
    n_threads: None is every CPU this process may use. alias: the model id (default: the file's stem).
    chat_template: a Jinja template replacing the GGUF's own. roles: the message roles to accept (None: any); others
    are refused, as llama.cpp would fold them into a user message. port: a free one unless given.
    """
    gguf = Path(gguf).resolve()
    if not gguf.is_file():
        raise FileNotFoundError(f"No GGUF file at {gguf}")
    if log_path is None:
        fd, name = tempfile.mkstemp(prefix=f"engine-{gguf.stem}-", suffix=".log")
        os.close(fd)
        log_path = Path(name)
    log_path = Path(log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    config = {"gguf": str(gguf), "port": port or 0, "n_parallel": n_parallel, "n_ctx": n_ctx,
              "n_threads": n_threads or default_threads(), "chat_template": chat_template,
              "alias": alias or gguf.stem, "roles": list(roles) if roles else None}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                        os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    with open(log_path, "wb") as log:
        # Its own session: Ctrl-C in a terminal reaches only us, and our exit (stdin closing) ends it.
        proc = subprocess.Popen([sys.executable, "-m", "meleelib.serve.gate", json.dumps(config)],
                                stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    try:
        base_url = _wait_ready(proc, log_path, startup_timeout_s)
        with urllib.request.urlopen(base_url + "/v1/models", timeout=10) as response:
            model = json.load(response)["data"][0]["id"]
        yield Server(base_url=base_url + "/v1", model=model, log_path=log_path, pid=proc.pid)
    finally:
        _stop(proc)


def _wait_ready(proc: subprocess.Popen, log_path: Path, timeout_s: float) -> str:
    """The gate's address once the model is loaded; an error with the log's telling lines if it dies or stalls."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"The llama.cpp server exited with code {proc.returncode} while starting. "
                               f"Log ({log_path}):\n{tail(log_path)}")
        ready = [line for line in log_path.read_text(errors="replace").splitlines() if line.startswith(READY)]
        if ready:
            return ready[-1][len(READY):].strip()
        time.sleep(0.1)
    _stop(proc)
    raise TimeoutError(f"The llama.cpp server was not ready after {timeout_s:.0f} s. Log ({log_path}):\n"
                       f"{tail(log_path)}")


def _stop(proc: subprocess.Popen, grace_s: float = 10) -> None:
    """SIGTERM the server's process group, then SIGKILL if it is still there after `grace_s`; reap it."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=grace_s)
            break
        except subprocess.TimeoutExpired:
            continue
    if proc.stdin:
        proc.stdin.close()


def tail(path: Path, n: int = 25) -> str:
    """The log's llama.cpp error lines (" E "), which usually say what went wrong, then its last `n` lines."""
    try:
        lines = Path(path).read_text(errors="replace").splitlines()
    except OSError as e:
        return f"(no log: {e})"
    errors = [line for line in lines[:-n] if " E " in line][-10:]
    return "\n".join(errors + ["..."] * bool(errors) + lines[-n:])
