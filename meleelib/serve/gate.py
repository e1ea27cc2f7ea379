"""The engine's own process: llama.cpp's server (the `xllamacpp` wheel) on a private loopback port, and in front of
it a small gate that passes on what the server honours and refuses the rest with HTTP 400 naming the setting.

llama.cpp silently ignores a request field it does not know (`tools` with a template that has none, a typo, a
setting of another server): an answer would come back as if the setting had been applied. The gate refuses such
fields instead. `HONOURED` lists the fields checked against the real server (tests/test_local_server.py).

Run as `python -m meleelib.serve.gate CONFIG_JSON` by `engine.serve`, never imported by the pipeline itself. It exits
when its stdin closes, which happens when the parent process ends in any way (a return, Ctrl-C, SIGKILL).
"""
from __future__ import annotations

import http.client
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

READY = "ENGINE-READY "  # printed, then the gate's address, once the model is loaded and both servers listen

#: /v1/chat/completions fields the server honours, each verified against it (see tests/test_local_server.py).
#: top_k and min_p are llama.cpp's own sampling settings (its defaults are 40 and 0.05); the OpenAI client sends
#: them through `extra_body`.
HONOURED = frozenset({
    "model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "seed", "stop", "n",
    "frequency_penalty", "presence_penalty", "logit_bias", "logprobs", "top_logprobs", "response_format",
    "stream", "stream_options", "top_k", "min_p",
})
CHAT = ("/v1/chat/completions", "/chat/completions")
#: Other endpoints passed through as they are: health, the model list, and llama.cpp's template and tokenizer ones.
OPEN = {"GET": ("/health", "/v1/models", "/models", "/props"),
        "POST": ("/tokenize", "/detokenize", "/apply-template")}


def refused(body: dict) -> str | None:
    """The first field of a chat request the server would not honour, or None.

    >>> refused({"model": "m", "messages": [], "temperature": 0.7}) is None
    True
    >>> refused({"model": "m", "messages": [], "tools": []})
    'tools'
    """
    return next((name for name in body if name not in HONOURED), None)


def refused_role(body: dict, roles: list[str] | None) -> str | None:
    """The first message role outside `roles` (None: any), which llama.cpp would fold into a user message when the
    template has no place for it.

    >>> refused_role({"messages": [{"role": "system", "content": "Be brief."}]}, ["user", "assistant"])
    'system'
    """
    found = (m.get("role") for m in body.get("messages") or [] if isinstance(m, dict))
    return next((role for role in found if roles is not None and role not in roles), None)


class Gate(BaseHTTPRequestHandler):
    upstream: str = ""  # host:port of llama.cpp's server, set before serving
    roles: list[str] | None = None  # the message roles the model takes; None: any

    def log_message(self, format, *args):  # llama.cpp logs every request already
        pass

    def do_GET(self):
        self._relay(b"") if self.path.split("?")[0] in OPEN["GET"] else self._error(404, "Not found", None)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.split("?")[0]
        if path in CHAT:
            try:
                request = json.loads(body)
            except ValueError:
                return self._error(400, "The request body is not JSON.", None)
            name = refused(request) if isinstance(request, dict) else None
            if name:
                return self._error(400, f"`{name}` is not supported by this server (llama.cpp would ignore it); "
                                        f"supported: {', '.join(sorted(HONOURED))}.", name)
            role = refused_role(request, self.roles) if isinstance(request, dict) else None
            if role:
                return self._error(400, f"This model takes {' and '.join(self.roles)} messages only, not {role}: "
                                        "put any instructions in the question.", "messages")
        elif path not in OPEN["POST"]:
            return self._error(404, "Not found", None)
        self._relay(body)

    def _error(self, status: int, message: str, param: str | None) -> None:
        data = json.dumps({"error": {"message": message, "type": "invalid_request_error", "param": param,
                                     "code": "unsupported_parameter" if param else None}}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _relay(self, body: bytes) -> None:
        """Forward the request to llama.cpp and copy its answer back as it comes (streams included)."""
        conn = http.client.HTTPConnection(self.upstream, timeout=None)
        try:
            headers = {"Content-Type": self.headers.get("Content-Type", "application/json")}
            conn.request(self.command, self.path, body=body or None, headers=headers)
            answer = conn.getresponse()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in ("transfer-encoding", "connection", "keep-alive", "server", "date"):
                    self.send_header(name, value)
            self.end_headers()  # HTTP/1.0: without a Content-Length the body ends when the connection closes
            while chunk := answer.read1(65536):
                self.wfile.write(chunk)
                self.wfile.flush()
        finally:
            conn.close()


def main(config: dict) -> None:
    import xllamacpp as xlc

    # Exit when the parent goes away, however it goes: its end of our stdin closes then.
    threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
    params = xlc.CommonParams()
    params.model.path = config["gguf"]
    params.model_alias = {config["alias"]}
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # any free port: only the gate talks to it
    params.n_parallel = config["n_parallel"]
    params.n_ctx = config["n_ctx"] * config["n_parallel"]  # llama.cpp splits n_ctx evenly across its slots
    params.cpuparams.n_threads = params.cpuparams_batch.n_threads = config["n_threads"]
    params.ui = False
    if config.get("chat_template"):
        params.chat_template = config["chat_template"]  # Jinja, replacing the GGUF's tokenizer.chat_template
    try:
        server = xlc.Server(params)  # returns once the model is loaded and the HTTP server listens
    except Exception as e:  # the reason is in llama.cpp's log lines above
        print(f"{type(e).__name__}: {e}", flush=True)
        os._exit(1)  # not sys.exit: the stdin thread would trip up the interpreter's shutdown
    Gate.roles = config.get("roles")
    Gate.upstream = urlsplit(server.listening_address).netloc or server.listening_address
    gate = ThreadingHTTPServer(("127.0.0.1", config["port"]), Gate)
    gate.daemon_threads = True
    print(f"{READY}http://127.0.0.1:{gate.server_address[1]}", flush=True)
    gate.serve_forever()


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
