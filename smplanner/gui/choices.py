"""A question with buttons that say what they do ("Reload", "Save As…"), not Yes/No.

QMessageBox's static helpers only offer standard buttons; the questions about files on
disk, locks and recovery need their own words, and Escape must pick the harmless one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[str],
    *,
    detail: str = "",
    default: int = 0,
    escape: int | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> int:
    """Show ``text`` with one button per choice; the index of the one clicked.

    ``escape`` (default: the last choice) is what Escape and the close button answer.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    escape = len(choices) - 1 if escape is None else escape
    buttons = []
    for number, label in enumerate(choices):
        role = Role.RejectRole if number == escape else Role.AcceptRole
        buttons.append(box.addButton(label, role))
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.setObjectName("question")
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else escape
