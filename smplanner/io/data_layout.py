"""Which of the usual shapes a table has, and why: a pure look at its titles and cells.

- **long**: a row per date (or period), network and metric, with a value;
- **wide by date**: a date column and a column per metric (the usual analytics export);
- **wide by period**: networks and metrics down, months or weeks across;
- **costs**: a list of cost lines (an amount, and a date or period);
- **planner**: a home-made KPI planner: stage, goal and tactic columns, a column per KPI
  holding marks (P/S, X, a tick).

:func:`classify` looks only at titles and cells, never at the plan: which names match the
plan's catalogues is for the importers to say.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from smplanner.domain.kpi_names import squash

LONG, WIDE_DATE, WIDE_PERIOD, COST_LIST = "long", "wide by date", "wide by period", "costs"
PLANNER = "planner"
STAGE_TITLES = ("stage", "funnelstage", "buyerstage", "journeystage", "phase", "stufe")
GOAL_TITLES = ("goal", "objective", "aim", "ziel")
TACTIC_TITLES = ("tactic", "tactics", "taktik", "activity", "format", "contenttype")
DATE_TITLES = ("date", "day", "datum", "period", "month", "week", "monat", "woche", "tag")
NETWORK_TITLES = ("network", "channel", "platform", "netzwerk", "kanal", "source")
METRIC_TITLES = ("metric", "kpi", "measure", "indicator", "kennzahl", "name")
VALUE_TITLES = ("value", "actual", "count", "number", "wert", "total")
AMOUNT_TITLES = ("amount", "cost", "costs", "spend", "spent", "betrag", "kosten", "price")
MONTHS = {
    m: n + 1
    for n, names in enumerate(
        (
            "jan january januar",
            "feb february februar",
            "mar march märz maerz mrz",
            "apr april",
            "may mai",
            "jun june juni",
            "jul july juli",
            "aug august",
            "sep sept september",
            "oct october okt oktober",
            "nov november",
            "dec december dez dezember",
        )
    )
    for m in names.split()
}
_MONTH_NAME = re.compile(r"^([a-zä]+)\.?[\s\-/']*(\d{2}|\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_WEEK = re.compile(
    r"^(?:(\d{4})[\s\-]?)?(?:kw|w|cw|week|woche)[\s\-.]?(\d{1,2})(?:[\s/\-]+(\d{4}))?$"
)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ t].*)?$")


@dataclass(frozen=True)
class PeriodTitle:
    """A column title naming a period: a month (its first day), an ISO week, or a day."""

    kind: str  # "month", "week" or "day"
    day: dt.date | None = None
    week: int = 0
    year: int | None = None


def period_title(value: Any) -> PeriodTitle | None:
    """'Jan 2027', '2027-01', '01/2027', 'KW 5', '2027-W05' or a date; else None."""
    if isinstance(value, dt.datetime):
        return PeriodTitle("day", value.date())
    if isinstance(value, dt.date):
        return PeriodTitle("day", value)
    text = str(value or "").strip().casefold()
    if not text:
        return None
    named = _MONTH_NAME.match(text)
    if named and named.group(1) in MONTHS:
        year = int(named.group(2))
        year = year + 2000 if year < 100 else year
        return PeriodTitle("month", dt.date(year, MONTHS[named.group(1)], 1))
    for pattern, y, m in ((_YEAR_MONTH, 1, 2), (_MONTH_YEAR, 2, 1)):
        found = pattern.match(text)
        if found and 1 <= int(found.group(m)) <= 12:
            return PeriodTitle("month", dt.date(int(found.group(y)), int(found.group(m)), 1))
    week = _WEEK.match(text)
    if week and 1 <= int(week.group(2)) <= 53:
        written = week.group(1) or week.group(3)
        return PeriodTitle("week", week=int(week.group(2)), year=int(written) if written else None)
    day = _ISO_DAY.match(text)
    if day:
        try:
            return PeriodTitle("day", dt.date(*(int(day.group(n)) for n in (1, 2, 3))))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Layout:
    """A table's shape, the columns that carry each part, and the reason in words."""

    kind: str
    reason: str
    date: int | None = None
    network: int | None = None
    metric: int | None = None
    value: int | None = None
    periods: tuple[int, ...] = ()
    """Wide by period: the columns whose titles name periods."""
    metrics: tuple[int, ...] = ()
    """Wide by date: the columns holding one metric each; planner: the KPI columns."""
    stage: int | None = None
    goal: int | None = None
    tactic: int | None = None
    """Planner: the columns naming each row's stage, goal and tactic."""


