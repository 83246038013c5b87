"""At start-up, plans a crashed or killed smplanner left unsaved are offered back.

Each recovery file whose app is gone is shown with its plan's name, its file and the
time of the autosave: Recover opens it as a changed plan (Save writes it to its file,
after the usual check that nobody else changed that file meanwhile), Discard deletes the
copy, Decide Later keeps it for the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from smplanner.gui.choices import ask
from smplanner.gui.document import Document
from smplanner.io import locks, recovery
from smplanner.io.recovery import Recovery

RECOVER, DISCARD, LATER = range(3)


def offer(document: Document) -> int:
    """Ask about every orphaned recovery file; how many plans were recovered."""
    recovered = 0
    for entry in recovery.orphans():
        when = entry.saved_at.astimezone().strftime("%d %b %Y at %H:%M")
        where = (
            f"Its file is {entry.original}."
            if entry.original is not None
            else "It was never saved to a file."
        )
        choice = ask(
            document.window,
            "Recover unsaved work",
            f"smplanner closed without saving the plan “{entry.plan_name}”.",
            ["Recover", "Discard", "Decide Later"],
            detail=f"A copy was autosaved on {when}. {where} Recover opens it with every "
            "change up to then; Discard deletes the copy; Decide Later asks again at the "
            "next start.",
            escape=LATER,
        )
        if choice == RECOVER:
            recovered += recover(document, entry)
        elif choice == DISCARD:
            recovery.remove(entry.workbook)
            document.message.emit(f"Discarded the recovery copy of {entry.plan_name}")
    return recovered


def recover(document: Document, entry: Recovery) -> bool:
    """Open the autosaved plan as unsaved changes to its file; the copy moves to us."""
    from smplanner.io.workbook import PlanFileError, load_plan

    if not document.maybe_save():
        return False
    try:
        result = load_plan(entry.workbook)
    except PlanFileError as error:
        QMessageBox.warning(
            document.window,
            "Cannot recover",
            f"The recovery copy of {entry.plan_name} cannot be read: {error}\n\n"
            f"It is kept in {entry.workbook.parent}.",
        )
        return False
    path = entry.original
    note = ""
    if path is not None and locks.other_owner(path) is not None:
        path, note = None, f"; {entry.original} is open in another window, so Save asks for a name"
    document.replace(
        result.plan,
        path,
        entry.plan_name,
        known=entry.original_stamp if path is not None else None,
        modified=True,
    )
    if document.autosave.write_now():  # our own copy first, then the old one goes
        recovery.remove(entry.workbook)
    when = entry.saved_at.astimezone().strftime("%H:%M")
    document.message.emit(f"Recovered {entry.plan_name} as autosaved at {when}{note}")
    return True
