"""How the maturity grid shows one rater's levels beside the evidence.

Each level cell of a dimension may carry badges: the rater's current level, the target,
and the evidenced levels. A dimension rated above its evidence gets a warning on its row
header, with the statements still to confirm in the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor

from smplanner.domain import maturity_report
from smplanner.domain.maturity_tables import LEVEL_CODES, LEVEL_NAMES
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Column
from smplanner.domain.text import tr
from smplanner.gui.grid.table_model import CellStyle, CellStyler

CURRENT_COLOUR = QColor("#c9defa")
TARGET_COLOUR = QColor("#d5efcf")
BOTH_COLOUR = QColor("#b9e3df")
EVIDENCED_COLOUR = QColor("#eef1f4")
CURRENT_BADGE = "●"
TARGET_BADGE = "◆"
EVIDENCED_BADGE = "✓"


def level_of_column(name: str) -> int | None:
    """1..5 for the level text columns ("level_3"), None for the others."""
    if name.startswith("level_") and name[6:].isdigit():
        return int(name[6:])
    return None


class MaturityStyler(CellStyler):
    """Badges, tints and gap warnings for the chosen rater."""

    badges = True

    def __init__(self, plan: Plan, rater: str | None = None) -> None:
        self.plan = plan
        self.rater = rater
        self._profiles: dict[str, maturity_report.DimensionProfile] | None = None

    def set_rater(self, rater: str | None) -> None:
        self.rater = rater
        self.invalidate()

    def profiles(self) -> dict[str, maturity_report.DimensionProfile]:
        if self._profiles is None:
            rater = self.rater if self.rater in self.plan.keys(maturity_report.RATERS) else None
            self._profiles = {p.dimension: p for p in maturity_report.profile(self.plan, rater)}
        return self._profiles

    def _profile(self, row: int) -> maturity_report.DimensionProfile | None:
        if row >= self.plan.row_count(maturity_report.DIMENSIONS):
            return None
        return self.profiles().get(str(self.plan.value(maturity_report.DIMENSIONS, row, "name")))

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        level = level_of_column(column.name)
        profile = self._profile(row)
        if column.name == "name" and row < self.plan.row_count(maturity_report.DIMENSIONS):
            about = str(self.plan.value(maturity_report.DIMENSIONS, row, "description"))
            return CellStyle(bold=True, tooltip=about or tr("A dimension of your own"))
        if level is None or profile is None:
            return None
        badges = []
        if profile.current == level:
            badges.append(CURRENT_BADGE)
        if profile.target == level:
            badges.append(TARGET_BADGE)
        evidenced = level <= profile.evidenced
        if evidenced:
            badges.append(EVIDENCED_BADGE)
        code = LEVEL_CODES[level - 1]
        tip = (
            tr("Level {code} {name} — evidenced") if evidenced else tr("Level {code} {name}")
        ).format(code=code, name=tr(LEVEL_NAMES[code]))
        if profile.current == level and profile.target == level:
            background: QColor | None = BOTH_COLOUR
        elif profile.current == level:
            background = CURRENT_COLOUR
        elif profile.target == level:
            background = TARGET_COLOUR
        else:
            background = EVIDENCED_COLOUR if evidenced else None
        if profile.current == level and profile.gap:
            tip += "\n\n" + profile.gap_text()
        return CellStyle(
            background=background,
            bold=profile.current == level,
            tooltip=tip + "\n\n" + tr("C sets the current level, T the target; F2 edits the text"),
            badge=" ".join(badges),
        )

    def row_problems(self) -> Sequence[str | None]:
        problems: list[str | None] = []
        for row in range(self.plan.row_count(maturity_report.DIMENSIONS)):
            profile = self._profile(row)
            problems.append(profile.gap_text() or None if profile else None)
        return problems

    def affected_by(self, table: str) -> bool:
        return table in (maturity_report.EVIDENCE, maturity_report.RATINGS, maturity_report.RATERS)

    def invalidate(self) -> None:
        self._profiles = None
