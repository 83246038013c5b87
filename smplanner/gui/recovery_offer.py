"""At start-up, plans a crashed or killed smplanner left unsaved are offered back.

Each recovery file whose app is gone is shown with its plan's name, its file and the
time of the autosave: Recover opens it as a changed plan (Save writes it to its file,
after the usual check that nobody else changed that file meanwhile), Discard deletes the
copy, Decide Later keeps it for the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from smplanner.domain.text import tr
from smplanner.gui.choices import ask
from smplanner.gui.document import Document
from smplanner.io import locks, recovery
from smplanner.io.recovery import Recovery
from smplanner.report import formats

RECOVER, DISCARD, LATER = range(3)


def offer(document: Document) -> int:
    """Ask about every orphaned recovery file; how many plans were recovered."""
    recovered = 0
    for entry in recovery.orphans():
        where = (
            tr("Its file is {path}.").format(path=entry.original)
            if entry.original is not None
            else tr("It was never saved to a file.")
        )
        detail = tr(
            "A copy was autosaved on {when}. {where} Recover opens it with every change up "
            "to then; Discard deletes the copy; Decide Later asks again at the next start."
        )
        choice = ask(
            document.window,
            tr("Recover unsaved work"),
            tr("smplanner closed without saving the plan “{name}”.").format(name=entry.plan_name),
            [tr("Recover"), tr("Discard"), tr("Decide Later")],
            detail=detail.format(when=formats.short_date_time(entry.saved_at), where=where),
            escape=LATER,
        )
        if choice == RECOVER:
            recovered += recover(document, entry)
        elif choice == DISCARD:
            recovery.remove(entry.workbook)
            text = tr("Discarded the recovery copy of {name}").format(name=entry.plan_name)
            document.message.emit(text)
    return recovered


def recover(document: Document, entry: Recovery) -> bool:
    """Open the autosaved plan as unsaved changes to its file; the copy moves to us."""
    from smplanner.io.workbook import PlanFileError, load_plan

    if not document.maybe_save():
        return False
    try:
        result = load_plan(entry.workbook)
    except PlanFileError as error:
        text = tr("The recovery copy of {name} cannot be read: {error}\n\nIt is kept in {folder}.")
        QMessageBox.warning(
            document.window,
            tr("Cannot recover"),
            text.format(name=entry.plan_name, error=error, folder=entry.workbook.parent),
        )
        return False
    path = entry.original
    note = ""
    if path is not None and locks.other_owner(path) is not None:
        note = tr("; {path} is open in another window, so Save asks for a name")
        path, note = None, note.format(path=entry.original)
    document.replace(
        result.plan,
        path,
        entry.plan_name,
        known=entry.original_stamp if path is not None else None,
        modified=True,
    )
    if document.autosave.write_now():  # our own copy first, then the old one goes
        recovery.remove(entry.workbook)
    local = entry.saved_at.astimezone()
    when = formats.short_time(local.time())
    text = tr("Recovered {name} as autosaved at {time}").format(name=entry.plan_name, time=when)
    document.message.emit(text + note)
    return True
