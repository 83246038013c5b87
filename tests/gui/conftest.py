"""GUI fixtures: a plan editor on the example plan, the main window, dialog answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from smplanner.domain.catalogue import example_plan
from smplanner.gui.main_window import MainWindow
from smplanner.gui.undo import PlanEditor


@pytest.fixture
def editor(qtbot) -> PlanEditor:  # type: ignore[no-untyped-def]
    return PlanEditor(example_plan())


@pytest.fixture
def main(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window.window)
    window.window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window.window)
    yield window
    window.editor.stack.setClean()  # type: ignore[union-attr]
    window.window.close()


class Answers:
    """Records the message boxes the app shows and gives the chosen answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel
        for kind in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._make(kind))
        monkeypatch.setattr(
            QMessageBox,
            "about",
            lambda parent, title, text: self.shown.append(("about", title, text)),
        )

    def _make(self, kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))
            return self.answer

        return show


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)
