"""Plan locks: one running app edits a plan file at a time, and a crash frees the file.

The lock lives in the user's data folder, named by a hash of the plan's full path, and
says which process holds it (see :class:`ProcessId`). A lock whose process has gone (a
crash, a kill, a reboot) is stale and is simply taken over. Kept out of the plan's own
folder so that shared and read-only folders stay clean.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smplanner.io.appdata import data_dir, read_json, write_json
from smplanner.io.processes import ProcessId


@dataclass(frozen=True)
class LockOwner:
    """Who holds a plan open, and since when."""

    process: ProcessId
    since: datetime


def lock_file(plan: Path) -> Path:
    key = os.path.normcase(str(plan.resolve()))
    return data_dir("locks") / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def _read(path: Path) -> LockOwner | None:
    data = read_json(path)
    if data is None:
        return None
    process = ProcessId.from_json(data.get("process"))
    try:
        since = datetime.fromisoformat(str(data.get("since")))
    except ValueError:
        return None
    return None if process is None else LockOwner(process, since)


def other_owner(plan: Path) -> LockOwner | None:
    """The *other* running app that holds ``plan``; None when free, stale or ours."""
    owner = _read(lock_file(plan))
    if owner is None or owner.process == ProcessId.current():
        return None
    return owner if owner.process.is_running() else None


def acquire(plan: Path) -> None:
    """Mark ``plan`` as held by this app (over a stale lock; raises SaveError)."""
    write_json(
        lock_file(plan),
        {
            "plan": str(plan.resolve()),
            "process": ProcessId.current().to_json(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        },
    )


def release(plan: Path) -> None:
    """Free ``plan`` if this app holds it; another app's lock is left alone."""
    path = lock_file(plan)
    owner = _read(path)
    if owner is not None and owner.process == ProcessId.current():
        with contextlib.suppress(OSError):
            path.unlink()
