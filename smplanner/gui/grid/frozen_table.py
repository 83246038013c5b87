"""Frozen panes: row headers that stay while the KPI columns scroll, as in Excel.

Two table views share one model and one selection model: the left shows the first
``frozen`` columns, the right the rest. Their vertical scrolling is locked together,
both keep a horizontal scroll bar so their viewports are equally tall and their rows line
up, and the keyboard and Shift+click treat them as one grid: arrows, Home and End cross
from one pane to the other, and a range selection may span both. Qt's own range
selection cannot do that (it keeps its anchor per view, as a position in that view), so
the grid keeps one anchor and selects rectangles itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

Flag = QItemSelectionModel.SelectionFlag
Index = QModelIndex | QPersistentModelIndex
Action = QAbstractItemView.CursorAction
NAVIGATION: dict[int, QAbstractItemView.CursorAction] = {
    Qt.Key.Key_Up: Action.MoveUp,
    Qt.Key.Key_Down: Action.MoveDown,
    Qt.Key.Key_Left: Action.MoveLeft,
    Qt.Key.Key_Right: Action.MoveRight,
    Qt.Key.Key_PageUp: Action.MovePageUp,
    Qt.Key.Key_PageDown: Action.MovePageDown,
}
CURRENT_FRAME = QColor("#0d47a1")
"""The current cell's frame: visible on white, pale teal and deep teal alike."""


def row_height(widget: QWidget) -> int:
    """One line of text with breathing room; the same in both panes."""
    return max(24, widget.fontMetrics().height() + 8)


def blocks(selection: QItemSelection) -> list[QItemSelectionRange]:
    """The rectangles of a selection, in the order they were selected."""
    return [selection.at(number) for number in range(selection.count())]


class GridView(QTableView):
    """One pane of a :class:`FrozenGrid`."""

    def __init__(self, grid: FrozenGrid, first: int) -> None:
        super().__init__(grid)
        self.grid = grid
        self.first = first
        self.last = first
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        """Sees keys first (P, S, Delete...); returns True when it used the key."""
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(row_height(self))
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._navigate(event):
            event.accept()
            return
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _navigate(self, event: QKeyEvent) -> bool:
        """Moves that Qt cannot make across panes: edges, Tab, Home/End, Shift ranges;
        and Enter moves down as in a spreadsheet."""
        current = self.currentIndex()
        if not current.isValid() or self.state() == QAbstractItemView.State.EditingState:
            return False  # keys an open editor passes on are not for moving
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if modifiers & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            return False
        key = event.key()
        model = self.model()
        row, column = current.row(), current.column()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not control:
            return self._tab(row, column, forward=key == Qt.Key.Key_Tab and not shift)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not control:
            # as in a spreadsheet: Enter moves down, Shift+Enter up
            target = model.index(row + (-1 if shift else 1), column)
            if target.isValid():
                self.grid.go_to(target)
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            last_row = model.rowCount() - 1
            row = (0 if key == Qt.Key.Key_Home else last_row) if control else row
            column = 0 if key == Qt.Key.Key_Home else model.columnCount() - 1
            self.grid.go_to(model.index(row, column), extend=shift)
            return True
        if control or key not in NAVIGATION:
            return False
        if key == Qt.Key.Key_Right and column == self.last:
            target = model.index(row, column + 1)
        elif key == Qt.Key.Key_Left and column == self.first:
            target = model.index(row, column - 1)
        elif shift:
            target = self.moveCursor(NAVIGATION[key], event.modifiers())
        else:
            return False
        if target.isValid():
            self.grid.go_to(target, extend=shift)
        return True

    def _tab(self, row: int, column: int, forward: bool) -> bool:
        """Tab walks the row across both panes, then on to the next row."""
        model = self.model()
        column += 1 if forward else -1
        if column >= model.columnCount():
            row, column = row + 1, 0
        elif column < 0:
            row, column = row - 1, model.columnCount() - 1
        target = model.index(row, column)
        if not target.isValid():
            return False  # past the grid's ends: let the focus move on
        self.grid.go_to(target)
        return True

    # ------------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        left = event.button() == Qt.MouseButton.LeftButton
        shift = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if left and shift and index.isValid() and self.grid.anchor.isValid():
            self.grid.go_to(index, extend=True)
            event.accept()
            return
        super().mousePressEvent(event)

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        """Cells, then a strong frame round the current cell, focused or not."""
        super().paintEvent(event)
        current = self.currentIndex()
        if not current.isValid() or self.isColumnHidden(current.column()):
            return
        rect = self.visualRect(current)
        if not rect.intersects(event.rect()):
            return
        painter = QPainter(self.viewport())
        pen = QPen(CURRENT_FRAME if self.grid.has_focus() else QColor("#78909c"))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        # the frame is drawn outside the delegate: repaint both cells wholly
        for index in (previous, current):
            if index.isValid():
                self.viewport().update(self.visualRect(index).adjusted(-2, -2, 2, 2))


