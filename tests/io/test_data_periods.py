"""The plan's periods extended to cover an import's dates, in one edit with the import."""

from __future__ import annotations

from typing import Any

import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.io.data_costs import import_costs
from smplanner.io.data_file import Grid, find_header
from smplanner.io.data_import import ImportRefused, import_tracking
from smplanner.io.data_layout import classify
from smplanner.io.data_periods import first_period_text


def _grid(rows: list[list[object]]) -> Grid:
    return Grid(rows, "Sheet1", find_header(rows), list(range(1, len(rows) + 1)))


def _actual(plan: Plan, network: str, kpi: str, period: int) -> float | None:
    frame = plan.frame("tracking")
    hit = frame[(frame.network == network) & (frame.kpi == kpi) & (frame.period == period)]
    return None if hit.empty else float(hit.actual.iloc[-1])


ROWS: list[list[object]] = [
    ["Date", "Impressions"],
    ["2026-11-15", 7],
    ["2027-01-02", 5],
    ["2027-08-01", 9],
]


def _import(plan: Plan, rows: list[list[object]], **options: Any) -> Any:
    grid = _grid(rows)
    layout = classify(grid.titles, grid.rows[0], grid.body)
    return import_tracking(plan, grid, layout, network="X", **options)


def test_without_the_option_dates_outside_are_counted_and_named() -> None:
    result = _import(example_plan(), ROWS)
    assert result.outside == 2 and result.outside_names == ["2026-11-15 … 2027-08-01"]
    assert result.outside_days is not None and result.extended == (0, 0)


def test_earlier_and_later_dates_extend_the_periods_and_move_the_stored_ones() -> None:
    plan = example_plan()
    before = {table: plan.frame(table).copy() for table in ("tracking", "costs", "settings")}
    result = _import(plan, ROWS, extend_periods=True)
    assert result.extended == (2, 2) and result.outside == 0
    assert result.new == 3
    undo = plan.apply(result.command)
    settings = settings_of(plan)
    assert (settings.first_period, settings.periods) == ("2026-11", 10)
    # November 2026 is period 1 now; January 2027's 1,000 LinkedIn followers moved to 3
    assert _actual(plan, "X", "Impressions", 1) == 7
    assert _actual(plan, "X", "Impressions", 3) == 5
    assert _actual(plan, "X", "Impressions", 10) == 9
    assert _actual(plan, "LinkedIn", "Followers", 3) == 1000
    assert _actual(plan, "LinkedIn", "Followers", 1) is None
    moved = plan.frame("costs")["period"].tolist()
    assert moved == [p + 2 for p in before["costs"]["period"].tolist()]
    plan.apply(undo)  # one undo step: periods, moved rows and imported values
    for table, frame in before.items():
        assert plan.frame(table).equals(frame)


def test_dates_inside_leave_the_periods_alone() -> None:
    result = _import(example_plan(), ROWS[:1] + ROWS[2:3], extend_periods=True)
    assert result.extended == (0, 0) and result.new == 1


def test_more_than_520_periods_are_refused() -> None:
    rows: list[list[object]] = [["Date", "Impressions"], ["1970-01-05", 1]]
    with pytest.raises(ImportRefused, match="would take 690 periods; a plan holds at most 520"):
        _import(example_plan(), rows, extend_periods=True)


def test_cost_lines_extend_the_periods_too() -> None:
    plan = example_plan()
    rows: list[list[object]] = [["Date", "Category", "Amount"], ["2027-09-03", "tools", "30"]]
    assert import_costs(plan, _grid(rows)).outside == 1
    result = import_costs(plan, _grid(rows), extend_periods=True)
    assert result.extended == (0, 3) and result.new == 1
    plan.apply(result.command)
    assert settings_of(plan).periods == 9
    assert plan.records("costs")[-1]["period"] == 9


@pytest.mark.parametrize(
    ("unit", "first", "day", "text"),
    [
        ("week", "2027-W01", "2026-12-21", "2026-W52"),
        ("quarter", "2027-Q1", "2026-08-10", "2026-Q3"),
    ],
)
def test_weeks_and_quarters_move_back_in_their_own_notation(
    unit: str, first: str, day: str, text: str
) -> None:
    import datetime as dt

    plan = example_plan()
    plan.apply(SetCells("settings", ((0, "period_unit", unit), (0, "first_period", first))))
    assert first_period_text(unit, dt.date.fromisoformat(day)) == text
    result = _import(plan, [["Date", "Impressions"], [day, 4]], extend_periods=True)
    plan.apply(result.command)
    assert settings_of(plan).first_period == text
    assert _actual(plan, "X", "Impressions", 1) == 4
