"""The teacher: any OpenAI-compatible Chat Completions server, through the official `openai` client.

Every answer is stored (`answer_cache`) under a hash of model, messages and sampling parameters, so a re-run or a
resumed run never pays for a stored answer. Retries (429, 5xx, timeouts, with backoff, jitter and Retry-After up to
two minutes) are the `openai` client's own. `mode: batch` sends the same jobs through the Batch API (`batch`).
"""
from __future__ import annotations

import dataclasses
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path

import openai

from meleelib.paths import ENGINE_LOG, TEACHER_CACHE
from meleelib.progress import tqdm
from meleelib.teacher import batch
from meleelib.teacher.budget import Budget
from meleelib.teacher.cache import Cache, request_key
from meleelib.teacher.jobs import Job, Report, Result
from meleelib.teacher.pacing import Pacer
from meleelib.teacher.pricing import Pricing
from meleelib.teacher.settings import Settings, TeacherError, api_key

TOKEN_LIMITS = ("max_completion_tokens", "max_tokens")  # today's name for the answer limit, and the old one
REFUSED = re.compile(r"unsupported|not supported|unrecogni[sz]ed|unknown|not permitted|unexpected|"
                     r"extra (?:field|input)")
SCHEMA_REFUSAL = re.compile(r"response_format|json_schema|json schema|structured output")


