"""The teacher's answer store: SQLite, one row per answer under its request hash, plus the Batch API batches in
flight and the money spent on attempts that brought no answer.

What holds: each answer is written, in its own transaction, by the thread that received it, as soon as its response
is read; a killed process leaves the store whole with every committed answer in it, and a re-run sends only what is
missing. What does not: an answer whose response had arrived but whose write had not yet committed (a window of a
millisecond or so, no fsync in it: WAL with synchronous=NORMAL) is lost to a kill and paid for again. A power cut
may also lose the last commits.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path


def request_key(model: str, messages: list[dict], params: dict) -> str:
    """The hash an answer is stored under: model, messages and sampling parameters."""
    blob = json.dumps({"model": model, "messages": messages, "params": params}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


class Cache:
    """SQLite store of answers, charges and batches; see the module's docstring for what a kill can cost."""

    def __init__(self, path: Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        # A commit is then a write to the WAL, no fsync: an answer is safe from a killed process the moment its put
        # returns, and answers arriving together do not queue behind each other's fsyncs (tens of ms each).
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, model TEXT, request TEXT, "
                        "response TEXT, usd REAL, created REAL, stage TEXT)")
        if "stage" not in {row[1] for row in self.db.execute("PRAGMA table_info(answers)")}:  # a store from before
            self.db.execute("ALTER TABLE answers ADD COLUMN stage TEXT")
        self.db.execute("CREATE TABLE IF NOT EXISTS charges (key TEXT, usd REAL, reason TEXT, created REAL, "
                        "stage TEXT)")  # money counted without an answer to keep: attempts that timed out
        self.db.execute("CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, keys TEXT, status TEXT, "
                        "created REAL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS batch_failures (key TEXT, batch_id TEXT, reason TEXT, "
                        "created REAL, PRIMARY KEY (key, batch_id))")
        self.lock = threading.Lock()

    def get(self, key: str) -> dict | None:
        with self.lock:
            row = self.db.execute("SELECT response, usd FROM answers WHERE key = ?", (key,)).fetchone()
        return {**json.loads(row[0]), "usd": row[1]} if row else None

    def put(self, key: str, model: str, request: dict, response: dict, usd: float, stage: str | None = None) -> None:
        """Store an answer and what it cost, under the stage that paid for it."""
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO answers (key, model, request, response, usd, created, stage) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (key, model, json.dumps(request), json.dumps(response), usd, time.time(), stage))

    def charge(self, key: str, usd: float, reason: str, stage: str | None = None) -> None:
        """Count dollars that bought no stored answer (a request that timed out after it was sent)."""
        with self.lock:
            self.db.execute("INSERT INTO charges VALUES (?, ?, ?, ?, ?)", (key, usd, reason, time.time(), stage))

    def spent(self, stage: str) -> float:
        """Dollars a stage has paid for (its answers and its charges), over every run of it that wrote here."""
        with self.lock:
            return self.db.execute("SELECT (SELECT COALESCE(SUM(usd), 0) FROM answers WHERE stage = ?) + "
                                   "(SELECT COALESCE(SUM(usd), 0) FROM charges WHERE stage = ?)",
                                   (stage, stage)).fetchone()[0]

    def open_batches(self) -> list[tuple[str, list[str]]]:
        with self.lock:
            rows = self.db.execute("SELECT id, keys FROM batches WHERE status = 'open' ORDER BY created").fetchall()
        return [(i, json.loads(k)) for i, k in rows]

    def set_batch(self, batch_id: str, keys: list[str], status: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO batches VALUES (?, ?, ?, ?)",
                            (batch_id, json.dumps(keys), status, time.time()))

    def fail_batch_item(self, key: str, batch_id: str, reason: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO batch_failures VALUES (?, ?, ?, ?)",
                            (key, batch_id, reason, time.time()))

    def batch_failures(self, keys) -> dict[str, str]:
        """The latest reason each of these keys failed in a batch, for those that did and are still unanswered."""
        with self.lock:
            rows = self.db.execute("SELECT f.key, f.reason FROM batch_failures f LEFT JOIN answers a ON a.key = f.key "
                                   "WHERE a.key IS NULL ORDER BY f.created").fetchall()
        wanted = set(keys)
        return {k: r for k, r in rows if k in wanted}

    def __len__(self) -> int:
        with self.lock:
            return self.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