def _find(titles: Sequence[str], words: Sequence[str], taken: set[int]) -> int | None:
    squashed = [squash(t) for t in titles]
    for word in words:
        for number, title in enumerate(squashed):
            if number not in taken and title == word:
                return number
    for word in words:
        for number, title in enumerate(squashed):
            if number not in taken and title.startswith(word):
                return number
    return None


def _dates_share(column: Sequence[Any]) -> float:
    filled = [v for v in column if v not in (None, "")]
    if not filled:
        return 0.0
    dated = sum(
        isinstance(v, (dt.date, dt.datetime)) or period_title(v) is not None for v in filled[:200]
    )
    return dated / min(len(filled), 200)


def classify(
    titles: Sequence[str], raw_titles: Sequence[Any], body: Sequence[Sequence[Any]]
) -> Layout:
    """The layout of a table with these column titles and rows, and why."""
    planner = planner_layout(titles)
    if planner is not None:
        return planner
    taken: set[int] = set()
    periods = tuple(n for n, t in enumerate(raw_titles) if period_title(t) is not None)
    network = _find(titles, NETWORK_TITLES, taken)
    if network is not None:
        taken.add(network)
    if len(periods) >= 2:
        labels = [n for n in range(len(titles)) if n not in periods]
        metric = _find(titles, METRIC_TITLES, taken)
        if metric is None:
            metric = next((n for n in labels if n not in taken), None)
        shown = ", ".join(str(titles[n]) for n in periods[:3])
        return Layout(
            WIDE_PERIOD,
            f"{len(periods)} column titles name periods ({shown}, …); the rows name "
            "networks and metrics",
            network=network,
            metric=metric,
            periods=periods,
        )
    date = _find(titles, DATE_TITLES, taken)
    if date is None:
        columns = list(zip(*body, strict=False)) if body else []
        date = next(
            (n for n, c in enumerate(columns) if n not in taken and _dates_share(c) > 0.8), None
        )
    if date is not None:
        taken.add(date)
    amount = _find(titles, AMOUNT_TITLES, taken)
    if amount is not None:
        return Layout(
            COST_LIST,
            f"a column '{titles[amount]}' holds amounts of money: a list of cost lines",
            date=date,
            network=network,
            value=amount,
        )
    if date is None:
        return Layout("", "no column holds dates or periods, and no title names a period")
    metric = _find(titles, METRIC_TITLES, taken)
    value = _find(titles, VALUE_TITLES, taken | ({metric} if metric is not None else set()))
    if metric is not None and value is not None:
        return Layout(
            LONG,
            f"one row per date, network and metric: '{titles[metric]}' names the metric, "
            f"'{titles[value]}' holds its value",
            date=date,
            network=network,
            metric=metric,
            value=value,
        )
    if metric is not None:  # a label column; a lone 'Total …' column is a metric
        taken.add(metric)
    metrics = tuple(n for n in range(len(titles)) if n not in taken)
    return Layout(
        WIDE_DATE,
        f"'{titles[date]}' holds dates and each other column one metric",
        date=date,
        network=network,
        metrics=metrics,
    )


def planner_roles(titles: Sequence[str]) -> dict[str, int]:
    """The columns titled as a planner's stage, goal and tactic (those found)."""
    taken: set[int] = set()
    found: dict[str, int] = {}
    for name, words in (("stage", STAGE_TITLES), ("goal", GOAL_TITLES), ("tactic", TACTIC_TITLES)):
        column = _find(titles, words, taken)
        if column is not None:
            taken.add(column)
            found[name] = column
    return found


def planner_layout(titles: Sequence[str]) -> Layout | None:
    """A KPI planner: columns titled stage, goal and tactic, then (mostly) KPIs."""
    roles = planner_roles(titles)
    if len(roles) < 3:
        return None
    stage, goal, tactic = roles["stage"], roles["goal"], roles["tactic"]
    kpis = tuple(n for n in range(len(titles)) if n not in roles.values())
    if not kpis:
        return None
    return Layout(
        PLANNER,
        f"'{titles[stage]}', '{titles[goal]}' and '{titles[tactic]}' name each row; "
        f"the {len(kpis)} other columns hold KPI marks",
        metrics=kpis,
        stage=stage,
        goal=goal,
        tactic=tactic,
    )
