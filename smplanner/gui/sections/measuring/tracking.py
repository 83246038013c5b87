"""The Measuring tab's tracking page: the pivoted grid of targets and actuals per period.

Enter moves down to the next KPI row as in a spreadsheet; a pasted block's columns go to
the next periods and its rows to the next KPI rows; a toolbar tracks another KPI on a
network or stops tracking one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import measures
from smplanner.domain.commands import RemoveRows
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.domain.tracking_grid import Kind, track_edit
from smplanner.gui.grid import clipboard
from smplanner.gui.grid.clipboard import Grid, Placement
from smplanner.gui.grid.frozen_table import FrozenGrid
from smplanner.gui.grid.grouped_header import GroupedHeader
from smplanner.gui.grid.refused_edit import keep_refused
from smplanner.gui.grid.table_model import Index
from smplanner.gui.grid.tracking_model import FIXED, TrackingModel
from smplanner.gui.sections.measuring.page_action import page_action
from smplanner.gui.undo import PlanEditor

TRACKING_HINT = QT_TRANSLATE_NOOP(
    "",
    "Type a number to fill a cell, Enter for the next KPI below, Tab for the next column; "
    "Delete empties a cell (no data, not zero). Paste a block from a spreadsheet: its "
    "columns go to the next periods, its rows to the next KPIs.",
)


class EnterMovesDown(QStyledItemDelegate):
    """Enter keeps the typed number and moves to the next editable row, as in a sheet."""

    def __init__(self, page: TrackingPage) -> None:
        super().__init__(page)
        self.page = page
        self._editing = QPersistentModelIndex()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        self._editing = QPersistentModelIndex(index)
        return super().createEditor(parent, option, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if keep_refused(editor, event, self._editing):
            return True  # the editor stays open on the refused text, the reason beside it
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in enter
        ):
            index = QPersistentModelIndex(self._editing)  # the cell being left, kept apart
            assert isinstance(editor, QWidget)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            if index.isValid():
                QTimer.singleShot(0, lambda: self.page.move_down(index))
            return True
        return super().eventFilter(editor, event)


class TrackingPage(QWidget):
    """The tracking grid with its toolbar: track another KPI, stop tracking one."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measuring.tracking")
        self.editor = editor
        self.plan = editor.plan
        self.model = TrackingModel(editor, self)
        self.model.message.connect(self.message)
        self.grid = FrozenGrid(
            FIXED, GroupedHeader(False, tr("Tracking")), GroupedHeader(False), self
        )
        self.grid.setModel(self.model)
        self.grid.left.verticalHeader().hide()  # rows are named by network and KPI
        # one delegate per pane: a view warns about editors of another view's delegate
        self.delegates = [EnterMovesDown(self), EnterMovesDown(self)]
        for view, delegate in zip((self.grid.left, self.grid.right), self.delegates, strict=True):
            view.setItemDelegate(delegate)
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        self.grid.right.key_handler = self._key
        self.grid.left.key_handler = self._key
        self.network = QComboBox(self)
        self.network.setObjectName("tracking.network")
        self.network.setToolTip(tr("The network to track another KPI on"))
        self.kpi = QComboBox(self)
        self.kpi.setObjectName("tracking.kpi")
        self.kpi.setToolTip(tr("Any KPI of the catalogue; Followers, MQC and SQO are always there"))
        self.kpi.setMinimumContentsLength(22)
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # "Track [KPI] on [network]": the words around the drop-downs, in the language's order
        before, _, rest = tr("Track {kpi} on {network}").partition("{kpi}")
        between, _, after = rest.partition("{network}")
        for words, combo in ((before, self.kpi), (between, self.network), (after, None)):
            if words.strip():
                bar.addWidget(QLabel(f" {words.strip()} ", self))
            if combo is not None:
                bar.addWidget(combo)
        self.track_action = page_action(
            self, bar, "tracking.add", tr("&Add row"), ["Ctrl+Return"],
            tr("Add a row for the chosen KPI on the chosen network"), self.track,
        )  # fmt: skip
        bar.addSeparator()
        self.only_with_data = QCheckBox(tr("Only networks with data"), self)
        self.only_with_data.setObjectName("tracking.only_with_data")
        self.only_with_data.setToolTip(
            tr("Hide the networks nothing is tracked on yet; add a row to bring one back")
        )
        self.only_with_data.toggled.connect(self.model.show_only_with_data)
        self.untrack_action = page_action(
            self, bar, "tracking.remove", tr("&Remove row"), ["Ctrl+-"],
            tr("Stop tracking the KPI of the current row, with all its values"), self.untrack,
        )  # fmt: skip
        bar.addSeparator()
        bar.addWidget(self.only_with_data)
        hint = QLabel(tr(TRACKING_HINT), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.grid.right)
        self.edits = TrackingGrid(self)
        self._set_widths()
        self._fill_choices()
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._fill_choices)

    def _set_widths(self) -> None:
        char = self.fontMetrics().averageCharWidth()
        self.grid.left.setColumnWidth(0, 13 * char)
        self.grid.left.setColumnWidth(1, 36 * char)
        self.grid.frozen_width = 49 * char + 40
        header = self.grid.right.horizontalHeader()
        header.setDefaultSectionSize(9 * char)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _after_reset(self) -> None:
        self._fill_choices()
        self.grid.sync_headers()

    def _fill_choices(self) -> None:
        for combo, items in (
            (self.network, self.plan.keys("networks")),
            (self.kpi, self.plan.keys("kpis")),
        ):
            chosen = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(items)
            if chosen in items:
                combo.setCurrentText(chosen)
            combo.blockSignals(False)

    # ---------------------------------------------------------------- moving
    def go_to(self, row: int, column: int) -> None:
        self.grid.select_cell(self.model.index(row, column))

    def move_down(self, index: Index) -> None:
        """From ``index``, to the next row below that can be edited (same column).

        Runs just after the editor closed; if the user has left the grid meanwhile, the
        focus stays where they went.
        """
        if not self.isVisible() or not index.isValid():
            return
        for row in range(index.row() + 1, self.model.rowCount()):
            if self.model.is_editable(row, index.column()):
                self.go_to(row, index.column())
                return

    # -------------------------------------------------------------- commands
    def track(self) -> bool:
        network, kpi = self.network.currentText(), self.kpi.currentText()
        if not network or not kpi:
            return False
        if self.model.has_row(network, kpi):
            self.go_to(self.model.row_of(network, kpi), FIXED + 1)
            self.message.emit(
                tr("{kpi} is already tracked on {network}").format(kpi=kpi, network=network)
            )
            return False
        label = tr("Track {kpi} on {network}").format(kpi=kpi, network=network)
        edit = track_edit(self.plan, [(network, kpi)], label)
        if edit.command is None or not self.editor.execute(edit.command):
            return False
        self.go_to(self.model.row_of(network, kpi), FIXED + 1)
        return True

    def untrack(self) -> bool:
        current = self.grid.selectionModel().currentIndex()
        if not current.isValid():
            return False
        row = self.model.rows[current.row()]
        if row.kind is not Kind.VALUE:
            self.message.emit(tr("Worked-out rows follow the KPIs above them"))
            return False
        if row.kpi in measures.funnel_kpis(self.plan.keys("kpis")).values():
            self.message.emit(
                tr("{kpi} is always tracked; empty its cells instead").format(kpi=row.kpi)
            )
            return False
        frame = self.plan.frame(TRACKING)
        rows = frame.index[(frame["network"] == row.network) & (frame["kpi"] == row.kpi)]
        label = tr("Stop tracking {kpi} on {network}").format(kpi=row.kpi, network=row.network)
        done = self.editor.execute(RemoveRows(TRACKING, tuple(int(r) for r in rows), label=label))
        if done:
            said = tr("Stop tracking {kpi} on {network}; Undo (Ctrl+Z) brings its values back")
            self.message.emit(said.format(kpi=row.kpi, network=row.network))
        return done

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            clipboard.clear(self.edits)
            return True
        return False


