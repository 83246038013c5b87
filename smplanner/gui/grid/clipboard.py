"""Copy and paste blocks of cells as the tab-separated text spreadsheets exchange.

Works on any view over a plan model, through any stack of proxies (a filter): what is
copied is what the user sees selected, read from the shared selection model so a block
may span frozen and scrolling panes; a paste goes into the visible rows from the current
cell and adds rows at the end when the block runs past the last one. Every paste or
clear is one undoable edit; cells that do not fit are named through ``model.message``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from smplanner.domain.text import tr
from smplanner.domain.tsv import format_tsv, parse_tsv
from smplanner.gui.grid.delegates import source_of
from smplanner.gui.grid.table_model import PlanTableModel


def _selected(view: QAbstractItemView) -> list[QModelIndex]:
    """Selected cells of every pane sharing the view's selection; else the current cell."""
    selection = view.selectionModel()
    indexes = list(selection.selectedIndexes()) if selection is not None else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    return indexes


def copy_selection(view: QAbstractItemView) -> str:
    """Put the selected block on the clipboard as TSV and return the text.

    Values are the stored ones (``P``/``S`` for KPI marks), with no header row; cells
    inside the block's rectangle that are not selected are copied empty.
    """
    indexes = _selected(view)
    if not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    model = view.model()
    block = [
        [
            str(model.index(r, c).data(Qt.ItemDataRole.EditRole) or "") if (r, c) in chosen else ""
            for c in columns
        ]
        for r in rows
    ]
    text = format_tsv(block)
    QApplication.clipboard().setText(text)
    return text


def paste_block(
    view: QAbstractItemView, model: PlanTableModel | None = None, text: str | None = None
) -> bool:
    """Paste TSV (the clipboard's by default) at the current cell, as one undoable edit.

    ``model`` is the plan model under the view (found through its proxies when None).
    Rows are the visible rows from the current one down; past the last row the block
    adds rows at the end. A single value pasted onto a selection of several cells fills
    them all. Returns True when every cell was set.
    """
    if text is None:
        text = QApplication.clipboard().text()
    block = parse_tsv(text)
    current = view.currentIndex()
    if not block or not current.isValid():
        return False
    shown = view.model()
    target = model if model is not None else plan_model(shown)
    selected = _selected(view)
    if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
        # one value onto a selection fills it, as in a spreadsheet
        sources = [source_of(i)[1] for i in selected]
        fill = [(s.row(), s.column(), block[0][0]) for s in sources if s.isValid()]
        return target.set_cells(fill, tr("Paste into %n cell(s)", "", len(fill)))
    width = shown.columnCount()
    columns = [
        source_of(shown.index(current.row(), c))[1].column() for c in range(current.column(), width)
    ]
    cells: list[tuple[int, int, str]] = []
    next_new = target.rowCount()
    clipped = False
    for offset, values in enumerate(block):
        row = current.row() + offset
        if row < shown.rowCount():
            source_row = source_of(shown.index(row, 0))[1].row()
        else:
            source_row = next_new
            next_new += 1
        if len(values) > len(columns):
            clipped = clipped or any(v.strip() for v in values[len(columns) :])
        for source_column, value in zip(columns, values, strict=False):
            if source_column >= 0:  # a worked-out column beside the table takes no paste
                cells.append((source_row, source_column, value))
    if clipped:
        target.message.emit(
            tr("The pasted block is wider than the table: its right edge was left out")
        )
    return target.set_cells(cells, tr("Paste %n cell(s)", "", len(cells)))


def clear_selection(view: QAbstractItemView, model: PlanTableModel | None = None) -> bool:
    """Empty every selected cell, as one undoable edit."""
    indexes = _selected(view)
    if not indexes:
        return False
    target = model if model is not None else plan_model(view.model())
    sources = [source_of(i)[1] for i in indexes]
    cells = [(s.row(), s.column(), "") for s in sources if s.isValid()]
    if not cells:
        return False
    return target.set_cells(cells, tr("Clear %n cell(s)", "", len(cells)))


def plan_model(model: QAbstractItemModel) -> PlanTableModel:
    """The plan model under a view's (possibly proxied) model."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    if not isinstance(model, PlanTableModel):
        raise TypeError("not a view over a plan table")
    return model
