"""The raters under the maturity grid: who rates, and how far their ratings lie apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import maturity_report
from smplanner.domain.commands import InsertRows, RemoveRows
from smplanner.domain.maturity_tables import LEVEL_CODES
from smplanner.domain.names import unique_name
from smplanner.domain.text import tr
from smplanner.gui.actions import tool_action
from smplanner.gui.grid.figures_model import FigureRow, FiguresModel
from smplanner.gui.grid.plan_views import plan_table_view, source_rows
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor
from smplanner.report import formats

DISAGREE_COLOUR = "#fde2c4"


class RatersPage(QWidget):
    """The raters as an editable table; beside it each rater's level per dimension."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.model = PlanTableModel(editor, maturity_report.RATERS, parent=self)
        self.model.message.connect(self.message)
        self.compare_model = FiguresModel(parent=self)
        self.view = plan_table_view(self, "maturity.raters", self.model)
        char = self.view.fontMetrics().averageCharWidth()
        self.view.setColumnWidth(0, 22 * char)
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_: dict[str, QAction] = {}
        for name, text, tip, slot in (
            (
                "add_rater",
                tr("Add rater"),
                tr("Add a person who rates independently"),
                self.add_rater,
            ),
            (
                "delete_rater",
                tr("Delete rater"),
                tr("Delete the selected rater and their ratings"),
                self.delete_rater,
            ),
        ):
            self.actions_[name] = tool_action(self, bar, f"maturity.{name}", text, [], tip, slot)
        self.compare_view = QTableView(self)
        self.compare_view.setObjectName("maturity.compare")
        self.compare_view.setModel(self.compare_model)
        self.compare_view.verticalHeader().hide()
        header = self.compare_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compare_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_note = QLabel(self)
        self.compare_note.setObjectName("maturity.compare_note")
        self.compare_note.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(bar)
        left.addWidget(self.view, 1)
        right = QVBoxLayout()
        right.addWidget(self.compare_note)
        right.addWidget(self.compare_view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    # ------------------------------------------------------------- comparison
    def refresh(self) -> None:
        """Each rater's current level per dimension, the mean and the spread."""
        raters = self.plan.keys(maturity_report.RATERS)
        if len(raters) < 2:
            self.compare_note.setText(
                tr(
                    "Add a second rater (for example the sales lead and the marketing lead) to "
                    "compare independent ratings: each rater's level, the mean and the spread."
                )
            )
            self.compare_view.hide()
            self.compare_model.set_rows([], [])
            return
        rows = []
        disagreeing = 0
        for dimension, spread in maturity_report.spreads(self.plan).items():
            cells = [dimension]
            cells += [
                LEVEL_CODES[spread.levels[r] - 1] if r in spread.levels else "–" for r in raters
            ]
            cells += [
                formats.number(spread.mean, 1) if spread.mean is not None else "–",
                str(spread.spread) if spread.levels else "–",
            ]
            tip = ""
            background = None
            if spread.disagree:
                disagreeing += 1
                tip = tr(
                    "The raters are %n level(s) apart on {dimension}: "
                    "talk it through before acting on the mean",
                    "",
                    spread.spread,
                ).format(dimension=dimension)
                background = QColor(DISAGREE_COLOUR)
            rows.append(FigureRow(cells, tip, background))
        headers = [tr("Dimension"), *raters, tr("Mean"), tr("Spread")]
        tips = [
            "",
            *(tr("Current level given by {rater}").format(rater=r) for r in raters),
            tr("Mean of the raters' current levels"),
            tr("Highest minus lowest level"),
        ]
        self.compare_model.set_rows(headers, rows, tips)
        self.compare_view.show()
        self.compare_note.setText(
            tr(
                "Current levels by rater. %n dimension(s) where raters are two levels or more "
                "apart (highlighted).",
                "",
                disagreeing,
            )
            if disagreeing
            else tr(
                "Current levels by rater; no dimension where raters are two levels or more apart."
            )
        )

    # ---------------------------------------------------------------- commands
    def add_rater(self) -> int | None:
        """Add a rater called "New rater" (numbered when taken); returns its row."""
        name = unique_name(self.plan.keys(maturity_report.RATERS), tr("New rater"))
        at = self.plan.row_count(maturity_report.RATERS)
        label = tr("Add rater '{name}'").format(name=name)
        if not self.editor.execute(
            InsertRows(maturity_report.RATERS, at, ({"name": name},), label=label)
        ):
            return None
        return at

    def edit_name(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)
        self.message.emit(tr("Type the rater's name and role; choose them above the grid to rate"))

    def delete_rater(self) -> None:
        rows = source_rows(self.view)
        if not rows:
            return
        if len(rows) >= self.plan.row_count(maturity_report.RATERS):
            self.message.emit(tr("Keep at least one rater: someone must rate"))
            return
        names = [str(self.plan.value(maturity_report.RATERS, r, "name")) for r in rows]
        if len(names) == 1:
            label = tr("Delete rater '{name}'").format(name=names[0])
            done = tr(
                "Deleted rater '{name}' and their ratings; Undo (Ctrl+Z) brings them back"
            ).format(name=names[0])
        else:
            label = tr("Delete %n rater(s)", "", len(names))
            done = tr(
                "Deleted %n rater(s) and their ratings; Undo (Ctrl+Z) brings them back",
                "",
                len(names),
            )
        if self.editor.execute(RemoveRows(maturity_report.RATERS, tuple(rows), label=label)):
            self.message.emit(done)
