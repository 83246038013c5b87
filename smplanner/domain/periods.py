"""The plan's periods: its settings row, the names of its periods, changing how many there are.

The settings live in a one-row table; a plan read from a workbook without that row gets
the declared defaults. Period names follow the first period when it is a date people
write ("2026-01", "2026-W05", "2026-Q1", "2026-03-15"), else they are numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from smplanner.domain.commands import Command, Compound, RemoveRows, SetCells
from smplanner.domain.measuring_tables import (
    COSTS,
    DEFAULT_ATTAINMENT_BAND,
    DEFAULT_PERIODS,
    PLAN_SETTINGS,
    SETTINGS,
    TRACKING,
)
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr

if TYPE_CHECKING:  # the figures need no pandas: start-up stays light
    from smplanner.domain.plan import Plan

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_WEEK = re.compile(r"^(\d{4})-?w(\d{1,2})$", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})[- ]?q([1-4])$", re.IGNORECASE)
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DATED_TABLES = (TRACKING, COSTS)
"""The tables whose rows belong to a period (deals belong to the period of their close date)."""


@dataclass(frozen=True)
class Settings:
    """The plan's measuring settings, with defaults filled in."""

    currency: str = "EUR"
    period_unit: str = "month"
    first_period: str = ""
    periods: int = DEFAULT_PERIODS
    hourly_rate: float = 0.0
    attribution_model: str = "position-based"
    half_life: float = 7.0
    clv_revenue: float | None = None
    clv_margin: float | None = None
    clv_years: float | None = None
    clv_referrals: float | None = None
    clv_referral_value: float | None = None
    attainment_band: float = DEFAULT_ATTAINMENT_BAND
    """Per cent short of target that is amber rather than red."""
    qualification_framework: str = "BANT"
    revenue_target: float | None = None
    """The revenue to win in the plan's periods (the funnel worked backwards)."""
    typed_win_rate: float | None = None
    typed_deal_size: float | None = None
    typed_sqo_rate: float | None = None
    typed_mqc_rate: float | None = None
    """Funnel rates typed in (per cent, the deal size in money); None: the plan's own."""


def _defaults() -> dict[str, Any]:
    return {c.name: c.default for c in PLAN_SETTINGS.columns if c.default not in ("", None)}


def settings_of(plan: Plan) -> Settings:
    """The first settings row, blanks replaced by the defaults."""
    values = _defaults()
    if plan.row_count(SETTINGS):
        values.update({k: v for k, v in plan.row(SETTINGS, 0).items() if not is_blank(v)})
    values["periods"] = int(values.get("periods", DEFAULT_PERIODS))
    values["hourly_rate"] = float(values.get("hourly_rate", 0.0))
    values["attainment_band"] = float(values.get("attainment_band", DEFAULT_ATTAINMENT_BAND))
    values["half_life"] = float(values.get("half_life", 7.0))
    return Settings(**values)


def parse_first_period(unit: str, text: str) -> date | None:
    """The first day of period 1, or None when ``text`` is empty or not a date we read."""
    text = text.strip()
    try:
        if match := _DAY.match(text):
            day = date(int(match[1]), int(match[2]), int(match[3]))
        elif match := _MONTH.match(text):
            day = date(int(match[1]), int(match[2]), 1)
        elif match := _WEEK.match(text):
            day = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        elif match := _QUARTER.match(text):
            day = date(int(match[1]), 3 * int(match[2]) - 2, 1)
        else:
            return None
    except ValueError:
        return None
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return day.replace(day=1)


@dataclass(frozen=True)
class PeriodNames:
    """How period names are written: English by default (the workbook and the command
    line); the window and the printed pages pass the user's language (see
    ``report.formats.period_names``)."""

    months: tuple[str, ...] = MONTHS
    month: str = "{month} {year}"
    week: str = "{year}-W{week}"
    quarter: str = "{year} Q{quarter}"
    numbered: str = "P{number}"


ENGLISH_NAMES = PeriodNames()


