"""The teacher: any OpenAI-compatible Chat Completions server, through the official `openai` client.

Every answer is stored (`answer_cache`) under a hash of model, messages and sampling parameters, so a re-run or a
resumed run never pays for a stored answer. Retries (429, 5xx, timeouts, with backoff, jitter and Retry-After up to
two minutes) are the `openai` client's own. `mode: batch` sends the same jobs through the Batch API (`batch`).
"""
from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import openai
from tqdm.auto import tqdm

from . import batch
from .answer_cache import Cache, request_key
from .config import ProfileError, settings
from .jobs import Job, Report, Result

MODES = ("online", "batch")


class TeacherError(RuntimeError):
    """The teacher cannot be used at all (no key, no server, unknown model); the message says what to do."""


@dataclass(frozen=True)
class Settings:
    """The profile's `teacher` section, plus the calling stage's budget: everything a Teacher needs, checked."""

    base_url: str  # any OpenAI-compatible server; "embedded" serves the bundled model on 127.0.0.1
    model: str
    price_per_million: dict  # {"input": dollars, "output": dollars}
    api_key_env: str | None = None  # the name of the variable holding the key, never the key
    tokenizer: str = "tiktoken:gpt-4o-mini"
    context_window: int = 128000
    max_answer_tokens: int = 2048
    mode: str = "online"
    batch_discount: float = 0.5
    max_concurrency: int = 4
    timeout_s: float = 120
    max_retries: int = 6
    poll_s: float = 60  # batch mode: seconds between polls
    max_usd: float | None = None  # the calling stage's budget: no request starts that could pass it

    @classmethod
    def of(cls, section: dict, **stage) -> Settings:
        """From the profile's `teacher` section and the stage's own values (`max_usd`).

        >>> Settings.of({"base_url": "embedded", "model": "m", "price_per_million": {"input": 0, "output": 0}},
        ...             max_usd=1.0).max_usd
        1.0
        """
        s = settings(cls, "teacher", {**section, **stage})
        if s.mode not in MODES:
            raise ProfileError(f"teacher.mode {s.mode!r} is unknown: use {' or '.join(MODES)}.")
        if set(s.price_per_million) != {"input", "output"}:
            raise ProfileError(f"teacher.price_per_million needs exactly `input` and `output` (dollars per million "
                               f"tokens), not {sorted(s.price_per_million)}.")
        if s.max_usd is not None and s.max_usd <= 0:
            raise ProfileError(f"A budget (max_usd) of {s.max_usd} allows no request: raise it, or set null for none.")
        if s.max_concurrency < 1:
            raise ProfileError("teacher.max_concurrency must be at least 1.")
        return s


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

    def __init__(self, settings: Settings, cache_path: Path):
        self.settings = s = settings
        self.base_url, self.model, self.prices = s.base_url, s.model, s.price_per_million
        self.max_usd = s.max_usd
        self.client = openai.OpenAI(base_url=s.base_url, api_key=api_key(s.api_key_env), timeout=s.timeout_s,
                                    max_retries=s.max_retries)
        self.cache = Cache(cache_path)
        self.structured = True  # cleared when the server refuses a JSON-schema response format

    # ------------------------------------------------------------ money
    def usd(self, usage: dict | None, batch: bool = False) -> float:
        if not usage:
            return 0.0
        cost = (usage.get("prompt_tokens", 0) * self.prices["input"]
                + usage.get("completion_tokens", 0) * self.prices["output"]) / 1e6
        return cost * (1 - self.settings.batch_discount) if batch else cost

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

    def cached(self, job: Job, key: str) -> Result | None:
        """The stored answer to a job, or None."""
        hit = self.cache.get(key)
        if hit is None:
            return None
        return Result(key, job.meta, hit["text"], hit["finish_reason"], hit["usage"], hit["usd"], cached=True)

    def complete(self, job: Job) -> Result:
        """One request, from the cache when stored."""
        return self.run([job], progress=False).results[0]

    # ------------------------------------------------------------ many requests
    def run(self, jobs: list[Job], on_result: Callable[[Result], int] | None = None, desc: str = "teacher",
            progress: bool = True) -> Report:
        """Answer every job: stored ones from the cache, the rest until done or the budget says stop; in batch mode
        through the Batch API, else concurrently.

        `on_result` is called with each result and returns how many pairs it gave, for the progress bar.
        """
        if self.settings.mode == "batch":
            report = batch.run(self, jobs, desc)
            for r in report.results:
                if on_result and not r.error:
                    on_result(r)
            return report
        report = Report(results=[])
        bar = tqdm(total=len(jobs), desc=desc, unit="req", disable=not progress)
        pairs, lock = 0, threading.Lock()

        def done(result: Result) -> None:
            nonlocal pairs
            report.add(result)
            pairs += on_result(result) if on_result and not result.error else 0
            bar.update()
            bar.set_postfix(pairs=pairs, usd=f"{report.usd_total:.4f}")

        todo = []
        for job in jobs:
            key = self.key(job)
            hit = self.cached(job, key)
            if hit:
                done(hit)
            else:
                todo.append((job, key))
        in_flight: dict = {}  # future -> worst-case dollars
        with ThreadPoolExecutor(self.settings.max_concurrency) as pool:
            try:
                for i, (job, key) in enumerate(todo):
                    while len(in_flight) >= self.settings.max_concurrency:
                        self._collect(in_flight, done)
                    worst = self.worst_case_usd(job)
                    with lock:
                        committed = report.usd_total + sum(in_flight.values()) + worst
                        if self.max_usd is not None and committed > self.max_usd:
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


@contextmanager
def connect(settings: Settings, paths) -> Iterator[Teacher]:
    """A Teacher for a run (its cache in the run's interim folder); `base_url: embedded` serves the bundled model
    for the duration, and the server is always stopped on leaving, errors included.
    """
    cache = paths.interim / "teacher.sqlite"
    if settings.base_url != "embedded":
        yield Teacher(settings, cache)
        return
    from . import bundled, local_server
    with local_server.serve(bundled.export(paths.models / settings.model)) as server:
        yield Teacher(dataclasses.replace(settings, base_url=server.base_url, model=server.model), cache)
