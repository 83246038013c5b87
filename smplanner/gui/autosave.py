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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from smplanner.domain.text import tr
from smplanner.gui import settings as keys
from smplanner.gui.settings import Settings
from smplanner.gui.worker import Job
from smplanner.report import formats

if TYPE_CHECKING:
    from smplanner.domain.plan import Plan
    from smplanner.io.stamps import FileStamp

MAX_WAIT = 3
"""Steady editing autosaves after at most this many intervals."""


@dataclass(frozen=True)
class Unsaved:
    """What a recovery file holds: the changed plan and the file it differs from."""

    plan: Plan
    original: Path | None
    """The plan's own file (None: never saved)."""
    known: FileStamp | None
    """How that file looked when the plan was read from it or written to it."""


UnsavedSource = Callable[[], Unsaved | None]
"""The open plan's unsaved state, or None when it has no unsaved changes."""


class Autosave(QObject):
    """Keeps the open plan's recovery file in step with its unsaved changes.

    It knows the plan only through ``unsaved`` (asked when a copy is due) and the undo
    stack it is told to :meth:`watch`, so the document that owns it is free to change.
    """

    message = Signal(str)
    _finished = Signal(object)

    def __init__(
        self, unsaved: UnsavedSource, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.unsaved = unsaved
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

    def interval(self) -> int:
        """Seconds of quiet before an autosave: the setting, at least one, at most an hour.

        Preferences offers AUTOSAVE_RANGE; a hand-edited settings file may say less.
        """
        return min(max(self.settings.get(keys.AUTOSAVE_SECONDS), 1), keys.AUTOSAVE_RANGE[1])

    def watch(self, stack: QUndoStack) -> None:
        """Another plan is open, edited through ``stack``: the previous one's recovery
        file has had its day."""
        self.discard()
        stack.indexChanged.connect(self._edited)

    def _edited(self, _index: int = 0) -> None:
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        quiet = self.interval()
        left = quiet * MAX_WAIT - (now - self._first_change)
        self.timer.start(int(max(min(quiet, left), 0) * 1000))

    def saved_state_changed(self) -> None:
        """The plan was saved, or undone back to its saved state: nothing to recover."""
        if self.unsaved() is None:
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
        unsaved = self.unsaved()
        if unsaved is None:
            self.discard()
            return
        if self._job is not None:  # one write at a time; the newest state follows
            self._again = True
            return
        from smplanner.io import recovery

        slot, plan = self._slot(), unsaved.plan.copy()
        self._job = Job(
            "autosave",
            lambda: recovery.write(slot, plan, unsaved.original, unsaved.known),
            self._finished,
            after_cancel=lambda: recovery.remove(slot),  # a copy nobody wants any more
        ).start()  # not a daemon: at exit Python waits for it, so a cancelled copy goes

    def write_now(self) -> bool:
        """Write the recovery file before returning (a plan just recovered); False when
        nothing was written (the write failed, or the plan has no unsaved changes)."""
        from smplanner.io import recovery

        self.wait()
        unsaved = self.unsaved()
        if unsaved is None:  # nothing differs from the file: nothing written
            return False
        try:
            recovery.write(self._slot(), unsaved.plan, unsaved.original, unsaved.known)
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
            now = formats.short_time(datetime.now().time())
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
