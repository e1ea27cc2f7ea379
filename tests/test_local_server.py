"""The local engine against the real llama.cpp server: the bundled GGUF served as shipped, each request's settings
honoured or refused (HTTP 400 naming the setting), a GGUF made by llama.cpp's converter asked token for token as
in training, and the server always stopped."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("xllamacpp")
openai = pytest.importorskip("openai")

from meleelib.qa_format import prompt_for  # noqa: E402
from meleelib.serve import bundled, coach, gguf  # noqa: E402
from meleelib.serve.engine import serve  # noqa: E402

OPTIONS = dict(n_parallel=4, n_threads=1, n_ctx=1024, startup_timeout_s=120)  # one thread: robust on a busy machine
QUESTION = [{"role": "user", "content": "Give one tip for playing Fox in Melee."}]
SCHEMA = {"type": "json_schema", "json_schema": {"name": "tip", "strict": True, "schema": {
    "type": "object", "properties": {"tip": {"type": "string"}, "frame": {"type": "integer"}},
    "required": ["tip", "frame"], "additionalProperties": False}}}


def _gone(pid: int) -> bool:
    """Exited: no such process, or a zombie that its new parent (init, in a container maybe none) has not reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def _wait_gone(pid: int, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _gone(pid)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The module's one server: the bundled GGUF as the embedded teacher runs it; checked to be gone after."""
    log = tmp_path_factory.mktemp("logs") / "engine.log"
    with serve(bundled.gguf_path(), alias="teacher", log_path=log, **OPTIONS) as srv:
        yield srv
    assert _wait_gone(srv.pid)


def client(srv):
    return openai.OpenAI(base_url=srv.base_url, api_key="local", max_retries=0, timeout=300)


def ask(srv, messages=QUESTION, **params):
    """One chat answer's (text, finish_reason) through the official client."""
    reply = client(srv).chat.completions.create(model=srv.model, messages=messages, **{"max_tokens": 24, **params})
    return reply.choices[0].message.content, reply.choices[0].finish_reason


def post(srv, path: str, body: dict) -> dict:
    url = srv.base_url.removesuffix("/v1") + path
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def test_chat_completion_through_openai_client(server):
    assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/v1")
    assert server.model == "teacher"
    reply = client(server).chat.completions.create(
        model=server.model, max_tokens=12, temperature=0,
        messages=[{"role": "system", "content": "You are a Melee coach."},
                  {"role": "user", "content": "Name one move Fox players use a lot."}])
    assert reply.choices[0].message.content.strip()
    assert reply.usage.prompt_tokens > 0 and 0 < reply.usage.completion_tokens <= 12


def test_streaming_passes_through(server):
    chunks = client(server).chat.completions.create(model=server.model, messages=QUESTION, max_tokens=8,
                                                   temperature=0, stream=True)
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed == ask(server, temperature=0, max_tokens=8)[0]


def test_max_tokens_ends_the_answer_with_length(server):
    text, finish = ask(server, temperature=0, max_tokens=5)
    assert finish == "length" and text.strip()


def test_seeds_and_stop_are_honoured_per_request_with_four_in_flight(server):
    greedy, _ = ask(server, temperature=0)
    with ThreadPoolExecutor(4) as pool:  # four in flight: a seed must not leak into the answers beside it
        a1, b1, a2, b2 = pool.map(lambda seed: ask(server, temperature=0.9, seed=seed)[0], [1, 2, 1, 2])
    assert a1 == a2 and b1 == b2  # the same seed reproduces
    assert a1 != b1  # different seeds differ
    assert greedy not in (a1, b1)  # sampled, not greedy
    assert ask(server, temperature=1.5, top_p=1e-9, seed=3)[0] == greedy  # top_p honoured: only the top token
    word = greedy.split()[3]
    text, finish = ask(server, temperature=0, stop=[f" {word}"])
    assert finish == "stop" and text == greedy[:greedy.index(f" {word}")]  # cut before the stop string


def test_json_schema_constrains_the_answer(server):
    text, finish = ask(server, temperature=0, max_tokens=80, response_format=SCHEMA)
    answer = json.loads(text)
    assert finish == "stop" and set(answer) == {"tip", "frame"} and isinstance(answer["frame"], int)


def test_other_honoured_settings_change_the_answer(server):
    repeat = [{"role": "user", "content": "Repeat the word 'apple' twenty times separated by spaces."}]
    plain = ask(server, repeat, temperature=0)[0]
    assert ask(server, repeat, temperature=0, frequency_penalty=2.0)[0] != plain
    assert ask(server, repeat, temperature=0, presence_penalty=2.0)[0] != plain
    reply = client(server).chat.completions.create(model=server.model, messages=QUESTION, max_tokens=3, n=2,
                                                   temperature=0.9, seed=5, logprobs=True, top_logprobs=2)
    assert len(reply.choices) == 2 and len(reply.choices[0].logprobs.content[0].top_logprobs) == 2
    greedy = ask(server, temperature=0, max_tokens=6)[0]
    first = post(server, "/tokenize", {"content": greedy})["tokens"][0]
    biased = ask(server, temperature=0, max_tokens=1, logit_bias={str(first): -100})[0]
    assert post(server, "/tokenize", {"content": biased})["tokens"][0] != first
    for extra in ({"top_k": 1}, {"min_p": 1.0}):  # llama.cpp's own: with either, only the likeliest token is left
        assert ask(server, temperature=1.5, seed=3, max_tokens=6, extra_body=extra)[0] == greedy


TOOL = [{"type": "function", "function": {"name": "frame_data", "parameters": {"type": "object"}}}]


@pytest.mark.parametrize("params, named", [
    (dict(tools=TOOL), "tools"),  # SmolLM2's template has no tools: llama.cpp answers as if none were given
    (dict(tool_choice="none"), "tool_choice"),
    (dict(parallel_tool_calls=False), "parallel_tool_calls"),
    (dict(user="someone"), "user"),
    (dict(reasoning_effort="low"), "reasoning_effort"),
    (dict(service_tier="flex"), "service_tier"),
    (dict(extra_body={"repetition_penalty": 1.3}), "repetition_penalty"),  # a transformers/vLLM name, not llama.cpp's
    (dict(extra_body={"temprature": 0.3}), "temprature"),  # a typo is refused, not ignored
])
def test_what_the_server_would_ignore_is_refused(server, params, named):
    with pytest.raises(openai.BadRequestError, match=f"`{named}`") as err:
        ask(server, temperature=0, **params)
    assert err.value.status_code == 400 and err.value.body["param"] == named


def test_a_broken_gguf_fails_fast_with_the_log(tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a gguf file" * 100)
    with pytest.raises(RuntimeError, match="failed to load model"), \
            serve(broken, log_path=tmp_path / "s.log", startup_timeout_s=60):
        pass


def test_server_stops_when_body_raises(tmp_path):
    with pytest.raises(KeyError), serve(bundled.gguf_path(), log_path=tmp_path / "s.log", **OPTIONS) as srv:
        pid = srv.pid
        assert not _gone(pid)
        raise KeyError("the body failed")
    assert _gone(pid)
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # nothing is left in its process group either


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_a_parent_interrupted_or_killed_leaves_no_server(sig):
    code = ("import time\nfrom meleelib.serve import bundled, engine\n"
            "with engine.serve(bundled.gguf_path(), n_parallel=1, n_threads=1) as s:\n"
            "    print(s.pid, flush=True)\n    time.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
                              # a run started in the background inherits SIGINT ignored: the parent must hear it
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    pid = int(parent.stdout.readline())
    assert not _gone(pid)
    parent.send_signal(sig)
    parent.wait(90)  # SIGTERM, then SIGKILL after 10 s, on a loaded machine
    assert _wait_gone(pid)


def test_a_kernel_shut_down_with_the_server_up_leaves_no_server():
    """What JupyterLab does on "Shut Down Kernel", while a notebook holds the server open: it goes with the kernel."""
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name="python3")
    km.start_kernel()
    kc = km.client()
    try:
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        said = []
        code = ("from meleelib.serve import bundled, engine\n"
                "held = engine.serve(bundled.gguf_path(), n_parallel=1, n_threads=1)\nprint(held.__enter__().pid)")
        reply = kc.execute_interactive(code, timeout=120, output_hook=lambda m: said.append(m["content"]))
        assert reply["content"]["status"] == "ok", reply["content"]
        pid = int(next(c["text"] for c in said if c.get("name") == "stdout"))
        assert not _gone(pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    assert _wait_gone(pid)


# ------------------------------------------------------------------ a GGUF made by llama.cpp's converter
@pytest.fixture(scope="module")
def converted(tiny, tmp_path_factory):
    """A Llama with SmolLM2's tokenizer (the two-layer one: this is about tokens, not weights) and the coach's chat
    template, converted to q8_0 by llama.cpp's converter: (HF tokenizer, GGUF path)."""
    from transformers import AutoTokenizer
    folder = tmp_path_factory.mktemp("coach")
    shutil.copytree(tiny, folder, dirs_exist_ok=True)
    tok = AutoTokenizer.from_pretrained(folder)
    tok.chat_template = coach.CHAT_TEMPLATE
    tok.save_pretrained(folder)
    out = gguf.convert(folder, tmp_path_factory.mktemp("gguf") / "coach-q8_0.gguf", "q8_0",
                       add_bos_token=gguf.adds_bos(tok))
    return tok, out


def test_the_converted_coach_is_asked_token_for_token_as_in_training(converted, tmp_path):
    tok, path = converted
    with serve(path, log_path=tmp_path / "s.log", roles=gguf.ROLES, **OPTIONS) as srv:
        for question in ("How do I wavedash?", "What beats Marth's forward smash?"):
            messages = [{"role": "user", "content": question}]
            rendered = post(srv, "/apply-template", {"messages": messages})["prompt"]
            assert rendered == prompt_for(question)  # the template in the GGUF's metadata renders Q: …\nA:
            served = post(srv, "/tokenize", {"content": rendered, "add_special": True})["tokens"]
            assert served == tok(prompt_for(question)).input_ids  # BOS as training's tokenisation has it
            reply = client(srv).chat.completions.create(model=srv.model, messages=messages, max_tokens=4)
            assert reply.usage.prompt_tokens == len(served)
        # llama.cpp would fold a system message into the question (`Q: Be brief.\n…`): the gate refuses it.
        with pytest.raises(openai.BadRequestError, match="not system") as err:
            ask(srv, [{"role": "system", "content": "Be brief."}, *QUESTION])
        assert err.value.body["param"] == "messages"


def test_modelfile_names_the_file_and_the_training_format(converted):
    text = gguf.modelfile(converted[1], "<|im_end|>")
    assert "FROM ./coach-q8_0.gguf" in text and "Q: {{ .Content }}\nA:" in text and 'stop "<|im_end|>"' in text
