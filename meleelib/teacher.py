"""The teacher: any OpenAI-compatible Chat Completions server, through the official `openai` client.

Every answer is stored in SQLite under a hash of model, messages and sampling parameters, so a
re-run or a resumed run never pays for a stored answer. Retries (429, 5xx, timeouts, with
backoff, jitter and Retry-After up to two minutes) are the `openai` client's own.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import openai
from tqdm.auto import tqdm


class TeacherError(RuntimeError):
    """The teacher cannot be used at all (no key, no server, unknown model); the message says what to do."""


@dataclass
class Job:
    """One chat completion to make; `meta` rides along to the result untouched."""

    messages: list[dict]
    params: dict  # max_tokens, temperature, response_format, ...
    meta: dict = field(default_factory=dict)


@dataclass
class Result:
    key: str
    meta: dict
    text: str | None = None
    finish_reason: str | None = None
    usage: dict | None = None
    usd: float = 0.0
    cached: bool = False
    error: str | None = None


@dataclass
class Report:
    results: list[Result]
    sent: int = 0
    cache_hits: int = 0
    failed: int = 0
    not_started: int = 0  # stopped by the budget
    usd: float = 0.0  # spent by this run
    usd_total: float = 0.0  # spent on these jobs, this run and earlier ones
    budget_hit: bool = False

    def summary(self) -> dict:
        """Requests, tokens, dollars and cache hits, for the stage's cost report."""
        tokens = lambda kind: sum((r.usage or {}).get(kind, 0) for r in self.results if not r.error)
        return {"requests": len(self.results) + self.not_started, "sent": self.sent, "cache_hits": self.cache_hits,
                "failed": self.failed, "not_started": self.not_started, "prompt_tokens": tokens("prompt_tokens"),
                "completion_tokens": tokens("completion_tokens"), "usd_this_run": round(self.usd, 6),
                "usd_total": round(self.usd_total, 6), "budget_hit": self.budget_hit}


class Cache:
    """SQLite store of answers and batches. Each write is one transaction, so a kill at any moment leaves it whole."""

    def __init__(self, path: Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, model TEXT, request TEXT, "
                        "response TEXT, usd REAL, created REAL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, keys TEXT, status TEXT, created REAL)")
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


