"""Follower columns read as the count each day (a level) or the day's new followers (gains)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.plan import Plan
from smplanner.io.data_file import Grid, find_header, read_grid
from smplanner.io.data_followers import GAINS, guess_reading
from smplanner.io.data_import import DataImportResult, ImportRefused, import_tracking
from smplanner.io.data_layout import classify

LEVEL = "level"


def _grid(rows: list[list[object]]) -> Grid:
    return Grid(rows, "Sheet1", find_header(rows), list(range(1, len(rows) + 1)))


def _tracking(plan: Plan, grid: Grid, **options: Any) -> DataImportResult:
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    return import_tracking(plan, grid, layout, **options)


def _actual(plan: Plan, network: str, kpi: str, period: int) -> float | None:
    frame = plan.frame("tracking")
    hit = frame[(frame.network == network) & (frame.kpi == kpi) & (frame.period == period)]
    return None if hit.empty else float(hit.actual.iloc[-1])


def _from_december() -> Plan:
    """The example with its periods starting in December 2026: LinkedIn's 1,000 followers
    of period 1 are the count on 31 December, the day before the samples' first day."""
    plan = example_plan()
    plan.apply(SetCells("settings", ((0, "first_period", "2026-12"),)))
    return plan


def test_the_guess_from_the_values() -> None:
    level = np.array([1000.0 + 3 * n for n in range(30)])
    assert guess_reading([level], "Total followers")[0] == LEVEL
    gains = np.array([2.0 + n % 3 for n in range(30)])
    reading, why = guess_reading([gains], "Total followers")
    assert (reading, why) == (GAINS, "its values are small and vary (median 3, steps of about 1)")
    assert guess_reading([np.array([0.0, 1, 0, 0, 1, 0])], "Followers")[0] == GAINS
    # steady gains look like a slowly growing level, but not against the count the plan holds
    steady = np.array([40.0 + n for n in range(10)])
    assert guess_reading([steady], "Followers")[0] == LEVEL
    reading, why = guess_reading([steady], "Followers", [(44.5, 5000.0)])
    assert reading == GAINS and "small against the 5,000 followers" in why
    # a level with a few unfollows is still a level; one that halves is not
    dips = np.array([500.0, 502, 501, 505, 504, 508, 510, 509, 512, 515])
    assert guess_reading([dips], "Followers")[0] == LEVEL
    assert guess_reading([np.array([500.0, 250, 520, 260, 530])], "Followers")[0] == GAINS
    # too few different values: the name decides
    assert guess_reading([np.array([7.0, 7.0, 7.0])], "New followers")[0] == GAINS
    assert guess_reading([np.array([7.0])], "Follower count") == (
        LEVEL,
        "too few different values to tell: read by its name",
    )


def test_new_followers_become_the_level_when_the_count_before_is_known(samples: Path) -> None:
    plan = _from_december()
    grid = read_grid(samples / "daily_new_followers.xlsx")
    result = _tracking(plan, grid, network="LinkedIn", replace_values=True)
    assert result.readings == {"Organic followers": GAINS, "Sponsored followers": GAINS}
    assert "small against the 1,000 followers" in result.reading_reasons["Organic followers"]
    assert result.not_imported == {} and result.unmatched == {}
    assert result.command is not None
    plan.apply(result.command)
    # January: organic 2 + n % 3 on days 0..30 (92), sponsored n % 2 (15): 107 gained
    assert _actual(plan, "LinkedIn", "Followers", 2) == 1000 + 107
    # February: organic on days 31..58 (84), sponsored (14): 98 more
    assert _actual(plan, "LinkedIn", "Followers", 3) == 1000 + 107 + 98
    assert _actual(plan, "LinkedIn", "Followers", 1) == 1000  # the count before: untouched


def test_without_the_count_before_gains_go_to_a_kpi_of_new_followers(samples: Path) -> None:
    plan = example_plan()
    grid = read_grid(samples / "daily_new_followers.xlsx")
    result = _tracking(plan, grid, network="LinkedIn")
    why = (
        "LinkedIn: the file starts in the plan's first period, so the count before it is "
        "not known; the catalogue has no KPI counting new followers"
    )
    assert result.not_imported == {"Organic followers": why, "Sponsored followers": why}
    new = {"name": "New followers", "category": "Reach", "unit": "count", "direction": "up"}
    plan.apply(InsertRows("kpis", plan.row_count("kpis"), (new,)))
    result = _tracking(plan, grid, network="LinkedIn")
    assert result.not_imported == {}
    assert result.command is not None
    plan.apply(result.command)
    assert _actual(plan, "LinkedIn", "New followers", 1) == 107  # organic and sponsored
    assert _actual(plan, "LinkedIn", "New followers", 2) == 98
    assert _actual(plan, "LinkedIn", "Followers", 1) == 1000  # the plan's own, untouched


