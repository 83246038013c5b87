"""The evidence under the maturity grid: the chosen dimension's statements, ticked when
confirmed, and how far up the levels they carry it."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QToolBar, QVBoxLayout, QWidget

from smplanner.domain import maturity, maturity_report
from smplanner.domain.commands import InsertRows, RemoveRows
from smplanner.domain.maturity_tables import LEVEL_CODES
from smplanner.domain.text import tr
from smplanner.gui.actions import tool_action
from smplanner.gui.grid.clipboard import Grid, Placement
from smplanner.gui.grid.plan_views import plan_table_view, source_rows
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor


class DimensionFilter(QSortFilterProxyModel):
    """The evidence statements of one dimension."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.dimension = ""

    def set_dimension(self, dimension: str) -> None:
        if dimension != self.dimension:
            self.beginFilterChange()
            self.dimension = dimension
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PlanTableModel)
        return bool(model.plan.value(model.table, source_row, "dimension") == self.dimension)


class EvidencePage(QWidget):
    """Statements of the dimension the grid has chosen, with a heading that sums them up.

    ``level`` is the level the grid's current cell stands for (new statements are for it).
    Evidence is fact, not opinion: it is the same whichever rater is chosen.
    """

    message = Signal(str)

    def __init__(
        self,
        editor: PlanEditor,
        level: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self._level = level
        self.model = PlanTableModel(editor, maturity_report.EVIDENCE, parent=self)
        self.model.message.connect(self.message)
        self.filter = DimensionFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = plan_table_view(self, "maturity.evidence", self.filter)
        self.view.setColumnHidden(0, True)
        char = self.view.fontMetrics().averageCharWidth()
        self.view.setColumnWidth(1, 8 * char)
        self.view.setColumnWidth(3, 11 * char)
        self.view.setColumnWidth(4, 30 * char)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel(self)
        self.heading.setObjectName("maturity.evidence_heading")
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_: dict[str, QAction] = {}
        for name, text, tip, slot in (
            (
                "add_evidence",
                tr("Add statement"),
                tr("Add an evidence statement for this dimension"),
                self.add_statement,
            ),
            (
                "delete_evidence",
                tr("Delete statement"),
                tr("Delete the selected statements"),
                self.delete_statements,
            ),
        ):
            self.actions_[name] = tool_action(self, bar, f"maturity.{name}", text, [], tip, slot)
        self.view.addActions(list(self.actions_.values()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    @property
    def dimension(self) -> str:
        return self.filter.dimension

    def show_dimension(self, dimension: str) -> None:
        self.filter.set_dimension(dimension)
        self.refresh()

    def refresh(self) -> None:
        """The heading: how many statements are confirmed, and the level they carry."""
        dimension = self.dimension
        if not dimension:
            self.heading.setText(tr("Choose a dimension to see its evidence"))
            return
        rows = [
            r for r in self.plan.records(maturity_report.EVIDENCE) if r["dimension"] == dimension
        ]
        confirmed = sum(1 for r in rows if r["confirmed"])
        evidenced = maturity.evidenced_level(
            maturity_report.evidence_levels(self.plan).get(dimension, {})
        )
        self.heading.setText(
            tr(
                "<b>Evidence for {dimension}</b>: {confirmed} of %n statement(s) confirmed; "
                "evidenced level {level}",
                "",
                len(rows),
            ).format(
                dimension=html.escape(dimension),
                confirmed=confirmed,
                level=maturity_report.level_words(evidenced),
            )
        )

    def add_statement(self) -> None:
        """A statement for the chosen dimension, at the grid's level, edited at once."""
        dimension = self.dimension
        if not dimension:
            self.message.emit(tr("Choose a dimension first"))
            return
        code = LEVEL_CODES[(self._level() or 1) - 1]
        rows = [
            r
            for r in range(self.plan.row_count(maturity_report.EVIDENCE))
            if self.plan.value(maturity_report.EVIDENCE, r, "dimension") == dimension
        ]
        at = rows[-1] + 1 if rows else self.plan.row_count(maturity_report.EVIDENCE)
        record = {"dimension": dimension, "level": code, "statement": tr("New statement")}
        label = tr("Add evidence for {dimension}").format(dimension=dimension)
        if self.editor.execute(InsertRows(maturity_report.EVIDENCE, at, (record,), label=label)):
            shown = self.filter.mapFromSource(self.model.index(at, 2))
            self.view.setCurrentIndex(shown)
            self.view.edit(shown)

    def delete_statements(self) -> None:
        rows = source_rows(self.view)
        if rows and self.editor.execute(
            RemoveRows(
                maturity_report.EVIDENCE,
                tuple(rows),
                label=tr("Delete %n evidence statement(s)", "", len(rows)),
            )
        ):
            self.message.emit(tr("Deleted; Undo (Ctrl+Z) brings it back"))


class EvidenceGrid(Grid):
    """The chosen dimension's statements for the Edit menu: a paste stays among them (a
    row added at the end would belong to no dimension)."""

    def place(self, block: list[list[str]]) -> Placement:
        placement = super().place(block)
        if any(row >= self.shown.rowCount() for row, _, _ in placement.cells):
            return Placement(
                note=tr("Add statements first: the paste runs past this dimension's last")
            )
        return placement