def request_key(model: str, messages: list[dict], params: dict) -> str:
    blob = json.dumps({"model": model, "messages": messages, "params": params}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def api_key(env_name: str | None) -> str:
    """The key from the environment variable the profile names; local servers need none."""
    if not env_name:
        return "no-key-needed"
    value = os.environ.get(env_name)
    if not value:
        raise TeacherError(f"No API key: set the environment variable {env_name} (named by teacher.api_key_env in "
                           f"the profile), e.g. `export {env_name}=...`, then run again. Stored answers are kept.")
    return value


class Teacher:
    """Sends chat completions with a cache, `max_concurrency` in flight, and a hard dollar budget."""

    def __init__(self, *, base_url: str, model: str, price_per_million: dict, cache_path: Path,
                 api_key_env: str | None = None, max_concurrency: int = 4, timeout_s: float = 120,
                 max_retries: int = 6, max_usd: float | None = None, batch_discount: float = 0.5):
        self.base_url, self.model, self.prices = base_url, model, price_per_million
        self.max_concurrency, self.max_usd, self.batch_discount = max_concurrency, max_usd, batch_discount
        self.client = openai.OpenAI(base_url=base_url, api_key=api_key(api_key_env), timeout=timeout_s,
                                    max_retries=max_retries)
        self.cache = Cache(cache_path)
        self.structured = True  # cleared when the server refuses a JSON-schema response format

    # ------------------------------------------------------------ money
    def usd(self, usage: dict | None, batch: bool = False) -> float:
        if not usage:
            return 0.0
        cost = (usage.get("prompt_tokens", 0) * self.prices["input"]
                + usage.get("completion_tokens", 0) * self.prices["output"]) / 1e6
        return cost * (1 - self.batch_discount) if batch else cost

    def worst_case_usd(self, job: Job) -> float:
        """An upper bound on a request's price: a token is at least one byte, and the answer at most max_tokens."""
        prompt = sum(len(m["content"].encode()) + 16 for m in job.messages)
        return self.usd({"prompt_tokens": prompt, "completion_tokens": job.params.get("max_tokens", 4096)})

    # ------------------------------------------------------------ one request
    def key(self, job: Job) -> str:
        return request_key(self.model, job.messages, job.params)

    def _send(self, job: Job, key: str) -> Result:
        params = dict(job.params)
        if not self.structured:
            params.pop("response_format", None)
        try:
            try:
                response = self.client.chat.completions.create(model=self.model, messages=job.messages, **params)
            except (openai.BadRequestError, openai.UnprocessableEntityError):
                if "response_format" not in params:
                    raise
                self.structured = False  # this server does not do JSON schemas: free text from now on
                params.pop("response_format")
                response = self.client.chat.completions.create(model=self.model, messages=job.messages, **params)
        except openai.APIConnectionError as err:
            raise TeacherError(f"Cannot reach the teacher at {self.base_url} ({err.__class__.__name__}): check that "
                               "the server is running and teacher.base_url is right. Stored answers are kept.") from err
        except openai.AuthenticationError as err:
            raise TeacherError(f"The server at {self.base_url} rejected the API key: {err.message}") from err
        except openai.NotFoundError as err:
            raise TeacherError(f"The server at {self.base_url} answered: {err.message} "
                               f"(is teacher.model {self.model!r} right?)") from err
        except openai.APIError as err:  # failed for good after the client's retries: record it and go on
            return Result(key, job.meta, error=f"{err.__class__.__name__}: {getattr(err, 'message', err)}")
        choice = response.choices[0]
        usage = response.usage.model_dump() if response.usage else None
        answer = {"text": choice.message.content or "", "finish_reason": choice.finish_reason, "usage": usage,
                  "structured": "response_format" in params}
        cost = self.usd(usage)
        self.cache.put(key, self.model, {"messages": job.messages, "params": job.params}, answer, cost)
        return Result(key, job.meta, answer["text"], choice.finish_reason, usage, cost)

    def complete(self, job: Job) -> Result:
        """One request, from the cache when stored."""
        return self.run([job], progress=False).results[0]

    # ------------------------------------------------------------ many requests
    def _cached(self, job: Job, key: str) -> Result | None:
        hit = self.cache.get(key)
        if hit is None:
            return None
        return Result(key, job.meta, hit["text"], hit["finish_reason"], hit["usage"], hit["usd"], cached=True)

    def run(self, jobs: list[Job], on_result: Callable[[Result], int] | None = None, desc: str = "teacher",
            progress: bool = True) -> Report:
        """Answer every job: stored ones from the cache, the rest concurrently, until done or the budget says stop.

        `on_result` is called with each result and returns how many pairs it gave, for the progress bar.
        """
        report = Report(results=[])
        bar = tqdm(total=len(jobs), desc=desc, unit="req", disable=not progress)
        pairs, lock = 0, threading.Lock()

        def done(result: Result) -> None:
            nonlocal pairs
            report.results.append(result)
            if result.error:
                report.failed += 1
            elif result.cached:
                report.cache_hits += 1
            else:
                report.sent += 1
                report.usd += result.usd
            report.usd_total += result.usd
            pairs += on_result(result) if on_result and not result.error else 0
            bar.update()
            bar.set_postfix(pairs=pairs, usd=f"{report.usd_total:.4f}")

        todo = []
        for job in jobs:
            key = self.key(job)
            hit = self._cached(job, key)
            if hit:
                done(hit)
            else:
                todo.append((job, key))
        in_flight: dict = {}  # future -> worst-case dollars
        with ThreadPoolExecutor(self.max_concurrency) as pool:
            try:
                for i, (job, key) in enumerate(todo):
                    while len(in_flight) >= self.max_concurrency:
                        self._collect(in_flight, done)
                    worst = self.worst_case_usd(job)
                    with lock:
                        if self.max_usd is not None and report.usd_total + sum(in_flight.values()) + worst > self.max_usd:
                            report.budget_hit, report.not_started = True, len(todo) - i
                            break
                    in_flight[pool.submit(self._send, job, key)] = worst
                while in_flight:
                    self._collect(in_flight, done)
            except BaseException:
                for future in in_flight:
                    future.cancel()
                raise
        bar.close()
        return report

    @staticmethod
    def _collect(in_flight: dict, done: Callable) -> None:
        finished, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
        for future in finished:
            del in_flight[future]
            done(future.result())  # a TeacherError here stops the run; every answer so far is stored

    # ------------------------------------------------------------ OpenAI Batch API
    def run_batch(self, jobs: list[Job], poll_s: float = 30.0, desc: str = "batch") -> Report:
        """Answer the jobs through the Batch API: submit what is neither stored nor in an open batch, poll, store.

        A batch id is stored before polling starts, so a later run picks a running batch up instead of paying again.
        """
        keyed = {self.key(job): job for job in jobs}
        pending = {k for k in keyed if self.cache.get(k) is None}
        open_batches = self.cache.open_batches()
        covered = {k for _, keys in open_batches for k in keys}
        new = [k for k in keyed if k in pending and k not in covered]
        budget_hit = False
        if new:
            spent = sum(self.cache.get(k)["usd"] for k in keyed if k not in pending)
            fits, worst = [], 0.0
            for k in new:
                worst += self.worst_case_usd(keyed[k]) * (1 - self.batch_discount)
                if self.max_usd is not None and spent + worst > self.max_usd:
                    budget_hit = True
                    break
                fits.append(k)
            if fits:
                open_batches.append((self.submit_batch([keyed[k] for k in fits]), fits))
        for batch_id, keys in open_batches:
            self._await_batch(batch_id, keys, poll_s, desc)
        asked = {k for _, keys in open_batches for k in keys}
        report = Report(results=[], budget_hit=budget_hit)
        for k, job in keyed.items():
            hit = self._cached(job, k)
            if hit and k in pending:
                hit.cached = False
                report.sent += 1
                report.usd += hit.usd
            elif hit:
                report.cache_hits += 1
            elif k in asked:
                hit = Result(k, job.meta, error="the batch returned no answer for this request")
                report.failed += 1
            else:
                report.not_started += 1
                continue
            report.results.append(hit)
            report.usd_total += hit.usd
        return report

    def submit_batch(self, jobs: list[Job]) -> str:
        """Upload the jobs as a Batch API input file, create the batch, and store its id as open; returns the id."""
        keys = [self.key(job) for job in jobs]
        lines = "".join(json.dumps({"custom_id": k, "method": "POST", "url": "/v1/chat/completions",
                                    "body": {"model": self.model, "messages": job.messages, **job.params}}) + "\n"
                        for k, job in zip(keys, jobs))
        upload = self.client.files.create(file=("requests.jsonl", lines.encode()), purpose="batch")
        batch = self.client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                           completion_window="24h")
        self.cache.set_batch(batch.id, keys, "open")
        return batch.id

    def _await_batch(self, batch_id: str, keys: list[str], poll_s: float, desc: str) -> None:
        bar = tqdm(total=len(keys), desc=f"{desc} {batch_id}", unit="req")
        while True:
            batch = self.client.batches.retrieve(batch_id)
            if batch.request_counts:
                bar.n = batch.request_counts.completed + batch.request_counts.failed
                bar.refresh()
            if batch.status in ("completed", "failed", "expired", "cancelled"):
                break
            time.sleep(poll_s)
        bar.close()
        if batch.output_file_id:
            for line in self.client.files.content(batch.output_file_id).text.splitlines():
                item = json.loads(line)
                body = (item.get("response") or {}).get("body") or {}
                if (item.get("response") or {}).get("status_code") != 200 or not body.get("choices"):
                    continue  # left unstored: the next run sends it again
                choice, usage = body["choices"][0], body.get("usage")
                answer = {"text": choice["message"].get("content") or "", "finish_reason": choice.get("finish_reason"),
                          "usage": usage, "structured": True}
                self.cache.put(item["custom_id"], self.model, {"batch": batch_id}, answer, self.usd(usage, batch=True))
        self.cache.set_batch(batch_id, keys, batch.status)


@contextmanager
def connect(cfg: dict, cache_path: Path, models_dir: Path, **options) -> Iterator[Teacher]:
    """A Teacher for the profile's `teacher` section; `base_url: embedded` serves the bundled model for the duration.

    The embedded server is always stopped on leaving, errors included.
    """
    common = dict(price_per_million=cfg["price_per_million"], cache_path=cache_path, api_key_env=cfg.get("api_key_env"),
                  batch_discount=cfg.get("batch_discount", 0.5), **options)
    if cfg["base_url"] != "embedded":
        yield Teacher(base_url=cfg["base_url"], model=cfg["model"], **common)
        return
    from . import local_server
    with local_server.serve(local_server.export_bundled(models_dir / cfg["model"])) as server:
        yield Teacher(base_url=server.base_url, model=server.model, **common)
