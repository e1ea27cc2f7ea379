"""The coach on a CUDA machine: the safetensors coach folder behind vLLM's OpenAI-compatible server, the same
endpoint and model id that the CPU engine gives (`pip install 'meleelib[gpu]'` installs vLLM).

vLLM renders chat requests with the folder's chat template and, as for any chat request, adds no BOS of its own:
the template is what decides BOS there, as it is for `apply_chat_template` in training.
"""
from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from meleelib.serve.engine import Server, _stop, tail


def available() -> bool:
    """A CUDA GPU that torch can see."""
    import torch
    return torch.cuda.is_available()


def command(folder: Path, name: str, port: int, n_parallel: int | None = None) -> list[str]:
    """vLLM's OpenAI server for `folder`, answering to `name` on 127.0.0.1:`port`."""
    cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(Path(folder).resolve()),
           "--served-model-name", name, "--host", "127.0.0.1", "--port", str(port), "--generation-config", "vllm"]
    return cmd + (["--max-num-seqs", str(n_parallel)] if n_parallel else [])


@contextlib.contextmanager
def serve(folder: Path, name: str, port: int, *, n_parallel: int | None = None, startup_timeout_s: float = 900,
          log_path: Path | None = None) -> Iterator[Server]:
    """Run vLLM on `folder` until the block exits; an error saying what to install when vLLM is missing."""
    if importlib.util.find_spec("vllm") is None:
        raise ModuleNotFoundError("Serving the coach on a GPU needs vLLM: pip install 'meleelib[gpu]' "
                                  "(or use --device cpu for the GGUF coach on the CPU).")
    if log_path is None:
        fd, name_ = tempfile.mkstemp(prefix="vllm-", suffix=".log")
        os.close(fd)
        log_path = Path(name_)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command(folder, name, port, n_parallel), stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + startup_timeout_s
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"vLLM did not start (exit code {proc.returncode}). Log ({log_path}):\n"
                                   f"{tail(Path(log_path))}")
            with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError), \
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                if response.status == 200:
                    break
            time.sleep(1)
        yield Server(f"http://127.0.0.1:{port}/v1", name, Path(log_path), proc.pid)
    finally:
        _stop(proc)
