"""Loopback HTTP servers for the tests: the sample forum, a scripted server that injects faults, and FakeOpenAI."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from meleelib.scrape import sample_forum
from tests.fake_openai import FakeOpenAI
from tests.helpers import PAIRS, SAMPLE, make_project, train_settings


class ScriptedServer:
    """Serves `routes[path]`: a list of (status, headers, body) answered in turn, the last one repeated.

    Every request is logged as (monotonic time, path, user agent), so tests read timing and counts
    from the server's side.
    """

    def __init__(self):
        self.routes: dict[str, list[tuple[int, dict, str]]] = {}
        self.log: list[tuple[float, str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
                script = server.routes.get(self.path) or [(404, {}, "<html><body>Not found</body></html>")]
                status, headers, body = script.pop(0) if len(script) > 1 else script[0]
                data = body.encode()
                self.send_response(status)
                for k, v in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(k, v.replace("{base}", server.url))
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def hits(self, path: str) -> list[float]:
        return [t for t, p, _ in self.log if p == path]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def scripted():
    server = ScriptedServer()
    yield server
    server.close()


@pytest.fixture
def fake(request):
    """A FakeOpenAI on loopback; parametrise it with `indirect=True` to pass its options (fail_first=..., ...)."""
    server = FakeOpenAI(**getattr(request, "param", {}))
    yield server
    server.close()


@pytest.fixture(scope="session")
def forum():
    with sample_forum.serve(SAMPLE) as site:
        yield site


def tiny_llama(folder: Path, tok) -> Path:
    """A two-layer Llama with random weights and `tok`, saved in `folder` like a hub checkpoint."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                         tie_word_embeddings=True, initializer_range=0.2, bos_token_id=tok.bos_token_id,
                         eos_token_id=tok.eos_token_id)
    LlamaForCausalLM(config).save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """A two-layer Llama with SmolLM2's tokenizer (which adds no BOS); 4-bit happens when it loads."""
    from meleelib.serve.bundled import load_tokenizer
    return tiny_llama(tmp_path_factory.mktemp("tiny-llama"), load_tokenizer("smollm2"))


@pytest.fixture(scope="session")
def tiny_bos(tmp_path_factory):
    """The same tiny Llama with a Llama-2-like tokenizer: every sequence tokenised with special tokens starts
    with `<s>`, as Llama-2 7B's (a100's base) does."""
    from tests.helpers import llama_like_tokenizer
    return tiny_llama(tmp_path_factory.mktemp("tiny-llama-bos"), llama_like_tokenizer())


@pytest.fixture(scope="session")
def trained(tiny, tmp_path_factory):
    """The tiny model taught four pairs (the test split holds two of them), its adapter saved like stage 05's:
    the overfitting test, stage 06's tests and the coach's export share it."""
    from meleelib.evaluate import compare
    from meleelib.train import trainer
    root = tmp_path_factory.mktemp("compare")
    processed, outputs = make_project(root, validation=PAIRS, test=PAIRS[:2])
    trainer.train(train_settings(tiny, max_steps=80, eval_steps=40, save_steps=40, batch_size=4), processed, outputs, root)
    return compare.load(outputs / "adapter"), compare.test_rows(processed)
