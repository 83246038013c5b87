"""A read-only table of derived figures (a comparison, a dashboard's rows).

Plan tables go through :class:`~smplanner.gui.grid.table_model.PlanTableModel`; figures
worked out from them are not edited, so they need only this: rows of display values,
with an optional tooltip and background per row. The section recomputes the rows and
hands them over whole; a handful of rows is cheaper to reset than to diff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FigureRow:
    """One row: its cells as shown, why it stands out (tooltip) and its tint."""

    cells: Sequence[str]
    tooltip: str = ""
    background: QColor | None = None
    tooltips: Sequence[str] = field(default_factory=tuple)
    """Per-cell tooltips, when a cell has more to say than its row."""


class FiguresModel(QAbstractTableModel):
    """Headers and rows of text, replaced together by :meth:`set_rows`."""

    def __init__(self, headers: Sequence[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = list(headers)
        self._rows: list[FigureRow] = []
        self._header_tips: list[str] = []

    def set_rows(
        self, headers: Sequence[str], rows: Sequence[FigureRow], header_tips: Sequence[str] = ()
    ) -> None:
        if list(headers) == self._headers and len(rows) == len(self._rows):
            self._rows = list(rows)
            self._header_tips = list(header_tips)
            if rows and headers:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(headers) - 1))
            return
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = list(rows)
        self._header_tips = list(header_tips)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if col >= len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[col] if col < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            own = row.tooltips[col] if col < len(row.tooltips) else ""
            return own or row.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and row.background is not None:
            return QBrush(row.background)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._header_tips):
            return self._header_tips[section] or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