def test_a_daily_follower_count_is_read_as_a_level(samples: Path) -> None:
    plan = example_plan()
    result = _tracking(plan, read_grid(samples / "daily_follower_count.csv"), replace_values=True)
    assert result.readings == {"Follower count": LEVEL}
    assert result.reading_reasons["Follower count"] == (
        "it never falls by much and its steps (about 3) are small against it (median 1,087)"
    )
    assert result.command is not None
    plan.apply(result.command)
    assert _actual(plan, "LinkedIn", "Followers", 2) == 1000 + 3 * 58


def _total_followers(days: int = 40, first: dt.date = dt.date(2027, 1, 1)) -> list[list[object]]:
    """A page export whose 'Total followers' are the day's gains."""
    rows: list[list[object]] = [["Date", "Total followers"]]
    rows += [[(first + dt.timedelta(days=n)).isoformat(), 5 + n % 4] for n in range(days)]
    return rows


def test_total_followers_that_are_gains_are_not_taken_for_the_count() -> None:
    plan = _from_december()
    result = _tracking(plan, _grid(_total_followers()), network="X", replace_values=True)
    assert result.readings == {"Total followers": GAINS}
    assert result.command is not None
    plan.apply(result.command)
    # X held 400 followers in December; January gains 5 + n % 4 for n = 0..30: 155 + 45
    assert _actual(plan, "X", "Followers", 2) == 400 + 5 * 31 + 45


def test_a_reading_can_be_said_per_column() -> None:
    plan = _from_december()
    rows = _total_followers()
    result = _tracking(plan, _grid(rows), network="X", readings={"total followers": "level"})
    assert result.readings == {"Total followers": LEVEL}
    assert result.reading_reasons == {"Total followers": "as you said"}
    with pytest.raises(ImportRefused, match="no column 'Fans' in the file to read as gains"):
        _tracking(plan, _grid(rows), network="X", readings={"Fans": "gains"})
    with pytest.raises(ImportRefused, match="gains or level, not 'daily'"):
        _tracking(plan, _grid(rows), network="X", readings={"Total followers": "daily"})


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        (
            _total_followers(first=dt.date(2027, 1, 15)),
            "the file starts on 2027-01-15, not on a period's first day",
        ),
        (
            _total_followers()[:10] + _total_followers()[12:],
            "days are missing between its first and last day",
        ),
        (
            _total_followers(first=dt.date(2027, 3, 1)),
            "the plan holds no follower count for Feb 2027, the period before the file's "
            "first day (2027-03-01)",
        ),
    ],
)
def test_gains_are_not_made_a_level_when_the_count_before_is_not_known(
    rows: list[list[object]], why: str
) -> None:
    plan = _from_december()
    frame = plan.frame("tracking")
    blank = frame.index[(frame.network == "X") & (frame.kpi == "Followers") & (frame.period == 3)]
    plan.apply(SetCells("tracking", tuple((int(r), "actual", None) for r in blank)))
    result = _tracking(plan, _grid(rows), network="X")
    assert result.readings == {"Total followers": GAINS}
    assert why in result.not_imported["Total followers"]
    assert result.not_imported["Total followers"].startswith("X: ")


def test_gains_beside_a_follower_count_leave_the_count_to_it() -> None:
    rows: list[list[object]] = [["Date", "Follower count", "New followers"]]
    rows += [[f"2027-01-{n + 1:02d}", 400 + 2 * n, 2] for n in range(20)]
    plan = _from_december()
    result = _tracking(plan, _grid(rows), network="X", replace_values=True)
    assert result.readings == {"Follower count": LEVEL, "New followers": GAINS}
    assert "the file gives the follower count itself" in result.not_imported["New followers"]
    assert result.command is not None
    plan.apply(result.command)
    assert _actual(plan, "X", "Followers", 2) == 438
