"""The Alignment tab: marketing levers down, sales goals across, nine boxes at once.

Each box is a crossing where marketing and sales ask the same question from their side;
the team records who owns it, how far it is, when it is due and what was agreed. Arrow
keys move between boxes; Enter, F2 or a double click edits one in place.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import palette
from smplanner.domain.alignment_tables import STATUSES
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.clipboard import Grid, Placement
from smplanner.gui.sections.alignment.card import BoxDelegate
from smplanner.gui.sections.alignment.model import AlignmentModel
from smplanner.gui.sections.base import Section
from smplanner.gui.undo import PlanEditor

HINT = QT_TRANSLATE_NOOP(
    "",
    "Arrow keys move between boxes; Enter, F2 or a double click edits one (Enter keeps, "
    "Esc drops); Ctrl+C and Ctrl+V copy a box's owner, status, due date, action and notes",
)


class ChartView(QTableView):
    """The 3 x 3 chart: the boxes share the view's room; Enter edits the current box."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rows = self.model().rowCount() if self.model() else 0
        if rows:
            self.verticalHeader().setDefaultSectionSize(
                max(self.viewport().height() // rows, self.fontMetrics().height() * 6)
            )


class AlignmentGrid(Grid):
    """The chart for the Edit menu: a pasted block stays inside the nine boxes."""

    def place(self, block: list[list[str]]) -> Placement:
        placement = super().place(block)
        rows = self.shown.rowCount()
        inside = [cell for cell in placement.cells if cell[0] < rows]
        if len(inside) < len(placement.cells):
            placement.cells = inside
            placement.note = tr("The chart has three rows: the rest of the paste was left out")
        return placement


class AlignmentSection(Section):
    """Sales and marketing, crossing by crossing."""

    title = QT_TRANSLATE_NOOP("", "Alignment")
    page_name = "alignment"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.alignment")
        self.today = dt.date.today
        self.model = AlignmentModel(editor, lambda: self.today(), self)
        self.model.message.connect(self.message)
        self.view = ChartView(self)
        self.view.setObjectName("alignment.chart")
        self.view.setModel(self.model)
        self.view.setItemDelegate(BoxDelegate(lambda: self.today(), self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setShowGrid(False)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.installEventFilter(self)
        self.add_grid(AlignmentGrid(self.view))

        heading = QLabel(
            tr(
                "<b>Sales and marketing alignment</b> — each marketing lever (down) meets "
                "each sales goal (across): the same question asked from both sides"
            ),
            self,
        )
        legend = QLabel(
            "&nbsp;&nbsp;".join(
                f"<span style='background:{palette.ALIGNMENT_STATUSES[s]}'>&nbsp;{tr(s)}&nbsp;"
                "</span>"
                for s in STATUSES
            )
            + f"&nbsp;&nbsp;<span style='color:{palette.OVERDUE}'><b>▢ {tr('overdue')}</b></span>",
            self,
        )
        legend.setObjectName("alignment.legend")
        legend.setToolTip(tr("A box past its due date and not done has a red edge"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(legend)
        hint = QLabel(tr(HINT), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.view)
        self.view.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            pressed = event.type() == QEvent.Type.KeyPress and event.key() in keys and plain
            if pressed and self.view.state() != QAbstractItemView.State.EditingState:
                self.view.edit(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)
