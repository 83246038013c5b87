"""The dialog's tables: a choice per row (columns, names) and plain rows (preview, bad cells).

:class:`ChoiceModel` shows one drop-down column (:class:`ChoiceDelegate` keeps a combo
box open in each of its cells); the rest are text the dialog sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
_NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")
"""A number as the preview writes it (1,250.5): shown right-aligned."""
OPTIONS_ROLE = Qt.ItemDataRole.UserRole + 1
"""A choice cell's options: a list of (value, label)."""


@dataclass
class ChoiceRow:
    cells: list[str]
    options: list[tuple[str, str]]
    choice: str
    tip: str = ""
    extra: Any = field(default=None, compare=False)
    """What the dialog keeps with the row (a column number, a name and its kind)."""

    def label(self) -> str:
        return next((text for value, text in self.options if value == self.choice), self.choice)


class ChoiceModel(QAbstractTableModel):
    """Rows of text with one column chosen from each row's options."""

    chosen = Signal(int, str)
    """A row's choice changed (row, new choice)."""

    def __init__(self, headers: Sequence[str], choice_column: int, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.choice_column = choice_column
        self.rows: list[ChoiceRow] = []

    def reset(self, rows: list[ChoiceRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column == self.choice_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.label()
            if role == Qt.ItemDataRole.EditRole:
                return row.choice
            if role == OPTIONS_ROLE:
                return list(row.options)
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and row.tip:
            return row.tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.choice_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.choice_column
        ):
            return False
        row = self.rows[index.row()]
        if value not in [v for v, _ in row.options]:
            return False
        if value != row.choice:
            row.choice = str(value)
            self.dataChanged.emit(index, index)
            self.chosen.emit(index.row(), row.choice)
        return True

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Show ``text`` in a text cell (how a column is read, once its choice changed)."""
        cells = self.rows[row].cells
        while len(cells) <= column:
            cells.append("")
        if cells[column] != text:
            cells[column] = text
            at = self.index(row, column)
            self.dataChanged.emit(at, at)

    def choices(self) -> list[str]:
        return [row.choice for row in self.rows]


class RowsModel(QAbstractTableModel):
    """Rows of text under titles, read only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: tuple[str, ...] = ()
        self.rows: tuple[tuple[str, ...], ...] = ()

    def reset(self, titles: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self.titles = tuple(titles)
        self.rows = tuple(tuple(r) for r in rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            return self.titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and _NUMBER.match(text):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the cell's options; a pick is written to the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choiceCombo")
        for value, label in index.data(OPTIONS_ROLE) or []:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _=0: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if at != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(at)
                editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
