"""When the plan's file was changed by another program: what the user wants done.

Two moments ask: saving over the file (replace their version, or Save As to keep both)
and noticing the change while the plan is open (reload, Save As, or keep this version).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from smplanner.domain.text import tr
from smplanner.gui.choices import ask

RELOAD, SAVE_AS, KEEP_MINE = range(3)
"""The answers of :func:`changed_while_open`."""


def replace_their_version(window: QWidget, name: str) -> bool | None:
    """Before saving over a changed file: True go on, False stop, None Save As."""
    choice = ask(
        window,
        tr("Changed on disk"),
        tr(
            "{name} was changed on disk since you opened it, perhaps by a colleague or in Excel."
        ).format(name=name),
        [tr("Save As…"), tr("Replace Their Version"), tr("Cancel")],
        detail=tr("Saving now would replace that version with yours. Save As keeps both."),
        escape=2,
        icon=QMessageBox.Icon.Warning,
    )
    return None if choice == 0 else choice == 1


def changed_while_open(window: QWidget, name: str, modified: bool) -> int:
    """RELOAD, SAVE_AS or KEEP_MINE for a file changed while open (``modified``: with
    unsaved changes here, which Reload would drop)."""
    if modified:
        detail = tr(
            "Reload opens that version and drops your unsaved changes. Save As "
            "keeps your version in a new file. Keep Mine goes on with yours; "
            "saving will ask before replacing theirs."
        )
    else:
        detail = tr("You have no unsaved changes here; Reload shows the new version.")
    return ask(
        window,
        tr("Changed on disk"),
        tr("{name} was changed on disk by another program.").format(name=name),
        [tr("Reload"), tr("Save As…"), tr("Keep Mine")],
        detail=detail,
        default=KEEP_MINE if modified else RELOAD,
        escape=KEEP_MINE,
    )
