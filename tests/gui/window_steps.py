"""What a user does to the main window, shared by the window, file and flow tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from smplanner.gui.actions import action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.problems_dialog import ProblemsDialog
from smplanner.gui.sections.planner.section import PlannerSection


def trigger(main: MainWindow, name: str) -> None:
    """Choose the window's action ``name`` (a menu item or its keys)."""
    action(main.window, name).trigger()


def mark_a_cell(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type P into the Followers cell of row 15 of the planner, as a user would."""
    section = main.section(PlannerSection)
    section.grid.select_cell(section.proxy.index(14, 4))
    qtbot.keyClick(section.grid.current_view(), Qt.Key.Key_P)
    assert main.plan.value("planner", 14, "Followers") == "P"
    assert main.window.isWindowModified()


def choose_file(monkeypatch: pytest.MonkeyPatch, kind: str, path: Path | None) -> None:
    """The next Open (``kind`` "open") or Save As ("save") dialog picks ``path``."""
    name = "getOpenFileName" if kind == "open" else "getSaveFileName"
    answer = (str(path), "") if path is not None else ("", "")
    monkeypatch.setattr(QFileDialog, name, lambda *a, **k: answer)


def click_when_shown(qtbot, button_name: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Once the problems dialog is up, note its text and click one of its buttons.

    Gives up (closing whatever modal window is up, so the test fails instead of hanging)
    if the dialog has not appeared within five seconds.
    """
    tries = [0]

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProblemsDialog):
            tries[0] += 1
            if tries[0] < 250:
                QTimer.singleShot(20, click)
            elif dialog is not None:
                dialog.close()
            return
        seen.append(dialog.text())
        seen.append(dialog.table.topLevelItem(0).text(1))
        qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
