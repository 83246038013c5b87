"""The tracking grid worked out from the long tracking table, without Qt."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.domain.catalogue import default_tables
from smplanner.domain.measures import dashboard
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.plan import Plan
from smplanner.domain.tracking_grid import ALL_NETWORKS, FIELDS, Kind, pivot, refill

FOLLOWERS = "Followers"
MQC = "Marketing qualified contacts (MQC)"
SQO = "Sales qualified opportunities (SQO)"
NETWORKS = ["LinkedIn", "X"]
KPIS = [FOLLOWERS, "Video views", MQC, SQO]


def frame(*records: dict[str, Any]) -> pd.DataFrame:
    columns = ["network", "kpi", "period", "target", "actual"]
    rows = [{c: r.get(c, np.nan) for c in columns} for r in records]
    result = pd.DataFrame(rows, columns=columns)
    return result.astype({"period": "float64", "target": "float64", "actual": "float64"})


EXAMPLE = frame(
    {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 1, "actual": 1000},
    {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 2, "target": 1000, "actual": 1100},
    {"network": "LinkedIn", "kpi": MQC, "period": 2, "actual": 110},
    {"network": "LinkedIn", "kpi": SQO, "period": 2, "actual": 11},
    {"network": "X", "kpi": FOLLOWERS, "period": 1, "actual": 0},
    {"network": "X", "kpi": FOLLOWERS, "period": 2, "actual": 50},
    {"network": "X", "kpi": "Video views", "period": 3, "actual": 2500},
)


def titles(grid: Any, network: str) -> list[str]:
    return [r.title for r in grid.rows if r.network == network]


def cell(grid: Any, network: str, title: str, period: int, name: str = "actual") -> float | None:
    row = next(n for n, r in enumerate(grid.rows) if r.network == network and r.title == title)
    return grid.value(row, period - 1, name)


def test_rows_are_the_funnel_on_every_network_and_other_kpis_where_tracked() -> None:
    grid = pivot(EXAMPLE, NETWORKS, KPIS, 3)
    derived = ["Follower growth", "MQC / Followers", "SQO / MQC"]
    assert titles(grid, "LinkedIn") == [FOLLOWERS, MQC, SQO, *derived]
    assert titles(grid, "X") == [FOLLOWERS, MQC, SQO, "Video views", *derived]
    totals = ["Followers (total)", "MQC (total)", "SQO (total)"]
    assert titles(grid, ALL_NETWORKS) == [*totals, *derived]
    assert [r.kind for r in grid.rows[:4]] == [Kind.VALUE] * 3 + [Kind.GROWTH]
    assert grid.rows[0].editable and not grid.rows[3].editable


def test_growth_ratios_totals_and_attainment_worked_example() -> None:
    grid = pivot(EXAMPLE, NETWORKS, KPIS, 3)
    # 1,000 -> 1,100 followers: 10 % growth; 110 of 1,100 are MQC; 11 of 110 SQO
    assert cell(grid, "LinkedIn", "Follower growth", 2) == pytest.approx(0.10)
    assert cell(grid, "LinkedIn", "MQC / Followers", 2) == pytest.approx(0.10)
    assert cell(grid, "LinkedIn", "SQO / MQC", 2) == pytest.approx(0.10)
    assert cell(grid, "LinkedIn", FOLLOWERS, 2, "attainment") == pytest.approx(1.10)
    # all networks: 1,000 + 0 in period 1, 1,100 + 50 in period 2: growth 15 %
    assert cell(grid, ALL_NETWORKS, "Followers (total)", 1) == 1000
    assert cell(grid, ALL_NETWORKS, "Followers (total)", 2) == 1150
    assert cell(grid, ALL_NETWORKS, "Follower growth", 2) == pytest.approx(0.15)
    assert cell(grid, ALL_NETWORKS, "MQC (total)", 2) == 110
    assert cell(grid, ALL_NETWORKS, "MQC (total)", 1) is None  # no network has a count


def test_undefined_is_told_apart_from_no_data() -> None:
    grid = pivot(EXAMPLE, NETWORKS, KPIS, 3)
    row = titles(grid, "LinkedIn").index("Follower growth")
    x_growth = len(titles(grid, "LinkedIn")) + titles(grid, "X").index("Follower growth")
    # X: 0 then 50 followers: growth undefined (n/a), never infinity
    assert grid.value(x_growth, 1, "actual") is None and grid.fed["actual"][x_growth, 1]
    # LinkedIn, period 3: no count at all, so the growth is just empty
    assert grid.value(row, 2, "actual") is None and not grid.fed["actual"][row, 2]
    # a derived row has no attainment; a value row without target has none either
    assert grid.value(row, 1, "attainment") is None
    assert cell(grid, "LinkedIn", FOLLOWERS, 1, "attainment") is None


def test_cells_know_their_tracking_rows_and_keys() -> None:
    grid = pivot(EXAMPLE, NETWORKS, KPIS, 3)
    row = grid.row_of("X", "Video views")
    assert row is not None and grid.key(row, 2) == ("X", "Video views", 3)
    assert grid.row_at(("X", "Video views", 3)) == 6
    assert grid.row_at(("X", "Video views", 1)) is None
    assert grid.row_at(("LinkedIn", "Video views", 1)) is None
    assert grid.row_at(("X", FOLLOWERS, 9)) is None  # outside the periods


def test_of_a_period_entered_twice_the_last_row_counts() -> None:
    twice = pd.concat(
        [EXAMPLE, frame({"network": "X", "kpi": FOLLOWERS, "period": 2, "actual": 70})],
        ignore_index=True,
    )
    grid = pivot(twice, NETWORKS, KPIS, 3)
    assert cell(grid, "X", FOLLOWERS, 2) == 70
    assert grid.row_at(("X", FOLLOWERS, 2)) == 7


def test_rows_outside_the_plan_are_left_out_and_networks_without_data_can_be() -> None:
    stray = pd.concat(
        [
            EXAMPLE,
            frame(
                {"network": "Myspace", "kpi": FOLLOWERS, "period": 1, "actual": 5},
                {"network": "X", "kpi": "Gone", "period": 1, "actual": 5},
                {"network": "X", "kpi": FOLLOWERS, "period": 4, "actual": 5},
            ),
        ],
        ignore_index=True,
    )
    grid = pivot(stray, [*NETWORKS, "YouTube"], KPIS, 3)
    assert cell(grid, ALL_NETWORKS, "Followers (total)", 1) == 1000
    assert "YouTube" in {r.network for r in grid.rows}
    shorter = pivot(stray, [*NETWORKS, "YouTube"], KPIS, 3, only_with_data=True)
    assert {r.network for r in shorter.rows} == {"LinkedIn", "X", ALL_NETWORKS}


def test_without_funnel_kpis_there_are_no_derived_rows() -> None:
    grid = pivot(EXAMPLE, NETWORKS, ["Video views"], 3)
    assert [r.title for r in grid.rows] == ["Video views"]
    assert grid.trends(NETWORKS)["followers"].shape == (2, 3)


def test_the_dashboards_trends_are_the_grids_actual_rows() -> None:
    plan = Plan("t", {**default_tables(), "tracking": EXAMPLE.to_dict("records")})
    board = dashboard(plan)
    grid = pivot(plan.frame(TRACKING), plan.keys("networks"), plan.keys("kpis"), 6)
    followers = board.trends["followers"]
    assert followers.shape == (len(plan.keys("networks")), 6)
    assert followers[0, :2].tolist() == [1000, 1100]
    for level in ("followers", "mqc", "sqo"):
        assert np.array_equal(
            board.trends[level], grid.trends(plan.keys("networks"))[level], equal_nan=True
        )
    assert board.total_per_period("followers")[:3] == [1000, 1150, None]


def test_values_worked_out_again_in_the_same_cells_equal_a_fresh_pivot() -> None:
    grid = pivot(EXAMPLE, NETWORKS, KPIS, 3)
    edited = EXAMPLE.copy()
    edited.loc[0, "actual"] = 900.0  # LinkedIn followers, period 1
    edited.loc[4, "actual"] = np.nan  # X followers, period 1: no data
    again, fresh = refill(grid, edited), pivot(edited, NETWORKS, KPIS, 3)
    assert again.rows == fresh.rows
    for name in FIELDS:
        assert np.array_equal(again.values[name], fresh.values[name], equal_nan=True)
    for name, fed in fresh.fed.items():
        assert np.array_equal(again.fed[name], fed)
    assert cell(again, ALL_NETWORKS, "Followers (total)", 1) == 900


CELLS = st.lists(
    st.tuples(
        st.sampled_from(NETWORKS),
        st.sampled_from(KPIS),
        st.integers(1, 4),
        st.one_of(st.none(), st.floats(0, 1e4)),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(cells=CELLS)
def test_every_shown_value_is_the_last_tracking_row_of_its_cell(cells: list[Any]) -> None:
    records = [{"network": n, "kpi": k, "period": p, "actual": a} for n, k, p, a in cells]
    tracking = frame(*records) if records else frame()
    grid = pivot(tracking, NETWORKS, KPIS, 3)
    expected: dict[tuple[str, str, int], float | None] = {}
    for network, kpi, period, actual in cells:
        if period <= 3:
            expected[(network, kpi, period)] = actual
    for row, grid_row in enumerate(grid.rows):
        if grid_row.kind is not Kind.VALUE:
            continue
        for period in range(3):
            key = (grid_row.network, grid_row.kpi, period + 1)
            assert grid.value(row, period, "actual") == expected.get(key)
    totals = grid.level(ALL_NETWORKS, "followers")
    for period in range(3):
        counts = [expected.get((n, FOLLOWERS, period + 1)) for n in NETWORKS]
        present = [c for c in counts if c is not None]
        assert (None if np.isnan(totals[period]) else totals[period]) == (
            pytest.approx(sum(present)) if present else None
        )
