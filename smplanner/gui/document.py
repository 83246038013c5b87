"""The open plan as a document: where it lives on disk, whether it changed, its file commands.

Kept out of the window so the window only assembles widgets. The document owns the
:class:`PlanEditor` (and so the undo stack, whose clean state *is* "saved"); it asks the
user before dropping changes and reports every outcome, good or bad, as a message, so a
failed open or save never costs the plan that is open. Workbook code (pandas readers,
openpyxl) is imported on the first open or save, not at start-up, and runs in a worker
(:class:`~smplanner.gui.busy.BusyWork`) so the window keeps painting meanwhile.

It also guards the file against other writers: it remembers how the file looked when it
was read or written (a :class:`FileStamp`), checks that on request (the window asks when
it is activated) and before every save, and never replaces another program's version
without asking; it holds a lock on the file so a second smplanner opens it read-only,
and LibreOffice's lock beside it so a colleague's LibreOffice warns them too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from smplanner.domain.catalogue import BLANK_NAME, blank_plan, example_plan
from smplanner.domain.names import file_stem
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui import lock_questions
from smplanner.gui import settings as keys
from smplanner.gui.autosave import Autosave, Unsaved
from smplanner.gui.busy import BusyWork
from smplanner.gui.disk_questions import (
    RELOAD,
    SAVE_AS,
    changed_while_open,
    replace_their_version,
)
from smplanner.gui.file_locks import FileLocks
from smplanner.gui.recent_plans import fill_recent_menu
from smplanner.gui.settings import Settings
from smplanner.gui.undo import PlanEditor
from smplanner.io import locks, office_locks
from smplanner.io.stamps import FileStamp, changed_since, stamp

FILE_FILTER = QT_TRANSLATE_NOOP("", "Excel workbooks (*.xlsx)")
"""Shown translated, with tr()."""
Button = QMessageBox.StandardButton


class Document(QObject):
    """The plan the window shows, the file it came from, and New/Open/Save on it."""

    replaced = Signal()
    """Another plan is open (a new editor): the window rebuilds its sections."""
    changed = Signal()
    """The name, the file or the saved state changed: the window retitles itself."""
    message = Signal(str)
    """What happened, for the status bar."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.editor: PlanEditor | None = None
        self.path: Path | None = None
        self._name: str | None = None
        self.read_only = False
        """Opened while another smplanner holds the file: Save goes to Save As."""
        self.stamp: FileStamp | None = None
        """How the file looked when this plan was read from it or written to it."""
        self._ignored: FileStamp | None = None
        self._checking = False
        self._locks = FileLocks()
        self.autosave = Autosave(self.unsaved, settings, self)
        self.autosave.message.connect(self.message)
        self.replaced.connect(self._autosave_new_plan)
        self.changed.connect(self.autosave.saved_state_changed)
        self.busy = BusyWork(window)
        """Reads and writes the workbook in a worker while the window keeps painting."""

    # ------------------------------------------------------------------ state
    @property
    def plan(self) -> Plan:
        assert self.editor is not None, "no plan open yet"
        return self.editor.plan

    @property
    def name(self) -> str:
        """What the title bar calls the plan: its own name, with its file's name when that
        says something else ("Q3 plan (draft 2.xlsx)"); a plan without a name of its own
        goes by its file's name."""
        own = self._name or self.plan.name
        name, detail = own, ""
        if self.path is None:
            name = tr("Untitled plan") if own in ("", BLANK_NAME) else own
        elif not own or own == BLANK_NAME:
            name = self.path.name
        elif self.path.stem != file_stem(own, ""):
            detail = self.path.name
        if self.read_only:
            detail = tr("{file}, read-only").format(file=detail) if detail else tr("read-only")
        return f"{name} ({detail})" if detail else name

    def is_modified(self) -> bool:
        return self.editor is not None and not self.editor.stack.isClean()

    def unsaved(self) -> Unsaved | None:
        """What autosave copies: the plan and its file, or None with nothing unsaved."""
        if self.editor is None or not self.is_modified():
            return None
        return Unsaved(self.editor.plan, self.path, self.stamp)

    def _autosave_new_plan(self) -> None:
        if self.editor is not None:
            self.autosave.watch(self.editor.stack)

    def replace(
        self,
        plan: Plan,
        path: Path | None,
        name: str | None = None,
        *,
        read_only: bool = False,
        known: FileStamp | None = None,
        modified: bool = False,
    ) -> None:
        """Open ``plan`` (saved at ``path``, or never saved; ``name`` for the title).

        ``known`` is how the file looked when the plan was read (by default: as it is
        now); a ``modified`` plan (a recovered one) differs from its file from the start,
        with an empty undo history.
        """
        old = self.editor
        if old is not None:  # a stack being destroyed reports itself clean: not news
            old.stack.cleanChanged.disconnect(self._clean_changed)
        self._locks.release()
        self.editor = PlanEditor(plan, self)
        self.editor.stack.cleanChanged.connect(self._clean_changed)
        self.path, self._name, self.read_only = path, name, read_only
        self.stamp = known if known is not None or path is None else stamp(path)
        self._ignored = None
        if path is not None and not read_only:
            self._locks.take(path)
        if modified:
            self.editor.stack.resetClean()
        self.replaced.emit()
        self.changed.emit()
        if old is not None:
            old.deleteLater()  # its undo stack leaves the window's undo group with it

    def _clean_changed(self, _clean: bool) -> None:
        self.changed.emit()

    def may_close(self) -> bool:
        """False while a file task runs: an open is cancelled, a save finishes first."""
        return self.busy.may_close()

    def close(self) -> None:
        """The window closes cleanly: no recovery file and no lock are left behind."""
        self.autosave.discard()
        self._locks.release()

    # ------------------------------------------------------------ asking first
    def maybe_save(self) -> bool:
        """True when the open plan may be dropped: unchanged, saved now, or discarded."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self.window,
            tr("Unsaved changes"),
            tr("Save the changes to {name} before closing it?").format(name=self.name),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # ------------------------------------------------------------------ new
    def new(self, example: bool) -> bool:
        if not self.maybe_save():
            return False
        currency = self.settings.get(keys.CURRENCY)
        self.replace(example_plan() if example else blank_plan(currency), None)
        self.message.emit(tr("New example plan") if example else tr("New blank plan"))
        return True

    # ------------------------------------------------------------------ open
    def _folder(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        return self.settings.get(keys.LAST_FOLDER) or str(Path.home())

    def open(self, path: str | Path | None = None) -> bool:
        """Ask for unsaved changes, then for a file (unless given), then open it."""
        if not self.maybe_save():
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, tr("Open plan"), self._folder(), tr(FILE_FILTER)
            )
            if not chosen:
                return False
            path = chosen
        return self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read ``path`` and open it; on any problem the open plan stays as it is.

        A file that cannot be a plan gives a message box. A workbook with bad cells is
        listed cell by cell and opens only if the user agrees, then as a new, unsaved
        plan, so saving it cannot overwrite their file with the emptied cells.
        """
        from smplanner.io.workbook import LoadResult, PlanFileError, load_plan

        read_only = lock_questions.open_read_only(self.window, path)
        if read_only is None:
            self.message.emit(tr("{name} was not opened").format(name=path.name))
            return False
        known = stamp(path)  # before reading: a save meanwhile shows up as a change
        outcome = self.busy.run(
            tr("Opening {name}…").format(name=path.name), lambda: load_plan(path), cancellable=True
        )
        if outcome.cancelled:
            self.message.emit(tr("Stopped opening {name}; nothing changed").format(name=path.name))
            return False
        if isinstance(outcome.error, PlanFileError):
            error = outcome.error
            if not os.path.exists(path):  # False, not an error, for a name too long
                self.settings.remove_recent(str(path.resolve()))
            QMessageBox.warning(self.window, tr("Cannot open plan"), str(error))
            return False
        if outcome.error is not None:
            raise outcome.error
        result: LoadResult = outcome.result
        if result.errors:
            from smplanner.gui.problems_dialog import ProblemsDialog

            dialog = ProblemsDialog(path.name, result.problems, self.window)
            if dialog.exec() != ProblemsDialog.DialogCode.Accepted:
                self.message.emit(tr("{name} was not opened").format(name=path.name))
                return False
            self.replace(
                result.plan, None, tr("{name} (opened with problems)").format(name=path.stem)
            )
            opened = tr(
                "Opened {name} with %n cell(s) left empty; Save asks for a new name, so your "
                "file stays as it is",
                "",
                len(result.errors),
            )
            self.message.emit(opened.format(name=path.name))
            return True
        self.replace(result.plan, path, read_only=read_only, known=known)
        self._remember(path)
        notes = result.warnings
        if read_only:
            text = tr(
                "Opened {name} read-only (it is open in another window); Save As makes your "
                "own copy"
            ).format(name=path.name)
        else:
            text = tr("Opened {name}").format(name=path.name)
        if len(notes) > 1:
            text += tr("; note: {note} (and %n more)", "", len(notes) - 1).format(note=notes[0])
        elif notes:
            text += tr("; note: {note}").format(note=notes[0])
        self.message.emit(text)
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(str(path.resolve()))
        self.settings.set(keys.LAST_FOLDER, str(path.resolve().parent))

    def open_recent(self, name: str) -> bool:
        if not Path(name).exists():
            self.settings.remove_recent(name)
            QMessageBox.information(
                self.window,
                tr("Plan not found"),
                tr("{name} is no longer there; it was removed from the recent plans.").format(
                    name=name
                ),
            )
            return False
        return self.open(name)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Rebuild File > Open Recent from the settings (called as the menu opens)."""
        fill_recent_menu(menu, self.settings, self.open_recent)

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        """Save to the plan's file; a plan never saved asks where (Save As)."""
        if self.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        if self.path is not None:
            base = self.path.name
        else:
            base = file_stem(self._name or self.plan.name, tr("plan")) + ".xlsx"
        suggested = str(Path(self._folder()) / base)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save plan as"), suggested, tr(FILE_FILTER)
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the plan to ``path``; on failure say why and keep it open and modified.

        Never over a version someone else saved meanwhile, nor over a plan another
        smplanner has open, without the user's word.
        """
        from smplanner.io.atomic import SaveError
        from smplanner.io.workbook import save_plan  # openpyxl: loaded on the first save

        if locks.other_owner(path) is not None:  # a read-only plan's own file, too
            QMessageBox.warning(
                self.window,
                tr("Not saved"),
                tr(
                    "{name} is open in another smplanner window. Save under another name, "
                    "or close it there first."
                ).format(name=path.name),
            )
            self.message.emit(
                tr("Not saved: {name} is open in another window").format(name=path.name)
            )
            return False
        holder = office_locks.holder(path)
        if holder is not None and (self.read_only or not self._same_file(path)):
            QMessageBox.warning(
                self.window,
                tr("Not saved"),
                lock_questions.held_by(path, holder)
                + "\n\n"
                + tr("Save under another name, or close it there first."),
            )
            self.message.emit(
                tr("Not saved: {name} is open in {program}").format(
                    name=path.name, program=holder.program
                )
            )
            return False
        if self._same_file(path):
            verdict = self._may_replace_disk_version()
            if verdict is None:
                return self.save_as()
            if not verdict:
                self.message.emit(
                    tr("Not saved: {name} was changed on disk").format(name=path.name)
                )
                return False
        copy = self.plan.copy()  # the writer's own: painting reads the plan meanwhile
        outcome = self.busy.run(
            tr("Saving {name}…").format(name=path.name),
            lambda: save_plan(copy, path),
            cancellable=False,
        )
        error = outcome.error
        if isinstance(error, SaveError):
            reason = f"{error.strerror}."
        elif error is not None:  # a bug must not cost the user their plan
            reason = tr("Could not save {name}: {reason}").format(
                name=path.name, reason=f"{type(error).__name__}: {error}"
            )
            reason += "."
        else:
            reason = ""
        if reason:
            QMessageBox.critical(
                self.window,
                tr("Not saved"),
                tr(
                    "{reason}\n\nThe plan is still open with all its changes; use Save As to "
                    "save it somewhere else."
                ).format(reason=reason),
            )
            self.message.emit(tr("Not saved: {reason}").format(reason=reason))
            return False
        self.path, self._name, self.read_only = path, None, False
        self.stamp, self._ignored = stamp(path), None
        if self._locks.path is None or not self._same_file(self._locks.path):
            self._locks.release()
            self._locks.take(path)
        assert self.editor is not None
        if self.editor.stack.isClean():
            self.changed.emit()  # the name may have changed without the clean state
        self.editor.stack.setClean()
        self._remember(path)
        self.message.emit(tr("Saved {name}").format(name=path.name))
        return True

    # ---------------------------------------------------------- changed on disk
    def _same_file(self, path: Path) -> bool:
        if self.path is None:
            return False
        return path == self.path or path.resolve() == self.path.resolve()

    def _disk_change(self) -> FileStamp | None:
        if self.path is None or self.stamp is None:
            return None
        return changed_since(self.path, self.stamp)

    def _may_replace_disk_version(self) -> bool | None:
        """Before saving over the plan's file: True go on, False stop, None Save As."""
        if self._disk_change() is None:
            return True
        return replace_their_version(self.window, self.name)

    def check_disk(self) -> None:
        """Tell the user when the plan's file was changed by another program.

        Offers to reload it, to save this version as a new file, or to go on (Save will
        then still ask before replacing the other version).
        """
        if self._checking or self.busy.active:  # mid-save the file is ours to change
            return
        change = self._disk_change()
        if change is None or change == self._ignored:
            return
        assert self.path is not None
        self._checking = True
        try:
            choice = changed_while_open(self.window, self.name, self.is_modified())
            if choice == RELOAD:
                self.load(self.path)  # the user chose to drop their unsaved changes
            elif choice == SAVE_AS:
                self.save_as()
            else:
                self._ignored = change
                self.message.emit(
                    tr("Kept your version of {name}; not saved yet").format(name=self.path.name)
                )
        finally:
            self._checking = False
