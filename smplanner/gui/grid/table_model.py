"""One Qt table model for every table of the plan.

The model reads through the plan's API, turns the plan's events into Qt's model signals
and turns edits into commands for the :class:`PlanEditor`. Sections add meaning through
a :class:`CellStyler` (colours, tooltips, row problems), never by subclassing the model.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from smplanner.domain.commands import Command, Compound, InsertRows, SetCells
from smplanner.domain.events import Change, PlanEvent
from smplanner.domain.refusals import not_set
from smplanner.domain.schema import Column, InvalidValue, Kind, format_value
from smplanner.domain.text import tr
from smplanner.gui.undo import PlanEditor
from smplanner.report import formats

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Roles beyond Qt's own."""

    STORED = Qt.ItemDataRole.UserRole + 1
    """The stored value, untouched (a tuple for lists, None for empty numbers)."""
    GROUP = Qt.ItemDataRole.UserRole + 2
    """Header: the group a column belongs to (the KPI category)."""
    COLUMN = Qt.ItemDataRole.UserRole + 3
    """Header: the :class:`Column` declaration."""
    PROBLEM = Qt.ItemDataRole.UserRole + 4
    """Vertical header: why the row needs attention, or None."""


@dataclass(frozen=True)
class CellStyle:
    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool = False
    tooltip: str = ""
    badge: str = ""
    """A short mark before the cell's text, shown only (never copied or edited)."""


class CellStyler:
    """How a section colours and explains its cells; the default adds nothing."""

    badges = False
    """Whether :meth:`cell` may return badges (asked on every paint only when set)."""

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        """The style of one cell; it may depend on the cell's whole row, not on others."""
        return None

    def row_problems(self) -> Sequence[str | None]:
        """One entry per row: why the row needs attention, or None."""
        return ()

    def affected_by(self, table: str) -> bool:
        """Whether changes to another table change this table's styles."""
        return False

    def invalidate(self) -> None:
        """The table changed: forget anything worked out from it."""


def _warning_icon() -> QIcon:
    """The platform's small warning sign, for rows that need attention."""
    global _WARNING
    if _WARNING is None:
        style = QApplication.style()
        _WARNING = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _WARNING


_WARNING: QIcon | None = None


def shown_value(column: Column, value: Any) -> str:
    """A stored value as the grid shows it: numbers and dates the way the user's locale
    writes them (1.234,5 and 31.03.2026 in German); everything else as :func:`format_value`.

    Editing and copying keep :func:`format_value`'s text, which any locale reads back.
    """
    if value is None or value == "":
        return format_value(column, value)
    if column.kind in (Kind.NUMBER, Kind.INTEGER) and isinstance(value, numbers.Real):
        number = float(value)
        if number != number or abs(number) >= 1e15:  # NaN, or too long to write out
            return format_value(column, value)
        decimals = 0
        if column.kind is Kind.NUMBER:
            decimals = len(f"{number:.10f}".rstrip("0").split(".")[1])
        return formats.number(number, decimals)
    if column.kind is Kind.DATE and isinstance(value, dt.date):
        return formats.short_date(value)
    if column.kind is Kind.CHOICE and column.choices and isinstance(value, str):
        return tr(value)  # a fixed word ("red flag", "done") in the user's language; names stay
    return format_value(column, value)


def style_role(style: CellStyle | None, role: int, bold: QFont) -> Any:
    """What a cell's style says for one of the colour and font roles (None: nothing)."""
    if style is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole and style.background is not None:
        return QBrush(style.background)
    if role == Qt.ItemDataRole.ForegroundRole and style.foreground is not None:
        return QBrush(style.foreground)
    if role == Qt.ItemDataRole.FontRole and style.bold:
        return bold
    return None


