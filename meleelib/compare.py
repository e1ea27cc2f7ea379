"""Stage 06: the same 4-bit model with its adapter off ("before") and on ("after"), measured side by side.

Held-out answer loss with a bootstrap interval, stop and bleed rates without any stop-string backstop, ROUGE-L
against the reference, and a pairwise judge asked in both orders.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from . import train
from .clean import prompt_for
from .teacher import Job, Teacher

#: The article's three questions, in its format.
ARTICLE_QUESTIONS = ["How do I win as Fox", "How do I deal with Peach's turnips as Falco",
                     "What are the best stages to pick as Marth against Ice Climbers"]

#: A new question after the answer: the "bleed" of a model that never learnt to stop.
BLEED = re.compile(r"(?:^|\n)\s*Q\s*:")


class CompareError(RuntimeError):
    """Stage 06 cannot run; the message names the stage to run first."""


# ------------------------------------------------------------------ model
@dataclass
class Models:
    """One 4-bit base with the adapter attached: `before()` switches it off for the duration of a block."""

    model: object
    tokenizer: object
    adapter: Path
    manifest: dict

    def before(self):
        return self.model.disable_adapter()

    @staticmethod
    def after():
        return contextlib.nullcontext()


def load(adapter: Path) -> Models:
    """The base named in the adapter's run manifest, in 4-bit, with the adapter loaded once."""
    from peft import PeftModel
    from transformers import AutoTokenizer
    manifest_path = adapter / "run_manifest.json"
    if not manifest_path.is_file():
        raise CompareError(f"No trained adapter at {adapter}: run stage 05 (05_train_qlora) first.")
    manifest = json.loads(manifest_path.read_text())
    token_env = manifest["settings"].get("hf_token_env")
    tok = AutoTokenizer.from_pretrained(adapter)
    tok.padding_side = "left"  # generation appends on the right
    base = train.load_model(manifest["base_model"], getattr(torch, manifest["compute_dtype"]),
                            token=os.environ.get(token_env) if token_env else None, prepare=False)
    model = PeftModel.from_pretrained(base, adapter).eval()
    return Models(model, tok, adapter, manifest)


# ------------------------------------------------------------------ held-out loss
def answer_losses(models: Models, rows: list[dict], batch_size: int = 8) -> np.ndarray:
    """Mean negative log-likelihood of each answer and its EOS given its prompt, one number per row."""
    tok, model = models.tokenizer, models.model
    out = []
    for i in range(0, len(rows), batch_size):
        chunk = rows[i:i + batch_size]
        seqs, starts = [], []
        for r in chunk:
            p = tok(r["prompt"])["input_ids"]
            seqs.append(tok(r["prompt"] + r["completion"])["input_ids"] + [tok.eos_token_id])
            starts.append(len(p))
        width = max(map(len, seqs))
        ids = torch.full((len(seqs), width), tok.pad_token_id)
        mask = torch.zeros_like(ids)
        labels = torch.full_like(ids, -100)
        for j, (s, k) in enumerate(zip(seqs, starts)):
            ids[j, :len(s)], mask[j, :len(s)] = torch.tensor(s), 1
            labels[j, k:len(s)] = torch.tensor(s[k:])
        with torch.no_grad():
            logits = model(input_ids=ids.to(model.device), attention_mask=mask.to(model.device)).logits.float()
        shift, target = logits[:, :-1], labels[:, 1:].to(logits.device)
        nll = torch.nn.functional.cross_entropy(shift.transpose(1, 2), target, ignore_index=-100, reduction="none")
        counts = (target != -100).sum(1)
        out += (nll.sum(1) / counts).tolist()
    return np.array(out)