class FrozenGrid(QSplitter):
    """The two panes as one grid over a model; ``frozen`` columns stay on the left."""

    def __init__(
        self,
        frozen: int,
        left_header: QHeaderView,
        right_header: QHeaderView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.frozen = frozen
        self.anchor = QPersistentModelIndex()
        """Where a Shift range starts: the last cell made current without Shift."""
        self._extending = False
        self.left = GridView(self, 0)
        self.right = GridView(self, frozen)
        self.left.setHorizontalHeader(left_header)
        self.right.setHorizontalHeader(right_header)
        left_header.setStretchLastSection(True)
        self.right.verticalHeader().hide()
        self.left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addWidget(self.left)
        self.addWidget(self.right)
        self.setChildrenCollapsible(False)
        self.setHandleWidth(3)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.frozen_width = 0
        """What the frozen pane would like: its columns' width (0: no wish)."""
        self._user_split = False
        self.splitterMoved.connect(self._divider_moved)
        left_bar, right_bar = self.left.verticalScrollBar(), self.right.verticalScrollBar()
        left_bar.valueChanged.connect(right_bar.setValue)
        right_bar.valueChanged.connect(left_bar.setValue)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Until the user drags the divider, the frozen pane takes its columns' width,
        but never more than half: the scrolling columns are what the grid is for."""
        super().resizeEvent(event)
        total = sum(self.sizes())
        if self._user_split or not self.frozen_width or total <= 0:
            return
        left = min(self.frozen_width, total // 2)
        if self.sizes()[0] != left:
            self.setSizes([left, total - left])

    def _divider_moved(self, *_: object) -> None:
        self._user_split = True

    def setModel(self, model: QAbstractItemModel) -> None:
        self.left.setModel(model)
        self.right.setModel(model)
        self.right.setSelectionModel(self.left.selectionModel())
        self.selectionModel().currentChanged.connect(self._current_changed)
        for signal in (
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._hide_columns)
        model.headerDataChanged.connect(self._header_changed)
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
        self.sync_headers()

    def _header_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        if orientation == Qt.Orientation.Horizontal:
            self.sync_headers()

    def sync_headers(self) -> None:
        """Both headers as tall as the taller needs, so the rows line up."""
        height = max(
            self.left.horizontalHeader().sizeHint().height(),
            self.right.horizontalHeader().sizeHint().height(),
        )
        for view in (self.left, self.right):
            if view.horizontalHeader().height() != height:
                view.horizontalHeader().setFixedHeight(height)

    # ------------------------------------------------------------- navigation
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._extending:
            self.anchor = QPersistentModelIndex(current)

    def pane(self, column: int) -> GridView:
        return self.left if column < self.frozen else self.right

    def go_to(self, index: QModelIndex, extend: bool = False) -> None:
        """Make ``index`` current in its pane; with ``extend``, select from the anchor."""
        if not index.isValid():
            return
        view = self.pane(index.column())
        selection = self.selectionModel()
        if extend and self.anchor.isValid():
            anchor = self.model().index(self.anchor.row(), self.anchor.column())
            self._extending = True
            try:
                selection.select(QItemSelection(anchor, index), Flag.ClearAndSelect)
                selection.setCurrentIndex(index, Flag.NoUpdate)
            finally:
                self._extending = False
        else:
            selection.setCurrentIndex(index, Flag.ClearAndSelect)
        if not view.hasFocus():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.scrollTo(index)

    def select_cell(self, index: QModelIndex) -> None:
        """Make ``index`` the only selected cell and give its pane the focus."""
        self.go_to(index)

    def has_focus(self) -> bool:
        return self.left.hasFocus() or self.right.hasFocus()

    def current_view(self) -> GridView:
        """The pane the user works in (the one with focus, else the current cell's)."""
        if self.left.hasFocus():
            return self.left
        if self.right.hasFocus():
            return self.right
        current = self.selectionModel().currentIndex()
        return self.pane(current.column()) if current.isValid() else self.right
