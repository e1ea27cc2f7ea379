"""Secrets come from the environment only: a profile names the variable, never the value, so no key reaches an
executed notebook, a log or a report."""
from __future__ import annotations

import os


def from_env(name: str, what: str, fix: str, error: type[Exception] = RuntimeError) -> str:
    """The value of the environment variable `name`; when it is unset or empty, raise `error` saying which variable
    holds `what` and how to `fix` it.

    >>> from_env("MELEELIB_NO_SUCH_VARIABLE", "The teacher's API key", "export it.")
    Traceback (most recent call last):
    ...
    RuntimeError: The teacher's API key is read from $MELEELIB_NO_SUCH_VARIABLE, which is not set: export it.
    """
    value = os.environ.get(name)
    if not value:
        raise error(f"{what} is read from ${name}, which is not set: {fix}")
    return value
