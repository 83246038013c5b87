"""What to do first on the Measuring pages of a new plan: track a KPI, add a cost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from smplanner.domain.measuring_tables import COSTS, TRACKING
from smplanner.domain.text import tr
from smplanner.gui.empty_state import EmptyState

if TYPE_CHECKING:
    from smplanner.gui.sections.measuring.lines import LinesPage
    from smplanner.gui.sections.measuring.tracking import TrackingPage


def cover_tracking(page: TrackingPage) -> EmptyState:
    """Over the tracking grid until a value is typed; the button goes to the first cell."""

    def start() -> None:
        first = page.model.index(0, page.model.column_of(0, "target"))
        if first.isValid():
            page.grid.select_cell(first)
            page.grid.right.setFocus(Qt.FocusReason.OtherFocusReason)
        page.message.emit(tr("Type the target, Tab, then the actual; Enter goes down a KPI"))

    return EmptyState(
        page.grid,
        page.plan,
        lambda: page.plan.row_count(TRACKING) == 0,
        tr(
            "Nothing tracked yet: type each KPI's target and actual per period and network;"
            " the periods are set above."
        ),
        tr("Track your first KPI"),
        start,
        name="tracking.empty",
        dismiss=True,
    )


def cover_costs(page: LinesPage) -> EmptyState:
    """Over the cost lines until there is one; the button adds it."""
    return EmptyState(
        page.view,
        page.plan,
        lambda: page.plan.row_count(COSTS) == 0,
        tr(
            "No costs yet: add a line per period and network for ad spend, tools, agencies"
            " or staff time."
        ),
        tr("Add the first cost line"),
        page.add,
        name="costs.empty",
    )
