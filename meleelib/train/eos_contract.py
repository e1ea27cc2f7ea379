"""The EOS contract, checked on a real collated batch before training: every answer ends in an EOS that carries a
label, and no prompt is scored. A model trained without it never learns to stop and bleeds into another question.
"""
from __future__ import annotations

from dataclasses import dataclass

from meleelib.qa_format import ANSWER, QUESTION, ends_prompt


class ContractError(RuntimeError):
    """A collated batch breaks the EOS contract; the message lists what is wrong and what to use instead."""


@dataclass
class Sequence:
    input_ids: list[int]
    labels: list[int]


def sequences(batch) -> list[Sequence]:
    """The training sequences in one collated batch: rows cut by the attention mask, or packed rows cut where
    position_ids restart."""
    out = []
    for row in range(batch["input_ids"].shape[0]):
        ids, labels = batch["input_ids"][row].tolist(), batch["labels"][row].tolist()
        if "attention_mask" in batch:
            n = int(batch["attention_mask"][row].sum())
            out.append(Sequence(ids[:n], labels[:n]))
            continue
        positions = batch["position_ids"][row].tolist()
        starts = [i for i, p in enumerate(positions) if p == 0] + [len(positions)]
        for a, b in zip(starts, starts[1:]):
            if b - a == 1 and labels[a] == -100:  # padding (pad_to_multiple_of) restarts positions at every token
                continue
            out.append(Sequence(ids[a:b], labels[a:b]))
    return [s for s in out if s.input_ids]


def eos_contract(batch, tok) -> list[str]:
    """What is wrong with a collated batch: answers whose EOS is missing or unlabelled, prompts that are scored."""
    seqs = sequences(batch)
    eos = tok.eos_token_id
    no_eos = sum(s.input_ids[-1] != eos for s in seqs)
    unlabelled = sum(s.input_ids[-1] == eos and s.labels[-1] != eos for s in seqs)
    scored_prompt = sum(s.labels[0] != -100 or not ends_prompt(tok.decode(s.input_ids[:_first_label(s)]))
                        for s in seqs)
    problems = []
    if no_eos:
        problems.append(f"{no_eos} of {len(seqs)} answers do not end in EOS ({tok.eos_token!r}): the model never "
                        f"learns to stop and bleeds into another `{QUESTION}`.")
    if unlabelled:
        problems.append(f"{unlabelled} of {len(seqs)} answers end in an EOS whose label is -100 (pad equals EOS?): "
                        f"it carries no loss.")
    if scored_prompt:
        problems.append(f"{scored_prompt} of {len(seqs)} sequences score the prompt: the loss should start after "
                        f"`{ANSWER}`.")
    return problems


def _first_label(s: Sequence) -> int:
    return next((i for i, label in enumerate(s.labels) if label != -100), len(s.labels))


def show_sequence(s: Sequence, tok) -> str:
    """A sequence as text, the masked part in [brackets]."""
    k = _first_label(s)
    return f"[{tok.decode(s.input_ids[:k])}]{tok.decode(s.input_ids[k:])}"


def check_eos_contract(trainer, tok) -> list[Sequence]:
    """Refuse to train unless every answer's EOS carries a label and every prompt is masked."""
    batch = next(iter(trainer.get_train_dataloader()))
    problems = eos_contract(batch, tok)
    if problems:
        raise ContractError("The EOS contract fails on a collated batch, so training is refused:\n- "
                            + "\n- ".join(problems) + "\nUse recipe: default, which appends EOS, keeps pad apart "
                            "from EOS and scores the completion only.")
    return sequences(batch)


def padding_stats(trainer) -> dict:
    """Non-pad tokens and padded positions over one pass of the training dataloader (no model calls)."""
    real = positions = 0
    for batch in trainer.get_train_dataloader():
        positions += batch["input_ids"].numel()
        real += int(batch["attention_mask"].sum()) if "attention_mask" in batch else sum(
            len(s.input_ids) for s in sequences(batch))
    return {"tokens_per_epoch": real, "positions_per_epoch": positions,
            "padding_fraction": 1 - real / positions if positions else 0.0}
