"""Opening and saving a plan without freezing the window.

A big workbook takes seconds to read or write. :meth:`BusyWork.run` hands the work to a
:class:`~smplanner.gui.worker.Job` and waits for it in a local event loop, so the window
keeps painting and the caller still gets its answer in order (Save before Close needs
to know whether the save worked). Meanwhile the plan is held still: the sections and the
window's actions are disabled, so nothing changes the plan that is being written or
replaced, and no second open or save can start. Work that lasts longer than
:data:`SHOW_AFTER_MS` shows itself in the status bar; an open offers Cancel, which leaves
the open plan as it was and lets the reading run out in the background, unreported.
Closing the window meanwhile cancels an open, and waits for a save to finish first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QWidget,
)

from smplanner.domain.text import tr
from smplanner.gui.worker import Job

SHOW_AFTER_MS = 500
"""Shorter work finishes before a progress bar would be worth showing."""


@dataclass(frozen=True)
class Outcome:
    """What the work returned, or the exception it raised, or that the user cancelled."""

    result: Any = None
    error: Exception | None = None
    cancelled: bool = False


class BusyWork(QObject):
    """Runs one slow file task at a time for ``window``, showing and holding it meanwhile."""

    _finished = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._job: Job | None = None
        self._loop: QEventLoop | None = None
        self._cancellable = False
        self._close_after = False
        self._held: list[QAction] = []
        self._finished.connect(self._done)
        self.panel = QWidget()
        self.panel.setObjectName("busyPanel")
        layout = QHBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("busyProgress")
        self.progress.setRange(0, 0)  # the reader and writer do not say how far they are
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("busyCancel")
        self.cancel_button.setToolTip(tr("Stop opening; the plan that is open stays as it is"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self.panel.hide()
        window.statusBar().addPermanentWidget(self.panel)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.panel.show)

    @property
    def active(self) -> bool:
        return self._job is not None

    def run(self, text: str, work: Callable[[], Any], *, cancellable: bool) -> Outcome:
        """Do ``work()`` in a worker; return once it is done or the user cancelled it.

        Only a ``cancellable`` task (one that changes nothing on disk) offers Cancel.
        """
        if self._job is not None:
            raise RuntimeError("a file task is already running")
        job = Job("file task", work, self._finished, daemon=cancellable)
        self._job, self._cancellable, self._close_after = job, cancellable, False
        self.label.setText(text)
        self.cancel_button.setVisible(cancellable)
        self._hold()
        self._loop = QEventLoop(self)
        self._show_timer.start(SHOW_AFTER_MS)
        job.start()
        try:
            self._loop.exec()
        finally:
            self._show_timer.stop()
            self.panel.hide()
            self._release()
            self._job = self._loop = None
        if self._close_after:  # the user closed the window meanwhile: close it now
            QTimer.singleShot(0, self.window, self._close_window)
        if job.cancelled.is_set():
            return Outcome(cancelled=True)
        return Outcome(job.result, job.error)

    def cancel(self) -> None:
        """Drop the task under way, if it may be dropped (an open, not a save)."""
        if self._job is not None and self._cancellable and self._loop is not None:
            self._job.cancel()
            self._loop.quit()

    def may_close(self) -> bool:
        """True when the window may close now; else it closes once the task ends.

        An open is cancelled; a save is waited for, so its file is whole.
        """
        if self._job is None:
            return True
        self._close_after = True
        if self._cancellable:
            self.cancel()
        else:
            self.label.setText(tr("Saving; the window closes once the plan is saved…"))
            self.panel.show()
        return False

    def _close_window(self) -> None:
        if self.window.isVisible():
            self.window.close()

    def _done(self, job: Job) -> None:
        if job is self._job and self._loop is not None:
            self._loop.quit()

    # ------------------------------------------------------------ holding edits
    def _hold(self) -> None:
        """No edit, undo or file command while the plan is being read or written."""
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(False)
        self._held = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for item in self._held:
            item.setEnabled(False)

    def _release(self) -> None:
        for item in self._held:
            if shiboken6.isValid(item):  # a widget deleted meanwhile took its actions
                item.setEnabled(True)
        self._held = []
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(True)
