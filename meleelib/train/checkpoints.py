"""Stage 05's checkpoints: the newest complete one to resume from, and a guard against resuming another run's."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from meleelib.paths import CHECKPOINT_RUN

log = logging.getLogger(__name__)


class ResumeError(RuntimeError):
    """Checkpoints made with other data or settings; the message says what to do."""


def last_checkpoint(folder: Path) -> str | None:
    """The newest complete checkpoint. The trainer writes trainer_state.json last, so a checkpoint a crash cut short
    has none (or a truncated one) and is passed over."""
    def complete(path: Path) -> bool:
        try:
            json.loads((path / "trainer_state.json").read_text())
            return True
        except (OSError, ValueError):
            log.warning("%s is incomplete (the run stopped while writing it) and is skipped", path)
            return False
    found = sorted(folder.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[1])) if folder.is_dir() else []
    return next((str(p) for p in reversed(found) if complete(p)), None)


def check_same_run(checkpoints: Path, fingerprint: str, settings: dict) -> None:
    """Raise ResumeError unless the checkpoints in `checkpoints` were made from the same data and settings."""
    marker = checkpoints / CHECKPOINT_RUN
    if not marker.is_file():
        return
    before = json.loads(marker.read_text())
    changed = [k for k, v in settings.items() if before["settings"].get(k) != v and k != "resume"]
    if before["dataset"] != fingerprint or changed:
        what = "the dataset" if before["dataset"] != fingerprint else "settings " + ", ".join(changed)
        raise ResumeError(f"The checkpoints in {checkpoints} were made with other data or settings ({what} changed), "
                         f"so they cannot be resumed. Delete that folder, or set train_qlora.resume to false.")
