"""The planner grid's proxy: rows of one stage, goal or tactic, or holding a word.

It is also the one place that knows what a KPI column header should explain, because
the generic model only has the KPI's description and the planner wants its unit,
direction and usual stages too. It filters rows only: columns map one to one.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.table_model import PlanTableModel

FILTERED = ("stage", "goal", "tactic")
SEARCHED = (*FILTERED, "notes")
DIRECTION_WORDS = {
    "up": QT_TRANSLATE_NOOP("", "higher is better"),
    "down": QT_TRANSLATE_NOOP("", "lower is better"),
}


class PlannerFilter(QSortFilterProxyModel):
    """Rows matching every chosen stage/goal/tactic and the search text (case-blind)."""

    def __init__(self, source: PlanTableModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.plan_model = source
        self.wanted: dict[str, str] = {}
        self.text = ""

    def set_wanted(self, column: str, value: str) -> None:
        """Keep rows whose ``column`` is ``value`` ("" shows all)."""
        self.beginFilterChange()
        if value:
            self.wanted[column] = value
        else:
            self.wanted.pop(column, None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear(self) -> None:
        self.beginFilterChange()
        self.wanted.clear()
        self.text = ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self.wanted or self.text)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        plan, table = self.plan_model.plan, self.plan_model.table
        for column, value in self.wanted.items():
            if plan.value(table, source_row, column) != value:
                return False
        if self.text:
            words = " ".join(str(plan.value(table, source_row, c)) for c in SEARCHED)
            return self.text in words.casefold()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The plan model's headers (rows keep their plan numbers), KPI tooltips added.

        Asks the plan model directly rather than through ``super()``: PySide6 6.12.0
        loses a reference to ``None`` each time an empty QVariant from C++ becomes
        Python's None, and headers ask for many empty roles on every paint.
        """
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = kpi_tooltip(self.plan_model, section)
                if tip:
                    return tip
            return self.plan_model.headerData(section, orientation, role)
        if not 0 <= section < self.rowCount():
            return None
        source = self.mapToSource(self.index(section, 0)).row()
        return self.plan_model.headerData(source, orientation, role)

    def source_rows(self, rows: list[int]) -> list[int]:
        """Source row numbers of shown ``rows``."""
        return [self.mapToSource(self.index(r, 0)).row() for r in rows]

    def shown_row(self, source_row: int) -> int:
        """Where a source row is shown, or -1 when the filter hides it."""
        return self.mapFromSource(self.plan_model.index(source_row, 0)).row()


def kpi_tooltip(model: PlanTableModel, section: int) -> str:
    """A KPI column's header tooltip: what it is, its unit and direction, usual stages."""
    column = model.column(section)
    if not column.group:
        return ""
    plan = model.plan
    try:
        row = plan.keys("kpis").index(column.name)
    except ValueError:
        return ""
    kpi = plan.row("kpis", row)
    lines = [f"<b>{escape(column.name)}</b> <i>({escape(str(kpi['category']))})</i>"]
    if kpi["description"]:
        lines.append(escape(str(kpi["description"])))
    direction = str(kpi["direction"])
    direction = tr(DIRECTION_WORDS[direction]) if direction in DIRECTION_WORDS else direction
    unit = tr("Unit: {unit}; {direction}")
    lines.append(escape(unit.format(unit=kpi["unit"], direction=direction)))
    stages = ", ".join(kpi["stages"]) or tr("none given")
    lines.append(escape(tr("Usual stages: {stages}").format(stages=stages)))
    click = tr("Click a cell: Primary, Secondary, empty. Or type P, S, Delete.")
    lines.append(f"<small>{escape(click)}</small>")
    return "<p>" + "<br>".join(lines) + "</p>"