def bootstrap_ci(values: np.ndarray, n: int = 2000, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean."""
    rng = np.random.default_rng(seed)
    means = rng.choice(values, size=(n, len(values)), replace=True).mean(1)
    return float(np.quantile(means, (1 - level) / 2)), float(np.quantile(means, 1 - (1 - level) / 2))


# ------------------------------------------------------------------ generation
@dataclass
class Answer:
    text: str
    tokens: int
    stopped: bool  # ended in EOS within the token limit
    bled: bool     # ran on into another "Q:"

    @property
    def cleaned(self) -> str:
        """What a reader would be shown with a stop-string backstop: the text up to any new question."""
        return BLEED.split(self.text, maxsplit=1)[0].strip()


def generate(models: Models, questions: list[str], *, sample: bool, max_new_tokens: int,
             repetition_penalty: float = 1.2, temperature: float = 0.7, seed: int = 0,
             batch_size: int = 8) -> list[Answer]:
    """Answers to `Q: ...\\nA:` prompts, greedy or sampled, stopped by the EOS token alone."""
    tok, model = models.tokenizer, models.model
    answers = []
    for i in range(0, len(questions), batch_size):
        torch.manual_seed(seed + i)
        batch = tok([prompt_for(q) for q in questions[i:i + batch_size]], return_tensors="pt", padding=True)
        batch = {k: v.to(model.device) for k, v in batch.items()}
        options = dict(do_sample=True, temperature=temperature, top_p=0.9, repetition_penalty=repetition_penalty) \
            if sample else dict(do_sample=False)
        with torch.no_grad():
            out = model.generate(**batch, max_new_tokens=max_new_tokens, eos_token_id=tok.eos_token_id,
                                 pad_token_id=tok.pad_token_id, **options)
        for row in out[:, batch["input_ids"].shape[1]:].tolist():
            stopped = tok.eos_token_id in row
            row = row[:row.index(tok.eos_token_id)] if stopped else row
            text = tok.decode(row, skip_special_tokens=True)
            answers.append(Answer(text.strip(), len(row) + stopped, stopped, bool(BLEED.search(text))))
    return answers


def rouge_l(prediction: str, reference: str) -> float:
    from rouge_score import rouge_scorer
    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True).score(reference, prediction)["rougeL"].fmeasure


# ------------------------------------------------------------------ pairwise judge
JUDGE = """You compare two answers to a question about Super Smash Bros. Melee. A reference answer written from a guide is given; prefer the answer that agrees with it, is correct, on topic and ends cleanly.

Question: {question}
Reference answer: {reference}

Answer 1: {first}

Answer 2: {second}

Which answer is better? Reply with one word: 1, 2, or tie."""


def parse_preference(text: str) -> str | None:
    """'1', '2' or 'tie' from a judge's reply; None when it says none of them first."""
    m = re.search(r"\b(tie|1|2|one|two)\b", text.lower())
    return {"one": "1", "two": "2"}.get(m.group(1), m.group(1)) if m else None


def judge_jobs(items: list[dict], max_tokens: int = 8) -> list[Job]:
    """Two jobs per item, `after` shown first and then second, so position bias cancels."""
    jobs = []
    for i, it in enumerate(items):
        for order, (first, second) in (("after_first", (it["after"], it["before"])),
                                       ("before_first", (it["before"], it["after"]))):
            text = JUDGE.format(question=it["question"], reference=it["reference"], first=first, second=second)
            jobs.append(Job([{"role": "user", "content": text}], {"max_tokens": max_tokens, "temperature": 0.0},
                            {"item": i, "order": order}))
    return jobs


def verdicts(results, n_items: int) -> list[dict]:
    """Per item: the after model's outcome (win, tie or loss) from its two orders; a split decision is a tie."""
    votes = {i: {} for i in range(n_items)}
    for r in results:
        choice = parse_preference(r.text or "")
        after_is = "1" if r.meta["order"] == "after_first" else "2"
        votes[r.meta["item"]][r.meta["order"]] = None if choice is None else \
            "tie" if choice == "tie" else "win" if choice == after_is else "loss"
    out = []
    for i in range(n_items):
        a, b = votes[i].get("after_first"), votes[i].get("before_first")
        outcome = a if a == b and a is not None else "tie"
        out.append({"item": i, "after_first": a, "before_first": b, "outcome": outcome,
                    "unparseable": (a is None) + (b is None)})
    return out


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a share k/n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre, half = (p + z * z / (2 * n)) / (1 + z * z / n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (
        1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def judge(teacher: Teacher, items: list[dict]) -> dict:
    """Win/tie/loss of `after` against `before`, each share with a 95% Wilson interval."""
    report = teacher.run(judge_jobs(items), desc="judge")
    per_item = verdicts(report.results, len(items))
    n = len(per_item)
    summary = {"n": n, "unparseable_replies": sum(v["unparseable"] for v in per_item), "per_item": per_item,
               "usd": report.summary()["usd_total"], "sent": report.sent, "cache_hits": report.cache_hits,
               "failed_requests": sum(bool(r.error) for r in report.results)}
    for outcome in ("win", "tie", "loss"):
        k = sum(v["outcome"] == outcome for v in per_item)
        summary[outcome] = k
        summary[f"{outcome}_ci95"] = wilson(k, n)
    return summary


# ------------------------------------------------------------------ the whole comparison
def rates(answers: list[Answer]) -> dict:
    n = len(answers)
    return {"stop_rate": sum(a.stopped for a in answers) / n, "bleed_rate": sum(a.bled for a in answers) / n,
            "mean_tokens": sum(a.tokens for a in answers) / n}


def compare(models: Models, test_rows: list[dict], *, n_held_out: int, max_new_tokens: int,
            repetition_penalty: float, seed: int = 0) -> tuple[list[dict], dict]:
    """Every prompt answered before and after, greedy and sampled; the held-out loss. Returns rows and metrics."""
    rows = test_rows[:n_held_out]
    questions = ARTICLE_QUESTIONS + [r["question"] for r in rows]
    kinds = ["article"] * len(ARTICLE_QUESTIONS) + ["held_out"] * len(rows)
    references = [None] * len(ARTICLE_QUESTIONS) + [r["completion"].strip() for r in rows]
    answers = {}
    for condition, switch in (("before", models.before), ("after", models.after)):
        with switch():
            for decoding in ("greedy", "sampled"):
                answers[condition, decoding] = generate(models, questions, sample=decoding == "sampled",
                                                        max_new_tokens=max_new_tokens,
                                                        repetition_penalty=repetition_penalty, seed=seed)
            answers[condition, "loss"] = answer_losses(models, rows)
    table = []
    for decoding in ("greedy", "sampled"):
        for i, q in enumerate(questions):
            row = {"kind": kinds[i], "question": q, "reference": references[i], "decoding": decoding}
            for condition in ("before", "after"):
                a = answers[condition, decoding][i]
                row[condition] = {"text": a.text, "cleaned": a.cleaned, "tokens": a.tokens, "stopped": a.stopped,
                                  "bled": a.bled,
                                  "rouge_l": rouge_l(a.text, references[i]) if references[i] else None}
            table.append(row)
    before_loss, after_loss = answers["before", "loss"], answers["after", "loss"]
    delta = after_loss - before_loss
    metrics = {
        "n_held_out": len(rows), "max_new_tokens": max_new_tokens, "repetition_penalty": repetition_penalty,
        "held_out_loss": {"before": float(before_loss.mean()), "after": float(after_loss.mean()),
                          "delta": float(delta.mean()), "delta_ci95": bootstrap_ci(delta, seed=seed)},
        "perplexity": {"before": float(np.exp(before_loss.mean())), "after": float(np.exp(after_loss.mean()))},
    }
    for condition in ("before", "after"):
        for decoding in ("greedy", "sampled"):
            metrics.setdefault(decoding, {})[condition] = rates(answers[condition, decoding])
        held = [r[condition]["rouge_l"] for r in table if r["kind"] == "held_out" and r["decoding"] == "greedy"]
        metrics.setdefault("rouge_l_greedy", {})[condition] = float(np.mean(held))
    for i, r in enumerate(rows):
        table[len(ARTICLE_QUESTIONS) + i]["loss"] = {"before": float(before_loss[i]), "after": float(after_loss[i])}
    return table, metrics


def judge_items(table: list[dict]) -> list[dict]:
    """The held-out questions' greedy answers, for the judge."""
    return [{"question": r["question"], "reference": r["reference"], "before": r["before"]["text"],
             "after": r["after"]["text"]} for r in table if r["kind"] == "held_out" and r["decoding"] == "greedy"]


def test_rows(dataset: Path) -> list[dict]:
    """The test split of stage 04's DatasetDict."""
    from datasets import load_from_disk
    if not (dataset / "dataset_dict.json").is_file():
        raise CompareError(f"No dataset at {dataset}: run stage 04 (04_clean) first.")
    data = load_from_disk(str(dataset), keep_in_memory=True)
    if "test" not in data or len(data["test"]) == 0:
        raise CompareError("The test split has no rows, so there is nothing held out to compare: re-run stage 04 "
                           "(04_clean) with more pairs or a larger split_sizes.test.")
    return list(data["test"])


def provenance(paths, models: Models, judge_model: str, metrics: dict) -> dict:
    """Where the report's numbers come from: models, adapter, data, settings, versions and cost."""
    m = models.manifest
    card = (paths.processed / "README.md").read_text().splitlines() if (paths.processed / "README.md").is_file() else []
    cost_file = paths.interim / "teacher_cost.json"
    generation = json.loads(cost_file.read_text())["usd_total"] if cost_file.is_file() else None
    return {
        "base model": m["base_model"], "adapter": str(models.adapter), "teacher and judge": judge_model,
        "dataset": "; ".join(line.removeprefix("- ") for line in card if line.startswith("- ")) +
                   f" (sha256 {m['dataset_sha256_16']})",
        "training": json.dumps(m["settings"]),
        "teacher cost": f"generation ${generation}, judging ${metrics.get('judge', {}).get('usd', 0)}"
        if generation is not None else "unknown",
        "versions": ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "device": m["device"],
    }
