"""Serve the committed sample forum (data/sample_site) over real HTTP on a free 127.0.0.1 port.

It answers like XenForo where the scraper cares: `/threads/<slug>.<id>/page-N` past the last page
redirects to the last page, and an id-only or slash-less thread address redirects to the canonical one.
"""
from __future__ import annotations

import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the notebook shows a progress bar instead
        pass

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        self.server.paths.append(self.path)
        root = Path(self.directory)
        path = self.path.split("?")[0].split("#")[0]
        m = re.fullmatch(r"/(threads|forums)/(?:([^/]*)\.)?(\d+)(/?)(?:page-(\d+))?/?", path)
        if m:
            kind, slug, node, slash, page = m.groups()
            found = sorted((root / kind).glob(f"*.{node}"))
            if not found:
                return self.send_error(404, "The requested thread could not be found.")
            canonical = f"/{kind}/{found[0].name}/"
            last = len(list(found[0].glob("page-*.html"))) + 1
            n = min(int(page or 1), last)
            target = canonical if n == 1 else f"{canonical}page-{n}"
            if path != target:
                return self._redirect(target)
            self.path = canonical + ("index.html" if n == 1 else f"page-{n}.html")
        return super().do_GET()


class SampleForum:
    """A running sample forum: `url` is its address; `stop()` shuts it down (also on leaving a `with`)."""

    def __init__(self, root: Path):
        handler = partial(_Handler, directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.paths = self.paths = []  # every path requested, in order
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> SampleForum:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(root: Path) -> SampleForum:
    """Start serving `root` (the sample site folder) in a background thread."""
    if not (Path(root) / "robots.txt").is_file():
        raise FileNotFoundError(f"{root} is not the sample forum (no robots.txt); run from a meleelib checkout.")
    return SampleForum(Path(root))
