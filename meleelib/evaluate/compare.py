"""Stage 06: the same 4-bit model with its adapter off ("before") and on ("after"), measured side by side.

Held-out answer loss with a bootstrap interval, stop and bleed rates without any stop-string backstop, and ROUGE-L
against the reference. The pairwise judge is `pairwise`'s.
"""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from meleelib.clean import dataset
from meleelib.paths import RUN_MANIFEST
from meleelib.progress import tqdm
from meleelib.qa_format import NEXT_QUESTION, cut_at_next_question, prompt_for
from meleelib.train.manifest import base_label
from meleelib.train.models import hf_token, load_model

#: The article's three questions, as it asked them.
ARTICLE_QUESTIONS = ["How do I win as Fox", "How do I deal with Peach's turnips as Falco",
                     "What are the best stages to pick as Marth against Ice Climbers"]


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
    manifest_path = adapter / RUN_MANIFEST
    if not manifest_path.is_file():
        raise CompareError(f"No trained adapter at {adapter}: run stage 05 (05_train_qlora) first.")
    manifest = json.loads(manifest_path.read_text())
    tok = AutoTokenizer.from_pretrained(adapter)
    tok.padding_side = "left"  # generation appends on the right
    base = load_model(manifest["base_model"], getattr(torch, manifest["compute_dtype"]),
                      token=hf_token(manifest["settings"].get("hf_token_env")), prepare=False)
    model = PeftModel.from_pretrained(base, adapter).eval()
    return Models(model, tok, adapter, manifest)


def test_rows(processed: Path) -> list[dict]:
    """The test split of stage 04's dataset, checked to hold questions."""
    return list(dataset.load(processed, need=("test",))["test"])


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
    """BCa bootstrap interval of the mean (scipy's). Values that are all equal leave nothing to resample: their
    interval is the value itself."""
    from scipy.stats import bootstrap
    values = np.asarray(values, dtype=float)
    if len(values) < 2 or np.ptp(values) == 0:
        return float(values.mean()), float(values.mean())
    ci = bootstrap((values,), np.mean, confidence_level=level, method="BCa", n_resamples=n,
                   random_state=np.random.default_rng(seed)).confidence_interval
    return float(ci.low), float(ci.high)


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
        return cut_at_next_question(self.text)


def encode_prompts(tok, questions: list[str]):
    """The batch `generate` feeds the model: `prompt_for` prompts tokenised with special tokens (a BOS where the
    tokenizer adds one, as in training), padded on the tokenizer's padding side."""
    return tok([prompt_for(q) for q in questions], return_tensors="pt", padding=True)


def generate(models: Models, questions: list[str], *, sample: bool, max_new_tokens: int,
             repetition_penalty: float = 1.2, temperature: float = 0.7, seed: int = 0,
             batch_size: int = 16, bar=None) -> list[Answer]:
    """Answers to `prompt_for` prompts, greedy or sampled, stopped by the EOS token alone; `bar` counts them. A
    batch decodes as long as its longest answer, so stage 06's prompts (`n_held_out` plus three) go in one batch
    where they fit: on two CPU cores, ten prompts took 11 s in one batch and 22 s in batches of 8 and 2."""
    tok, model = models.tokenizer, models.model
    answers = []
    for i in range(0, len(questions), batch_size):
        torch.manual_seed(seed + i)
        batch = encode_prompts(tok, questions[i:i + batch_size])
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
            answers.append(Answer(text.strip(), len(row) + stopped, stopped, bool(NEXT_QUESTION.search(text))))
        if bar is not None:
            bar.update(len(out))
    return answers


def rouge_l(prediction: str, reference: str) -> float:
    from rouge_score import rouge_scorer
    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True).score(reference, prediction)["rougeL"].fmeasure


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
    bar = tqdm(total=4 * len(questions), desc="generation", unit="answer")
    for condition, switch in (("before", models.before), ("after", models.after)):
        with switch():
            for decoding in ("greedy", "sampled"):
                answers[condition, decoding] = generate(models, questions, sample=decoding == "sampled",
                                                        max_new_tokens=max_new_tokens,
                                                        repetition_penalty=repetition_penalty, seed=seed, bar=bar)
            answers[condition, "loss"] = answer_losses(models, rows)
    bar.close()
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
    for i in range(len(rows)):
        table[len(ARTICLE_QUESTIONS) + i]["loss"] = {"before": float(before_loss[i]), "after": float(after_loss[i])}
    return table, metrics


def adapter_name(paths, adapter: Path) -> str:
    """The adapter's place in the project (outputs/<run>/adapter), not this machine's path to it."""
    try:
        return str(Path(adapter).resolve().relative_to(Path(paths.root).resolve()))
    except ValueError:
        return Path(adapter).name


def provenance(paths, models: Models, judge_model: str, metrics: dict) -> dict:
    """Where the report's numbers come from: models, adapter, data, settings, versions and cost."""
    m, facts = models.manifest, dataset.provenance(paths.processed)
    judging = metrics.get("judge", {}).get("usd", 0)
    return {
        "base model": base_label(m), "adapter": adapter_name(paths, models.adapter), "teacher and judge": judge_model,
        "dataset": "; ".join(dataset.headline(facts)) + f" (sha256 {m['dataset_sha256_16']})" if facts
        else f"sha256 {m['dataset_sha256_16']}",
        "training": json.dumps(m["settings"]),
        "teacher cost": f"generation ${facts['generation_usd']}, cleaning ${facts['cleaning_usd']}, judging "
                        f"${judging}" if facts else "unknown",
        "versions": ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "device": m["device"],
        "labelled_sets": facts.get("labelled_sets", []),
    }
