"""The teacher's answer store: SQLite, one row per answer under its request hash, plus the Batch API batches in
flight. Each write is one transaction, so a kill at any moment leaves it whole and nothing is paid for twice.
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
    """SQLite store of answers and batches. Each write is one transaction, so a kill at any moment leaves it whole."""

    def __init__(self, path: Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, model TEXT, request TEXT, "
                        "response TEXT, usd REAL, created REAL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, keys TEXT, status TEXT, "
                        "created REAL)")
        self.lock = threading.Lock()

    def get(self, key: str) -> dict | None:
        with self.lock:
            row = self.db.execute("SELECT response, usd FROM answers WHERE key = ?", (key,)).fetchone()
        return {**json.loads(row[0]), "usd": row[1]} if row else None

    def put(self, key: str, model: str, request: dict, response: dict, usd: float) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                            (key, model, json.dumps(request), json.dumps(response), usd, time.time()))

    def open_batches(self) -> list[tuple[str, list[str]]]:
        with self.lock:
            rows = self.db.execute("SELECT id, keys FROM batches WHERE status = 'open' ORDER BY created").fetchall()
        return [(i, json.loads(k)) for i, k in rows]

    def set_batch(self, batch_id: str, keys: list[str], status: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO batches VALUES (?, ?, ?, ?)",
                            (batch_id, json.dumps(keys), status, time.time()))

    def __len__(self) -> int:
        with self.lock:
            return self.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
