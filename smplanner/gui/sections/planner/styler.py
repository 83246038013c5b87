"""What the KPI planner's colours and marks mean: P and S cells, rows that lack focus.

Colours are chosen to read in print and in grey scale: Primary is a deep teal with white
bold text, Secondary a pale teal with dark text, a row needing focus a pale amber tint on
its stage, goal, tactic and notes. Row problems are worked out once per change of the
plan (the model calls :meth:`invalidate`) and shared by the header and the cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor

from smplanner.domain import kpi_planner, palette
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Column
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.table_model import CellStyle, CellStyler

PRIMARY_BACKGROUND = QColor(palette.PRIMARY.fill)
PRIMARY_TEXT = QColor(palette.PRIMARY.ink)
SECONDARY_BACKGROUND = QColor(palette.SECONDARY.fill)
SECONDARY_TEXT = QColor(palette.SECONDARY.ink)
NEEDS_FOCUS = QColor(palette.NO_FOCUS)

_TABLE = kpi_planner.TABLE
_FIXED = {
    "stage": QT_TRANSLATE_NOOP("", "stage"),
    "goal": QT_TRANSLATE_NOOP("", "goal"),
    "tactic": QT_TRANSLATE_NOOP("", "tactic"),
}
"""The columns a row needs, and their names in a sentence."""


class PlannerStyler(CellStyler):
    """Colours P/S cells and tints and explains rows that need focus."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._problems: list[str | None] | None = None

    def row_problems(self) -> Sequence[str | None]:
        """Missing stage, goal or tactic first, then the focus rule."""
        problems = kpi_planner.focus_problems(self.plan)
        result: list[str | None] = []
        for row, focus in enumerate(problems):
            missing = [tr(w) for n, w in _FIXED.items() if not self.plan.value(_TABLE, row, n)]
            if missing:
                choose = tr("Choose the {missing} of this row.").format(missing=", ".join(missing))
                result.append(choose + (f"\n{focus}" if focus else ""))
            else:
                result.append(focus)
        self._problems = result
        return result

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        if column.group:
            if value == PRIMARY:
                tip = tr("{kpi}: Primary, row {row} is judged by it")
                tip = tip.format(kpi=column.name, row=row + 1)
                return CellStyle(PRIMARY_BACKGROUND, PRIMARY_TEXT, True, tip)
            if value == SECONDARY:
                tip = tr("{kpi}: Secondary, watched in row {row}")
                tip = tip.format(kpi=column.name, row=row + 1)
                return CellStyle(SECONDARY_BACKGROUND, SECONDARY_TEXT, False, tip)
            tip = tr("{kpi}: click, or type P or S").format(kpi=column.name)
            return CellStyle(tooltip=tip)
        if self._problems is None:
            self.row_problems()
        assert self._problems is not None
        problem = self._problems[row] if row < len(self._problems) else None
        text = str(value) if value else ""
        if problem:
            tip = f"{text}\n\n⚠ {problem}" if text else f"⚠ {problem}"
            return CellStyle(background=NEEDS_FOCUS, tooltip=tip)
        # narrow columns cut long names and notes short: the tooltip has them whole
        return CellStyle(tooltip=text) if text else None

    def affected_by(self, table: str) -> bool:
        """A KPI's category, unit or description shows in the planner's header."""
        return table == "kpis"

    def invalidate(self) -> None:
        self._problems = None
