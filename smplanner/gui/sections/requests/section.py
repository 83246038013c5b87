"""The Requests tab: a log of incoming connection requests and what to do with each.

The log is the generic :class:`PlanTableModel` with the verdict and its reason worked out
beside each row (never stored: they follow every rating as it is typed). Logging a
request fills in today's date and the network of the last one; F, D and R rate a warning
sign fine, doubtful or red flag and step to the next sign, so vetting a request is a few
key presses. Counts by decision, network and month sit under the log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.checklist_tables import REQUESTS, SIGN_COLUMNS
from smplanner.domain.checklists import REPLY_FIRST, word
from smplanner.domain.commands import InsertRows, RemoveRows, SetCells
from smplanner.domain.schema import Kind
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.grid.extra_columns import ExtraColumn, ExtraColumnsDelegate, ExtraColumnsProxy
from smplanner.gui.grid.table_model import CellStyle, PlanTableModel
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.requests.counts import RequestCounts
from smplanner.gui.sections.requests.styler import RequestStyler
from smplanner.gui.undo import PlanEditor

RATINGS_BY_KEY = {Qt.Key.Key_F: "fine", Qt.Key.Key_D: "doubtful", Qt.Key.Key_R: "red flag"}
VERDICT = QT_TRANSLATE_NOOP("", "Verdict")
WHY = QT_TRANSLATE_NOOP("", "Why")
"""The worked-out columns' titles (how the section finds them; shown translated)."""
HINT = QT_TRANSLATE_NOOP(
    "",
    "On a warning sign: F fine · D doubtful · R red flag · Space ticks Personal message · "
    "F6 to the counts",
)


