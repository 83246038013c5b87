"""One piece of slow work in a worker thread, its outcome sent back through a Qt signal.

Autosave, Open and Save all use it: the window's thread starts the job and goes on
painting; the worker runs the work, keeps its result or the exception it raised (never
raised in the thread), and emits the owner's signal, which Qt queues to the window's
thread. A cancelled job is never reported: it runs to its end and its ``after_cancel``
clean-up follows (a recovery copy nobody wants any more is removed), or it is left to
finish quietly (an open whose plan nobody will show).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance


class Job:
    """``work()`` in its own thread; ``finished`` (a signal taking the job) reports it."""

    def __init__(
        self,
        name: str,
        work: Callable[[], Any],
        finished: SignalInstance,
        *,
        after_cancel: Callable[[], None] | None = None,
        daemon: bool = False,
    ) -> None:
        """A ``daemon`` job does not hold the interpreter's exit (reading, not writing)."""
        self.result: Any = None
        self.error: Exception | None = None
        self.cancelled = threading.Event()
        self.done = threading.Event()
        self._work = work
        self._finished = finished
        self._after_cancel = after_cancel
        self.thread = threading.Thread(target=self._run, name=name, daemon=daemon)

    def start(self) -> Job:
        self.thread.start()
        return self

    def cancel(self) -> None:
        """Nobody wants the outcome any more: it is not reported."""
        self.cancelled.set()

    def _run(self) -> None:
        try:
            self.result = self._work()
        except Exception as error:  # handed to the window's thread, never raised here
            self.error = error
        self.done.set()
        if self.cancelled.is_set():  # after the work: nothing can follow the clean-up
            if self._after_cancel is not None:
                self._after_cancel()
        else:
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                self._finished.emit(self)
