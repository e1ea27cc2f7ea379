"""Stage 02: cut each guide into a number of chunks drawn from a clipped Gaussian, keeping every chunk inside the
teacher's context.

A draw is `int(clip(normal(mean, std), min, max))`: the clip piles probability up at the bounds,
and the int() truncates, so the count is `min` whenever the draw is below `min + 1`.
"""
from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.stats import norm


class ChunkSettingsError(ValueError):
    """A chunk setting that cannot be used; the message names it."""


@dataclass(frozen=True)
class Draw:
    mean: float
    std: float
    min: int
    max: int

    def pmf(self) -> dict[int, float]:
        """Exact probability of each chunk count under clip-then-truncate.

        >>> round(float(Draw(3, 3.5, 2, 50).pmf()[2]), 3)  # P(normal < 3): half the mass sits on the bound
        0.5
        """
        cdf = lambda x: norm.cdf(x, self.mean, self.std) if self.std > 0 else float(self.mean < x)  # P(draw < x)
        probs = {k: cdf(k + 1) - cdf(k) for k in range(self.min, self.max + 1)}
        probs[self.min] = cdf(self.min + 1)
        probs[self.max] = 1 - cdf(self.max)
        return probs


def settings(characters, default: dict, per_character: dict) -> dict[str, Draw]:
    """Each character's Draw: `default`, with the keys given in `per_character` replaced; checked."""
    unknown = set(per_character) - set(characters)
    if unknown:
        raise ChunkSettingsError(f"chunk_sizes.per_character names {sorted(unknown)}, which are not in this run's "
                                 f"characters {sorted(characters)}; fix the name or remove it.")
    draws = {}
    for c in characters:
        values = {**default, **per_character.get(c, {})}
        where = f"chunk_sizes.per_character.{c}" if c in per_character else "chunk_sizes.default"
        extra = set(values) - {"mean", "std", "min", "max"}
        if extra or len(values) != 4:
            raise ChunkSettingsError(f"{where} must give exactly mean, std, min and max; got {sorted(values)}.")
        if values["std"] < 0:
            raise ChunkSettingsError(f"{where}.std is {values['std']}; a standard deviation cannot be negative.")
        if not 1 <= values["min"] <= values["max"]:
            raise ChunkSettingsError(f"{where}: min ({values['min']}) must be at least 1 and at most max "
                                     f"({values['max']}).")
        draws[c] = Draw(float(values["mean"]), float(values["std"]), int(values["min"]), int(values["max"]))
    return draws


def sample_counts(draw: Draw, n: int, seed: int, key: str) -> list[int]:
    """`n` reproducible chunk counts, from a stream of their own per `key` (a guide id): adding a guide changes no
    other's."""
    rng = np.random.default_rng([seed, zlib.crc32(key.encode())])
    return [int(np.clip(rng.normal(draw.mean, draw.std), draw.min, draw.max)) for _ in range(n)]


_BOUNDARIES = (r"\n\s*\n", r"[.!?][\"')\]]*\s+", r"\s+")  # paragraph, sentence, word


def split_text(text: str, n: int) -> list[str]:
    """Cut `text` into at most `n` non-empty pieces near the even points, on the strongest boundary nearby.

    >>> split_text("One two. Three four.\\n\\nFive six. Seven eight.", 2)
    ['One two. Three four.', 'Five six. Seven eight.']
    """
    text = text.strip()
    if n <= 1 or not text:
        return [text] if text else []
    window = len(text) / (2 * n)
    cuts = [0]
    for i in range(1, n):
        target = len(text) * i / n
        for pattern in _BOUNDARIES:
            ends = [m.end() for m in re.finditer(pattern, text)
                    if abs(m.end() - target) <= window and m.end() > cuts[-1]]
            if ends:
                cuts.append(min(ends, key=lambda e: abs(e - target)))
                break
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    return [p for p in pieces if p]


def fit_context(pieces: list[str], count: Callable[[str], int], limit: int) -> tuple[list[str], int]:
    """Split any piece over `limit` tokens until all fit; returns the pieces and how many splits it took."""
    out, splits = [], 0
    for piece in pieces:
        tokens = count(piece)
        if tokens <= limit:
            out.append(piece)
            continue
        parts = split_text(piece, math.ceil(tokens / limit) + 1)
        if len(parts) <= 1:
            raise ChunkSettingsError(f"A {tokens}-token passage has no word boundary to cut at and exceeds the "
                                     f"{limit}-token room; raise teacher.context_window or lower max_answer_tokens.")
        more, n = fit_context(parts, count, limit)
        out += more
        splits += 1 + n
    return out, splits


def chunk_id(character: str, iteration: int, text: str) -> str:
    return hashlib.sha256(f"{character}\x00{iteration}\x00{text}".encode()).hexdigest()[:16]


