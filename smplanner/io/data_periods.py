"""The plan's periods made to cover an import's dates, in the same edit as the import.

:func:`covering` ``(plan, run)`` runs an import (``run(plan) -> DataImportResult``); when
values fall outside the plan's periods it works out the periods needed
(:func:`cover_days`), runs the import again on a copy of the plan with them, and returns
that result with one command: the periods changed, then the values imported (one undo
step). ``result.extended`` says how many periods were added before and after.

Later dates only raise the number of periods. Earlier dates move the first period back:
period numbers are stored only in Tracking and Costs (deals carry dates), so every row of
those two tables moves up by the periods added in front, and nothing else changes. A plan
that would grow past 520 periods (ten years of weeks) is refused with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from smplanner.domain.commands import Command, Compound, SetCells
from smplanner.domain.measuring_tables import MAX_PERIODS, SETTINGS
from smplanner.domain.periods import (
    DATED_TABLES,
    first_day_of_period,
    period_of_day,
    settings_of,
)
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.io.data_result import DataImportResult, ImportRefused


@dataclass(frozen=True)
class PeriodCover:
    """The edit that makes the periods cover some days, and how many it adds where."""

    command: Command | None
    before: int
    after: int


def first_period_text(unit: str, day: dt.date) -> str:
    """The First period setting for a period starting on ``day``: 2027-01, 2027-W05, 2027-Q1."""
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def cover_days(plan: Plan, first: dt.date, last: dt.date) -> PeriodCover:
    """The edit making the plan's periods run from ``first``'s period to ``last``'s."""
    settings = settings_of(plan)
    low, high = period_of_day(settings, first), period_of_day(settings, last)
    if low is None or high is None:
        raise ImportRefused(
            tr("the plan's periods have no dates: set the first period (Measuring, Plan settings)")
        )
    before, after = max(0, 1 - low), max(0, high - settings.periods)
    total = settings.periods + before + after
    if total > MAX_PERIODS:
        raise ImportRefused(
            tr(
                "covering {days} would take {total} periods; a plan holds at most "
                "{most}: import the dates in parts, or leave out the oldest"
            ).format(
                days=first if first == last else f"{first} … {last}", total=total, most=MAX_PERIODS
            )
        )
    if not before and not after:
        return PeriodCover(None, 0, 0)
    changes: list[tuple[int, str, object]] = [(0, "periods", total)]
    steps: list[Command] = []
    if before:
        start = first_day_of_period(settings, 1 - before)
        assert start is not None
        changes.append((0, "first_period", first_period_text(settings.period_unit, start)))
        for table in DATED_TABLES:
            numbers = plan.frame(table)["period"]
            stored = numbers.dropna()
            if not stored.empty and stored.max() + before > MAX_PERIODS:
                raise ImportRefused(
                    tr(
                        "moving the first period back by {count} would number some {table} "
                        "rows past {most}; remove the rows after the plan's last period first"
                    ).format(count=before, table=table, most=MAX_PERIODS)
                )
            moved = tuple(
                (int(row), "period", int(n) + before)
                for row, n in zip(stored.index, stored.to_numpy(), strict=True)
            )
            if moved:
                steps.append(SetCells(table, moved))
    steps.insert(0, SetCells(SETTINGS, tuple(changes)))
    label = tr("Extend the periods")
    command: Command = steps[0] if len(steps) == 1 else Compound(tuple(steps))
    return PeriodCover(replace(command, label=label), before, after)


def covering(plan: Plan, run: Callable[[Plan], DataImportResult]) -> DataImportResult:
    """``run``'s result on the plan with periods covering its dates, as one command."""
    first = run(plan)
    if first.outside_days is None or (first.problems and first.command is None):
        return first
    cover = cover_days(plan, *first.outside_days)
    if cover.command is None:
        return first
    target = plan.copy()
    target.apply(cover.command)
    result = run(target)
    result.extended = (cover.before, cover.after)
    steps = (cover.command,) if result.command is None else (cover.command, result.command)
    label = tr("Import and extend the periods")
    result.command = Compound(steps, label=label)
    return result
