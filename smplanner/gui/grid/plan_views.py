"""Plain table views over plan tables, for the small tables a section shows beside its
main grid, and the plan rows a view's selection stands for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from smplanner.gui.grid.delegates import PlanCellDelegate


def plan_table_view(
    parent: QWidget, name: str, model: Any, edit_on_typing: bool = True
) -> QTableView:
    """A view with the plan's cell editors; typing starts an edit unless told otherwise
    (a grid whose letter keys are commands)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(PlanCellDelegate(view))
    triggers = (
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    if edit_on_typing:
        triggers |= QAbstractItemView.EditTrigger.AnyKeyPressed
    view.setEditTriggers(triggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def source_rows(view: QTableView) -> list[int]:
    """The plan rows of the selected cells (else of the current cell), through a filter."""
    indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
    model = view.model()
    rows = set()
    for index in indexes:
        if index.isValid():
            source = model.mapToSource(index) if isinstance(model, QAbstractProxyModel) else index
            rows.add(source.row())
    return sorted(rows)
