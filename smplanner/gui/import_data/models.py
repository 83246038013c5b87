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
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")
"""A number as the preview writes it (1,250.5): shown right-aligned."""
OPTIONS_ROLE = Qt.ItemDataRole.UserRole + 1
"""A choice cell's options: a list of (value, label)."""


@dataclass
class ChoiceRow:
    """A row's text cells, and per choice column its options and its choice.

    A choice column without options for this row shows ``cells`` as text (a column read
    only one way shows how, with nothing to choose)."""

    cells: list[str]
    options: dict[int, list[tuple[str, str]]]
    choices: dict[int, str]
    extra: Any = field(default=None, compare=False)
    """What the dialog keeps with the row (a column number, a name and its kind)."""
    tips: dict[int, str] = field(default_factory=dict)
    """Per column: a tooltip (why a column is read so, or left out)."""

    def offers(self, column: int) -> bool:
        return len(self.options.get(column, ())) > 1

    def label(self, column: int) -> str:
        choice = self.choices.get(column, "")
        return next((t for v, t in self.options.get(column, ()) if v == choice), choice)


class ChoiceModel(QAbstractTableModel):
    """Rows of text with some columns chosen from each row's options."""

    chosen = Signal(int, int, str)
    """A row's choice changed (row, column, new choice)."""

    def __init__(
        self, headers: Sequence[str], choice_columns: Sequence[int], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.headers = list(headers)
        self.choice_columns = tuple(choice_columns)
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

    def _chooses(self, index: Index) -> bool:
        return index.column() in self.choice_columns and self.rows[index.row()].offers(
            index.column()
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips.get(column) or None
        if self._chooses(index):
            if role == Qt.ItemDataRole.DisplayRole:
                return row.label(column)
            if role == Qt.ItemDataRole.EditRole:
                return row.choices.get(column, "")
            if role == OPTIONS_ROLE:
                return list(row.options[column])
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.cells[column] if column < len(row.cells) else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._chooses(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._chooses(index):
            return False
        row, column = self.rows[index.row()], index.column()
        if value not in [v for v, _ in row.options[column]]:
            return False
        if value != row.choices.get(column):
            row.choices[column] = str(value)
            self.dataChanged.emit(index, index)
            self.chosen.emit(index.row(), column, row.choices[column])
        return True

    def set_row(
        self, row: int, cells: list[str], column: int, options: list[tuple[str, str]]
    ) -> None:
        """New text cells and new options for one choice column (its first option chosen
        unless the choice is still offered)."""
        found = self.rows[row]
        found.cells = cells
        found.options[column] = options
        if found.choices.get(column) not in [v for v, _ in options]:
            found.choices[column] = options[0][0] if options else ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_options(
        self, row: int, column: int, options: list[tuple[str, str]], tip: str = ""
    ) -> None:
        """New words for a choice column's options (the same choice) and its tooltip."""
        found = self.rows[row]
        found.options[column] = options
        found.tips[column] = tip
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def choices(self, column: int) -> list[str]:
        return [row.choices.get(column, "") for row in self.rows]


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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A pick is committed at once, so losing focus commits nothing: the table may
        have dropped the drop-down (a new preview lists other rows) as it loses focus."""
        if event.type() == QEvent.Type.FocusOut:
            return False
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            options = index.data(OPTIONS_ROLE) or []
            offered = [(editor.itemData(i), editor.itemText(i)) for i in range(editor.count())]
            if offered != [tuple(o) for o in options]:  # the options' words changed
                editor.blockSignals(True)
                editor.clear()
                for value, label in options:
                    editor.addItem(label, value)
                editor.blockSignals(False)
            editor.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if at != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(at)
                editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def table_view(name: str, parent: QWidget) -> QTableView:
    """A table of the dialog: plain rows, no row numbers, the last column stretched."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(60)
    return view


def open_choices(view: QTableView, model: ChoiceModel) -> None:
    """Keep a drop-down open in every cell that offers a choice."""
    for row in range(model.rowCount()):
        for column in model.choice_columns:
            index = model.index(row, column)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                view.openPersistentEditor(index)
            else:
                view.closePersistentEditor(index)
