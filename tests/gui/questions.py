"""Answering the app's own questions (gui/choices.ask) by clicking their buttons."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class Questions:
    """Watches for question boxes and clicks the queued answers, in order.

    A question with no answer queued is recorded and dismissed with Escape, so a test
    never hangs on an unexpected box; ``asked`` lists every question's texts.
    """

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def answer(self, *labels: str) -> Questions:
        self.answers += labels
        return self

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.asked.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
        if not self.answers:
            box.reject()
            return
        label = self.answers.pop(0)
        matching = [b for b in box.buttons() if b.text() == label]
        assert matching, f"no button {label!r} in {[b.text() for b in box.buttons()]}"
        matching[0].click()

    def stop(self) -> None:
        self._timer.stop()
