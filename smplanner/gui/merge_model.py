"""The conflicting values of a merge, one row each, with whose value to keep.

The Mine and Theirs cells carry a tick: exactly one of the two is ticked per row, and
ticking one unticks the other, so every conflict always has a choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from smplanner.domain import merge_text
from smplanner.domain.merge import MINE, THEIRS, Conflict, Side
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("", "Table"),
    QT_TRANSLATE_NOOP("", "Row"),
    QT_TRANSLATE_NOOP("", "Column"),
    QT_TRANSLATE_NOOP("", "Mine"),
    QT_TRANSLATE_NOOP("", "Theirs"),
)
MINE_COLUMN, THEIRS_COLUMN = 3, 4
SIDES: dict[int, Side] = {MINE_COLUMN: MINE, THEIRS_COLUMN: THEIRS}


class ConflictModel(QAbstractTableModel):
    """Conflicts as rows; the choice per row is :attr:`choices` (mine by default)."""

    def __init__(self, conflicts: Sequence[Conflict] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = list(conflicts)
        self.choices: list[Side] = [MINE] * len(self.conflicts)

    def reset(self, conflicts: Sequence[Conflict]) -> None:
        """Show other conflicts (the preview changed); choices start as mine again."""
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.choices = [MINE] * len(self.conflicts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.conflicts):
            return str(section + 1)
        return None

    def _text(self, conflict: Conflict, column: int) -> str:
        if column == 0:
            return merge_text.table_title(conflict.table)
        if column == 1:
            return conflict.identity
        if column == 2:
            return merge_text.column_title(conflict.table, conflict.column)
        value = conflict.mine if column == MINE_COLUMN else conflict.theirs
        return merge_text.shown(conflict.table, conflict.column, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(conflict, column)
        if role == Qt.ItemDataRole.CheckStateRole and column in SIDES:
            taken = self.choices[index.row()] == SIDES[column]
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in SIDES:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in SIDES:
            return False
        side = SIDES[index.column()]
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            side = THEIRS if side == MINE else MINE  # unticking one ticks the other
        self.choose(index.row(), side)
        return True

    def choose(self, row: int, side: Side) -> None:
        if self.choices[row] == side:
            return
        self.choices[row] = side
        self.dataChanged.emit(
            self.index(row, MINE_COLUMN),
            self.index(row, THEIRS_COLUMN),
            [Qt.ItemDataRole.CheckStateRole],
        )

    def choose_all(self, side: Side) -> None:
        if not self.conflicts:
            return
        self.choices = [side] * len(self.conflicts)
        last = len(self.conflicts) - 1
        self.dataChanged.emit(
            self.index(0, MINE_COLUMN),
            self.index(last, THEIRS_COLUMN),
            [Qt.ItemDataRole.CheckStateRole],
        )
