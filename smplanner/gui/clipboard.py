"""Copy and paste blocks of cells as the tab-separated text spreadsheets exchange.

Works on any view over a plan model, through any proxy (a filter): what is copied is
what the user sees selected; a paste goes into the visible rows from the current cell
and adds rows at the end when the block runs past it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from smplanner.domain.tsv import format_tsv, parse_tsv
from smplanner.gui.delegates import source_of
from smplanner.gui.table_model import PlanTableModel


def _selected(view: QAbstractItemView) -> list[QModelIndex]:
    selection = view.selectionModel()
    indexes = list(selection.selectedIndexes()) if selection is not None else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    return indexes


def copy_selection(view: QAbstractItemView) -> str:
    """Put the selected block on the clipboard as TSV and return the text."""
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


def paste_block(view: QAbstractItemView, text: str | None = None) -> bool:
    """Paste TSV (the clipboard's by default) at the current cell, as one undoable edit."""
    if text is None:
        text = QApplication.clipboard().text()
    block = parse_tsv(text)
    current = view.currentIndex()
    if not block or not current.isValid():
        return False
    model = view.model()
    target, _ = source_of(current)
    width = model.columnCount()
    cells: list[tuple[int, int, str]] = []
    next_new = target.rowCount()
    for offset, values in enumerate(block):
        row = current.row() + offset
        if row < model.rowCount():
            source_row = source_of(model.index(row, current.column()))[1].row()
        else:
            source_row = next_new
            next_new += 1
        for step, value in enumerate(values):
            column = current.column() + step
            if column >= width:
                break
            source_column = source_of(model.index(current.row(), column))[1].column()
            cells.append((source_row, source_column, value))
    count = len(cells)
    label = f"Paste {count} cell{'s' if count != 1 else ''}"
    return target.set_cells(cells, label)


def clear_selection(view: QAbstractItemView) -> bool:
    """Empty every selected cell, as one undoable edit."""
    indexes = _selected(view)
    if not indexes:
        return False
    target, _ = source_of(indexes[0])
    cells = []
    for index in indexes:
        _, source = source_of(index)
        cells.append((source.row(), source.column(), ""))
    return target.set_cells(cells, f"Clear {len(cells)} cell{'s' if len(cells) != 1 else ''}")


def plan_model(model: QAbstractItemModel) -> PlanTableModel:
    """The plan model under a view's (possibly proxied) model."""
    while not isinstance(model, PlanTableModel):
        model = model.sourceModel()  # type: ignore[attr-defined]
    return model
