"""The Attribution tab: how every model shares the won deals, and social media's roles.

On top, the model the plan's return uses (and the time-decay half-life): choosing another
is one undo step, and the ROI dashboard follows. Below, the models side by side (channels
down: networks, other channels and "no recorded touch"; each model's credited value and
deals across, the chosen model's in bold), the role counts per period with their growth,
and a chart of the spread between the models. Every figure comes from
:mod:`smplanner.domain.attribution_summary`, worked out again shortly after an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.attribution import NO_TOUCH
from smplanner.domain.attribution_summary import figures as work_out
from smplanner.domain.deal_roles import ALL_NETWORKS
from smplanner.domain.deal_tables import MODEL_KEYS, MODELS
from smplanner.domain.events import PlanEvent
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.clipboard import WholeTable
from smplanner.gui.grid.settings_form import SettingsForm
from smplanner.gui.sections.base import Section
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import figures as local_figures

if TYPE_CHECKING:
    from smplanner.gui.charts.attribution_chart import AttributionChart

REFRESH_MS = 150
ROLE_TITLES = {
    "originating": QT_TRANSLATE_NOOP("", "Originating source"),
    "assist": QT_TRANSLATE_NOOP("", "Assist"),
    "conversion": QT_TRANSLATE_NOOP("", "Conversion point"),
    "any_touch": QT_TRANSLATE_NOOP("", "Any touch"),
}


def _table(name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, bold: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if tip:
        item.setToolTip(tip)
    return item


class AttributionSection(Section):
    """Every attribution model side by side; the chosen one sets the return."""

    title = QT_TRANSLATE_NOOP("", "Attribution")
    page_name = "attribution"

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.attribution")
        self.found: dict[str, Any] = work_out(self.plan)
        self.chart: AttributionChart | None = None
        self.model = SettingsForm(editor, ("attribution_model", "half_life"), self)
        self.model.message.connect(self.message)
        self.summary = QLabel(self)
        self.summary.setObjectName("attribution.summary")
        self.summary.setWordWrap(True)
        self.models = _table("attribution.models", self)
        self.roles = _table("attribution.roles", self)
        worked_out = tr("Worked out from the Deals tab; edit the deals and touches there")
        self.tables = QTabWidget(self)
        self.tables.setDocumentMode(True)
        self.tables.addTab(self.models, tr("Models side by side"))
        self.tables.addTab(self.roles, tr("Social media's roles per period"))
        for table in (self.models, self.roles):
            self.add_grid(WholeTable(table, read_only=worked_out))
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(self.tables)
        self.body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.model)
        layout.addWidget(self.summary)
        layout.addWidget(self.body, 1)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._show_figures()

    def _on_event(self, event: PlanEvent) -> None:
        if not event.change.announces:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.chart is None:
            from smplanner.gui.charts.attribution_chart import AttributionChart  # pyqtgraph

            self.chart = AttributionChart(self.body)
            self.body.addWidget(self.chart)
            height = max(self.body.height(), 400)
            self.body.setSizes([height // 2, height - height // 2])
        self.chart.show_figures(self.found)

    def refresh(self) -> None:
        """Work the figures out again and show them (the chart only while visible)."""
        self.found = work_out(self.plan)
        self._show_figures()
        if self.chart is not None and self.isVisible():
            self.chart.show_figures(self.found)

    # ----------------------------------------------------------------- tables
    def _show_figures(self) -> None:
        found = self.found
        shown = local_figures()
        currency = found["currency"]
        social = found["social_networks"][found["model"]]
        text = tr(
            "%n won deal(s) worth {value}; the {model} model credits the social networks"
            " with {social}, the plan's return.",
            "",
            found["won_deals"],
        ).format(
            value=shown.money(found["won_value"], currency),
            model=tr(found["model_name"]),
            social=shown.money(social, currency),
        )
        if found["touches_after_close"]:
            text += " " + tr(
                "%n touch(es) after their deal's close date are kept but not credited.",
                "",
                found["touches_after_close"],
            )
        if found["won_deals_without_period"]:
            text += " " + tr(
                "%n won deal(s) fall in no period (no close date, or the plan's first period"
                " is empty).",
                "",
                found["won_deals_without_period"],
            )
        self.summary.setText(text)
        self._show_models(found)
        self._show_roles(found)

    def _show_models(self, found: dict[str, Any]) -> None:
        models = found["models"]
        channels = list(next(iter(models.values())).keys()) if models else []
        chosen = found["model"]
        shown = local_figures()
        headers = [f"{tr(m)} ({found['currency']})" for m in MODELS]
        headers += [tr("{model}: deals").format(model=tr(m)) for m in MODELS]
        table = self.models
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = [*channels, tr("Social networks")]
        table.setRowCount(len(rows))
        table.setVerticalHeaderLabels([tr(NO_TOUCH) if c == NO_TOUCH else c for c in rows])
        for row, channel in enumerate(channels):
            for number, model in enumerate(MODELS):
                key = MODEL_KEYS[model]
                credit = models[key][channel]
                bold = key == chosen
                table.setItem(row, number, _item(shown.money(credit["value"]), bold))
                deals = _item(shown.count(round(credit["deals"], 2)), bold)
                table.setItem(row, len(MODELS) + number, deals)
        last = len(channels)
        for number, model in enumerate(MODELS):
            key = MODEL_KEYS[model]
            value = found["social_networks"][key]
            table.setItem(last, number, _item(shown.money(value), True))
            table.setItem(last, len(MODELS) + number, _item(""))

    def _show_roles(self, found: dict[str, Any]) -> None:
        roles = found["roles"]
        per_network: dict[str, list[dict[str, Any]]] = next(iter(roles.values()), {})
        first = per_network.get(ALL_NETWORKS, [])
        labels = [p["period"] for p in first]
        table = self.roles
        table.setColumnCount(len(labels))
        table.setHorizontalHeaderLabels(labels)
        rows: list[tuple[str, list[dict[str, Any]]]] = []
        for role, per_network in roles.items():
            for network, periods in per_network.items():
                shown_network = tr(ALL_NETWORKS) if network == ALL_NETWORKS else network
                rows.append((f"{tr(ROLE_TITLES[role])}: {shown_network}", periods))
        table.setRowCount(len(rows))
        table.setVerticalHeaderLabels([name for name, _ in rows])
        shown = local_figures()
        for row, (_name, periods) in enumerate(rows):
            for column, period in enumerate(periods):
                growth = period["growth"]
                text = str(period["deals"])
                if growth is not None:
                    text += f" ({'+' if growth >= 0 else ''}{shown.percent(growth)})"
                tip = tr("{deals} won deals worth {value}").format(
                    deals=period["deals"], value=shown.money(period["value"], found["currency"])
                )
                table.setItem(row, column, _item(text, tip=tip))
