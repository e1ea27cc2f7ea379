"""`meleelib serve` on a CUDA machine: the vLLM command it builds, and the choice between it and the CPU engine.
vLLM cannot run here (no GPU): these tests check the command and the dispatch, not the server."""
from __future__ import annotations

import contextlib
import importlib.util
from pathlib import Path

import pytest

from meleelib import runner
from meleelib.serve import engine, gguf, gpu


def test_vllm_command_serves_the_folder_under_the_coach_name_on_loopback(tmp_path):
    cmd = gpu.command(tmp_path, "meleelib-coach-demo", 8123, n_parallel=8)
    assert cmd[1:3] == ["-m", "vllm.entrypoints.openai.api_server"]
    flags = dict(zip(cmd[3::2], cmd[4::2]))
    assert flags == {"--model": str(tmp_path.resolve()), "--served-model-name": "meleelib-coach-demo",
                     "--host": "127.0.0.1", "--port": "8123", "--generation-config": "vllm", "--max-num-seqs": "8"}


@pytest.mark.skipif(importlib.util.find_spec("vllm") is not None, reason="vLLM is installed")
def test_without_vllm_the_message_says_what_to_install(tmp_path):
    with pytest.raises(ModuleNotFoundError, match=r"pip install 'meleelib\[gpu\]'"), \
            gpu.serve(tmp_path, "m", 8123):
        pass


@pytest.mark.parametrize("device, cuda, expected", [("auto", True, "vllm"), ("auto", False, "engine"),
                                                    ("cpu", True, "engine"), ("cuda", False, "vllm")])
def test_serve_picks_vllm_on_cuda_and_the_gguf_engine_otherwise(monkeypatch, device, cuda, expected):
    seen = []

    def recorder(kind):
        @contextlib.contextmanager
        def start(*args, **kwargs):
            seen.append((kind, args, kwargs))
            yield engine.Server("http://127.0.0.1:1/v1", kwargs.get("alias") or args[1], Path("log"), 0)
        return start

    monkeypatch.setattr(gpu, "available", lambda: cuda)
    monkeypatch.setattr(gpu, "serve", recorder("vllm"))
    monkeypatch.setattr(engine, "serve", recorder("engine"))
    monkeypatch.setattr(runner.coach, "export_run", lambda paths: Path("/coach"))
    monkeypatch.setattr(gguf, "export_run", lambda paths, quant: Path(f"/coach/coach-{quant}.gguf"))
    monkeypatch.setattr(runner.time, "sleep", lambda s: (_ for _ in ()).throw(KeyboardInterrupt))
    assert runner.main(["serve", "--run", "demo", "--device", device]) == 0
    ((kind, args, kwargs),) = seen
    assert kind == expected
    if kind == "vllm":
        assert args[:2] == (Path("/coach"), "meleelib-coach-demo")
    else:
        assert args == (Path("/coach/coach-f16.gguf"),) and kwargs["alias"] == "meleelib-coach-demo"
        assert kwargs["roles"] == ("user", "assistant")
