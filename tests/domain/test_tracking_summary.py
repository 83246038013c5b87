"""The funnel's latest totals against target: the Measuring page's headline."""

from __future__ import annotations

import pandas as pd
import pytest

from smplanner.domain.tracking_grid import pivot
from smplanner.domain.tracking_summary import funnel_status, level_status

KPIS = ["Followers", "MQC", "SQO"]


def frame(rows: list[tuple[str, str, int, float | None, float | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["network", "kpi", "period", "target", "actual"])


def test_the_latest_period_with_counts_over_all_networks() -> None:
    tracking = frame(
        [
            ("LinkedIn", "Followers", 1, 100, 90),
            ("LinkedIn", "Followers", 2, 110, 120),
            ("X", "Followers", 2, 50, 40),
            ("X", "Followers", 3, 60, None),  # a target without a count: not the latest
            ("LinkedIn", "MQC", 1, 10, 0),
        ]
    )
    grid = pivot(tracking, ["LinkedIn", "X"], KPIS, 3)
    followers = level_status(grid, "followers")
    assert (followers.period, followers.actual, followers.target) == (1, 160.0, 160.0)
    assert followers.attainment == pytest.approx(1.0)
    mqc = level_status(grid, "mqc")
    assert (mqc.period, mqc.actual, mqc.target, mqc.attainment) == (0, 0.0, 10.0, 0.0)
    sqo = level_status(grid, "sqo")
    assert (sqo.period, sqo.actual, sqo.attainment) == (None, None, None)


def test_no_target_leaves_attainment_undefined() -> None:
    grid = pivot(frame([("X", "SQO", 1, None, 3)]), ["X"], KPIS, 2)
    status = funnel_status(grid)[2]
    assert status.actual == 3 and status.target is None and status.attainment is None
