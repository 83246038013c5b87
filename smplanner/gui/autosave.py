"""Autosave: an unsaved plan is copied to its recovery file once the user pauses.

The timer restarts at every change, so typing is never interrupted; it fires after the
interval set in Preferences without an edit, and at the latest after MAX_WAIT intervals
of steady work. The plan is copied (milliseconds) and written in a worker thread, so a
large plan (seconds of openpyxl work) does not freeze the window. Saving the plan,
undoing back to the saved state, opening another plan or closing the window cleanly
removes the recovery file, so only a crash leaves one.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal

from smplanner.domain.text import tr
from smplanner.gui import settings as keys
from smplanner.gui.settings import Settings
from smplanner.gui.worker import Job

if TYPE_CHECKING:
    from smplanner.gui.document import Document

MAX_WAIT = 3
"""Steady editing autosaves after at most this many intervals."""


class Autosave(QObject):
    """Keeps the document's recovery file in step with its unsaved changes."""

    message = Signal(str)
    _finished = Signal(object)

    def __init__(self, document: Document, settings: Settings) -> None:
        super().__init__(document)
        self.document = document
        self.settings = settings
        self.slot: Path | None = None
        """This plan's recovery workbook, once written."""
        self._job: Job | None = None
        self._again = False
        self._first_change: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_now)
        self._finished.connect(self._done)
        document.replaced.connect(self._watch)
        document.changed.connect(self._saved_state)

    def interval(self) -> int:
        """Seconds of quiet before an autosave: the setting, at least one, at most an hour.

        Preferences offers AUTOSAVE_RANGE; a hand-edited settings file may say less.
        """
        return min(max(self.settings.get(keys.AUTOSAVE_SECONDS), 1), keys.AUTOSAVE_RANGE[1])

    def _watch(self) -> None:
        """Another plan is open: the previous one's recovery file has had its day."""
        self.discard()
        editor = self.document.editor
        if editor is not None:
            editor.stack.indexChanged.connect(self._edited)

    def _edited(self, _index: int = 0) -> None:
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        quiet = self.interval()
        left = quiet * MAX_WAIT - (now - self._first_change)
        self.timer.start(int(max(min(quiet, left), 0) * 1000))

    def _saved_state(self) -> None:
        if not self.document.is_modified():
            self.discard()

    def _slot(self) -> Path:
        from smplanner.io import recovery

        if self.slot is None:
            self.slot = recovery.new_slot()
        return self.slot

    def save_now(self) -> None:
        """Start writing the recovery file (nothing to do for an unchanged plan)."""
        self.timer.stop()
        self._first_change = None
        if not self.document.is_modified():
            self.discard()
            return
        if self._job is not None:  # one write at a time; the newest state follows
            self._again = True
            return
        from smplanner.io import recovery

        document = self.document
        slot, plan, path, known = self._slot(), document.plan.copy(), document.path, document.stamp
        self._job = Job(
            "autosave",
            lambda: recovery.write(slot, plan, path, known),
            self._finished,
            after_cancel=lambda: recovery.remove(slot),  # a copy nobody wants any more
        ).start()  # not a daemon: at exit Python waits for it, so a cancelled copy goes

    def write_now(self) -> bool:
        """Write the recovery file before returning (a plan just recovered)."""
        from smplanner.io import recovery

        self.wait()
        document = self.document
        try:
            recovery.write(self._slot(), document.plan, document.path, document.stamp)
        except OSError as error:
            self._failed(str(error))
            return False
        return True

    def wait(self) -> None:
        """Let a write under way finish (and report)."""
        job = self._job
        if job is not None:
            job.thread.join()
            self._done(job)

    def _done(self, job: Job) -> None:
        if job is not self._job:  # reported already, or cancelled meanwhile
            return
        self._job = None
        if job.error is not None:
            self._failed(str(job.error) or type(job.error).__name__)
        else:
            now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.message.emit(tr("Recovery copy saved at {time}").format(time=now))
        if self._again:
            self._again = False
            self.save_now()

    def _failed(self, reason: str) -> None:
        text = tr("Autosave failed: {reason}; save the plan to keep your changes")
        self.message.emit(text.format(reason=reason))

    def discard(self) -> None:
        """Remove the recovery file: the plan is saved, dropped or closed."""
        from smplanner.io import recovery

        self.timer.stop()
        self._first_change = None
        self._again = False
        if self._job is not None:
            self._job.cancel()  # the worker removes what it finishes writing
            self._job = None
        if self.slot is not None:
            recovery.remove(self.slot)
            self.slot = None
