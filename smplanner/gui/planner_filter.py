"""Show only the planner rows of one stage, goal or tactic, or whose notes hold a word."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from smplanner.gui.table_model import PlanTableModel

FILTERED = ("stage", "goal", "tactic")


class PlannerFilter(QSortFilterProxyModel):
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
            words = " ".join(str(plan.value(table, source_row, c)) for c in (*FILTERED, "notes"))
            return self.text in words.casefold()
        return True
