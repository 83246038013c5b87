"""Tells what is wrong in a workbook, cell by cell, and lets the user decide.

A person fixes these in Excel, so each problem is one row saying where (sheet, cell),
what is wrong and what was expected; the list can be copied whole to keep beside the
workbook while fixing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.io.problems import Problem
from smplanner.report import formats

HEADERS = (
    QT_TRANSLATE_NOOP("", "Sheet"),
    QT_TRANSLATE_NOOP("", "Cell"),
    QT_TRANSLATE_NOOP("", "What is wrong"),
    QT_TRANSLATE_NOOP("", "Expected"),
)
MAX_SHOWN = 2000
"""Rows listed; a forged file may have a problem in each of 250,000 rows (Copy list
still copies them all), and listing them all would take the window seconds."""


class ProblemsDialog(QDialog):
    """Lists the problems; "Open anyway" opens the plan with those cells left empty."""

    def __init__(self, name: str, problems: Sequence[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(tr("Problems in {name}").format(name=name))
        self.problems = sorted(problems, key=lambda p: not p.is_error)  # errors first
        errors = sum(1 for p in problems if p.is_error)
        cannot = tr("{name} has %n value(s) that smplanner cannot use.", "", errors)
        fix = tr(
            "Fix them in Excel or LibreOffice and open the file again, or open it now with "
            "those cells left empty. It then opens as a new, unsaved plan, so your file "
            "stays as it is."
        )
        intro = QLabel(f"<b>{escape(cannot.format(name=name))}</b><br>{escape(fix)}", self)
        intro.setWordWrap(True)
        self.table = self._make_table()
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            tr("Open anyway with these cells left empty"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button = buttons.addButton(
            tr("Copy list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(tr("Copy every problem as text, to keep while fixing the file"))
        self.copy_button.clicked.connect(self.copy)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not open a plan with holes in it
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _make_table(self) -> QTreeWidget:
        table = QTreeWidget(self)
        table.setObjectName("problems")
        table.setRootIsDecorated(False)
        table.setAlternatingRowColors(True)
        table.setUniformRowHeights(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setHeaderLabels([tr(h) for h in HEADERS])
        for problem in self.problems[:MAX_SHOWN]:
            item = QTreeWidgetItem(
                [problem.sheet or tr("(workbook)"), problem.cell, problem.message, problem.expected]
            )
            if not problem.is_error:
                item.setText(2, tr("Note: {message}").format(message=problem.message))
            for column in range(len(HEADERS)):  # the full text where a column cuts it
                item.setToolTip(column, str(problem))
            table.addTopLevelItem(item)
        hidden = len(self.problems) - MAX_SHOWN
        if hidden > 0:
            words = tr("… and {count} more; Copy list copies them all")
            more = QTreeWidgetItem([words.format(count=formats.integer(hidden))])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            table.addTopLevelItem(more)
            more.setFirstColumnSpanned(True)
        header = table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(3):
            table.resizeColumnToContents(column)
        table.setColumnWidth(2, min(table.columnWidth(2) + 12, 400))
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    def text(self) -> str:
        """Every problem, one line each, as the command line's ``validate`` prints them."""
        return "\n".join(str(p) for p in self.problems)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text() + "\n")