class TrackingGrid(Grid):
    """The tracking pivot for the Edit menu: a pasted block's columns go to the next
    periods of the current cell's field (target or actual), its rows to the next KPI rows
    below (the worked-out rows between them are stepped over)."""

    def __init__(self, page: TrackingPage) -> None:
        super().__init__(page.grid.left, page.grid.right)
        self.model = page.model

    def place(self, block: list[list[str]]) -> Placement:
        current, model = self.current(), self.model
        if len(block) == 1 and len(block[0]) == 1 and len(self.selected()) > 1:
            return super().place(block)  # one value fills the selection
        if not current.isValid() or not model.is_editable(current.row(), current.column()):
            return Placement(note=tr("Paste into a Target or Actual cell of a KPI row"))
        first_period, field = model.cell(current.column())
        rows = [
            r
            for r in range(current.row(), model.rowCount())
            if model.is_editable(r, current.column())
        ]
        periods = len(model.labels)
        placement = Placement()
        clipped = len(block) > len(rows)
        for values, row in zip(block, rows, strict=False):
            for offset, value in enumerate(values):
                period = first_period + offset
                if period >= periods:
                    clipped = clipped or bool(value.strip())
                    continue
                placement.cells.append((row, model.column_of(period, field), value))
        if clipped:
            placement.note = tr("The pasted block is larger than the grid: its edge was left out")
        return placement
