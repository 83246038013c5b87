"""Before a plan opens for editing: is it open elsewhere, and does the user go on?

Two kinds of lock say so: another smplanner's, in the data folder (with its process and
host), and LibreOffice's or Excel's lock file beside the plan (with the user's name). The
offer is the same for both: open read-only (look, and Save As a copy), edit anyway, or
cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from smplanner.domain.text import tr
from smplanner.gui.choices import ask
from smplanner.io import locks, office_locks
from smplanner.report import formats


def open_read_only(window: QWidget, path: Path) -> bool | None:
    """None: cancel; else whether to open ``path`` read-only (asked when it is held)."""

    owner = locks.other_owner(path)
    if owner is not None:
        text = tr("{name} is open in another smplanner window.").format(name=path.name)
        detail = tr(
            "It has been open there since {since} (process {process} on {host}). Read-only "
            "lets you look and Save As a copy. Editing in both windows means one of you will "
            "have to choose whose changes to keep."
        ).format(
            since=formats.short_date_time(owner.since),
            process=owner.process.pid,
            host=owner.process.host,
        )
    else:
        holder = office_locks.holder(path)
        if holder is None:
            return False
        text = held_by(path, holder)
        detail = tr(
            "Read-only lets you look and Save As a copy. If you both edit it, the one who "
            "saves last replaces the other's changes."
        )
    choice = ask(
        window,
        tr("Plan already open"),
        text,
        [tr("Open Read-Only"), tr("Edit Anyway"), tr("Cancel")],
        detail=detail,
        escape=2,
        icon=QMessageBox.Icon.Warning,
    )
    return None if choice == 2 else choice == 0


def held_by(path: Path, holder: office_locks.OfficeLock) -> str:
    """'plan.xlsx is open in LibreOffice by Jane Doe on office-pc since 23/11/2026 14:05.'"""

    who = holder.user or tr("someone")
    since = formats.short_date_time(holder.since) if holder.since is not None else ""
    if holder.host and since:
        text = tr("{name} is open in {program} by {user} on {host} since {since}.")
    elif holder.host:
        text = tr("{name} is open in {program} by {user} on {host}.")
    elif since:
        text = tr("{name} is open in {program} by {user} since {since}.")
    else:
        text = tr("{name} is open in {program} by {user}.")
    return text.format(
        name=path.name, program=holder.program, user=who, host=holder.host, since=since
    )
