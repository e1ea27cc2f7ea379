"""The local server: exporting the bundled SmolLM2, serving it, honouring each request's settings or refusing them
(HTTP 400 naming the setting), and always stopping the server."""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="needs transformers[serving]")
openai = pytest.importorskip("openai")

from meleelib.serve.bundled import MARKER, export as export_bundled  # noqa: E402
from meleelib.serve.engine import serve  # noqa: E402


def _alive(pid: int) -> bool:
    """Whether a process with this id still exists (serve() reaps its child, so no zombie lingers)."""
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The bundled model exported once for the module, over the debris of a crashed earlier export."""
    target = tmp_path_factory.mktemp("models") / "smollm2"
    target.mkdir()
    (target / "half-written.bin").write_text("a crash left this and no marker")
    return export_bundled(target)


@pytest.fixture(scope="module")
def server(exported, tmp_path_factory):
    """The module's one server, with continuous batching as the pipeline runs it; checked to be gone after."""
    log = tmp_path_factory.mktemp("logs") / "serve.log"
    with serve(exported, startup_timeout_s=240, log_path=log) as srv:
        yield srv
    assert not _alive(srv.pid)


@pytest.fixture(scope="module")
def sampler(exported, tmp_path_factory):
    """A server without continuous batching: one request at a time, each with its own sampling settings."""
    log = tmp_path_factory.mktemp("logs") / "sampler.log"
    with serve(exported, continuous_batching=False, startup_timeout_s=240, log_path=log) as srv:
        yield srv


QUESTION = [{"role": "user", "content": "Give one tip for playing Fox in Melee."}]
SCHEMA = {"type": "json_schema", "json_schema": {"name": "tip", "schema": {"type": "object"}}}


def ask(srv, **params):
    """One chat answer's (text, finish_reason) through the official client."""
    client = openai.OpenAI(base_url=srv.base_url, api_key="local", max_retries=0, timeout=600)
    reply = client.chat.completions.create(model=srv.model, messages=QUESTION, **{"max_tokens": 24, **params})
    return reply.choices[0].message.content, reply.choices[0].finish_reason


def test_export_is_complete_and_idempotent(exported):
    assert (exported / MARKER).is_file()
    assert not (exported / "half-written.bin").exists()  # the unmarked folder was redone, not trusted
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        assert (exported / name).is_file()
    marker_mtime = (exported / MARKER).stat().st_mtime_ns
    start = time.monotonic()
    assert export_bundled(exported) == exported
    assert time.monotonic() - start < 1
    assert (exported / MARKER).stat().st_mtime_ns == marker_mtime


def test_chat_completion_through_openai_client(server):
    assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/v1")
    client = openai.OpenAI(base_url=server.base_url, api_key="local", max_retries=0, timeout=120)
    reply = client.chat.completions.create(
        model=server.model,
        messages=[{"role": "system", "content": "You are a Melee coach."},
                  {"role": "user", "content": "Name one move Fox players use a lot."}],
        max_tokens=12, temperature=0)
    assert reply.choices[0].message.content.strip()
    assert reply.usage.prompt_tokens > 0
    assert 0 < reply.usage.completion_tokens <= 12


def test_server_stops_when_body_raises(exported, tmp_path):
    # The normal exit is checked by the `server` fixture's teardown; this is the error path.
    options = dict(continuous_batching=False, startup_timeout_s=240, log_path=tmp_path / "s.log")
    with pytest.raises(KeyError), serve(exported, **options) as srv:
        pid = srv.pid
        assert _alive(pid)
        raise KeyError("the body failed")
    assert not _alive(pid)
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # nothing is left in its process group either


def _gone(pid: int) -> bool:
    """Exited: no such process, or a zombie that its new parent (init, in a container maybe none) has not reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_a_kernel_shut_down_with_the_server_up_leaves_no_server(exported):
    """What JupyterLab does on "Shut Down Kernel" (a shutdown request, then a kill if need be), while a notebook
    holds the server open: the server goes with the kernel."""
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name="python3")
    km.start_kernel()
    client = km.client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=60)
        said = []
        code = (f"from meleelib.serve.engine import serve\nheld = serve({str(exported)!r}, continuous_batching=False)\n"
                "print(held.__enter__().pid)")
        reply = client.execute_interactive(code, timeout=240, output_hook=lambda m: said.append(m["content"]))
        assert reply["content"]["status"] == "ok", reply["content"]
        pid = int(next(c["text"] for c in said if c.get("name") == "stdout"))
        assert _alive(pid) and not _gone(pid)
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=False)
    deadline = time.monotonic() + 15
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _gone(pid)


def test_max_tokens_ends_the_answer_with_length(server):
    text, finish = ask(server, temperature=0, max_tokens=5)
    assert finish == "length" and text.strip()


@pytest.mark.parametrize("params, named", [
    (dict(temperature=0.7), "temperature"),  # continuous batching decodes every request alike: greedily
    (dict(temperature=0, stop=["Fox"]), "stop"),
    (dict(temperature=0, response_format=SCHEMA), "response_format"),
    (dict(temperature=0, n=2), "n"),
])
def test_continuous_batching_refuses_what_it_cannot_honour(server, params, named):
    with pytest.raises(openai.BadRequestError, match=f"`{named}`") as err:
        ask(server, **params)
    assert err.value.status_code == 400 and err.value.body["param"] == named


def test_sampling_seeds_and_stop_are_honoured_per_request_with_four_in_flight(sampler):
    greedy, _ = ask(sampler, temperature=0)
    with ThreadPoolExecutor(4) as pool:  # four in flight: a seed must not leak into the answers beside it
        a1, b1, a2, b2 = pool.map(lambda seed: ask(sampler, temperature=0.7, seed=seed)[0], [1, 2, 1, 2])
    assert a1 == a2 and b1 == b2  # the same seed reproduces
    assert a1 != b1  # different seeds differ
    assert greedy not in (a1, b1)  # sampled, not greedy
    word = greedy.split()[3]
    text, finish = ask(sampler, temperature=0, stop=[f" {word}"])
    assert finish == "stop" and text == greedy[:greedy.index(f" {word}")]  # cut before the stop string
    with pytest.raises(openai.BadRequestError, match="`response_format`"):
        ask(sampler, temperature=0, response_format=SCHEMA)
