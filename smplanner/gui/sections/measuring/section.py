"""The Measuring tab: plan settings, the tracking grid, and the cost lines.

Settings sit on top because they shape everything below (how many periods, what an hour
costs). Tracking is the pivoted grid of :class:`TrackingModel`; cost lines are
the generic :class:`PlanTableModel` in a plain table, with the lines that are left out
of the figures marked. Every edit is one undo step through the :class:`PlanEditor`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import measures
from smplanner.domain.commands import InsertRows, RemoveRows
from smplanner.domain.measuring_tables import COSTS, TRACKING
from smplanner.domain.periods import parse_first_period, settings_of
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.domain.tracking_grid import Kind, track_edit
from smplanner.gui.actions import tool_action
from smplanner.gui.grid import clipboard
from smplanner.gui.grid.agreement_notice import AgreementNotice
from smplanner.gui.grid.clipboard import Grid, Placement
from smplanner.gui.grid.delegates import PlanCellDelegate
from smplanner.gui.grid.frozen_table import FrozenGrid
from smplanner.gui.grid.grouped_header import GroupedHeader
from smplanner.gui.grid.refused_edit import keep_refused
from smplanner.gui.grid.settings_form import SettingsForm
from smplanner.gui.grid.table_model import Index, PlanTableModel
from smplanner.gui.grid.tracking_model import FIXED, TrackingModel
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.measuring import first_steps
from smplanner.gui.sections.measuring.lines_shown import ShownLines
from smplanner.gui.sections.measuring.lines_styler import LinesStyler
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import figures
from smplanner.report.formats import period_labels as shown_labels

TRACKING_HINT = QT_TRANSLATE_NOOP(
    "",
    "Type a number to fill a cell, Enter for the next KPI below, Tab for the next column; "
    "Delete empties a cell (no data, not zero). Paste a block from a spreadsheet: its "
    "columns go to the next periods, its rows to the next KPIs.",
)
SETTINGS_COLUMNS = (
    "currency",
    "period_unit",
    "first_period",
    "periods",
    "hourly_rate",
    "attainment_band",
)


def _action(
    owner: QWidget,
    bar: QToolBar,
    name: str,
    text: str,
    keys: list[str],
    tip: str,
    slot: Callable[[], object],
) -> QAction:
    action = tool_action(
        owner, bar, name, text, keys, tip, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    owner.addAction(action)  # the keys work wherever the focus is inside the page
    return action


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
        self.track_action = _action(
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
        self.untrack_action = _action(
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


class LinesPage(QWidget):
    """Cost or return lines: the generic table model, add and delete, a running total."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"measuring.{table}")
        self.editor = editor
        self.plan = editor.plan
        self.table = table
        schema = self.plan.schema(table)
        self.styler = LinesStyler(self.plan, table)
        self.model = PlanTableModel(editor, table, self.styler, self)
        self.model.message.connect(self.message)
        self.view = QTableView(self)
        self.view.setObjectName(f"measuring.{table}.view")
        self.shown = ShownLines(self.model)
        self.view.setModel(self.shown)
        self.view.setItemDelegate(PlanCellDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.view.fontMetrics().averageCharWidth()
        for number, column in enumerate(schema.columns):
            title = len(tr(column.title)) + 2
            self.view.setColumnWidth(number, max(column.width, title) * char + 12)
        self.view.setColumnWidth(0, max(self.view.columnWidth(0), 11 * char + 12))  # "Sep 2027"
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if table == COSTS:
            add_tip = tr("Add a cost line below the current one, for the same period and network")
            delete_tip = tr("Delete the selected cost lines")
        else:
            add_tip = tr("Add a return line below the current one, for the same period and network")
            delete_tip = tr("Delete the selected return lines")
        self.add_action = _action(
            self, bar, f"{table}.add", tr("&Add line"), ["Ctrl+Return", "Insert"],
            add_tip, self.add,
        )  # fmt: skip
        self.delete_action = _action(
            self, bar, f"{table}.delete", tr("&Delete lines"), ["Ctrl+-"],
            delete_tip, self.delete_lines,
        )  # fmt: skip
        self.total = QLabel(self)
        self.total.setObjectName(f"measuring.{table}.total")
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{tr(schema.title)}</b> — {tr(schema.description)}", self))
        top.addStretch(1)
        top.addWidget(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        self.setFocusProxy(self.view)

    def show_total(self, board: measures.Dashboard) -> None:
        currency = board.settings.currency
        shown = figures()
        if self.table == COSTS:
            text = tr("Investment {investment}: organic {organic}, paid {paid}").format(
                investment=shown.money(board.overall.investment, currency),
                organic=shown.money(board.organic),
                paid=shown.money(board.paid),
            )
        else:  # returns are won deals, on the Deals tab
            text = ""
        if board.left_out:
            left_out = tr("%n line(s) after the last period left out", "", board.left_out)
            text += f" · {left_out}"
        self.total.setText(text)

    def _rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def add(self) -> bool:
        rows = self._rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        record: dict[str, object] = {}
        if rows:
            like = self.plan.row(self.table, rows[-1])
            record = {k: like[k] for k in ("period", "network", "spend") if k in like}
        label = tr("Add cost line") if self.table == COSTS else tr("Add return line")
        if not self.editor.execute(InsertRows(self.table, at, (record,), label=label)):
            return False
        column = self.plan.column_index(self.table, "category" if self.table == COSTS else "deal")
        self.view.setCurrentIndex(self.shown.index(at, column))
        self.view.setFocus()
        return True

    def delete_lines(self) -> bool:
        rows = self._rows()
        if not rows:
            return False
        if self.table == COSTS:
            label = tr("Delete %n cost line(s)", "", len(rows))
            said = tr("Delete %n cost line(s); Undo (Ctrl+Z) brings them back", "", len(rows))
        else:
            label = tr("Delete %n return line(s)", "", len(rows))
            said = tr("Delete %n return line(s); Undo (Ctrl+Z) brings them back", "", len(rows))
        done = self.editor.execute(RemoveRows(self.table, tuple(rows), label=label))
        if done:
            self.message.emit(said)
        return done


class MeasuringSection(Section):
    """Settings on top; tracking and costs as pages below."""

    title = QT_TRANSLATE_NOOP("", "Measuring")
    page_name = "measuring"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.measuring")
        self.settings = SettingsForm(editor, SETTINGS_COLUMNS, self, self._describe_periods)
        self.settings.message.connect(self.message)
        self.tracking = TrackingPage(editor, self)
        self.costs = LinesPage(editor, COSTS, self)
        self.add_grid(self.tracking.edits)
        self.empty = first_steps.cover_tracking(self.tracking), first_steps.cover_costs(self.costs)
        self.add_grid(Grid(self.costs.view))
        self.pages = QTabWidget(self)
        self.pages.setObjectName("measuring.pages")
        self.pages.setDocumentMode(True)
        for page, title in (
            (self.tracking, tr("Tracking")),
            (self.costs, tr("Costs")),
        ):
            page.message.connect(self.message)
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.settings)
        layout.addWidget(AgreementNotice(editor, self, self.message.emit))
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.pages)
        self._totals = QTimer(self, singleShot=True, interval=150)
        self._totals.timeout.connect(self._show_totals)
        self._unsubscribe = self.plan.subscribe(lambda _e: self._totals.start())
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._show_totals()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to the tab, the keys go to the grid or table, not the first setting."""
        super().showEvent(event)
        # at once, not later: a deferred focus could pull the keys out of an open editor
        self.current().setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe_periods(self) -> str:
        settings = settings_of(self.plan)
        first = parse_first_period(settings.period_unit, settings.first_period)
        board_labels = shown_labels(settings)
        if first is None:
            return tr("Periods numbered {first} to {last}").format(
                first=board_labels[0], last=board_labels[-1]
            )
        return tr("{first} to {last}").format(first=board_labels[0], last=board_labels[-1])

    def _show_totals(self) -> None:
        board = measures.dashboard(self.plan)
        self.costs.show_total(board)

    def current(self) -> TrackingPage | LinesPage:
        page = self.pages.currentWidget()
        assert isinstance(page, (TrackingPage, LinesPage))
        return page

    def show_page(self, table: str) -> TrackingPage | LinesPage:
        pages: dict[str, TrackingPage | LinesPage] = {TRACKING: self.tracking, COSTS: self.costs}
        page = pages[table]
        self.pages.setCurrentWidget(page)
        return page
