"""Copy, cut, paste, delete and select all on any grid, as the tab-separated text
spreadsheets exchange.

A :class:`Grid` is one table the Edit menu works on: one view, or the panes of a frozen
grid that share one selection. What is copied is what the user sees selected (a block may
span frozen and scrolling panes); a paste goes into the shown rows from the current cell
and adds rows at the end when the block runs past the last one. Under the views' proxies
sits a model that sets many cells in one undo step (:class:`CellTable`: the plan model,
the tracking pivot); a grid without one is read-only. Every paste or clear is one
undoable edit; what does not fit is said through the grid's ``say``.

A grid with rules of its own overrides a hook, never the routine: :meth:`Grid.place`
(where a pasted block goes), :meth:`Grid.write` (how cells become one edit),
:meth:`Grid.block` (what Copy takes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from smplanner.domain.text import tr
from smplanner.domain.tsv import format_tsv, parse_tsv

Cells = list[tuple[int, int, str]]
"""(row, column, text) as the grid shows them; rows from ``rowCount()`` on are new rows."""
Label = Callable[[int], str]
"""The undo step's name for so many cells: "Paste 3 cells"."""


@runtime_checkable
class CellTable(Protocol):
    """A model that sets many of its cells as one undoable edit, naming cells that do not
    fit (the plan table model, the tracking pivot)."""

    def set_cells(self, cells: Sequence[tuple[int, int, Any]], label: str) -> bool: ...

    def rowCount(self, parent: Any = ...) -> int: ...

    def columnCount(self, parent: Any = ...) -> int: ...


@dataclass
class Placement:
    """Where a pasted block goes, and what the user is told about it."""

    cells: Cells = field(default_factory=list)
    note: str = ""
    """Said after the paste (what was left out), or instead of it when there are no cells."""


def _say_nothing(_text: str) -> None:
    return None


class Grid:
    """One table of a section for the Edit menu: its views, its model, its rules.

    ``views`` are the views that show the table (a frozen grid's two panes share one
    selection model); the first is the one asked for the model and the selection.
    ``read_only`` is why nothing here can be changed (default: nothing can be when no
    :class:`CellTable` sits under the views).
    """

    def __init__(self, *views: QAbstractItemView, read_only: str = "") -> None:
        if not views:
            raise ValueError("a grid needs a view")
        self.views: tuple[QAbstractItemView, ...] = views
        self.say: Callable[[str], None] = _say_nothing
        self._read_only = read_only

    # ------------------------------------------------------------------ what it is
    @property
    def view(self) -> QAbstractItemView:
        return self.views[0]

    @property
    def shown(self) -> QAbstractItemModel:
        """The model as the views show it (through any filter or added columns)."""
        return self.view.model()

    @property
    def selection(self) -> QItemSelectionModel:
        return self.view.selectionModel()

    def table(self) -> CellTable | None:
        """The model under the views' proxies that takes edits, if there is one."""
        model = self.shown
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        return model if isinstance(model, CellTable) else None

    def read_only(self) -> str:
        """Why nothing can be changed here; empty when the grid takes edits."""
        if self._read_only:
            return self._read_only
        if self.table() is None:
            return tr("These figures are worked out: change what they come from instead")
        return ""

    def has_focus(self) -> bool:
        """Whether the keys go to one of the views (or a cell editor open in one)."""
        focus = QApplication.focusWidget()
        return focus is not None and any(v is focus or v.isAncestorOf(focus) for v in self.views)

    def current(self) -> QModelIndex:
        return self.selection.currentIndex()

    def selected(self) -> list[QModelIndex]:
        """Selected cells of every pane; else the current cell; else none."""
        indexes = list(self.selection.selectedIndexes())
        if not indexes and self.current().isValid():
            indexes = [self.current()]
        return indexes

    def writable(self, index: QModelIndex) -> bool:
        """Whether a paste or a clear may change the cell (a worked-out one may not)."""
        flags = index.flags()
        return bool(flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable))

    # ------------------------------------------------------------------- hooks
    def block(self) -> list[list[str]]:
        """What Copy takes: the selected rectangle's stored values (``P``/``S`` for KPI
        marks), cells inside it that are not selected left empty, no header row."""
        indexes = self.selected()
        if not indexes:
            return []
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        model = self.shown
        return [
            [_text(model.index(r, c)) if (r, c) in chosen else "" for c in columns] for r in rows
        ]

    def place(self, block: list[list[str]]) -> Placement:
        """Where a pasted block goes: the shown rows from the current cell down (rows past
        the last are added), the columns from it rightwards. One value pasted onto a
        selection of several cells fills them all, as in a spreadsheet."""
        selected = [i for i in self.selected() if self.writable(i)]
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            return Placement([(i.row(), i.column(), block[0][0]) for i in selected])
        shown = self.shown
        current = self.current()
        top, left = (
            (current.row(), current.column()) if current.isValid() else (shown.rowCount(), 0)
        )
        width = shown.columnCount() - left
        placement = Placement()
        for offset, values in enumerate(block):
            if len(values) > width and any(v.strip() for v in values[width:]):
                placement.note = tr(
                    "The pasted block is wider than the table: its right edge was left out"
                )
            for column, value in enumerate(values[:width], left):
                placement.cells.append((top + offset, column, value))
        return placement

    def write(self, cells: Cells, label: Label) -> bool:
        """Set the cells as one undoable edit of the model under the views, named
        ``label(count)``; cells of worked-out columns beside it are left alone. True when
        every cell was set."""
        table = self.table()
        if table is None:
            return False
        shown = self.shown
        shown_rows, new_row = shown.rowCount(), table.rowCount()
        added: dict[int, int] = {}
        edits: list[tuple[int, int, str]] = []
        for row, column, text in cells:
            if row < shown_rows:
                source = _source(shown.index(row, column))
                if source.isValid():
                    edits.append((source.row(), source.column(), text))
                continue
            source_column = _source_column(shown, column)
            if source_column < 0:
                continue
            if row not in added:
                added[row] = new_row
                new_row += 1
            edits.append((added[row], source_column, text))
        if not edits:
            return not cells
        return table.set_cells(edits, label(len(edits)))


