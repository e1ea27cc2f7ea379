"""A fault-injecting OpenAI-compatible server on loopback: the test double for what no local server does.

It answers Chat Completions with a few Q/A pairs, after `latency_s`, and can be told to answer
each distinct request first with 429s (with Retry-After) or 500s. It keeps its own log: a request
counts as answered only when the client was still connected to receive it. It also stands in for
the files and batches endpoints of the Batch API.
"""
from __future__ import annotations

import hashlib
import json
import re
import select
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.planted import PlantedTeacher


def fake_answer(messages: list[dict]) -> str:
    """Q/A pairs for a generation prompt (drawn from its text, naming its character, when it has one), "Pass." for
    a judge, "1" for a pairwise judge, the pair minus its guide mention for a rewrite (or, for a pair asking about an
    example, the rewrite prompt's own example, as a small model does)."""
    last = messages[-1]["content"]
    if last.rstrip().endswith("Verdict:"):
        return "Pass."
    if "Which answer is better?" in last:
        return "1"
    drawn = pairs_from_text(last)
    if drawn:
        return drawn
    if last.rstrip().endswith("Rewritten"):
        found = re.findall(r"Q: (.*)\nA: (.*)", last)
        q, a = found[1] if "example" in found[-1][0] else found[-1]  # asked about an example, copy the prompt's
        strip = lambda t: re.sub(r"(?i)\s*(?:does |according to )?the guide(?: says?)?(?: about)?,?", "", t)
        return f"Q: {strip(q)}\nA: {strip(a)}"
    topic = hashlib.sha256(json.dumps(messages).encode()).hexdigest()[:6]
    return (f"Q: How should Fox punish a whiffed aerial in case {topic}?\nA: Shield, then shine out of shield.\n\n"
            f"Q: What stage should Marth pick against Ice Climbers in case {topic}?\nA: Yoshi's Story, for its small size.")


def drawn_sentences(prompt: str) -> tuple[str, list[str]] | None:
    """For a prompt giving a character's text and asking for n questions: the character and the first n sentences
    of the text that make an answer."""
    found = re.search(r'Text about (.+?), to draw from.*?"""\n(.*?)\n"""\n\nWrite (\d+) questions', prompt, re.S)
    if not found:
        return None
    character, text, n = found.group(1), found.group(2), int(found.group(3))
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if 40 <= len(s.strip()) <= 400]
    return character, sentences[:n]


def pairs_from_text(prompt: str) -> str | None:
    """A teacher that reads: for a prompt giving a character's text and asking for n questions, n pairs whose
    answers are sentences of the text and whose questions name the character."""
    drawn = drawn_sentences(prompt)
    if not drawn:
        return None
    character, sentences = drawn
    pairs = []
    for s in sentences:
        topic = " ".join(re.findall(r"[A-Za-z'-]+", s)[:5]).lower()
        pairs.append(f"Q: What should a {character} player know about {topic}?\nA: {s}")
    return "\n\n".join(pairs) if pairs else None


