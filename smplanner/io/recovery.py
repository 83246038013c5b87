"""Recovery files: the plan as it was at the last autosave, for when the app dies.

Each running app writes its unsaved plan to ``<id>.xlsx`` in the user's data folder
(never over the user's own file) with a small ``<id>.json`` beside it: the plan's name,
its own file (if any) and how that file looked, the time, and the process that wrote it.
A recovery file whose process is gone is an orphan: the next start offers it back. Both
files are written atomically, the workbook first, so a crash during an autosave leaves
the previous autosave whole.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.io.appdata import data_dir, read_json, write_json
from smplanner.io.atomic import write_atomically
from smplanner.io.processes import ProcessId
from smplanner.io.stamps import FileStamp

FOLDER = "recovery"


@dataclass(frozen=True)
class Recovery:
    """One recovery file and what its sidecar says about it."""

    workbook: Path
    plan_name: str
    original: Path | None
    original_stamp: FileStamp | None
    saved_at: datetime
    process: ProcessId | None

    @property
    def sidecar(self) -> Path:
        return self.workbook.with_suffix(".json")

    def is_orphan(self) -> bool:
        """True when the app that wrote it is no longer running."""
        return self.process is None or not self.process.is_running()


def folder() -> Path:
    return data_dir(FOLDER)


def new_slot() -> Path:
    """A fresh recovery workbook path for one open plan of this process."""
    return folder() / f"{ProcessId.current().pid}-{uuid.uuid4().hex[:12]}.xlsx"


def write(
    slot: Path,
    plan: Plan,
    original: Path | None,
    original_stamp: FileStamp | None = None,
) -> Recovery:
    """Autosave ``plan`` into ``slot``; raises SaveError (the previous autosave stays)."""
    from smplanner.io.writer import write_plan  # openpyxl: not needed until the first autosave

    write_atomically(slot, lambda handle: write_plan(plan, handle))
    entry = Recovery(
        slot,
        plan.name,
        original,
        original_stamp,
        datetime.now(UTC),
        ProcessId.current(),
    )
    write_json(
        entry.sidecar,
        {
            "plan_name": entry.plan_name,
            "original": str(original) if original is not None else None,
            "original_stamp": original_stamp.to_json() if original_stamp else None,
            "saved_at": entry.saved_at.isoformat(),
            "process": entry.process.to_json() if entry.process else None,
        },
    )
    return entry


def remove(slot: Path) -> None:
    """Drop a recovery file and its sidecar (missing ones are fine)."""
    for path in (slot, slot.with_suffix(".json")):
        with contextlib.suppress(OSError):
            path.unlink()


def read(slot: Path) -> Recovery:
    """What is known about ``slot``; a missing or broken sidecar gives what the file says."""
    data = read_json(slot.with_suffix(".json")) or {}
    try:
        saved_at = datetime.fromisoformat(str(data["saved_at"]))
    except (KeyError, ValueError):
        try:
            saved_at = datetime.fromtimestamp(slot.stat().st_mtime, UTC)
        except OSError:
            saved_at = datetime.now(UTC)
    original = data.get("original")
    name = data.get("plan_name")
    return Recovery(
        slot,
        name if isinstance(name, str) and name else tr("Unnamed plan"),
        Path(original) if isinstance(original, str) and original else None,
        FileStamp.from_json(data.get("original_stamp")),
        saved_at,
        ProcessId.from_json(data.get("process")),
    )


def orphans() -> list[Recovery]:
    """Recovery files left by apps that are gone, newest first."""
    found = [read(p) for p in folder().glob("*.xlsx") if not p.name.startswith(".")]
    return sorted((r for r in found if r.is_orphan()), key=lambda r: r.saved_at, reverse=True)
