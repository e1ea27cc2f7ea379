"""The OpenAI Batch API path of the teacher, at the batch discount: submit what is neither stored nor already in an
open batch, in batches within the API's limits, poll, and store each answer. A batch id is stored before polling
starts, so a later run picks a running batch up instead of paying for it again. Items that failed or expired are
recorded with their reason; a later run resubmits those, and never what was answered.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from meleelib.progress import tqdm
from meleelib.teacher.budget import Budget
from meleelib.teacher.cache import Cache
from meleelib.teacher.jobs import Job, Report, Result

MAX_REQUESTS = 50_000  # the Batch API's limits on one input file
MAX_BYTES = 200 * 2**20
ENDPOINT = "/v1/chat/completions"


@dataclass(frozen=True)
class Account:
    """What the Batch API path uses of the teacher (`Teacher.batch_account`): its API client, answer store and budget,
    and how it names, words and prices a request."""

    api: object  # an openai.OpenAI: its files and batches
    cache: Cache
    budget: Budget
    model: str
    stage: str | None  # whose budget the answers count against
    poll_s: float
    key: Callable[[Job], str]  # the request's hash, as the answer store files it
    body: Callable[[Job], dict]  # the request as the server takes it
    worst_usd: Callable[[Job], float]  # at the batch discount
    price: Callable[[Job | None, dict | None], float]  # an answer's dollars at the discount (worst case: no usage)


def run(account: Account, jobs: list[Job], desc: str = "batch", max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_BYTES) -> Report:
    """Answer the jobs (each asking something different: `Teacher.run` sees to that) through the Batch API, within
    the stage's budget; returns the tally."""
    keyed = {account.key(job): job for job in jobs}
    pending = {k for k in keyed if account.cache.get(k) is None}
    open_batches = account.cache.open_batches()
    covered = {k for _, keys in open_batches for k in keys}
    reserved = {k: account.worst_usd(keyed[k]) for k in keyed if k in pending and k in covered}
    for worst in reserved.values():  # submitted by an earlier run and not paid for yet: it still counts
        account.budget.hold(worst)
    undone, fits = [], []
    for k in keyed:
        if k in pending and k not in covered:
            worst = account.worst_usd(keyed[k])
            if account.budget.reserve(worst):
                fits.append(k)
                reserved[k] = worst
            else:
                undone.append(worst)
    for part in split(account, [keyed[k] for k in fits], max_requests, max_bytes):
        open_batches.append((submit(account, part), [account.key(job) for job in part]))
    failures = {}
    for batch_id, keys in open_batches:
        failures.update(_await(account, batch_id, keys, keyed, desc))
    report = Report(results=[], undone=undone)
    for k, job in keyed.items():
        stored = account.cache.get(k)
        hit = Result.stored(k, job.meta, stored) if stored is not None else None
        if k in reserved:
            account.budget.settle(reserved[k], hit.usd if hit else 0.0)
        if hit:
            hit.cached = k not in pending  # answered by this run's batches: paid for now
        elif k in reserved:
            hit = Result(k, job.meta, error=failures.get(k, "the batch returned no answer for this request"))
        else:
            continue  # left undone by the budget
        report.add(hit)
    report.finish(account.budget)
    return report


def request_line(account: Account, job: Job) -> str:
    line = {"custom_id": account.key(job), "method": "POST", "url": ENDPOINT, "body": account.body(job)}
    return json.dumps(line) + "\n"


def split(account: Account, jobs: list[Job], max_requests: int, max_bytes: int) -> list[list[Job]]:
    """The jobs in consecutive parts that each fit one input file: at most `max_requests` lines and `max_bytes`."""
    parts, size = [], 0
    for job in jobs:
        n = len(request_line(account, job).encode())
        if n > max_bytes:
            raise ValueError(f"One batch request is {n} bytes, over the {max_bytes}-byte file limit.")
        if not parts or len(parts[-1]) >= max_requests or size + n > max_bytes:
            parts.append([])
            size = 0
        parts[-1].append(job)
        size += n
    return parts


def submit(account: Account, jobs: list[Job]) -> str:
    """Upload the jobs as a Batch API input file, create the batch, and store its id as open; returns the id."""
    lines = "".join(request_line(account, job) for job in jobs)
    upload = account.api.files.create(file=("requests.jsonl", lines.encode()), purpose="batch")
    batch = account.api.batches.create(input_file_id=upload.id, endpoint=ENDPOINT, completion_window="24h")
    account.cache.set_batch(batch.id, [account.key(job) for job in jobs], "open")
    return batch.id


def _await(account: Account, batch_id: str, keys: list[str], keyed: dict[str, Job], desc: str) -> dict[str, str]:
    """Poll a batch until it ends, store its answers, and return why each of its other items failed."""
    bar = tqdm(total=len(keys), desc=f"{desc} {batch_id}", unit="req")
    while True:
        batch = account.api.batches.retrieve(batch_id)
        if batch.request_counts:
            bar.n = batch.request_counts.completed + batch.request_counts.failed
            bar.refresh()
        if batch.status in ("completed", "failed", "expired", "cancelled"):
            break
        time.sleep(account.poll_s)
    bar.close()
    failures = {}
    for file_id in (batch.output_file_id, getattr(batch, "error_file_id", None)):
        for line in account.api.files.content(file_id).text.splitlines() if file_id else []:
            item = json.loads(line)
            response = item.get("response") or {}
            body = response.get("body") or {}
            if response.get("status_code") == 200 and body.get("choices"):
                choice, usage = body["choices"][0], body.get("usage")
                answer = {"text": choice["message"].get("content") or "", "usage": usage, "structured": True,
                          "finish_reason": choice.get("finish_reason")}
                account.cache.put(item["custom_id"], account.model, {"batch": batch_id}, answer,
                                  account.price(keyed.get(item["custom_id"]), usage), account.stage)
            else:
                error = item.get("error") or body.get("error") or {}
                failures[item["custom_id"]] = (f"HTTP {response.get('status_code', '?')}: "
                                               f"{error.get('message') or error.get('code') or 'no answer'}")
    answered = {k for k in keys if account.cache.get(k) is not None}
    for k in keys:
        if k not in answered:  # left unstored: the next run sends it again
            failures.setdefault(k, f"the batch ended {batch.status} before answering it")
            account.cache.fail_batch_item(k, batch_id, failures[k])
    account.cache.set_batch(batch_id, keys, batch.status)
    return {k: failures[k] for k in keys if k not in answered}
