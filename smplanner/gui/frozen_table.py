"""Frozen panes: row headers that stay while the KPI columns scroll, as in Excel.

Two table views share one model and one selection: the left shows the first
``frozen`` columns, the right the rest. Their vertical scrolling is locked together,
both keep a horizontal scroll bar so their rows line up, and the arrow keys cross from
one to the other as if they were one grid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

ROW_HEIGHT = 24


class GridView(QTableView):
    """One pane; it hands focus to its neighbour at its edge."""

    crossed = Signal(int, int)
    """Asks the neighbouring pane to take focus at (row, column)."""

    def __init__(self, first: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = first
        self.last = first
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        """Sees keys first (P, S, Delete...); returns True when it used the key."""
        self.click_handler: Callable[[QModelIndex], None] | None = None
        """Called for a plain click that starts and ends on the same cell."""
        self._pressed = QModelIndex()
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if current.isValid() and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_Right and current.column() == self.last:
                self.crossed.emit(current.row(), current.column() + 1)
                return
            if event.key() == Qt.Key.Key_Left and current.column() == self.first:
                self.crossed.emit(current.row(), current.column() - 1)
                return
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = (
            self.indexAt(event.position().toPoint()) if plain and left else QModelIndex()
        )
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        pressed, self._pressed = self._pressed, QModelIndex()
        if self.click_handler is not None and pressed.isValid() and index == pressed:
            self.click_handler(index)


class FrozenGrid(QSplitter):
    """The two panes as one grid over ``model``; ``frozen`` columns stay on the left."""

    def __init__(self, frozen: int, right_header: QHeaderView, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.frozen = frozen
        self.left = GridView(0, self)
        self.right = GridView(frozen, self)
        self.right.setHorizontalHeader(right_header)
        self.right.verticalHeader().hide()
        self.left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = right_header.height()
        self.left.horizontalHeader().setFixedHeight(height)
        self.left.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        )
        self.left.horizontalHeader().setStretchLastSection(True)
        self.addWidget(self.left)
        self.addWidget(self.right)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.left.crossed.connect(self._cross)
        self.right.crossed.connect(self._cross)

    def setModel(self, model: QAbstractItemModel) -> None:
        self.left.setModel(model)
        self.right.setModel(model)
        self.right.setSelectionModel(self.left.selectionModel())
        model.columnsInserted.connect(self._hide_columns)
        model.columnsRemoved.connect(self._hide_columns)
        model.columnsMoved.connect(self._hide_columns)
        model.modelReset.connect(self._hide_columns)
        model.layoutChanged.connect(self._hide_columns)
        self._hide_columns()

    def model(self) -> QAbstractItemModel:
        return self.left.model()

    def selectionModel(self) -> QItemSelectionModel:
        return self.left.selectionModel()

    def _hide_columns(self, *_: object) -> None:
        count = self.model().columnCount()
        for column in range(count):
            self.left.setColumnHidden(column, column >= self.frozen)
            self.right.setColumnHidden(column, column < self.frozen)
        self.left.last = self.frozen - 1
        self.right.last = count - 1

    def _cross(self, row: int, column: int) -> None:
        count = self.model().columnCount()
        if not 0 <= column < count:
            return
        view = self.left if column < self.frozen else self.right
        index = self.model().index(row, column)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    def current_view(self) -> GridView:
        """The pane the user works in (the one with focus, else the KPI pane)."""
        return self.left if self.left.hasFocus() else self.right

    def select_cell(self, index: QModelIndex) -> None:
        view = self.left if index.column() < self.frozen else self.right
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
