"""What a cost or return line gets wrong, shown on its row: periods after the plan's end,
hours on a line that is not staff time, ad costs booked as organic."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor

from smplanner.domain.measuring_tables import COSTS, PAID_ONLY, SETTINGS
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.roi import STAFF_TIME
from smplanner.domain.schema import Column
from smplanner.domain.text import tr
from smplanner.gui.grid.table_model import CellStyle, CellStyler
from smplanner.report.formats import period_labels as shown_labels

OUTSIDE = QColor("#fff3e0")


def line_problem(table: str, record: dict[str, Any], periods: int) -> str | None:
    """Why a line is left out of the figures or looks wrong, or None."""
    period = record.get("period")
    if period is not None and period > periods:
        return tr(
            "Period {period} is after the plan's last ({periods}): this line is left out"
            " of every figure until the plan has that many periods"
        ).format(period=int(period), periods=periods)
    if table != COSTS:
        return None
    if record.get("hours") and record.get("category") != STAFF_TIME:
        return tr("Hours count only on a staff time line; here they cost nothing")
    if record.get("category") in PAID_ONLY and record.get("spend") == "organic":
        category = tr(str(record["category"]))
        return tr("{category} is paid spend: set Organic or paid to paid").format(
            category=category[:1].upper() + category[1:]
        )
    return None


class LinesStyler(CellStyler):
    """Marks cost and return lines that need a look."""

    def __init__(self, plan: Plan, table: str) -> None:
        self.plan = plan
        self.table = table
        self._problems: list[str | None] | None = None
        self._labels: list[str] | None = None
        self._outside: list[bool] = []

    def row_problems(self) -> Sequence[str | None]:
        if self._problems is None:
            periods = settings_of(self.plan).periods
            self._problems = [
                line_problem(self.table, r, periods) for r in self.plan.records(self.table)
            ]
            self._outside = [
                r.get("period") is not None and r["period"] > periods
                for r in self.plan.records(self.table)
            ]
        return self._problems

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        if column.name != "period":
            return None
        problems = self.row_problems()
        problem = problems[row] if row < len(problems) else None
        if problem is not None and row < len(self._outside) and self._outside[row]:
            return CellStyle(background=OUTSIDE, tooltip=problem)
        if value is None:
            return None
        return CellStyle(
            tooltip=tr("Period {number}: {name}").format(
                number=int(value), name=self._label(int(value))
            )
        )

    def _label(self, number: int) -> str:
        if self._labels is None:
            self._labels = shown_labels(settings_of(self.plan))
        return self._labels[number - 1] if 0 < number <= len(self._labels) else ""

    def affected_by(self, table: str) -> bool:
        return table == SETTINGS

    def invalidate(self) -> None:
        self._problems = None
        self._labels = None
