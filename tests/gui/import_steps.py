"""Steps a user takes in the Import data dialog: pick from drop-downs, wait for the preview."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QTableView

from smplanner.gui.import_data.dialog import ImportDataDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "data" / "imports"))
import make_samples


def write_samples(tmp_path: Path) -> Path:
    """The sample files of tests/data/imports, written afresh into ``tmp_path``."""
    folder = tmp_path / "samples"
    folder.mkdir()
    make_samples.write_all(folder)
    return folder


def pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type the entry's name on the focused drop-down until it is chosen, as a user picks
    by keyboard (a space would open the list instead)."""
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert text in offered, f"{text!r} is not offered: {offered}"
    pause = QApplication.keyboardInputInterval() / 1000 - (time.monotonic() - _typed[0])
    if pause > 0:  # letters typed within the interval would continue the last search
        qtbot.wait(int(pause * 1000) + 20)
    combo.setFocus()
    for letter in text:
        if combo.currentText() == text and combo.currentIndex() >= 0:
            break
        assert letter != " ", f"typing {text!r} would open the list"
        qtbot.keyClicks(combo, letter)
        _typed[0] = time.monotonic()
    assert combo.currentText() == text


_typed = [0.0]
"""When ``pick`` last typed a letter."""


def cell_combo(view: QTableView, row: int, column: int) -> QComboBox:
    widget = view.indexWidget(view.model().index(row, column, QModelIndex()))
    assert isinstance(widget, QComboBox)
    return widget


def row_of(view: QTableView, text: str) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == text:
            return row
    raise LookupError(text)


def settle(qtbot, dialog: ImportDataDialog) -> None:  # type: ignore[no-untyped-def]
    """Wait until the file is read and the preview worked out."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def summary(dialog: ImportDataDialog) -> str:
    return dialog.summary.text().replace("<b>", "").replace("</b>", "").replace("<br>", "\n")


def rows(view: QTableView) -> list[tuple[str, ...]]:
    model = view.model()
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def while_shown(qtbot, steps: Callable[[ImportDataDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Once the dialog is up (it runs modal), take ``steps`` in it; close it if they fail."""
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportDataDialog):
            tries[0] += 1
            if tries[0] < 250:
                QTimer.singleShot(20, run)
            return
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
