"""Cost lines as the user reads them: periods by name, staff time valued.

The table stores a period's number and, on a staff-time line, its hours with the amount
left empty; shown as they are stored, a user reads "3" and an empty amount. This proxy
shows the period's name ("Mar 2027") and, in the empty amount of a staff-time line, what
its hours are worth at the hourly rate, greyed. Editing and copying still go to the
stored values (the edit role passes through): typing a period number still works, and a
typed amount adds to the hours as it always did.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from smplanner.domain import roi
from smplanner.domain.measuring_tables import COSTS
from smplanner.domain.periods import settings_of
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr
from smplanner.gui.grid.table_model import PlanTableModel, shown_value
from smplanner.report.formats import period_labels as shown_labels

Index = QModelIndex | QPersistentModelIndex
WORKED_OUT = QColor("#7a808a")
"""Grey: a figure worked out, not typed."""


class ShownLines(QIdentityProxyModel):
    """The lines of ``source`` with names and valued hours shown."""

    def __init__(self, source: PlanTableModel) -> None:
        super().__init__(source)
        self.plan_model = source
        self.setSourceModel(source)
        self._period = source.column_number("period")
        self._amount = source.column_number("amount") if source.table == COSTS else -1
        source.dataChanged.connect(self._repaint_amount)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = index.column()
        if index.isValid() and column in (self._period, self._amount):
            if role == Qt.ItemDataRole.DisplayRole:
                shown = self._shown(index.row(), column)
                if shown is not None:
                    return shown
            elif role == Qt.ItemDataRole.TextAlignmentRole and column == self._period:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            elif role == Qt.ItemDataRole.ForegroundRole and column == self._amount:
                if self._valued(index.row()) is not None:
                    return WORKED_OUT
            elif role == Qt.ItemDataRole.ToolTipRole and column == self._amount:
                valued = self._valued(index.row())
                if valued is not None:
                    return tr(
                        "Staff time: the hours at the hourly rate (worked out, not stored);"
                        " type an amount to add money spent besides"
                    )
        return super().data(index, role)

    def _shown(self, row: int, column: int) -> str | None:
        plan, table = self.plan_model.plan, self.plan_model.table
        if column == self._period:
            number = plan.value(table, row, "period")
            if is_blank(number):
                return None
            labels = shown_labels(settings_of(plan))
            return labels[int(number) - 1] if 0 < int(number) <= len(labels) else None
        valued = self._valued(row)
        amount = self.plan_model.column(self._amount)
        return None if valued is None else shown_value(amount, valued)

    def _valued(self, row: int) -> float | None:
        """What a staff-time line with hours and no amount is worth, else None."""
        plan, table = self.plan_model.plan, self.plan_model.table
        record = plan.row(table, row)
        if record.get("category") != roi.STAFF_TIME or not is_blank(record.get("amount")):
            return None
        hours = record.get("hours")
        if hours is None or is_blank(hours):
            return None
        line = roi.CostLine("organic", roi.STAFF_TIME, 0.0, float(hours))
        return roi.line_cost(line, settings_of(plan).hourly_rate)

    def _repaint_amount(self, first: QModelIndex, last: QModelIndex, *_: object) -> None:
        """Hours or category edited: the amount beside them shows another worked-out value."""
        if self._amount >= 0 and first.column() != self._amount:
            top, bottom = first.row(), last.row()
            self.dataChanged.emit(self.index(top, self._amount), self.index(bottom, self._amount))
