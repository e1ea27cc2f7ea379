"""The teacher's settings: the profile's `teacher` section plus the calling stage's budget, checked up front."""
from __future__ import annotations

from dataclasses import dataclass

from meleelib.config import ProfileError, settings
from meleelib.secret import from_env

MODES = ("online", "batch")


class TeacherError(RuntimeError):
    """The teacher cannot be used at all (no key, no server, unknown model); the message says what to do."""


@dataclass(frozen=True)
class Settings:
    """The profile's `teacher` section, plus the calling stage's budget: everything a Teacher needs, checked."""

    base_url: str  # any OpenAI-compatible server; "embedded" serves the bundled model on 127.0.0.1
    model: str
    price_per_million: dict  # {"input": dollars, "output": dollars}
    api_key_env: str | None = None  # the name of the variable holding the key, never the key
    tokenizer: str = "tiktoken:gpt-4o-mini"
    context_window: int = 128000
    max_answer_tokens: int = 2048
    mode: str = "online"
    batch_discount: float = 0.5
    max_concurrency: int = 4
    n_parallel: int | None = None  # embedded: the engine's slots (requests decoded together); None: max_concurrency
    n_threads: int | None = None  # embedded: the engine's CPU threads; None: every CPU this process may use
    timeout_s: float = 120
    max_retries: int = 6
    poll_s: float = 60  # batch mode: seconds between polls
    judge_max_tokens: int = 8  # room for a judge's verdict; a model that reasons before it answers needs more
    max_requests_per_minute: int | None = None  # pacing for a known account tier; None: no pacing
    max_tokens_per_minute: int | None = None
    max_usd: float | None = None  # the calling stage's budget, shared by its steps and its runs
    stage: str | None = None  # the stage (profile section) whose budget this is: what it paid before counts

    @classmethod
    def of(cls, section: dict, **stage) -> Settings:
        """From the profile's `teacher` section and the stage's own values (`max_usd`, `stage`).

        >>> Settings.of({"base_url": "embedded", "model": "m", "price_per_million": {"input": 0, "output": 0}},
        ...             max_usd=1.0, stage="clean").max_usd
        1.0
        """
        s = settings(cls, "teacher", {**section, **stage})
        if s.mode not in MODES:
            raise ProfileError(f"teacher.mode {s.mode!r} is unknown: use {' or '.join(MODES)}.")
        if set(s.price_per_million) != {"input", "output"}:
            raise ProfileError(f"teacher.price_per_million needs the {s.model!r} prices `input` and `output` (dollars "
                               f"per million tokens), not {sorted(s.price_per_million)}: without them a budget "
                               f"cannot be kept.")
        if s.max_usd is not None and s.max_usd <= 0:
            where = f"{s.stage}.max_usd" if s.stage else "max_usd"
            raise ProfileError(f"A budget ({where}) of {s.max_usd} allows no request: raise it, or set null for none.")
        if s.max_concurrency < 1:
            raise ProfileError("teacher.max_concurrency must be at least 1.")
        for name in ("n_parallel", "n_threads"):
            if getattr(s, name) is not None and getattr(s, name) < 1:
                raise ProfileError(f"teacher.{name} must be at least 1, or null for the default.")
        return s


def api_key(env_name: str | None) -> str:
    """The key from the environment variable the profile names; local servers need none."""
    if not env_name:
        return "no-key-needed"
    return from_env(env_name, "The teacher's API key (teacher.api_key_env)",
                    f"`export {env_name}=...`, then run again. Stored answers are kept.", TeacherError)
