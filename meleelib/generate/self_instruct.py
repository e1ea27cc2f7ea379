"""Stage 03: self-instruct. Chunks in, one teacher request per chunk with a seeded prompt variant; the pairs
parsed as they land, with an early warning when too few would survive stage 04's checks."""
from __future__ import annotations

import json
import random
import warnings
from collections import Counter

from meleelib import files, records
from meleelib.clean import checks, dedup
from meleelib.generate import prompts
from meleelib.generate.parse import parse_pairs
from meleelib.teacher.jobs import Job


def pick_chunks(chunks: list[dict], max_chunks: int | None, seed: int) -> list[dict]:
    """All chunks, or a seeded sample of `max_chunks` taken round-robin over characters so each gets its share."""
    if max_chunks is None or max_chunks >= len(chunks):
        return chunks
    rng = random.Random(seed)
    by_character: dict[str, list[dict]] = {}
    for c in chunks:
        by_character.setdefault(c["character"], []).append(c)
    queues = [rng.sample(group, len(group)) for group in by_character.values()]
    picked = []
    while len(picked) < max_chunks:
        for queue in queues:
            if queue and len(picked) < max_chunks:
                picked.append(queue.pop())
    return picked


def jobs(chunks: list[dict], seed: int, max_tokens: int, temperature: float, structured: bool,
         evidence: bool = False) -> list[Job]:
    """One teacher request per chunk, with a seeded prompt variant; the chunk's provenance rides in `meta`. With
    `structured` and `evidence`, each pair also quotes the text it rests on."""
    if evidence and not structured:
        raise ValueError("evidence: true needs structured: true (the quote is a field of the JSON schema).")
    out = []
    for c in chunks:
        variant = prompts.draw_variant(seed, c["chunk_id"])
        params = {"max_tokens": max_tokens, "temperature": temperature}
        if structured:
            params["response_format"] = prompts.schema(evidence)
        meta = {k: c[k] for k in ("chunk_id", "character", "guide_id", "url", "post_ids")}
        out.append(Job(prompts.messages(c["character"], c["text"], variant), params, {**meta, "variant": variant}))
    return out


class YieldWatch:
    """Parses each result as it lands, counts the pairs that would pass stage 04's checks that need no model (with
    its default thresholds), and warns loudly when the first responses give under one such pair each."""

    def __init__(self, model: str, passages: dict[str, str], warn_after: int = 20):
        self.model, self.passages, self.warn_after = model, passages, warn_after
        self.pairs: list[dict] = []
        self.rows: list[dict] = []  # one per response: character, variant, pairs, usable, refusal, truncated
        self.reasons: Counter = Counter()  # the first check each unusable pair fails
        self.seen: set[str] = set()  # usable pairs so far, as exact duplicates see them
        self.warned = False

    def __call__(self, result) -> int:
        parsed = parse_pairs(result.text, result.finish_reason)
        new = [records.pair(pair_id=records.pair_id(result.key, str(i)), **result.meta, **p,
                            teacher_model=self.model, request_hash=result.key, finish_reason=result.finish_reason)
               for i, p in enumerate(parsed.pairs)]
        self.pairs += new
        verdicts = checks.usable(new, self.passages)
        for p in new:
            if verdicts[p["pair_id"]] is None and dedup.key_of(p) in self.seen:
                verdicts[p["pair_id"]] = "exact duplicates: repeats an earlier pair"
            if verdicts[p["pair_id"]] is None:
                self.seen.add(dedup.key_of(p))
        self.reasons.update(v.split(":")[0] for v in verdicts.values() if v)
        usable = sum(v is None for v in verdicts.values())
        self.rows.append({"character": result.meta["character"], "variant": result.meta["variant"],
                          "pairs": len(parsed.pairs), "usable": usable, "refusal": parsed.refusal,
                          "truncated": parsed.dropped_truncated})
        if len(self.rows) == self.warn_after and not self.warned:
            n = len(self.rows)
            parsed_mean, usable_mean = (sum(r[k] for r in self.rows) / n for k in ("pairs", "usable"))
            if usable_mean < 1:
                self.warned = True
                why = ", ".join(f"{step} {k}" for step, k in self.reasons.most_common()) or "none parsed"
                warnings.warn(f"LOW YIELD: the first {n} responses gave {parsed_mean:.2f} pairs each, "
                              f"{usable_mean:.2f} of them usable (passing stage 04's sanity, guide-mention, grounding "
                              f"and duplicate checks; failed: {why}). The teacher may be ignoring the format or the "
                              f"text; stop and check before paying for more. One raw response:\n{result.text[:1500]}",
                              stacklevel=2)
        return len(parsed.pairs)

    def records(self) -> list[dict]:
        """The pairs in a fixed order (answers land in any order), each response's pairs kept in their order.

        Chunks with the same text make the same request, answered once: its pairs are kept once, under the first
        such chunk."""
        unique: dict[str, dict] = {}
        for p in sorted(self.pairs, key=lambda p: (p["character"], p["chunk_id"], p["request_hash"])):
            unique.setdefault(p["pair_id"], p)
        return list(unique.values())


def save(paths, watch: YieldWatch, report) -> dict:
    """Write the stage's pairs, the requests that failed (with their reasons) and the teacher's cost; return the
    cost summary. `report` is what Teacher.run returned."""
    files.write_jsonl(paths.qa_raw, watch.records())
    files.write_jsonl(paths.qa_failed, [{**r.meta, "error": r.error} for r in report.results if r.error])
    cost = report.summary()
    files.write_text(paths.teacher_cost, json.dumps(cost, indent=2))
    return cost


def yield_report(rows: list[dict], chunks_by_key: dict[tuple[str, str], int]) -> list[dict]:
    """Per character and variant: chunks asked, responses received, pairs parsed, pairs usable (passing stage 04's
    checks that need no model), refusals, cut-off pairs dropped."""
    table: dict[tuple[str, str], dict] = {}
    for (character, variant), n in chunks_by_key.items():
        table[character, variant] = {"character": character, "variant": variant, "chunks": n, "responses": 0,
                                     "pairs": 0, "usable": 0, "refusals": 0, "truncated": 0}
    for r in rows:
        t = table[r["character"], r["variant"]]
        t["responses"] += 1
        t["pairs"] += r["pairs"]
        t["usable"] += r["usable"]
        t["refusals"] += r["refusal"] is not None
        t["truncated"] += r["truncated"]
    return sorted(table.values(), key=lambda t: (t["character"], t["variant"]))