class RequestsSection(Section):
    """Vet incoming connection requests: accept, reply first or ignore."""

    title = QT_TRANSLATE_NOOP("", "Requests")
    page_name = "requests"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.requests")
        self.styler = RequestStyler(self.plan)
        self.model = PlanTableModel(editor, REQUESTS, self.styler, self)
        self.model.message.connect(self.message)
        verdict = ExtraColumn(
            VERDICT,
            QT_TRANSLATE_NOOP(
                "",
                "What to do: two red flags or more, ignore; a known relationship and no red "
                "flag, accept; otherwise reply first and ask what the connection is for. "
                "Your decision, when you set one, wins",
            ),
            self.styler.verdict_text,
            style=self.styler.verdict_style,
        )
        why = ExtraColumn(
            WHY,
            QT_TRANSLATE_NOOP("", "Why the rule says so"),
            self.styler.reason_text,
            style=lambda row: CellStyle(tooltip=self.styler.reason_text(row)),
        )
        self.proxy = ExtraColumnsProxy(self.model, [verdict, why])
        self.view = self._make_view()
        self.add_grid(Grid(self.view))
        self.counts = RequestCounts(self.plan, self.styler.checks, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("requests.count")
        self._actions: dict[str, QAction] = {}
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        self._build_layout()
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._refresh_timer.start)
        self.setFocusProxy(self.view)
        panes = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        panes.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        panes.activated.connect(self.next_pane)
        self.refresh()

    def next_pane(self) -> None:
        """F6: between the log and the counts under it."""
        target = self.counts if self.view.hasFocus() else self.view
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------------ view
    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("requests.view")
        view.setModel(self.proxy)
        view.setItemDelegate(ExtraColumnsDelegate(self.proxy, view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = view.fontMetrics().averageCharWidth()
        for number, column in enumerate(self.plan.columns(REQUESTS)):
            chars = 0 if column.kind is Kind.BOOL else column.width  # a tick box: its title
            wanted = max(chars * char + 12, header.sectionSizeHint(number))
            view.setColumnWidth(number, min(wanted, 24 * char))
        # the verdict and its reason right after who sent it, where the eye is
        verdict, why = self.proxy.extra_column(VERDICT), self.proxy.extra_column(WHY)
        header.moveSection(header.visualIndex(verdict), 3)
        header.moveSection(header.visualIndex(why), 4)
        bold = QFont(view.font())
        bold.setBold(True)
        yours = tr("{decision} (yours)").format(decision=word(REPLY_FIRST))
        widest = QFontMetrics(bold).horizontalAdvance(yours)
        view.setColumnWidth(verdict, widest + 16)
        view.setColumnWidth(why, 30 * char)
        header.setStretchLastSection(True)
        view.installEventFilter(self)
        return view

    def _build_actions(self) -> None:
        def make(
            name: str, text: str, keys: list[str], tip: str, slot: Callable[[], object]
        ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(f"requests.{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})")
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.view.addAction(action)
            self._actions[name] = action
            return action

        make(
            "log",
            tr("&Log request"),
            ["Ctrl+Return", "Insert"],
            tr("Add a request dated today, on the network of the last one"),
            self.log_request,
        )
        make(
            "rate_fine",
            tr("Rate the rest &fine"),
            ["Ctrl+Shift+F"],
            tr("Rate every sign not rated yet of the selected requests as fine"),
            self.rate_rest_fine,
        )
        make(
            "delete",
            tr("&Delete requests"),
            ["Ctrl+-"],
            tr("Delete the selected requests (Undo brings them back)"),
            self.delete_requests,
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_layout(self) -> None:
        heading = QLabel(
            tr(
                "<b>Connection requests</b> — accept people you have really exchanged value "
                "with; look hard at strangers"
            ),
            self,
        )
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        upper = QWidget(self)
        column = QVBoxLayout(upper)
        column.setContentsMargins(8, 6, 8, 2)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        under = QHBoxLayout()
        under.addWidget(self.count_label)
        under.addStretch(1)
        hint = QLabel(tr(HINT), upper)
        hint.setStyleSheet("color: palette(mid);")
        under.addWidget(hint)
        column.addLayout(under)
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(8, 2, 8, 4)
        box.addWidget(
            QLabel(tr("<b>By network and month</b> — who sends the suspicious ones"), lower)
        )
        box.addWidget(self.counts, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -------------------------------------------------------------- commands
    def _rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {i.row() for i in selection.selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def log_request(self) -> None:
        """A new request at the end, dated today, its network that of the last one."""
        rows = self.plan.row_count(REQUESTS)
        networks = self.plan.keys("networks")
        last = self.plan.value(REQUESTS, rows - 1, "network") if rows else ""
        network = last or (networks[0] if networks else "")
        record = {"date": dt.date.today(), "network": network}
        command = InsertRows(REQUESTS, rows, (record,), label=tr("Log a request"))
        if self.editor.execute(command):
            index = self.proxy.index(rows, self.model.column_number("name"))
            self.view.setCurrentIndex(index)
            self.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.edit(index)
            self.message.emit(
                tr("Logged a request dated today: type the name, then rate the signs")
            )

    def rate_rest_fine(self) -> None:
        changes = []
        for row in self._rows():
            for name in SIGN_COLUMNS:
                if not self.plan.value(REQUESTS, row, name):
                    changes.append((row, name, "fine"))
        if not changes:
            self.message.emit(tr("Every sign of the selected requests is rated"))
            return
        label = tr("Rate %n sign(s) fine", "", len(changes))
        if self.editor.execute(SetCells(REQUESTS, tuple(changes), label=label)):
            self.message.emit(tr("Rated %n sign(s) fine", "", len(changes)))

    def delete_requests(self) -> None:
        rows = self._rows()
        if not rows:
            return
        label = tr("Delete %n request(s)", "", len(rows))
        column = max(self.view.currentIndex().column(), 0)
        if self.editor.execute(RemoveRows(REQUESTS, tuple(rows), label=label)):
            self.message.emit(tr("Deleted %n request(s); Undo brings them back", "", len(rows)))
            left = self.proxy.rowCount()
            if left:
                self.view.setCurrentIndex(self.proxy.index(min(rows[0], left - 1), column))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F, D, R on a warning sign rate it and step right to the next sign."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.view.currentIndex()
            key = Qt.Key(event.key())
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            column = self.proxy.extra(index.column()) if index.isValid() else None
            name = (
                self.model.column(index.column()).name if index.isValid() and column is None else ""
            )
            if plain and key in RATINGS_BY_KEY and name in SIGN_COLUMNS:
                rating = RATINGS_BY_KEY[key]
                label = tr("Rate {sign} {rating} in row {row}").format(
                    sign=word(SIGN_COLUMNS[name]), rating=word(rating), row=index.row() + 1
                )
                change = ((index.row(), name, rating),)
                if self.editor.execute(SetCells(REQUESTS, change, label=label)):
                    self._step_right(index.row(), index.column())
                return True
        return super().eventFilter(watched, event)

    def _step_right(self, row: int, column: int) -> None:
        header = self.view.horizontalHeader()
        visual = header.visualIndex(column) + 1
        if visual < header.count():
            self.view.setCurrentIndex(self.proxy.index(row, header.logicalIndex(visual)))

    # --------------------------------------------------------------- refresh
    def refresh(self) -> None:
        self.proxy.refresh()
        self.counts.refresh()
        problems = [p for p in self.styler.row_problems() if p]
        text = tr("%n request(s)", "", self.model.rowCount())
        if not self.model.rowCount():
            text = tr("{count} — Insert logs one").format(count=text)
        if problems:
            text = tr("{count}, {unfinished} to finish (marked ⚠)").format(
                count=text, unfinished=len(problems)
            )
        self.count_label.setText(text)
