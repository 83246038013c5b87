"""Worked-out columns shown beside a plan table: a score, a verdict, a status for one account.

Such figures are never stored in the plan, so they cannot be columns of its tables; this
proxy appends them to a :class:`PlanTableModel` row for row. Every stored column still goes
through the plan model (edits, undo, delegates, clipboard); an extra column reads its text
from a function of the source row and, when it has one, hands edits to its own function,
which turns them into plan commands too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from smplanner.domain.text import tr
from smplanner.gui.grid.delegates import PlanCellDelegate
from smplanner.gui.grid.table_model import CellStyle, PlanTableModel, style_role

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ExtraColumn:
    """A column worked out from each row; ``edit`` makes it editable (returns success)."""

    title: str
    tooltip: str
    text: Callable[[int], str]
    style: Callable[[int], CellStyle | None] | None = None
    edit: Callable[[int, Any], bool] | None = None
    choices: tuple[str, ...] = ()
    """The values the editor offers (a drop-down); empty for free text."""


class ExtraColumnsProxy(QIdentityProxyModel):
    """A plan table with worked-out columns appended on the right."""

    def __init__(self, source: PlanTableModel, extras: Sequence[ExtraColumn]) -> None:
        super().__init__(source)
        self.plan_model = source
        self.extras = tuple(extras)
        self._bold = QFont()
        self._bold.setBold(True)
        self.setSourceModel(source)

    # --------------------------------------------------------------- shape
    @property
    def first_extra(self) -> int:
        return self.plan_model.columnCount()

    def extra(self, column: int) -> ExtraColumn | None:
        """The extra column shown at ``column``, or None for a column of the table."""
        offset = column - self.first_extra
        return self.extras[offset] if 0 <= offset < len(self.extras) else None

    def extra_column(self, title: str) -> int:
        """Where the extra column called ``title`` is shown."""
        return self.first_extra + [e.title for e in self.extras].index(title)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.first_extra + len(self.extras)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < self.rowCount() or column < 0:
            return QModelIndex()
        if self.extra(column) is not None:
            return self.createIndex(row, column)
        return super().index(row, column, parent)

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def buddy(self, index: Index) -> QModelIndex:
        """An extra cell edits itself (the identity proxy would ask the table, which has
        no such cell)."""
        if index.isValid() and self.extra(index.column()) is not None:
            return self.index(index.row(), index.column())
        return super().buddy(index)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or self.extra(proxy.column()) is not None:
            return QModelIndex()
        return super().mapToSource(proxy)

    # ---------------------------------------------------------------- data
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        extra = self.extra(index.column()) if index.isValid() else None
        if extra is None:
            return super().data(index, role)
        row = index.row()
        if not 0 <= row < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return extra.text(row)
        style = extra.style(row) if extra.style is not None else None
        if style is not None and role == Qt.ItemDataRole.ToolTipRole:
            return style.tooltip or None
        return style_role(style, role, self._bold)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        extra = self.extra(section) if orientation == Qt.Orientation.Horizontal else None
        if extra is None:
            return super().headerData(section, orientation, role)
        # the section marks an extra column's words with QT_TRANSLATE_NOOP (its title is
        # also how the section finds the column)
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(extra.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(extra.tooltip) if extra.tooltip else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        extra = self.extra(index.column()) if index.isValid() else None
        if extra is None:
            return super().flags(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if extra.edit is not None else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        extra = self.extra(index.column()) if index.isValid() else None
        if extra is None:
            return super().setData(index, value, role)
        if extra.edit is None or role != Qt.ItemDataRole.EditRole:
            return False
        return extra.edit(index.row(), value)

    def refresh(self) -> None:
        """The figures behind the extra columns changed: repaint them."""
        rows = self.rowCount()
        if rows and self.extras:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, self.first_extra), self.index(rows - 1, last))


class ExtraColumnsDelegate(PlanCellDelegate):
    """Edits stored columns as :class:`PlanCellDelegate` does, extra ones by their choices."""

    def __init__(self, proxy: ExtraColumnsProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy

    def _extra(self, index: Index) -> ExtraColumn | None:
        return self.proxy.extra(index.column()) if index.model() is self.proxy else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        extra = self._extra(index)
        if extra is None:
            return super().createEditor(parent, option, index)
        if not extra.choices:
            return QStyledItemDelegate.createEditor(self, parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("")
        for value in extra.choices:
            combo.addItem(value, value)
        combo.setToolTip(tr(extra.tooltip) if extra.tooltip else "")
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if self._extra(index) is not None and isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if self._extra(index) is not None and isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, value if value is not None else "")
            return
        if self._extra(index) is not None:
            QStyledItemDelegate.setModelData(self, editor, model, index)
            return
        super().setModelData(editor, model, index)
