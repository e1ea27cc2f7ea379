"""The OpenAI Batch API path of the teacher, at the batch discount: submit what is neither stored nor already in an
open batch, poll, store each answer. A batch id is stored before polling starts, so a later run picks a running batch
up instead of paying for it again.
"""
from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from tqdm.auto import tqdm

from .jobs import Job, Report, Result

if TYPE_CHECKING:
    from .teacher import Teacher


def run(teacher: Teacher, jobs: list[Job], desc: str = "batch") -> Report:
    """Answer the jobs through the Batch API: submit what is neither stored nor in an open batch, poll, store.

    A batch id is stored before polling starts, so a later run picks a running batch up instead of paying again.
    """
    keyed = {teacher.key(job): job for job in jobs}
    pending = {k for k in keyed if teacher.cache.get(k) is None}
    open_batches = teacher.cache.open_batches()
    covered = {k for _, keys in open_batches for k in keys}
    new = [k for k in keyed if k in pending and k not in covered]
    budget_hit = False
    if new:
        spent = sum(teacher.cache.get(k)["usd"] for k in keyed if k not in pending)
        fits, worst = [], 0.0
        for k in new:
            worst += teacher.worst_case_usd(keyed[k]) * (1 - teacher.settings.batch_discount)
            if teacher.max_usd is not None and spent + worst > teacher.max_usd:
                budget_hit = True
                break
            fits.append(k)
        if fits:
            open_batches.append((submit(teacher, [keyed[k] for k in fits]), fits))
    for batch_id, keys in open_batches:
        _await(teacher, batch_id, keys, desc)
    asked = {k for _, keys in open_batches for k in keys}
    report = Report(results=[], budget_hit=budget_hit)
    for k, job in keyed.items():
        hit = teacher.cached(job, k)
        if hit:
            hit.cached = k not in pending  # answered by this run's batches: paid for now
        elif k in asked:
            hit = Result(k, job.meta, error="the batch returned no answer for this request")
        else:
            report.not_started += 1
            continue
        report.add(hit)
    return report


def submit(teacher: Teacher, jobs: list[Job]) -> str:
    """Upload the jobs as a Batch API input file, create the batch, and store its id as open; returns the id."""
    keys = [teacher.key(job) for job in jobs]
    lines = "".join(json.dumps({"custom_id": k, "method": "POST", "url": "/v1/chat/completions",
                                "body": {"model": teacher.model, "messages": job.messages, **job.params}}) + "\n"
                    for k, job in zip(keys, jobs))
    upload = teacher.client.files.create(file=("requests.jsonl", lines.encode()), purpose="batch")
    batch = teacher.client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                       completion_window="24h")
    teacher.cache.set_batch(batch.id, keys, "open")
    return batch.id


def _await(teacher: Teacher, batch_id: str, keys: list[str], desc: str) -> None:
    bar = tqdm(total=len(keys), desc=f"{desc} {batch_id}", unit="req")
    while True:
        batch = teacher.client.batches.retrieve(batch_id)
        if batch.request_counts:
            bar.n = batch.request_counts.completed + batch.request_counts.failed
            bar.refresh()
        if batch.status in ("completed", "failed", "expired", "cancelled"):
            break
        time.sleep(teacher.settings.poll_s)
    bar.close()
    if batch.output_file_id:
        for line in teacher.client.files.content(batch.output_file_id).text.splitlines():
            item = json.loads(line)
            body = (item.get("response") or {}).get("body") or {}
            if (item.get("response") or {}).get("status_code") != 200 or not body.get("choices"):
                continue  # left unstored: the next run sends it again
            choice, usage = body["choices"][0], body.get("usage")
            answer = {"text": choice["message"].get("content") or "", "finish_reason": choice.get("finish_reason"),
                      "usage": usage, "structured": True}
            teacher.cache.put(item["custom_id"], teacher.model, {"batch": batch_id}, answer,
                              teacher.usd(usage, batch=True))
    teacher.cache.set_batch(batch_id, keys, batch.status)
