"""Reading and writing run files. Writes are atomic: a temporary file or folder, then a rename."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

EXPORT_MARKER = ".export-complete"  # written last: a folder without it is a crashed export and is redone


def write_text(path: Path, text: str) -> Path:
    """Write `text` to `path` so that a crash leaves either the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_jsonl(path: Path, records: list[dict]) -> Path:
    return write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def exported(target: Path, settings: dict | None = None) -> bool:
    """Whether `target` is a finished export (of these `settings`, when given)."""
    marker = Path(target) / EXPORT_MARKER
    return marker.is_file() and (settings is None or json.loads(marker.read_text()) == settings)


@contextlib.contextmanager
def export_folder(target: Path, settings: dict) -> Iterator[Path]:
    """A folder written whole or not at all: fill the temporary sibling this yields; when the block ends without an
    error it is marked with `settings` and renamed to `target` (replacing an earlier export), else it is removed."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield tmp
        tmp.chmod(0o755)  # mkdtemp makes it private, and some writers too: an export is an ordinary shared folder
        for path in tmp.iterdir():
            path.chmod(0o644)
        (tmp / EXPORT_MARKER).write_text(json.dumps(settings) + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
