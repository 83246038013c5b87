"""The Pipeline tab's deals list filter: rows of one stage, lead pool and social source.

It filters rows only (columns map one to one, the worked-out ones included), so the
clipboard and edits reach the Deals table through it. The pool and source of each row
come from the tab's :class:`~smplanner.domain.pipeline_deals.DealFacts`, worked out again
after every edit; :meth:`DealFilter.refilter` applies them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from smplanner.domain.deal_tables import DEALS
from smplanner.domain.pipeline_deals import INFLUENCED, OTHER, SOURCED, DealFacts
from smplanner.gui.grid.extra_columns import ExtraColumnsProxy

FILTERS = ("stage", "pool", "source")


class DealFilter(QSortFilterProxyModel):
    """Rows matching the chosen stage, pool and source ("" for any)."""

    def __init__(self, source: ExtraColumnsProxy, facts: Callable[[], DealFacts]) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.extras = source
        self.plan = source.plan_model.plan
        self.facts = facts
        self.wanted: dict[str, str] = {}

    def set_wanted(self, name: str, value: str) -> None:
        """Keep rows whose ``name`` (stage, pool or source) is ``value``; "" shows all."""
        if name not in FILTERS:
            raise KeyError(name)
        self.beginFilterChange()
        if value:
            self.wanted[name] = value
        else:
            self.wanted.pop(name, None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """The facts behind the pool and source changed: filter again."""
        if self.wanted:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        stage = self.wanted.get("stage")
        if stage and self.plan.value(DEALS, source_row, "stage") != stage:
            return False
        pool, source = self.wanted.get("pool"), self.wanted.get("source")
        if not pool and not source:
            return True
        facts = self.facts()
        if source_row >= len(facts):  # a row added since the facts were worked out
            return True
        if pool and facts.pool[source_row] != pool:
            return False
        if source == SOURCED:
            return facts.source[source_row] == SOURCED
        if source == INFLUENCED:
            return facts.influenced(source_row)
        if source == OTHER:
            return facts.source[source_row] == OTHER
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Rows keep their number in the Deals table, filtered or not."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            return self.extras.headerData(section, orientation, role)
        if not 0 <= section < self.rowCount():
            return None
        source = self.mapToSource(self.index(section, 0)).row()
        return self.extras.headerData(source, orientation, role)
