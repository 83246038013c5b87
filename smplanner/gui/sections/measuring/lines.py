"""The Measuring tab's cost lines page: one plan table in a plain grid, with its total.

Lines after the last period are marked and left out of the figures; the total under the
grid says how many.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import measures
from smplanner.domain.commands import InsertRows, RemoveRows
from smplanner.domain.text import tr
from smplanner.gui.grid.delegates import PlanCellDelegate
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.sections.measuring.lines_shown import ShownLines
from smplanner.gui.sections.measuring.lines_styler import LinesStyler
from smplanner.gui.sections.measuring.page_action import page_action
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import figures


class LinesPage(QWidget):
    """Cost lines: the generic table model, add and delete, a running total."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"measuring.{table}")
        self.editor = editor
        self.plan = editor.plan
        self.table = table
        schema = self.plan.schema(table)
        self.styler = LinesStyler(self.plan, table)
        self.model = PlanTableModel(editor, table, self.styler, self)
        self.model.message.connect(self.message)
        self.view = QTableView(self)
        self.view.setObjectName(f"measuring.{table}.view")
        self.shown = ShownLines(self.model)
        self.view.setModel(self.shown)
        self.view.setItemDelegate(PlanCellDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.view.fontMetrics().averageCharWidth()
        for number, column in enumerate(schema.columns):
            title = len(tr(column.title)) + 2
            self.view.setColumnWidth(number, max(column.width, title) * char + 12)
        self.view.setColumnWidth(0, max(self.view.columnWidth(0), 11 * char + 12))  # "Sep 2027"
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_tip = tr("Add a cost line below the current one, for the same period and network")
        delete_tip = tr("Delete the selected cost lines")
        self.add_action = page_action(
            self, bar, f"{table}.add", tr("&Add line"), ["Ctrl+Return", "Insert"],
            add_tip, self.add,
        )  # fmt: skip
        self.delete_action = page_action(
            self, bar, f"{table}.delete", tr("&Delete lines"), ["Ctrl+-"],
            delete_tip, self.delete_lines,
        )  # fmt: skip
        self.total = QLabel(self)
        self.total.setObjectName(f"measuring.{table}.total")
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{tr(schema.title)}</b> — {tr(schema.description)}", self))
        top.addStretch(1)
        top.addWidget(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        self.setFocusProxy(self.view)

    def show_total(self, board: measures.Dashboard) -> None:
        currency = board.settings.currency
        shown = figures()
        text = tr("Investment {investment}: organic {organic}, paid {paid}").format(
            investment=shown.money(board.overall.investment, currency),
            organic=shown.money(board.organic),
            paid=shown.money(board.paid),
        )
        if board.left_out:
            left_out = tr("%n line(s) after the last period left out", "", board.left_out)
            text += f" · {left_out}"
        self.total.setText(text)

    def _rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def add(self) -> bool:
        rows = self._rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        record: dict[str, object] = {}
        if rows:
            like = self.plan.row(self.table, rows[-1])
            record = {k: like[k] for k in ("period", "network", "spend") if k in like}
        label = tr("Add cost line")
        if not self.editor.execute(InsertRows(self.table, at, (record,), label=label)):
            return False
        column = self.plan.column_index(self.table, "category")
        self.view.setCurrentIndex(self.shown.index(at, column))
        self.view.setFocus()
        return True

    def delete_lines(self) -> bool:
        rows = self._rows()
        if not rows:
            return False
        label = tr("Delete %n cost line(s)", "", len(rows))
        said = tr("Delete %n cost line(s); Undo (Ctrl+Z) brings them back", "", len(rows))
        done = self.editor.execute(RemoveRows(self.table, tuple(rows), label=label))
        if done:
            self.message.emit(said)
        return done
