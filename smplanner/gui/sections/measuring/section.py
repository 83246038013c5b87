"""The Measuring tab: plan settings, the tracking grid, and the cost lines.

Settings sit on top because they shape everything below (how many periods, what an hour
costs). Tracking is the pivoted grid of :class:`TrackingModel`; cost lines are
the generic :class:`PlanTableModel` in a plain table, with the lines that are left out
of the figures marked. Every edit is one undo step through the :class:`PlanEditor`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import measures
from smplanner.domain.measuring_tables import COSTS, TRACKING
from smplanner.domain.periods import parse_first_period, settings_of
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.agreement_notice import AgreementNotice
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.grid.settings_form import SettingsForm
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.measuring import first_steps
from smplanner.gui.sections.measuring.lines import LinesPage
from smplanner.gui.sections.measuring.tracking import TrackingPage
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import period_labels as shown_labels

SETTINGS_COLUMNS = (
    "currency",
    "period_unit",
    "first_period",
    "periods",
    "hourly_rate",
    "attainment_band",
)


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
