"""Tells what is wrong in a workbook, cell by cell, and lets the user decide."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.io.problems import Problem


class ProblemsDialog(QDialog):
    """Lists the problems; "Open anyway" opens the plan with those cells left empty."""

    def __init__(self, name: str, problems: Sequence[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(f"Problems in {name}")
        errors = [p for p in problems if p.is_error]
        intro = QLabel(
            f"{name} has {len(errors)} value{'s' if len(errors) != 1 else ''} that smplanner "
            "cannot use. Fix them in Excel or LibreOffice and open the file again, or open it "
            "now with those cells left empty. It then opens as a new, unsaved plan, so your "
            "file stays as it is.",
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(str(p) for p in problems))
        self.text.setMinimumSize(640, 220)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            "Open anyway, cells left empty", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
