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

from smplanner.domain import kpi_planner
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Column
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.gui.table_model import CellStyle, CellStyler

PRIMARY_BACKGROUND = QColor("#00695c")
PRIMARY_TEXT = QColor("#ffffff")
SECONDARY_BACKGROUND = QColor("#b2dfdb")
SECONDARY_TEXT = QColor("#004d40")
NEEDS_FOCUS = QColor("#fff3e0")

_TABLE = kpi_planner.TABLE
_FIXED = ("stage", "goal", "tactic")


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
            missing = [n for n in _FIXED if not self.plan.value(_TABLE, row, n)]
            if missing:
                words = ", ".join(missing)
                result.append(f"Choose the {words} of this row." + (f"\n{focus}" if focus else ""))
            else:
                result.append(focus)
        self._problems = result
        return result

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        if column.group:
            if value == PRIMARY:
                tip = f"{column.name}: Primary, row {row + 1} is judged by it"
                return CellStyle(PRIMARY_BACKGROUND, PRIMARY_TEXT, True, tip)
            if value == SECONDARY:
                tip = f"{column.name}: Secondary, watched in row {row + 1}"
                return CellStyle(SECONDARY_BACKGROUND, SECONDARY_TEXT, False, tip)
            return CellStyle(tooltip=f"{column.name}: click, or type P or S")
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
