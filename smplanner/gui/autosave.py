"""Autosave: an unsaved plan is copied to its recovery file once the user pauses.

The timer restarts at every change, so typing is never interrupted; it fires after the
interval set in Preferences without an edit, and at the latest after MAX_WAIT intervals
of steady work. Saving the plan, undoing back to the saved state, opening another plan
or closing the window cleanly removes the recovery file, so only a crash leaves one.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from smplanner.gui import settings as keys
from smplanner.gui.settings import Settings
from smplanner.io import recovery
from smplanner.io.atomic import SaveError

if TYPE_CHECKING:
    from smplanner.gui.document import Document

MAX_WAIT = 3
"""Steady editing autosaves after at most this many intervals."""


class Autosave(QObject):
    """Keeps the document's recovery file in step with its unsaved changes."""

    message = Signal(str)

    def __init__(self, document: Document, settings: Settings) -> None:
        super().__init__(document)
        self.document = document
        self.settings = settings
        self.slot: Path | None = None
        """This plan's recovery workbook, once written."""
        self._first_change: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_now)
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

    def save_now(self) -> bool:
        """Write the recovery file now (nothing to do for an unchanged plan)."""
        self.timer.stop()
        self._first_change = None
        if not self.document.is_modified():
            self.discard()
            return True
        slot = self.slot or recovery.new_slot()
        document = self.document
        try:
            recovery.write(slot, document.plan, document.path, document.stamp)
        except (SaveError, OSError) as error:
            self.message.emit(f"Autosave failed: {error}; save the plan to keep your changes")
            return False
        self.slot = slot
        self.message.emit(f"Recovery copy saved at {datetime.now():%H:%M}")
        return True

    def discard(self) -> None:
        """Remove the recovery file: the plan is saved, dropped or closed."""
        self.timer.stop()
        self._first_change = None
        if self.slot is not None:
            recovery.remove(self.slot)
            self.slot = None