class Teacher:
    """Sends chat completions with a cache, `max_concurrency` in flight, pacing, and the stage's dollar budget."""

    def __init__(self, settings: Settings, cache_path: Path):
        self.settings = s = settings
        self.base_url, self.model = s.base_url, s.model
        self.attempts = threading.local()  # this thread's request: attempts sent, and those answered
        hooks = {"request": [lambda _: self._count("sent")], "response": [lambda _: self._count("answered")]}
        self.client = openai.OpenAI(base_url=s.base_url, api_key=api_key(s.api_key_env), timeout=s.timeout_s,
                                    max_retries=s.max_retries, http_client=openai.DefaultHttpxClient(event_hooks=hooks))
        self.pricing = Pricing(s.price_per_million, s.batch_discount, s.base_url)
        self.cache = Cache(cache_path)
        self.budget = Budget(s.max_usd, self.cache.spent(s.stage) if s.stage else 0.0)
        self.pacer = Pacer(s.max_requests_per_minute, s.max_tokens_per_minute)
        self.structured = True  # cleared when the server says it cannot do a JSON-schema response format
        self.token_limit = "max_completion_tokens"  # today's name; "max_tokens" for a server that rejects it
        self.lock = threading.Lock()

    def _count(self, what: str) -> None:
        setattr(self.attempts, what, getattr(self.attempts, what, 0) + 1)

    def unanswered_usd(self, job: Job) -> float:
        """The worst case of each attempt of this thread's request that was sent and never answered (a timeout, a
        dropped connection): the server may have run it and billed it, so it is counted as spent."""
        lost = getattr(self.attempts, "sent", 0) - getattr(self.attempts, "answered", 0)
        return lost * self.pricing.worst_case_usd(job)

    def free_text(self, why: str) -> None:
        """Ask for free text from now on (no JSON-schema response format), and say so."""
        if self.structured:
            self.structured = False
            warnings.warn(f"{why}: the teacher asks for free text instead, and its answers are parsed as such.",
                          stacklevel=2)

    # ------------------------------------------------------------ one request
    def key(self, job: Job) -> str:
        return request_key(self.model, job.messages, job.params)

    def request_params(self, params: dict) -> dict:
        """A job's parameters as this server takes them: the answer limit under the name it accepts (jobs and cache
        keys always say max_tokens), and no response format once the server has said it cannot do one."""
        params = dict(params)
        if "max_tokens" in params and self.token_limit != "max_tokens":
            params[self.token_limit] = params.pop("max_tokens")
        if not self.structured:
            params.pop("response_format", None)
        return params

    def _create(self, job: Job):
        """One chat completion; learns, once per server, which answer-limit name it takes and whether it does JSON
        schemas. Any other refusal is raised as it is."""
        for _ in range(3):
            params = self.request_params(job.params)
            try:
                return self.client.chat.completions.create(model=self.model, messages=job.messages, **params)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as err:
                message = str(getattr(err, "message", err)).lower()
                used = next((name for name in TOKEN_LIMITS if name in params), None)
                with self.lock:  # requests in flight may all fail alike: switch once, from what they used
                    if used and used in message and REFUSED.search(message):
                        if self.token_limit == used:
                            self.token_limit = next(name for name in TOKEN_LIMITS if name != used)
                        continue
                    if "response_format" in params and SCHEMA_REFUSAL.search(message):
                        self.free_text(f"The server at {self.base_url} cannot honour a JSON schema (response_format)")
                        continue
                raise  # anything else, a context-length error say, is reported as itself
        raise TeacherError(f"The server at {self.base_url} refuses both max_tokens and max_completion_tokens.")

    def _send(self, job: Job, key: str) -> Result:
        self.attempts.sent = self.attempts.answered = 0
        try:
            response = self._create(job)
        except openai.APITimeoutError:  # sent and never answered, after the client's retries: maybe billed
            lost = self.unanswered_usd(job)
            self.cache.charge(key, lost, "timed out", self.settings.stage)
            return Result(key, job.meta, error=f"APITimeoutError: no answer within {self.settings.timeout_s} s "
                                               f"(counted at its worst case, ${lost:.4f})", usd=lost)
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
                  "structured": "response_format" in self.request_params(job.params)}
        lost = self.unanswered_usd(job)  # earlier attempts that timed out before this one was answered
        if lost:
            self.cache.charge(key, lost, "an attempt timed out", self.settings.stage)
        cost = self.pricing.charged(job, usage)
        self.cache.put(key, self.model, {"messages": job.messages, "params": job.params}, answer, cost,
                       self.settings.stage)
        return Result(key, job.meta, answer["text"], choice.finish_reason, usage, cost + lost)

    def cached(self, job: Job, key: str) -> Result | None:
        """The stored answer to a job, or None."""
        hit = self.cache.get(key)
        return Result.stored(key, job.meta, hit) if hit is not None else None

    def batch_account(self) -> batch.Account:
        """What the Batch API path may use of this teacher, and nothing more."""
        return batch.Account(api=self.client, cache=self.cache, budget=self.budget, model=self.model,
                             stage=self.settings.stage, poll_s=self.settings.poll_s, key=self.key,
                             body=lambda job: {"model": self.model, "messages": job.messages,
                                               **self.request_params(job.params)},
                             worst_usd=lambda job: self.pricing.worst_case_usd(job, batch=True),
                             price=self._batch_price)

    def _batch_price(self, job: Job | None, usage: dict | None) -> float:
        """A batch answer's cost; one of a batch an earlier run submitted for another job is priced by its usage."""
        return self.pricing.charged(job, usage, batch=True) if job else self.pricing.usd(usage, batch=True)

    def complete(self, job: Job) -> Result:
        """One request, from the cache when stored."""
        return self.run([job], progress=False).results[0]

    # ------------------------------------------------------------ many requests
    def run(self, jobs: list[Job], on_result: Callable[[Result], int] | None = None, desc: str = "teacher",
            progress: bool = True) -> Report:
        """Answer every job: stored ones from the cache, the rest while the stage's budget allows; in batch mode
        through the Batch API, else concurrently.

        A request whose worst case does not fit beside those in flight waits for them to settle and is decided
        again; it is left undone only when it cannot fit with nothing in flight. `on_result` is called with each
        result and returns how many pairs it gave, for the progress bar.
        """
        first: dict[str, Job] = {}  # key -> the first job asking it; one request answers every job asking the same
        copies: dict[str, list[Job]] = {}
        for job in jobs:
            key = self.key(job)
            if key in first:
                copies.setdefault(key, []).append(job)
            else:
                first[key] = job
        report = Report(results=[])
        bar = tqdm(total=len(jobs), desc=desc, unit="req", disable=not progress)
        pairs = 0

        def done(result: Result) -> None:
            """Count a result, and the same answer for every other job that asked it (at no further cost)."""
            nonlocal pairs
            same = [dataclasses.replace(result, meta=job.meta, usd=0.0, cached=not result.error)
                    for job in copies.get(result.key, ())]
            for i, r in enumerate([result, *same]):
                report.add(r)
                given = on_result(r) if on_result and not r.error else 0
                pairs += given if i == 0 else 0  # a copy's pairs are the same pairs: written once
                bar.update()
            # pairs only where results give pairs (stage 03), not on a judge's or a rewrite's bar
            bar.set_postfix(**({"pairs": pairs} if on_result else {}), usd=f"{self.budget.spent:.4f}")

        if self.settings.mode == "batch":
            answered = batch.run(self.batch_account(), list(first.values()), desc)
            for result in answered.results:
                done(result)
            report.undone = answered.undone
        else:
            report.undone = self._online(first, done)
        bar.close()
        report.finish(self.budget)
        return report

    def _online(self, first: dict[str, Job], done: Callable) -> list[float]:
        """Stored answers from the cache, the rest concurrently within the budget; returns the worst case of each
        request left undone."""
        todo, undone = [], []
        for key, job in first.items():
            hit = self.cached(job, key)
            if hit:
                done(hit)
            else:
                todo.append((key, job))
        in_flight: dict = {}  # future -> worst-case dollars
        with ThreadPoolExecutor(self.settings.max_concurrency) as pool:
            try:
                for key, job in todo:
                    while len(in_flight) >= self.settings.max_concurrency:
                        self._collect(in_flight, done)
                    worst = self.pricing.worst_case_usd(job)
                    reserved = self.budget.reserve(worst)
                    while not reserved and in_flight:
                        self._collect(in_flight, done)  # settle what is in flight, then decide again
                        reserved = self.budget.reserve(worst)
                    if not reserved:  # it cannot fit even with nothing in flight; a smaller request still may
                        undone.append(worst)
                        continue
                    self.pacer.wait(sum(self.pricing.worst_case_tokens(job)))
                    in_flight[pool.submit(self._send, job, key)] = worst
                while in_flight:
                    self._collect(in_flight, done)
            except BaseException:
                for future in in_flight:
                    future.cancel()
                raise
        return undone

    def _collect(self, in_flight: dict, done: Callable) -> None:
        finished, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
        for future in finished:
            worst = in_flight.pop(future)
            result = future.result()  # a TeacherError here stops the run; every answer so far is stored
            self.budget.settle(worst, result.usd)
            done(result)


@contextmanager
def connect(settings: Settings, paths) -> Iterator[Teacher]:
    """A Teacher for a run (its cache in the run's interim folder); `base_url: embedded` serves the bundled GGUF
    with the local engine for the duration, and the server is always stopped on leaving, errors included.
    """
    cache = paths.interim / TEACHER_CACHE
    if settings.base_url != "embedded":
        yield Teacher(settings, cache)
        return
    from meleelib.serve import bundled, engine
    with engine.serve(bundled.gguf_path(), n_parallel=settings.n_parallel or settings.max_concurrency,
                      n_threads=settings.n_threads, n_ctx=settings.context_window, alias=settings.model,
                      log_path=paths.interim / ENGINE_LOG) as server:
        yield Teacher(dataclasses.replace(settings, base_url=server.base_url, model=server.model), cache)