_BEGIN = {
    Change.ROWS_INSERT_ABOUT: "beginInsertRows",
    Change.ROWS_REMOVE_ABOUT: "beginRemoveRows",
    Change.ROWS_MOVE_ABOUT: "beginMoveRows",
    Change.COLUMNS_INSERT_ABOUT: "beginInsertColumns",
    Change.COLUMNS_REMOVE_ABOUT: "beginRemoveColumns",
    Change.COLUMNS_MOVE_ABOUT: "beginMoveColumns",
}
"""Plan events before a structural change, and the Qt call that announces it."""
_END = {
    Change.ROWS_INSERTED: "endInsertRows",
    Change.ROWS_REMOVED: "endRemoveRows",
    Change.ROWS_MOVED: "endMoveRows",
    Change.COLUMNS_INSERTED: "endInsertColumns",
    Change.COLUMNS_REMOVED: "endRemoveColumns",
    Change.COLUMNS_MOVED: "endMoveColumns",
}


class PlanTableModel(QAbstractTableModel):
    """A plan table as a Qt model; every edit goes through the editor as a command."""

    message = Signal(str)
    """Something the user should read (a refused edit), for the status bar."""

    def __init__(
        self,
        editor: PlanEditor,
        table: str,
        styler: CellStyler | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.table = table
        self.styler = styler or CellStyler()
        self._problems: Sequence[str | None] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._unsubscribe: Callable[[], None] = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def detach(self) -> None:
        """Stop listening to the plan (before the plan is replaced)."""
        self._unsubscribe()

    # ----------------------------------------------------------------- shape
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.plan.row_count(self.table)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.columns(self.table))

    def column(self, index: int) -> Column:
        return self.plan.columns(self.table)[index]

    def column_number(self, name: str) -> int:
        return self.plan.column_index(self.table, name)

    # ------------------------------------------------------------------ read
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= self.rowCount() or col >= self.columnCount():
            return None
        column = self.column(col)
        value = self.plan.value(self.table, row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind is Kind.BOOL:
                return None
            text = shown_value(column, value)
            if self.styler.badges:
                style = self.styler.cell(row, column, value)
                if style is not None and style.badge:
                    return f"{style.badge}  {text}"
            return text
        if role == Qt.ItemDataRole.EditRole:
            if column.kind is Kind.BOOL:
                return bool(value)
            return format_value(column, value)
        if role == Role.STORED:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in (Kind.NUMBER, Kind.INTEGER):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column.width <= 4:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._styled(role, row, column, value)
        return None

    def _styled(self, role: int, row: int, column: Column, value: Any) -> Any:
        style = self.styler.cell(row, column, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if style is not None and style.tooltip:
                return style.tooltip
            return tr(column.label(value)) if column.labels and value else None
        return style_role(style, role, self._bold)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            column = self.column(section)
            # a fixed column's words are marked for translation in its schema; a dynamic
            # column (a KPI of the planner) is named and explained by the user's own data
            fixed = section < len(self.plan.schema(self.table).columns)
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(column.title) if fixed else column.title
            if role == Qt.ItemDataRole.ToolTipRole:
                if not column.tooltip:
                    return None
                return tr(column.tooltip) if fixed else column.tooltip
            if role == Role.GROUP:
                return tr(column.group) if fixed and column.group else column.group
            if role == Role.COLUMN:
                return column
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if role in (Role.PROBLEM, Qt.ItemDataRole.ToolTipRole):
            return self.row_problem(section)
        if role == Qt.ItemDataRole.DecorationRole and self.row_problem(section):
            return _warning_icon()
        return None

    def row_problem(self, row: int) -> str | None:
        if self._problems is None:
            self._problems = self.styler.row_problems()
        return self._problems[row] if row < len(self._problems) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.column(index.column()).kind is Kind.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # ----------------------------------------------------------------- write
    def refusal(self, index: Index, value: Any) -> str | None:
        """Why :meth:`setData` would refuse ``value`` in this cell, naming the cell; None
        if it fits."""
        row, number = index.row(), index.column()
        try:
            self.plan.coerce(self.table, self.column(number).name, value)
        except InvalidValue as error:
            return tr("row {row}, {column}: {error}").format(
                row=row + 1, column=self._title(number), error=error
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        label = tr("Set {column} in row {row}").format(
            column=self._title(index.column()), row=index.row() + 1
        )
        return self.set_cells([(index.row(), index.column(), value)], label)

    def _title(self, number: int) -> str:
        """The column's title as its header shows it."""
        return str(self.headerData(number, Qt.Orientation.Horizontal))

    def set_cells(self, cells: Sequence[tuple[int, int, Any]], label: str) -> bool:
        """Set many cells as one undoable edit; cells that do not fit are named, not set.

        ``cells`` holds (row, column number, raw value); rows past the end are added. Each
        value is coerced here, once: the command says so and the plan does not again; an
        unchanged value makes no edit.
        """
        rows = self.rowCount()
        added = max((row for row, _, _ in cells), default=-1) + 1 - rows
        changes = []
        refused = []
        for row, col, raw in cells:
            column = self.column(col)
            try:
                value = self.plan.coerce(self.table, column.name, raw)
            except InvalidValue as error:
                refused.append(
                    tr("row {row}, {column}: {error}").format(
                        row=row + 1, column=self._title(col), error=error
                    )
                )
                continue
            if row >= rows or self.plan.value(self.table, row, col) != value:
                changes.append((row, column.name, value))
        if refused:
            self.message.emit(not_set(refused))
        if not changes and added <= 0:
            return not refused
        # new rows come with their values (a catalogue refuses a row without a name)
        records: list[dict[str, Any]] = [{} for _ in range(max(added, 0))]
        for row, name, value in changes:
            if row >= rows:
                records[row - rows][name] = value
        kept = tuple(change for change in changes if change[0] < rows)
        edit: Command = SetCells(self.table, kept, coerced=True, label=label)
        if records:
            grow = InsertRows(self.table, rows, tuple(records), label=label)
            edit = Compound((grow, edit), label=label) if kept else grow
        ok = self.editor.execute(edit)
        return ok and not refused

    # ---------------------------------------------------------------- events
    def _on_event(self, event: PlanEvent) -> None:
        if event.table != self.table:
            if self.styler.affected_by(event.table):
                self._restyle()
            return
        self._forget()
        root = QModelIndex()
        change = event.change
        if change is Change.CELLS:
            top_left = self.index(event.first, event.first_column)
            bottom_right = self.index(event.last, event.last_column)
            self.dataChanged.emit(top_left, bottom_right)
            if type(self.styler) is not CellStyler:
                self._restyle(event.first, event.last)
        elif change in _BEGIN:
            begin = getattr(self, _BEGIN[change])
            if change in (Change.ROWS_MOVE_ABOUT, Change.COLUMNS_MOVE_ABOUT):
                begin(root, event.first, event.last, root, event.dest)
            else:
                begin(root, event.first, event.last)
        elif change in _END:
            getattr(self, _END[change])()
        elif change is Change.HEADER:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, event.first, event.last)

    def restyle(self) -> None:
        """Something the styles depend on changed outside the plan (a chosen rater)."""
        self._restyle()

    def _forget(self) -> None:
        self._problems = None
        self.styler.invalidate()

    def _restyle(self, first: int = 0, last: int | None = None) -> None:
        """Refresh styles of rows ``first..last`` (all rows when another table changed).

        A cell's style may depend on its whole row, not on other rows, so an edit
        repaints only the rows it touched; a repaint of the whole table per click costs
        about 100 ms on a full screen.
        """
        self._forget()
        rows, columns = self.rowCount(), self.columnCount()
        last = rows - 1 if last is None else min(last, rows - 1)
        if rows and columns and first <= last:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last)
            if first == 0 and last == rows - 1:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            roles = [
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.FontRole,
            ]
            if self.styler.badges:
                roles.append(Qt.ItemDataRole.DisplayRole)
            self.dataChanged.emit(self.index(first, 0), self.index(last, columns - 1), roles)
