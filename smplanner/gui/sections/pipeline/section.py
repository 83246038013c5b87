"""The Pipeline tab: the stages as columns, the deals by stage, pool and source, the
forecast per period, the bottlenecks and the funnel worked backwards from the target.

The deals list is the Deals table itself (edits, undo and the clipboard go through the
plan model) with worked-out columns beside it: weighted value, lead pool, social source
and the overdue flag. Every figure is worked out by the domain a moment after the last
edit (undo too); the chart is built, and pyqtgraph loaded, when the tab is first shown.
"Fill pipeline KPIs into Tracking" writes the sourced and influenced weighted pipeline as
one undo step (:mod:`smplanner.domain.pipeline_kpis`).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import palette
from smplanner.domain.bottlenecks import bottlenecks
from smplanner.domain.deal_tables import DEALS
from smplanner.domain.events import PlanEvent
from smplanner.domain.funnel_backwards import backwards
from smplanner.domain.periods import settings_of
from smplanner.domain.pipeline_deals import SOURCE_TITLES, DealFacts, deal_facts
from smplanner.domain.pipeline_kpis import fill_pipeline_kpis
from smplanner.domain.pipeline_summary import figures as pipeline_figures
from smplanner.domain.pipeline_tables import LEAD_POOLS, PIPELINE_STAGES
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.actions import tool_action
from smplanner.gui.grid.clipboard import Grid, WholeTable
from smplanner.gui.grid.extra_columns import ExtraColumn, ExtraColumnsDelegate, ExtraColumnsProxy
from smplanner.gui.grid.table_model import CellStyle, PlanTableModel
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.pipeline.deal_filter import DealFilter
from smplanner.gui.sections.pipeline.funnel_panel import FunnelPanel
from smplanner.gui.sections.pipeline.stage_board import StageBoard
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import figures as local_figures
from smplanner.report.formats import period_labels as shown_labels

if TYPE_CHECKING:
    from smplanner.gui.charts.pipeline_chart import ForecastChart

REFRESH_MS = 120
WEIGHTED = QT_TRANSLATE_NOOP("", "Weighted")
POOL = QT_TRANSLATE_NOOP("", "Lead pool")
SOURCE = QT_TRANSLATE_NOOP("", "Social")
OVERDUE = QT_TRANSLATE_NOOP("", "Overdue")
OVERDUE_STYLE = CellStyle(
    background=QColor("#ffcdd2"),
    foreground=QColor("#b71c1c"),
    bold=True,
    tooltip=QT_TRANSLATE_NOOP(
        "", "Open, and its close date has passed: move the date or the stage so the forecast"
        " stays true"
    ),
)  # fmt: skip


class PipelineSection(Section):
    """The sales pipeline at a glance, and what it takes to reach the target."""

    title = QT_TRANSLATE_NOOP("", "Pipeline")
    page_name = "pipeline"

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.pipeline")
        self.today = dt.date.today
        """Where the tab gets today's date (overdue deals, ages)."""
        self.facts: DealFacts = deal_facts(self.plan, self.today())
        self.found: dict[str, Any] = {}
        self.chart: ForecastChart | None = None
        self.model = PlanTableModel(editor, DEALS, parent=self)
        self.model.message.connect(self.message)
        self.extras = ExtraColumnsProxy(self.model, self._extra_columns())
        self.filter = DealFilter(self.extras, lambda: self.facts)
        self.view = self._make_view()
        self.stages = StageBoard(self)
        self.stages.stage_clicked.connect(self.show_stage)
        self.summary = QLabel(self)
        self.summary.setObjectName("pipeline.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.combos: dict[str, QComboBox] = {}
        self.funnel = FunnelPanel(editor, self)
        for form in self.funnel.forms:
            form.message.connect(self.message)
        self.bottleneck_text = QLabel(self)
        self.bottleneck_text.setObjectName("pipeline.bottlenecks")
        self.bottleneck_text.setWordWrap(True)
        self.bottleneck_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.bottleneck_text.setContentsMargins(8, 8, 8, 8)
        self.bottleneck_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_grid(Grid(self.view))
        worked_out = tr("Worked out from the deals; edit them in the list or on the Deals tab")
        self.add_grid(WholeTable(self.stages, read_only=worked_out))
        self.add_grid(WholeTable(self.funnel.levels, read_only=worked_out))
        self.add_grid(WholeTable(self.funnel.rates, read_only=worked_out))
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.setFocusProxy(self.view)
        self.refresh()

    # ------------------------------------------------------------------ build
    def _extra_columns(self) -> list[ExtraColumn]:
        def weighted(row: int) -> str:
            if row >= len(self.facts):
                return ""
            value = self.facts.weighted[row]
            return "" if value is None else local_figures().money(value)

        def overdue(row: int) -> str:
            return tr("overdue") if self._overdue(row) else ""

        return [
            ExtraColumn(
                WEIGHTED,
                QT_TRANSLATE_NOOP("", "Value x stage probability; empty for a closed deal"),
                weighted,
            ),
            ExtraColumn(
                POOL,
                QT_TRANSLATE_NOOP("", "The lead pool whose stages hold the deal's stage"),
                lambda row: self.facts.pool[row] if row < len(self.facts) else "",
            ),
            ExtraColumn(
                SOURCE,
                QT_TRANSLATE_NOOP(
                    "",
                    "Sourced by social: its first touch was on a social network; influenced:"
                    " some touch was",
                ),
                lambda row: (
                    tr(SOURCE_TITLES[self.facts.source[row]]) if row < len(self.facts) else ""
                ),
            ),
            ExtraColumn(
                OVERDUE,
                QT_TRANSLATE_NOOP("", "Open deals whose close date has passed"),
                overdue,
                style=lambda row: _translated(OVERDUE_STYLE) if self._overdue(row) else None,
            ),
        ]

    def _overdue(self, row: int) -> bool:
        return row < len(self.facts) and self.facts.overdue[row]

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("pipeline.deals")
        view.setModel(self.filter)
        view.setItemDelegate(ExtraColumnsDelegate(self.extras, view))
        view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = view.fontMetrics().averageCharWidth()
        for number in range(self.model.columnCount()):
            view.setColumnWidth(number, (min(self.model.column(number).width, 20) + 2) * char)
        # the worked-out columns right after the stage, where the eye is
        stage = self.model.column_number("stage")
        widths = {WEIGHTED: 13, OVERDUE: 10, SOURCE: 23, POOL: 10}
        for offset, (title, chars) in enumerate(widths.items(), start=1):
            column = self.extras.extra_column(title)
            header.moveSection(header.visualIndex(column), stage + offset)
            view.setColumnWidth(column, chars * char)
        for name in ("company", "owner", "notes"):  # less needed here than on the Deals tab
            view.setColumnHidden(self.model.column_number(name), True)
        header.setStretchLastSection(True)
        return view

    def _build(self) -> None:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tool_action(
            self,
            bar,
            "pipeline.fill_kpis",
            tr("Fill pipeline KPIs into Tracking"),
            ("Ctrl+Shift+G",),
            tr(
                "Write the weighted pipeline sourced and influenced by social, per network"
                " and period of expected close, into the Tracking actuals (one undo step)"
            ),
            self.fill_kpis,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        tool_action(
            self,
            bar,
            "pipeline.show_all",
            tr("Show all deals"),
            ("Ctrl+Shift+A",),
            tr("Clear the stage, pool and source filters"),
            self.show_all,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        filters = QHBoxLayout()
        filters.setSpacing(6)
        tips = {
            "stage": tr("List the deals of one stage (or click a stage above)"),
            "pool": tr("List the deals of one lead pool"),
            "source": tr("Sourced by social, influenced by social (sourced ones too), or other"),
        }
        titles = {"stage": tr("&Stage:"), "pool": tr("Lead &pool:"), "source": tr("S&ource:")}
        for name in ("stage", "pool", "source"):
            combo = QComboBox(self)
            combo.setObjectName(f"pipeline.filter.{name}")
            combo.setToolTip(tips[name])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _i, n=name: self._filter_chosen(n))
            label = QLabel(titles[name], self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            self.combos[name] = combo
        filters.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pipeline.tabs")
        self.tabs.setDocumentMode(True)
        self.chart_page = QWidget(self.tabs)
        self.chart_layout = QVBoxLayout(self.chart_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.chart_page, tr("Forecast"))
        scroll = QScrollArea(self.tabs)  # the window may be smaller than the panel
        scroll.setObjectName("pipeline.funnel_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.funnel)
        self.tabs.addTab(scroll, tr("Funnel worked backwards"))
        self.tabs.addTab(self.bottleneck_text, tr("Bottlenecks"))
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(left)
        self.body.addWidget(self.tabs)
        self.body.setChildrenCollapsible(False)
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.stages)
        layout.addWidget(self.body, 1)

    # --------------------------------------------------------------- figures
    def _on_event(self, event: PlanEvent) -> None:
        if not event.change.announces:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.chart is None:
            from smplanner.gui.charts.pipeline_chart import ForecastChart  # loads pyqtgraph

            self.chart = ForecastChart(self.chart_page)
            self.chart_layout.addWidget(self.chart)
            QTimer.singleShot(0, self._share_width)
        self._show_chart()

    def _share_width(self) -> None:
        """The deals list a little wider than the figures beside it."""
        width = sum(self.body.sizes())
        self.body.setSizes([width * 11 // 20, width - width * 11 // 20])

    def refresh(self) -> None:
        """Work every figure out again and show it (the chart only while visible)."""
        today = self.today()
        self.facts = deal_facts(self.plan, today)
        self.found = pipeline_figures(self.plan, today)
        self.filter.refilter()
        self.extras.refresh()
        self._show_summary()
        self._show_filters()
        milestones = {
            str(row["name"]): str(row.get("milestone") or "")
            for row in self.plan.frame(PIPELINE_STAGES).to_dict("records")
        }
        self.stages.show_stages(self.found["by_stage"], self.found["currency"], milestones)
        self.funnel.show_backwards(backwards(self.plan))
        sentences = bottlenecks(self.plan, today).sentences()
        self.bottleneck_text.setText("\n\n".join(sentences))
        if self.isVisible():
            self._show_chart()

    def _show_chart(self) -> None:
        if self.chart is not None and self.found:
            labels = shown_labels(settings_of(self.plan))
            self.chart.show_forecast(
                labels, self.found["forecast_by_period"], self.found["currency"]
            )

    def _show_summary(self) -> None:
        found = self.found
        shown = local_figures()
        c = found["currency"]
        text = tr(
            "%n open deal(s): weighted {weighted}, best case {best}, commit {commit}."
            " Sourced by social {sourced}, influenced by social {influenced} (weighted).",
            "",
            found["open_deals"],
        ).format(
            weighted=shown.money(found["weighted"], c),
            best=shown.money(found["best_case"], c),
            commit=shown.money(found["commit"], c),
            sourced=shown.money(found["sourced_by_social"], c),
            influenced=shown.money(found["influenced_by_social"], c),
        )
        late = found["overdue"]
        if late["deals"]:
            text += " " + tr(
                "<b>%n open deal(s) overdue</b> ({value}): their close date has passed.",
                "",
                late["deals"],
            ).format(value=shown.money(late["value"], c))
        if found["outside_periods"]:
            text += " " + tr(
                "%n open deal(s) close outside the plan's periods (or have no close date).",
                "",
                found["outside_periods"],
            )
        for problem in found["problems"]:
            text += f"<br><span style='color:{palette.OVERDUE}'>{html.escape(problem)}</span>"
        self.summary.setText(text)

    def _show_filters(self) -> None:
        pools = [str(n) for n in self.plan.frame(LEAD_POOLS)["name"] if str(n)]
        options = {
            "stage": [(s, s) for s in self.plan.keys(PIPELINE_STAGES)],
            "pool": [(p, p) for p in pools],
            "source": [(key, tr(title)) for key, title in SOURCE_TITLES.items()],
        }
        everything = {
            "stage": tr("All stages"),
            "pool": tr("All pools"),
            "source": tr("Any source"),
        }
        for name, combo in self.combos.items():
            chosen = self.filter.wanted.get(name, "")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[name], "")
            for value, text in options[name]:
                combo.addItem(text, value)
            at = combo.findData(chosen)
            if at < 0 and chosen:  # the stage or pool was renamed or removed
                self.filter.set_wanted(name, "")
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    # ---------------------------------------------------------------- actions
    def _filter_chosen(self, name: str) -> None:
        combo = self.combos[name]
        self.filter.set_wanted(name, str(combo.currentData() or ""))
        self._say_shown()

    def _say_shown(self) -> None:
        self.message.emit(
            tr("Showing %n of {all} deal(s)", "", self.filter.rowCount()).format(
                all=self.model.rowCount()
            )
        )

    def show_stage(self, stage: str) -> None:
        """List only the deals at ``stage``."""
        combo = self.combos["stage"]
        combo.setCurrentIndex(max(combo.findData(stage), 0))
        self._filter_chosen("stage")

    def show_all(self) -> None:
        for name, combo in self.combos.items():
            combo.setCurrentIndex(0)
            self.filter.set_wanted(name, "")
        self._say_shown()

    def fill_kpis(self) -> bool:
        """Write the pipeline KPIs into Tracking as one undo step; say what was filled."""
        fill = fill_pipeline_kpis(self.plan)
        currency = settings_of(self.plan).currency
        done = True
        if fill.edit.command is not None:
            done = self.editor.execute(fill.edit.command)
        self.message.emit(fill.describe(currency) if done else tr("Nothing filled"))
        return done and fill.edit.command is not None


def _translated(style: CellStyle) -> CellStyle:
    return CellStyle(style.background, style.foreground, style.bold, tr(style.tooltip))
