"""Profiles: one YAML file holding every stage's parameters, each section checked against its settings type."""
from __future__ import annotations

import dataclasses
import types
import typing
from pathlib import Path

import yaml

PROFILES = Path(__file__).resolve().parent / "profiles"


class ProfileError(ValueError):
    """A profile that cannot be used; the message says what to change."""


def load_profile(name_or_path: str, overrides: list[str] = ()) -> dict:
    """Read a profile by name (demo, smoke, a100) or path, then apply `section.key=value` overrides.

    >>> load_profile("demo", ["run=mine"])["run"]
    'mine'
    """
    path = Path(name_or_path)
    if not path.suffix:
        path = PROFILES / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in PROFILES.glob("*.yaml")))
        raise ProfileError(f"No profile {name_or_path!r}: give one of {known}, or the path of a YAML file.")
    try:
        profile = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ProfileError(f"{path} is not valid YAML: {err}") from err
    if not isinstance(profile, dict):
        raise ProfileError(f"{path} must hold a mapping of sections, not {type(profile).__name__}.")
    if "extends" in profile:  # a section named here replaces the parent's keys one by one
        parent = load_profile(profile.pop("extends"))
        profile = {**parent, **{k: {**parent.get(k, {}), **v} if isinstance(v, dict) else v
                                for k, v in profile.items()}}
    profile.setdefault("run", path.stem)
    profile["profile"] = name_or_path  # what a stage prints in the command that resumes the run
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep:
            raise ProfileError(f"--set {item!r} needs the form section.key=value, e.g. scrape_guides.all_posts=true")
        *sections, leaf = key.split(".")
        node = profile
        for section in sections:
            node = node.setdefault(section, {})
            if not isinstance(node, dict):
                raise ProfileError(f"--set {item!r}: {section!r} is not a section.")
        node[leaf] = yaml.safe_load(value)
    return profile


def settings(cls, section: str, values: dict):
    """An instance of the dataclass `cls` from a profile section, every key known and of its declared type.

    >>> @dataclasses.dataclass
    ... class Demo:
    ...     retries: int = 2
    >>> settings(Demo, "demo", {"retries": 3})
    Demo(retries=3)
    >>> try:
    ...     settings(Demo, "demo", {"retires": 3})
    ... except ProfileError as err:
    ...     print(err)
    demo has no setting 'retires' (did you mean 'retries'?); its settings are: retries.
    """
    import difflib
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    if not isinstance(values, dict):
        raise ProfileError(f"{section} must be a mapping of settings, not {type(values).__name__}.")
    for key, value in values.items():
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ProfileError(f"{section} has no setting {key!r}{hint}; its settings are: {', '.join(fields)}.")
        if not _is(value, hints[key]):
            raise ProfileError(f"{section}.{key} = {value!r} is a {type(value).__name__}; it must be "
                               f"{_name(hints[key])}.")
    missing = [n for n, f in fields.items() if n not in values and f.default is dataclasses.MISSING
               and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ProfileError(f"{section} needs the setting(s) {', '.join(missing)}.")
    return cls(**values)


PARAMETER_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "dict": dict, "list": list, "None": type(None)}


def check_parameter(section: str, key: str, value, declared: str) -> None:
    """Raise ProfileError unless `value` fits a notebook parameter's declared type (`int`, `str or None`, ...).

    >>> check_parameter("self_instruct", "max_chunks", None, "int or None")
    >>> check_parameter("self_instruct", "max_chunks", "all", "int or None")
    Traceback (most recent call last):
    ...
    meleelib.config.ProfileError: self_instruct.max_chunks = 'all' is a str; it must be int or null.
    """
    hints = [PARAMETER_TYPES.get(name.strip()) for name in declared.split(" or ")]
    if None in hints:  # a type this check does not know: the notebook is its own judge
        return
    if not any(_is(value, hint) for hint in hints):
        raise ProfileError(f"{section}.{key} = {value!r} is a {type(value).__name__}; it must be "
                           f"{' or '.join(_name(h) for h in hints)}.")


def _is(value, hint) -> bool:
    """Whether `value` fits a type hint: a class, a union (`X | None`) or a generic (`list[str]`, `dict`)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return any(_is(value, h) for h in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, typing.get_origin(hint) or hint)


def _name(hint) -> str:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return " or ".join(_name(h) for h in typing.get_args(hint))
    return "null" if hint is type(None) else getattr(typing.get_origin(hint) or hint, "__name__", str(hint))
