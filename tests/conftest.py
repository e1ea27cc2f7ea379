"""Loopback HTTP servers for the tests: the sample forum, and a scripted server that injects faults."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from meleelib import sample_forum

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample_site"


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


@pytest.fixture(scope="session")
def forum():
    with sample_forum.serve(SAMPLE) as site:
        yield site


def sample_page(path: str) -> str:
    return (SAMPLE / path).read_text(encoding="utf-8")
