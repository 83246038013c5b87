"""Where each funnel level stands against its target: the headline of the Measuring page.

Per level (Followers, MQC, SQO) over all networks: the latest period with an actual
count, that count, the target of the same period and actual / target. Taken from the
tracking grid's own total rows, so the page says what the grid's "(total)" rows say.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from smplanner.domain import roi
from smplanner.domain.funnel import LEVELS
from smplanner.domain.tracking_grid import ALL_NETWORKS, TrackingGrid


@dataclass(frozen=True)
class LevelStatus:
    """A funnel level's latest total count beside its target."""

    level: str
    period: int | None
    """Index of the latest period with an actual count; None when there is none."""
    actual: float | None
    target: float | None

    @property
    def attainment(self) -> float | None:
        """Actual / target; None without an actual or with no (or a zero) target."""
        return roi.ratio(self.actual, self.target)


def level_status(grid: TrackingGrid, level: str) -> LevelStatus:
    """The latest period of ``level``'s total actuals, its count and target."""
    actual = grid.level(ALL_NETWORKS, level, "actual")
    target = grid.level(ALL_NETWORKS, level, "target")
    seen = np.flatnonzero(~np.isnan(actual))
    if not len(seen):
        return LevelStatus(level, None, None, None)
    last = int(seen[-1])
    wanted = float(target[last])
    return LevelStatus(level, last, float(actual[last]), None if np.isnan(wanted) else wanted)


def funnel_status(grid: TrackingGrid) -> list[LevelStatus]:
    """:func:`level_status` of Followers, MQC and SQO."""
    return [level_status(grid, level) for level in LEVELS]