def _add_months(day: date, months: int) -> date:
    total = day.month - 1 + months
    return date(day.year + total // 12, total % 12 + 1, 1)


def period_label(
    unit: str, start: date | None, number: int, names: PeriodNames = ENGLISH_NAMES
) -> str:
    """The name of period ``number`` (1 for the first)."""
    if start is None:
        return names.numbered.format(number=number)
    if unit == "week":
        day = start + timedelta(weeks=number - 1)
        year, week, _ = day.isocalendar()
        return names.week.format(year=year, week=f"{week:02d}")
    if unit == "quarter":
        day = _add_months(start, 3 * (number - 1))
        return names.quarter.format(year=day.year, quarter=(day.month - 1) // 3 + 1)
    day = _add_months(start, number - 1)
    return names.month.format(month=names.months[day.month - 1], year=day.year)


def period_labels(settings: Settings, names: PeriodNames = ENGLISH_NAMES) -> list[str]:
    """The names of all the plan's periods, in order."""
    start = parse_first_period(settings.period_unit, settings.first_period)
    return [
        period_label(settings.period_unit, start, n, names) for n in range(1, settings.periods + 1)
    ]


@dataclass(frozen=True)
class PeriodChange:
    """Setting the number of periods: the edit, and the rows it drops from each table."""

    command: Command
    dropped: dict[str, int]

    @property
    def drops_data(self) -> bool:
        return any(self.dropped.values())

    def describe(self) -> str:
        """'3 tracking values and 1 cost line', for the question before dropping them
        (in the user's language)."""
        parts = [_rows_of(table, count) for table, count in self.dropped.items() if count]
        if len(parts) < 2:
            return "".join(parts)
        return tr("{rows} and {last}").format(rows=", ".join(parts[:-1]), last=parts[-1])


def _rows_of(table: str, count: int) -> str:
    if table == TRACKING:
        return tr("%n tracking value(s)", "", count)
    return tr("%n cost line(s)", "", count)


def change_periods(plan: Plan, periods: int) -> PeriodChange:
    """The edit that makes the plan ``periods`` long, dropping what lies after the new end.

    The rows of the periods that remain are untouched; the whole change is one undo step.
    """
    if not plan.row_count(SETTINGS):
        raise ValueError("the plan has no settings row")
    steps: list[Command] = [SetCells(SETTINGS, ((0, "periods", periods),))]
    dropped: dict[str, int] = {}
    for table in DATED_TABLES:
        numbers = plan.frame(table)["period"]
        rows = tuple(int(r) for r in numbers.index[numbers > periods])
        dropped[table] = len(rows)
        if rows:
            steps.append(RemoveRows(table, rows))
    label = tr("Set the number of periods to {periods}").format(periods=periods)
    command: Command = steps[0] if len(steps) == 1 else Compound(tuple(steps))
    return PeriodChange(replace(command, label=label), dropped)


def period_start(settings: Settings) -> date | None:
    """The first day of period 1; None when the periods are only numbered."""
    return parse_first_period(settings.period_unit, settings.first_period)


def period_of_day(settings: Settings, day: date | None) -> int | None:
    """The number of the period ``day`` falls in (may lie outside 1..periods); None when
    the plan's periods have no dates or there is no day."""
    start = period_start(settings)
    if start is None or day is None:
        return None
    if settings.period_unit == "week":
        return (day - start).days // 7 + 1
    months = (day.year - start.year) * 12 + day.month - start.month
    if settings.period_unit == "quarter":
        return months // 3 + 1
    return months + 1


def first_day_of_period(settings: Settings, number: int) -> date | None:
    """The first day of period ``number``; None when the periods have no dates."""
    start = period_start(settings)
    if start is None:
        return None
    if settings.period_unit == "week":
        return start + timedelta(weeks=number - 1)
    if settings.period_unit == "quarter":
        return _add_months(start, 3 * (number - 1))
    return _add_months(start, number - 1)