def plan(guides: list[dict], draws: dict[str, Draw], iterations: int, seed: int,
         count: Callable[[str], int], max_chunk_tokens: int) -> tuple[list[dict], list[dict]]:
    """Chunk records for every guide and iteration, plus one log row per (guide, iteration)."""
    if max_chunk_tokens < 50:
        raise ChunkSettingsError(f"Only {max_chunk_tokens} tokens are left for a chunk: raise teacher.context_window "
                                 "or lower teacher.max_answer_tokens / chunk_sizes.instruction_tokens.")
    records, log = [], []
    for guide in guides:
        c = guide["character"]
        for iteration, sampled in enumerate(sample_counts(draws[c], iterations, seed, guide["guide_id"])):
            pieces = split_text(guide["text"], sampled)
            pieces, splits = fit_context(pieces, count, max_chunk_tokens)
            log.append({"character": c, "guide_id": guide["guide_id"], "iteration": iteration, "sampled": sampled,
                        "num_chunks": len(pieces), "context_splits": splits})
            for index, text in enumerate(pieces):
                records.append({"chunk_id": chunk_id(c, iteration, text), "guide_id": guide["guide_id"],
                                "character": c, "url": guide["url"], "post_ids": guide.get("post_ids", []),
                                "iteration": iteration, "sampled_chunks": sampled, "num_chunks": len(pieces),
                                "index": index, "text": text, "n_chars": len(text), "n_tokens": count(text)})
    return records, log


def summary(log: list[dict]) -> list[dict]:
    """Per character: draws, chunks, context splits, and draws the guide was too short for."""
    rows = {}
    for row in log:
        r = rows.setdefault(row["character"], {"character": row["character"], "draws": 0, "mean_draw": 0.0,
                                               "chunks": 0, "context_splits": 0, "short_guide": 0})
        r["draws"] += 1
        r["mean_draw"] += row["sampled"]
        r["chunks"] += row["num_chunks"]
        r["context_splits"] += row["context_splits"]
        r["short_guide"] += row["num_chunks"] < row["sampled"]
    for r in rows.values():
        r["mean_draw"] = round(r["mean_draw"] / r["draws"], 2)
    return list(rows.values())


def cost_estimate(records: list[dict], instruction_tokens: int, expected_completion_tokens: int,
                  price_per_million: dict, batch: bool, batch_discount: float) -> list[dict]:
    """Requests, tokens and dollars per character, and a total row, before anything is spent."""
    factor = (1 - batch_discount) if batch else 1.0
    rows = {}
    for rec in records:
        r = rows.setdefault(rec["character"], {"character": rec["character"], "requests": 0, "prompt_tokens": 0})
        r["requests"] += 1
        r["prompt_tokens"] += rec["n_tokens"] + instruction_tokens
    out = list(rows.values())
    out.append({"character": "total", "requests": sum(r["requests"] for r in out),
                "prompt_tokens": sum(r["prompt_tokens"] for r in out)})
    for r in out:
        r["completion_tokens"] = r["requests"] * expected_completion_tokens
        r["usd"] = round(factor * (r["prompt_tokens"] * price_per_million["input"]
                                   + r["completion_tokens"] * price_per_million["output"]) / 1e6, 4)
    return out


def room(context_window: int, instruction_tokens: int, max_answer_tokens: int) -> int:
    """The tokens a chunk may use: the teacher's context less the instruction around it and the longest answer.

    >>> room(2048, 300, 256)
    1492
    """
    left = context_window - instruction_tokens - max_answer_tokens
    if left <= 0:
        raise ValueError(f"No room for a chunk: the context window ({context_window}) is used up by the instruction "
                         f"({instruction_tokens}) and the answer ({max_answer_tokens}). Lower instruction_tokens or "
                         f"teacher.max_answer_tokens, or use a teacher with a longer context.")
    return left


def token_counter(spec: str) -> Callable[[str], int]:
    """A function counting tokens the way the teacher does: `tiktoken:<model or encoding>` or `hf:<folder>`.

    `hf:smollm2` is the bundled SmolLM2-135M-Instruct.
    """
    kind, _, name = spec.partition(":")
    if kind == "tiktoken":
        import tiktoken
        try:
            enc = tiktoken.encoding_for_model(name)
        except KeyError:
            enc = tiktoken.get_encoding(name)
        return lambda text: len(enc.encode(text, disallowed_special=()))
    if kind == "hf":
        from meleelib.serve.bundled import load_tokenizer
        tok = load_tokenizer(name)
        return lambda text: len(tok(text, add_special_tokens=False)["input_ids"])
    raise ChunkSettingsError(f"teacher.tokenizer {spec!r} must start with 'tiktoken:' or 'hf:'.")
