"""Cell editors: a drop-down for a choice, a checklist for a list of names, a date box.

Qt calls the camelCase methods below (createEditor, setEditorData, setModelData,
updateEditorGeometry, paint); tests open each editor and commit through it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smplanner.domain.schema import Column, Kind
from smplanner.domain.text import tr
from smplanner.gui.grid.refused_edit import keep_refused, model_behind
from smplanner.gui.grid.table_model import PlanTableModel, Role
from smplanner.report import formats

Index = QModelIndex | QPersistentModelIndex


def source_of(index: Index) -> tuple[PlanTableModel, QModelIndex]:
    """The plan model and index behind any stack of proxy models."""
    model, source = model_behind(index)
    if not isinstance(model, PlanTableModel):
        raise TypeError("not a plan table")
    return model, source


def _column(index: Index) -> tuple[PlanTableModel, Column, tuple[str, ...]]:
    model, source = source_of(index)
    column = model.column(source.column())
    return model, column, model.plan.allowed(model.table, column.name)


class PlanCellDelegate(QStyledItemDelegate):
    """Edits any plan cell in the editor its column's kind calls for; a typed text the
    cell refuses stays in its editor with the reason beside it."""

    _editing = QPersistentModelIndex()
    """The cell whose editor is open (one at a time per view)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        _, column, allowed = _column(index)
        if column.kind is Kind.CHOICE:
            combo = QComboBox(parent)
            if not column.required or column.ref is not None:
                combo.addItem("")
            for value in allowed:
                label = column.labels.get(value, value)
                shown = tr(value) if column.ref is None else value  # names are the user's
                combo.addItem(shown if label == value else f"{value} ({tr(label)})", value)
            combo.setToolTip(tr(column.tooltip) if column.tooltip else "")
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if column.kind is Kind.DATE:
            dates = QDateEdit(parent)
            dates.setCalendarPopup(True)
            dates.setDisplayFormat(formats.date_format())
            dates.setToolTip(
                tr("Type the date or pick it (Alt+Down); Enter to keep, Esc to cancel")
            )
            return dates
        if column.kind is Kind.LIST:
            checklist = QListWidget(parent)
            checklist.setToolTip(tr("Tick the names that apply; Enter to keep, Esc to cancel"))
            for value in allowed:
                item = QListWidgetItem(value, checklist)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            return checklist
        return super().createEditor(parent, option, index)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if keep_refused(editor, event, self._editing):
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        self._editing = QPersistentModelIndex(index)
        stored: Any = index.data(Role.STORED)
        if isinstance(editor, QComboBox):
            position = editor.findData(stored) if stored else 0
            editor.setCurrentIndex(max(position, 0))
            return
        if isinstance(editor, QDateEdit):
            day = stored if isinstance(stored, dt.date) else dt.date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
            return
        if isinstance(editor, QListWidget):
            chosen = set(stored or ())
            for row in range(editor.count()):
                item = editor.item(row)
                checked = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, value if value is not None else "")
            return
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
            return
        if isinstance(editor, QListWidget):
            chosen = [
                editor.item(r).text()
                for r in range(editor.count())
                if editor.item(r).checkState() == Qt.CheckState.Checked
            ]
            model.setData(index, tuple(chosen))
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if isinstance(editor, QListWidget):
            rect = option.rect
            rect.setHeight(max(rect.height(), 180))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)


def _mixed(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``second`` over ``first``."""
    keep = 1.0 - share
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * share,
        first.greenF() * keep + second.greenF() * share,
        first.blueF() * keep + second.blueF() * share,
    )


class GridDelegate(PlanCellDelegate):
    """Like :class:`PlanCellDelegate`, but a selected cell keeps its own colour, tinted.

    Qt paints selected cells in the flat highlight colour, which would hide what a
    planner cell says (Primary, Secondary, a row needing focus) exactly while the user
    works on it; here the highlight is mixed into the cell's own background instead.
    """

    SELECTION_SHARE = 0.35

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not option.state & QStyle.StateFlag.State_Selected:
            super().paint(painter, option, index)
            return
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        # initStyleOption put the cell's BackgroundRole brush here (asking the index
        # for it again would cost PySide6 6.12.0 a reference to None per empty cell)
        own = styled.backgroundBrush
        has_own = own.style() != Qt.BrushStyle.NoBrush
        base = own.color() if has_own else styled.palette.base().color()
        highlight = styled.palette.highlight().color()
        styled.backgroundBrush = QBrush(_mixed(base, highlight, self.SELECTION_SHARE))
        styled.state &= ~QStyle.StateFlag.State_Selected
        widget = styled.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
