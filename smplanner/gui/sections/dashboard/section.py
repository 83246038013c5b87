"""The ROI dashboard tab: the headline figures, tables by network and period, live charts.

Figures are worked out by :func:`smplanner.domain.measures.dashboard` a moment after the
last edit (a short timer restarted by every change), so typing in the tracking grid never
waits for them; the charts are built the first time the tab is shown, which is when
pyqtgraph is loaded, and only redrawn while they are visible.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.events import PlanEvent
from smplanner.domain.measures import Dashboard, Figures
from smplanner.domain.measures import dashboard as work_out
from smplanner.domain.periods import DATED_TABLES
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.empty_state import EmptyState
from smplanner.gui.grid.clipboard import WholeTable
from smplanner.gui.grid.settings_form import SettingsForm
from smplanner.gui.sections.base import Section
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import figures as local_figures
from smplanner.report.formats import period_labels as shown_labels

if TYPE_CHECKING:
    from smplanner.gui.charts.roi_charts import FunnelChart, MoneyChart, TrendChart

REFRESH_MS = 120
"""Quiet time after the last edit before the figures and charts are worked out again."""
CLV_COLUMNS = ("clv_revenue", "clv_margin", "clv_years", "clv_referrals", "clv_referral_value")
BASIS_NOTE = {
    "first touch": QT_TRANSLATE_NOOP("", "each won deal to the channel that brought it in"),
    "last touch": QT_TRANSLATE_NOOP("", "each won deal to its last touch before the close"),
    "linear": QT_TRANSLATE_NOOP("", "each won deal shared equally among its touches"),
    "position-based": QT_TRANSLATE_NOOP(
        "", "40 % to the first touch, 40 % to the last, 20 % to those between"
    ),
    "time decay": QT_TRANSLATE_NOOP("", "recent touches weigh more (see the half-life)"),
    "data-driven (Markov)": QT_TRANSLATE_NOOP(
        "", "by how many conversions are lost when a channel is taken out of every path"
    ),
}
"""What each attribution model credits, beside its choice."""
CARDS = (
    (
        "investment",
        QT_TRANSLATE_NOOP("", "Investment"),
        QT_TRANSLATE_NOOP("", "What the plan's social media work cost in its periods"),
    ),
    (
        "return",
        QT_TRANSLATE_NOOP("", "Return"),
        QT_TRANSLATE_NOOP("", "Revenue counted by the rule chosen above"),
    ),
    (
        "roi",
        QT_TRANSLATE_NOOP("", "ROI"),
        QT_TRANSLATE_NOOP("", "(return - investment) / investment; n/a without investment"),
    ),
    (
        "per_follower",
        QT_TRANSLATE_NOOP("", "Cost per follower gained"),
        QT_TRANSLATE_NOOP("", "Investment / growth in followers"),
    ),
    (
        "per_mqc",
        QT_TRANSLATE_NOOP("", "Cost per MQC"),
        QT_TRANSLATE_NOOP("", "Investment / marketing qualified contacts (latest count)"),
    ),
    (
        "per_sqo",
        QT_TRANSLATE_NOOP("", "Cost per SQO"),
        QT_TRANSLATE_NOOP("", "Investment / sales qualified opportunities (latest count)"),
    ),
    (
        "clv",
        QT_TRANSLATE_NOOP("", "Customer lifetime value"),
        QT_TRANSLATE_NOOP("", "Annual revenue x margin x years + referrals x value"),
    ),
)
NETWORK_COLUMNS = (
    QT_TRANSLATE_NOOP("", "Investment"),
    QT_TRANSLATE_NOOP("", "Return"),
    QT_TRANSLATE_NOOP("", "ROI"),
    QT_TRANSLATE_NOOP("", "Cost per follower gained"),
    QT_TRANSLATE_NOOP("", "Cost per MQC"),
    QT_TRANSLATE_NOOP("", "Cost per SQO"),
)
PERIOD_COLUMNS = (
    QT_TRANSLATE_NOOP("", "Period"),
    QT_TRANSLATE_NOOP("", "Investment"),
    QT_TRANSLATE_NOOP("", "Return"),
    QT_TRANSLATE_NOOP("", "ROI"),
    QT_TRANSLATE_NOOP("", "Followers"),
    QT_TRANSLATE_NOOP("", "MQC"),
    QT_TRANSLATE_NOOP("", "SQO"),
)


def dashboard(plan: Plan) -> Dashboard:
    """The plan's figures, its periods named in the user's language."""
    board = work_out(plan)
    return replace(board, labels=shown_labels(board.settings))


def _item(text: str, numeric: bool = True, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if text == local_figures().not_applicable:
        item.setToolTip(tr("Not applicable: the figure divides by zero or lacks data"))
    return item


MONEY_TITLES = {"Investment", "Return", "Cost per follower gained", "Cost per MQC", "Cost per SQO"}


def _with_currency(titles: tuple[str, ...], currency: str) -> list[str]:
    """Headers of money columns say the currency once, so the cells need not (translated)."""
    return [f"{tr(t)} ({currency})" if t in MONEY_TITLES and currency else tr(t) for t in titles]


def _table(name: str, columns: tuple[str, ...], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([tr(c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)  # no one column taking all the room that is left
    return table


class DashboardSection(Section):
    """Investment, return and ROI at a glance, with what lies behind them."""

    title = QT_TRANSLATE_NOOP("", "ROI dashboard")
    page_name = "roi"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.dashboard")
        self.board: Dashboard = dashboard(self.plan)
        self.charts: tuple[FunnelChart, TrendChart, MoneyChart] | None = None
        self.basis = SettingsForm(editor, ("attribution_model",), self, self._basis_note)
        self.basis.message.connect(self.message)
        self.cards: dict[str, QLabel] = {}
        cards = QFrame(self)
        cards.setObjectName("dashboard.cards")
        cards.setStyleSheet(
            "#dashboard\\.cards { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        grid = QGridLayout(cards)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(24)
        for column, (key, title, tip) in enumerate(CARDS):
            name = QLabel(tr(title), cards)
            name.setStyleSheet("color: palette(mid);")
            value = QLabel(cards)
            value.setObjectName(f"dashboard.{key}")
            value.setStyleSheet("font-size: 16pt; font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for label in (name, value):
                label.setToolTip(tr(tip))
            grid.addWidget(name, 0, column)
            grid.addWidget(value, 1, column)
            self.cards[key] = value
        self.split = QLabel(cards)
        self.split.setObjectName("dashboard.split")
        self.split.setStyleSheet("color: palette(mid);")
        grid.addWidget(self.split, 2, 0, 1, 3)
        self.networks = _table("dashboard.networks", NETWORK_COLUMNS, self)
        self.periods = _table("dashboard.periods", PERIOD_COLUMNS, self)
        self.periods.verticalHeader().hide()
        self.tables = QTabWidget(self)
        self.tables.setDocumentMode(True)
        self.tables.addTab(self.networks, tr("By network"))
        self.tables.addTab(self.periods, tr("By period"))
        worked_out = tr("The dashboard is worked out from the Measuring tab; edit there")
        for table in (self.networks, self.periods):
            self.add_grid(WholeTable(table, read_only=worked_out))
        self.clv = SettingsForm(editor, CLV_COLUMNS, self)
        self.clv.message.connect(self.message)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.tables, 1)
        lower_layout.addWidget(self.clv)
        self.chart_area = QSplitter(Qt.Orientation.Horizontal, self)
        self.chart_area.setObjectName("dashboard.charts")
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(self.chart_area)
        self.body.addWidget(lower)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.basis)
        layout.addWidget(cards)
        layout.addWidget(self.body, 1)
        self.empty = EmptyState(
            self.chart_area,
            self.plan,
            lambda: not any(self.plan.row_count(table) for table in DATED_TABLES),
            tr(
                "Nothing to chart yet: enter costs, targets and results per period on the"
                " Measuring tab."
            ),
            tr("Go to Measuring"),
            lambda: self.go_to.emit("section.measuring"),
            name="dashboard.empty",
        )
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._show_figures()
        self.basis.show_values()

    def _basis_note(self) -> str:
        basis = str(self.basis.value("attribution_model")) if hasattr(self, "basis") else ""
        return tr(BASIS_NOTE[basis]) if basis in BASIS_NOTE else ""

    def _on_event(self, event: PlanEvent) -> None:
        if not event.change.announces:
            self._timer.start()

    # ------------------------------------------------------------- showing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.charts is None:
            from smplanner.gui.charts.roi_charts import make_charts  # loads pyqtgraph

            self.charts = make_charts(self.chart_area)
            for chart in self.charts:
                self.chart_area.addWidget(chart)
            width = max(self.chart_area.width(), 900)
            self.chart_area.setSizes([width * 3 // 10, width * 7 // 20, width * 7 // 20])
            height = max(self.body.height(), 400)
            self.body.setSizes([height * 3 // 5, height - height * 3 // 5])
        self._show_charts()

    def refresh(self) -> None:
        """Work the figures out again and show them (the charts only while visible)."""
        self.board = dashboard(self.plan)
        self._show_figures()
        if self.isVisible():
            self._show_charts()

    def _show_charts(self) -> None:
        if self.charts is not None:
            for chart in self.charts:
                chart.show_board(self.board)

    def _show_figures(self) -> None:
        board = self.board
        currency = board.settings.currency
        overall = board.overall
        shown = local_figures()
        money = shown.money
        values = {
            "investment": money(overall.investment, currency),
            "return": money(overall.returned, currency),
            "roi": shown.percent(overall.roi),
            "per_follower": money(overall.cost_per_follower, currency),
            "per_mqc": money(overall.cost_per_mqc, currency),
            "per_sqo": money(overall.cost_per_sqo, currency),
            "clv": money(board.clv, currency),
        }
        for key, text in values.items():
            self.cards[key].setText(text)
        periods = board.settings.periods
        if board.settings.period_unit == "week":
            unit = tr("%n week(s)", "", periods)
        elif board.settings.period_unit == "quarter":
            unit = tr("%n quarter(s)", "", periods)
        else:
            unit = tr("%n month(s)", "", periods)
        span = ""
        if board.labels:
            span = tr("{first} to {last}").format(first=board.labels[0], last=board.labels[-1])
        organic = tr("Organic {organic} · paid {paid}").format(
            organic=money(board.organic), paid=money(board.paid)
        )
        split = f"{organic} · {unit}, {span}"
        if board.left_out:
            left_out = tr("%n line(s) after the last period left out", "", board.left_out)
            split += f" · {left_out}"
        self.split.setText(split)
        self._fill_networks(board)
        self._fill_periods(board)

    def _fill_networks(self, board: Dashboard) -> None:
        currency = board.settings.currency
        self.networks.setHorizontalHeaderLabels(_with_currency(NETWORK_COLUMNS, currency))
        shown = local_figures()
        money, percent = shown.money, shown.percent
        rows: list[tuple[str, Figures, bool]] = [(tr("All networks"), board.overall, True)]
        for name in board.networks:
            figures = board.per_network[name]
            if figures.investment or figures.returned or figures.sqo or figures.mqc:
                rows.append((name, figures, False))
        rest = board.unattributed
        if rest.investment or rest.returned:
            rows.append((tr("Not tied to a network"), rest, False))
        table = self.networks
        table.setRowCount(len(rows) + 2)
        labels = []
        for number, (name, figures, bold) in enumerate(rows):
            labels.append(name)
            cells = (
                money(figures.investment),
                money(figures.returned),
                percent(figures.roi),
                money(figures.cost_per_follower),
                money(figures.cost_per_mqc),
                money(figures.cost_per_sqo),
            )
            for column, text in enumerate(cells):
                table.setItem(number, column, _item(text, bold=bold))
        spends = ((tr("Organic"), board.organic), (tr("Paid"), board.paid))
        for offset, (name, amount) in enumerate(spends):
            number = len(rows) + offset
            labels.append(name)
            table.setItem(number, 0, _item(money(amount)))
            for column in range(1, len(NETWORK_COLUMNS)):
                blank = _item("")
                if column == 1:
                    blank.setToolTip(tr("Returns are not split into organic and paid"))
                table.setItem(number, column, blank)
        table.setVerticalHeaderLabels(labels)

    def _fill_periods(self, board: Dashboard) -> None:
        self.periods.setHorizontalHeaderLabels(
            _with_currency(PERIOD_COLUMNS, board.settings.currency)
        )
        levels = [board.total_per_period(level) for level in ("followers", "mqc", "sqo")]
        shown = local_figures()
        money, percent, count = shown.money, shown.percent, shown.count
        table = self.periods
        table.setRowCount(len(board.labels))
        for number, label in enumerate(board.labels):
            cells = (
                label,
                money(board.investment_per_period[number]),
                money(board.return_per_period[number]),
                percent(board.roi_per_period[number]),
                *(count(values[number]) if values[number] is not None else "" for values in levels),
            )
            for column, text in enumerate(cells):
                table.setItem(number, column, _item(text, numeric=column > 0))
