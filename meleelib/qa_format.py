"""The question/answer text format, `Q: <question>` then `A: <answer>`: what the teacher is asked to write, what the
student is trained on, and what a tuned model is asked with. Every other module writes or reads it through here.
"""
from __future__ import annotations

import re

QUESTION, ANSWER = "Q:", "A:"

#: A new question starting on a line of its own: the "bleed" of a model that never learnt to stop.
NEXT_QUESTION = re.compile(r"(?:^|\n)\s*Q\s*:")


def prompt_for(question: str) -> str:
    """The prompt a tuned model is trained on and asked with.

    >>> prompt_for("How do I win as Fox")
    'Q: How do I win as Fox\\nA:'
    """
    return f"{QUESTION} {question}\n{ANSWER}"


def pair_text(question: str, answer: str) -> str:
    """A whole pair as two lines, the way teachers are shown it and asked to write it.

    >>> pair_text("<question>", "<answer>")
    'Q: <question>\\nA: <answer>'
    """
    return f"{prompt_for(question)} {answer}"


def completion_for(answer: str) -> str:
    """The training target that follows `prompt_for`: the answer after one space (EOS is added at training time)."""
    return f" {answer}"


def ends_prompt(text: str) -> bool:
    """Whether `text` ends where an answer starts (the end of `prompt_for`), trailing spaces aside."""
    return text.rstrip().endswith(ANSWER)


def cut_at_next_question(text: str) -> str:
    """The text up to any new question: what a reader would see with a stop-string backstop.

    >>> cut_at_next_question("Shine, then grab.\\nQ: And then?")
    'Shine, then grab.'
    """
    return NEXT_QUESTION.split(text, maxsplit=1)[0].strip()