# ------------------------------------------------------------------- the routine
def copy(grid: Grid) -> str:
    """Put the grid's :meth:`~Grid.block` on the clipboard and return the text."""
    block = grid.block()
    if not block:
        return ""
    text = format_tsv(block)
    QApplication.clipboard().setText(text)
    return text


def paste(grid: Grid, text: str | None = None) -> bool:
    """Paste TSV (the clipboard's by default) as one undoable edit; True when every cell
    was set."""
    refusal = grid.read_only()
    if refusal:
        grid.say(refusal)
        return False
    block = parse_tsv(QApplication.clipboard().text() if text is None else text)
    if not block:
        return False
    placement = grid.place(block)
    had_current, rows_before = grid.current().isValid(), grid.shown.rowCount()
    done = True
    if placement.cells:
        one_value = len(block) == 1 and len(block[0]) == 1 and len(placement.cells) > 1
        done = grid.write(placement.cells, _fill_label if one_value else _paste_label)
    if placement.note:
        grid.say(placement.note)
    if not had_current and grid.shown.rowCount() > rows_before:
        # pasted into an empty table: the first new row becomes current
        grid.selection.setCurrentIndex(
            grid.shown.index(rows_before, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
    return done


def clear(grid: Grid) -> bool:
    """Empty every selected cell that can be changed, as one undoable edit."""
    refusal = grid.read_only()
    if refusal:
        grid.say(refusal)
        return False
    cells = [(i.row(), i.column(), "") for i in grid.selected() if grid.writable(i)]
    if not cells:
        return False
    return grid.write(cells, _clear_label)


def select_all(grid: Grid) -> None:
    """Select every cell of the table (in every pane), keeping the current cell; a grid
    that selects one cell at a time keeps its one."""
    single = QAbstractItemView.SelectionMode.SingleSelection
    if grid.view.selectionMode() in (single, QAbstractItemView.SelectionMode.NoSelection):
        return
    shown = grid.shown
    rows, columns = shown.rowCount(), shown.columnCount()
    if not rows or not columns:
        return
    every = QItemSelection(shown.index(0, 0), shown.index(rows - 1, columns - 1))
    grid.selection.select(every, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def copied_message(text: str) -> str:
    """ "Copied 6 cells in 2 rows as tab-separated text"."""
    block = parse_tsv(text)
    cells = sum(len(row) for row in block)
    return tr("Copied %n cell(s) in {rows} as tab-separated text", "", cells).format(
        rows=tr("%n row(s)", "", len(block))
    )


def _paste_label(count: int) -> str:
    return tr("Paste %n cell(s)", "", count)


def _fill_label(count: int) -> str:
    return tr("Paste into %n cell(s)", "", count)


def _clear_label(count: int) -> str:
    return tr("Clear %n cell(s)", "", count)


# ------------------------------------------------------------------- mapping
def _text(index: QModelIndex) -> str:
    value = index.data(Qt.ItemDataRole.EditRole)
    return "" if value is None or value is False else str(value)  # an unticked box: empty


def _source(index: QModelIndex) -> QModelIndex:
    """The cell under any stack of proxies; invalid for a column worked out by a proxy."""
    model = index.model()
    while isinstance(model, QAbstractProxyModel) and index.isValid():
        index = model.mapToSource(index)
        model = model.sourceModel()
    return index


def _source_column(shown: QAbstractItemModel, column: int) -> int:
    """The column under the proxies that a shown column stands for; -1 for one a proxy
    works out. Proxies here filter and sort rows and add columns on the right, so with no
    row to map through, a column stands for itself when the model beneath has it."""
    if shown.rowCount():
        return _source(shown.index(0, column)).column()
    model = shown
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
        if column >= model.columnCount():
            return -1
    return column


class WholeTable(Grid):
    """A table of worked-out figures: Copy takes all of it with its headings, as a reader
    pastes it into a report (its rows' headings too when they are shown)."""

    def block(self) -> list[list[str]]:
        model = self.shown
        across, down = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        columns = range(model.columnCount())
        named_rows = isinstance(self.view, QTableView) and not self.view.verticalHeader().isHidden()
        lead = [""] if named_rows else []
        block = [lead + [_heading(model, c, across) for c in columns]]
        for row in range(model.rowCount()):
            lead = [_heading(model, row, down)] if named_rows else []
            block.append(lead + [_text(model.index(row, c)) for c in columns])
        return block


def _heading(model: QAbstractItemModel, section: int, orientation: Qt.Orientation) -> str:
    value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)
