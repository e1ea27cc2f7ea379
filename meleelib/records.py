"""The record every stage from 03 on passes along: a question/answer pair with its provenance. On disk it is one JSON
object per line, so in memory it stays a plain dict; its fields are defined here, once."""
from __future__ import annotations

import hashlib


def pair_id(*parts: str) -> str:
    """A pair's id: stable for the same parts (a request and the pair's place in its answer, say), 16 hex digits.

    >>> pair_id("curated", "Fox", "Why shine?")
    '5915639593421058'
    """
    return hashlib.sha256(":".join(parts).encode()).hexdigest()[:16]


def pair(*, pair_id: str, chunk_id: str, character: str, variant: str, question: str, answer: str,
         guide_id: str | None = None, url: str | None = None, post_ids: list[int] = (),
         teacher_model: str | None = None, request_hash: str | None = None, finish_reason: str | None = None,
         **extra) -> dict:
    """A pair: which chunk (and guide, URL, posts) it was written from, with which prompt variant, by which teacher
    request; `extra` holds what a stage adds (the teacher's quoted `evidence`, later its judges' verdicts)."""
    return {"pair_id": pair_id, "chunk_id": chunk_id, "character": character, "guide_id": guide_id, "url": url,
            "post_ids": list(post_ids), "variant": variant, "question": question, "answer": answer, **extra,
            "teacher_model": teacher_model, "request_hash": request_hash, "finish_reason": finish_reason}