class FakeOpenAI:
    def __init__(self, *, latency_s: float = 0.0, fail_first: int = 0, fail_status: int = 429, retry_after: str = "0",
                 models: tuple[str, ...] = ("teacher-model",), supports_schema: bool = False, batch_polls: int = 2,
                 rejects: str | None = None, context_chars: int | None = None, completion_tokens: int = 40,
                 batch_fail_every: int = 0, batch_expires: bool = False, plant: bool = False,
                 omit_usage: bool = False, stall_first: int = 0, stall_s: float = 0.0):
        self.latency_s, self.fail_first, self.fail_status, self.retry_after = latency_s, fail_first, fail_status, retry_after
        self.models, self.supports_schema, self.batch_polls = models, supports_schema, batch_polls
        self.rejects = rejects  # "max_tokens" (as reasoning models do) or "max_completion_tokens" (an older server)
        self.context_chars = context_chars  # prompts longer than this get a context-length 400
        self.completion_tokens = completion_tokens  # what each answer reports in its usage
        self.batch_fail_every, self.batch_expires = batch_fail_every, batch_expires  # the first batch only
        self.omit_usage = omit_usage  # answers carry no `usage`, as some servers and proxies send them
        self.stall_first, self.stall_s = stall_first, stall_s  # the first attempts of each request wait this long
        self.teacher = PlantedTeacher() if plant else None  # writes bad pairs among good ones, judges them soundly
        self.refusals = 0  # 400s sent for a rejected parameter
        self.attempts: Counter = Counter()  # request hash -> times received
        self.answered: Counter = Counter()  # request hash -> times answered to a live client
        self.abandoned = 0
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def reply(self, status: int, body, headers: dict | None = None):
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def client_gone(self) -> bool:
                readable, _, _ = select.select([self.connection], [], [], 0)
                try:
                    return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
                except OSError:
                    return True

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path.endswith("/chat/completions"):
                    return self.chat(json.loads(body))
                if self.path.endswith("/files"):
                    return server.create_file(self, body)
                if self.path.endswith("/batches"):
                    return server.create_batch(self, json.loads(body))
                self.reply(404, {"error": {"message": f"no route {self.path}"}})

            def do_GET(self):
                m = re.search(r"/files/([\w-]+)/content$", self.path)
                if m:
                    return self.reply(200, server.files[m.group(1)])
                m = re.search(r"/batches/([\w-]+)$", self.path)
                if m:
                    return self.reply(200, server.poll_batch(m.group(1)))
                self.reply(404, {"error": {"message": f"no route {self.path}"}})

            def chat(self, request: dict):
                key = hashlib.sha256(json.dumps(request["messages"], sort_keys=True).encode()).hexdigest()
                with server.lock:
                    server.attempts[key] += 1
                    attempt = server.attempts[key]
                if request["model"] not in server.models:
                    return self.reply(404, {"error": {"message": f"The model `{request['model']}` does not exist",
                                                      "type": "invalid_request_error", "code": "model_not_found"}})
                if attempt <= server.fail_first:
                    return self.reply(server.fail_status, {"error": {"message": "slow down"}},
                                      {"Retry-After": server.retry_after})
                if server.rejects and server.rejects in request:
                    with server.lock:
                        server.refusals += 1
                    message = (f"Unsupported parameter: '{server.rejects}' is not supported with this model."
                               if server.rejects == "max_tokens" else
                               f"Unrecognized request argument supplied: {server.rejects}")
                    return self.reply(400, {"error": {"message": message, "type": "invalid_request_error",
                                                      "param": server.rejects, "code": "unsupported_parameter"}})
                prompt = sum(len(m["content"]) for m in request["messages"])
                if server.context_chars is not None and prompt > server.context_chars:
                    return self.reply(400, {"error": {
                        "message": f"This model's maximum context length is {server.context_chars // 4} tokens. "
                                   f"However, your messages resulted in {prompt // 4} tokens.",
                        "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}})
                if "response_format" in request and not server.supports_schema:
                    return self.reply(400, {"error": {"message": "response_format is not supported"}})
                time.sleep(server.latency_s + (server.stall_s if attempt <= server.stall_first else 0))
                if self.client_gone():
                    with server.lock:
                        server.abandoned += 1
                    return
                self.reply(200, server.completion(request, *server.respond(request)))
                with server.lock:
                    server.answered[key] += 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def respond(self, request: dict) -> tuple[str, str]:
        """The answer's text and finish_reason: JSON when the request asks for a schema, with evidence when the
        schema has that field; the planted teacher's answers when it was asked for."""
        structured = "response_format" in request
        evidence = "evidence" in json.dumps(request.get("response_format", {}))
        messages, last = request["messages"], request["messages"][-1]["content"]
        if self.teacher and (drawn := drawn_sentences(last)):
            pairs, finish = self.teacher.pairs(*drawn, seed=last)
            if pairs:
                return self.teacher.render(pairs, finish, structured, evidence), finish
        elif self.teacher and last.rstrip().endswith("Verdict:"):
            # the faithfulness judge is shown the passage, fenced; the outside-entities judge sees the pair alone
            return (self.teacher.faithful(last) if '"""' in last else self.teacher.outside(last)), "stop"
        elif self.teacher and last.rstrip().endswith("Rewritten"):
            q, a = re.findall(r"Q: (.*)\nA: (.*)", last)[-1]
            return self.teacher.rewrite(q, a), "stop"
        text = fake_answer(messages)
        if structured:
            found = re.findall(r"Q: (.*)\nA: (.*)", text)
            text = json.dumps({"pairs": [{"question": q, "answer": a, **({"evidence": a} if evidence else {})}
                                         for q, a in found]})
        return text, "stop"

    def completion(self, request: dict, text: str, finish: str = "stop") -> dict:
        prompt, answer = sum(len(m["content"]) for m in request["messages"]) // 4, self.completion_tokens
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": request["model"],
                "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", "content": text}}],
                **({} if self.omit_usage else {"usage": {"prompt_tokens": prompt, "completion_tokens": answer,
                                                         "total_tokens": prompt + answer}})}

    # ---------------------------------------------------------------- batch API stand-in
    def create_file(self, handler, body: bytes):
        content = re.search(rb'filename="[^"]*"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--', body, re.S).group(1)
        file_id = f"file-{len(self.files)}"
        self.files[file_id] = content
        handler.reply(200, {"id": file_id, "object": "file", "bytes": len(content), "created_at": 0,
                            "filename": "requests.jsonl", "purpose": "batch", "status": "processed"})

    def create_batch(self, handler, request: dict):
        batch_id = f"batch-{len(self.batches)}"
        lines = [json.loads(x) for x in self.files[request["input_file_id"]].decode().splitlines() if x.strip()]
        self.batches[batch_id] = {"lines": lines, "polls": 0}
        handler.reply(200, self.batch_view(batch_id))

    def poll_batch(self, batch_id: str) -> dict:
        batch = self.batches[batch_id]
        batch["polls"] += 1
        if batch["polls"] >= self.batch_polls and "output" not in batch:
            first = batch_id == "batch-0"
            out, errors = [], []
            for i, line in enumerate(batch["lines"]):
                if first and self.batch_expires and i >= len(batch["lines"]) // 2:
                    continue  # expired before it was answered: in neither file
                if first and self.batch_fail_every and i % self.batch_fail_every == 0:
                    errors.append({"id": f"r{i}", "custom_id": line["custom_id"], "response": {
                        "status_code": 500, "body": {"error": {"message": "The server had an error"}}}})
                    continue
                out.append({"id": f"r{i}", "custom_id": line["custom_id"], "response": {
                    "status_code": 200, "body": self.completion(line["body"], *self.respond(line["body"]))}})
            batch["output"], batch["status"] = f"file-out-{batch_id}", "expired" if first and self.batch_expires \
                else "completed"
            self.files[batch["output"]] = "".join(json.dumps(o) + "\n" for o in out).encode()
            if errors:
                batch["errors"] = f"file-err-{batch_id}"
                self.files[batch["errors"]] = "".join(json.dumps(o) + "\n" for o in errors).encode()
        return self.batch_view(batch_id)

    def batch_view(self, batch_id: str) -> dict:
        batch = self.batches[batch_id]
        done = "output" in batch
        n = len(batch["lines"])
        return {"id": batch_id, "object": "batch", "endpoint": "/v1/chat/completions", "input_file_id": "x",
                "completion_window": "24h", "status": batch.get("status", "in_progress"), "created_at": 0,
                "output_file_id": batch.get("output"), "error_file_id": batch.get("errors"),
                "request_counts": {"total": n, "completed": n if done else 0, "failed": 0}}

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
