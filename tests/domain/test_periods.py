"""Period names, the settings row and changing the number of periods."""

from __future__ import annotations

from datetime import date

import pytest

from smplanner.domain.catalogue import blank_plan
from smplanner.domain.periods import (
    Settings,
    change_periods,
    parse_first_period,
    period_labels,
    settings_of,
)
from smplanner.domain.plan import Plan


@pytest.mark.parametrize(
    ("unit", "text", "expected"),
    [
        ("month", "2026-01", ["Jan 2026", "Feb 2026", "Mar 2026"]),
        ("month", "2025-11-20", ["Nov 2025", "Dec 2025", "Jan 2026"]),
        ("week", "2026-W52", ["2026-W52", "2026-W53", "2027-W01"]),
        ("week", "2026-01-07", ["2026-W02", "2026-W03", "2026-W04"]),
        ("quarter", "2026-Q4", ["2026 Q4", "2027 Q1", "2027 Q2"]),
        ("quarter", "2026-05", ["2026 Q2", "2026 Q3", "2026 Q4"]),
        ("month", "", ["P1", "P2", "P3"]),
        ("month", "next spring", ["P1", "P2", "P3"]),
        ("month", "2026-13", ["P1", "P2", "P3"]),
    ],
)
def test_period_labels(unit: str, text: str, expected: list[str]) -> None:
    settings = Settings(period_unit=unit, first_period=text, periods=3)
    assert period_labels(settings) == expected


def test_a_week_starts_on_monday() -> None:
    assert parse_first_period("week", "2026-01-07") == date(2026, 1, 5)


def test_a_new_plan_has_six_monthly_periods() -> None:
    settings = settings_of(blank_plan())
    assert (settings.periods, settings.period_unit, settings.attribution_model) == (
        6,
        "month",
        "position-based",
    )
    assert settings.half_life == 7


def test_a_plan_without_a_settings_row_gets_the_defaults() -> None:
    assert settings_of(Plan("t")).periods == 6


def _plan() -> Plan:
    plan = blank_plan()
    tracking = [
        {"network": "LinkedIn", "kpi": "Followers", "period": p, "actual": 100 * p}
        for p in range(1, 7)
    ]
    return Plan(
        "t",
        {
            **plan.snapshot(),
            "tracking": tracking,
            "costs": [{"period": 6, "amount": 10}, {"period": 2, "amount": 5}],
        },
    )


def test_fewer_periods_drop_the_rows_after_the_end_in_one_undo_step() -> None:
    plan = _plan()
    before = plan.snapshot()
    change = change_periods(plan, 4)
    assert change.dropped == {"tracking": 2, "costs": 1}
    assert change.describe() == "2 tracking values and 1 cost line"
    undo = plan.apply(change.command)
    assert settings_of(plan).periods == 4
    assert [r["period"] for r in plan.records("tracking")] == [1, 2, 3, 4]
    assert [r["period"] for r in plan.records("costs")] == [2]
    plan.apply(undo)
    assert plan.snapshot() == before


def test_more_periods_keep_everything() -> None:
    plan = _plan()
    change = change_periods(plan, 12)
    assert not change.drops_data
    plan.apply(change.command)
    assert plan.row_count("tracking") == 6 and settings_of(plan).periods == 12


def test_a_blank_plan_names_its_periods_by_month_from_the_current_one() -> None:
    from datetime import date

    from smplanner.domain.catalogue import blank_plan
    from smplanner.domain.periods import period_labels, settings_of

    settings = settings_of(blank_plan(today=date(2026, 11, 20)))
    assert settings.first_period == "2026-11"
    assert period_labels(settings) == [
        "Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027"
    ]  # fmt: skip


def test_a_day_falls_in_the_period_of_its_month_week_or_quarter() -> None:
    from smplanner.domain.periods import Settings, first_day_of_period, period_of_day

    months = Settings(first_period="2026-11")
    assert period_of_day(months, date(2026, 11, 30)) == 1
    assert period_of_day(months, date(2027, 1, 1)) == 3
    assert period_of_day(months, date(2026, 10, 31)) == 0
    assert first_day_of_period(months, 3) == date(2027, 1, 1)
    weeks = Settings(period_unit="week", first_period="2026-W02")
    assert (
        period_of_day(weeks, date(2026, 1, 5)) == 1 and period_of_day(weeks, date(2026, 1, 12)) == 2
    )
    quarters = Settings(period_unit="quarter", first_period="2026-Q2")
    assert period_of_day(quarters, date(2026, 9, 30)) == 2
    assert period_of_day(Settings(), date(2026, 1, 1)) is None
