"""Tracking values from a table people bring: any layout, dates summed up into periods.

The table is first turned into one row per cell (network, metric, day or period, value),
whatever its layout (:mod:`smplanner.io.data_layout`); names are matched to the
catalogues, days fall into the plan's periods, and each KPI's days make its period value
by its aggregation (a level's last, a count's sum, a rate's mean). The result is one
keyed edit (one undo step), or nothing while any cell is bad.

The API, for the command line and the import dialog alike (every part a table, no I/O
but the file read by :func:`~smplanner.io.data_file.read_grid`):

- ``grid = read_grid(path, sheet)``; ``layout = classify(grid.titles,
  grid.rows[grid.header], grid.body)`` (:mod:`smplanner.io.data_layout`): the layout and
  its reason; ``layout.kind`` says which importer fits (``planner`` ->
  :func:`smplanner.io.data_planner.import_planner`, ``costs`` ->
  :func:`smplanner.io.data_costs.import_costs`, the rest -> :func:`import_tracking`).
- :func:`import_tracking` ``(plan, grid, layout, *, network, mapping, replace_values,
  skip_bad, readings, extend_periods)`` -> :class:`DataImportResult`: counts
  (``new``, ``changed``, ``kept``, ``same``), ``unmatched`` names, ``outside`` values
  (``outside_names``, ``outside_days``), ``readings`` / ``reading_reasons`` of the
  follower columns (:mod:`smplanner.io.data_followers`), ``not_imported`` columns with
  their reason, ``extended`` periods (:mod:`smplanner.io.data_periods`), ``problems``
  (bad cells by row and column) and ``command``, applied by the caller.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.commands import Command
from smplanner.domain.keyed import keyed_edit, rows_by_key
from smplanner.domain.kpi_names import (
    COUNT,
    LEVEL,
    aggregations,
    kpi_matcher,
    network_matcher,
    squash,
)
from smplanner.domain.periods import Settings, period_of_day, period_start, settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr
from smplanner.domain.tracking_grid import TRACKING_BY_KEY
from smplanner.io.crm_import import BadCell, parse_amounts, parse_dates
from smplanner.io.data_file import Grid
from smplanner.io.data_layout import LONG, WIDE_DATE, WIDE_PERIOD, Layout, PeriodTitle, period_title
from smplanner.io.data_result import DataImportResult as DataImportResult
from smplanner.io.data_result import ImportRefused as ImportRefused

ROLES = ("date", "network", "metric", "value")


def remap(layout: Layout, titles: list[str], mapping: Mapping[str, str]) -> Layout:
    """The layout with the roles ``--map "Column=date"`` gives to named columns."""
    changes: dict[str, Any] = {}
    by_title = {squash(t): n for n, t in enumerate(titles)}
    for source, target in mapping.items():
        column = by_title.get(squash(source))
        if column is not None and target.casefold() in ROLES:
            changes[target.casefold()] = column
    if not changes:
        return layout
    taken = set(changes.values())
    metrics = tuple(n for n in layout.metrics if n not in taken)
    return replace(layout, metrics=metrics, **changes)


def cells_of(grid: Grid, layout: Layout, network: str | None) -> pd.DataFrame:
    """One row per value: row, column (titles), network, metric, when, value (raw)."""
    titles = grid.titles
    frame = pd.DataFrame(grid.body, dtype=object)
    frame.index = pd.Index(grid.body_numbers)

    def column(n: int | None, default: Any = None) -> pd.Series:
        if n is None:
            return pd.Series(default, index=frame.index, dtype=object)
        return frame[n]

    if layout.kind == WIDE_PERIOD:
        parts = [
            pd.DataFrame(
                {
                    "row": frame.index,
                    "column": titles[n],
                    "network": column(layout.network, network).to_numpy(),
                    "metric": column(layout.metric).to_numpy(),
                    "when": [grid.rows[grid.header][n]] * len(frame),
                    "value": frame[n].to_numpy(),
                }
            )
            for n in layout.periods
        ]
    elif layout.kind == LONG:
        parts = [
            pd.DataFrame(
                {
                    "row": frame.index,
                    "column": titles[layout.value] if layout.value is not None else "",
                    "network": column(layout.network, network).to_numpy(),
                    "metric": column(layout.metric).to_numpy(),
                    "when": column(layout.date).to_numpy(),
                    "value": column(layout.value).to_numpy(),
                }
            )
        ]
    else:
        parts = [
            pd.DataFrame(
                {
                    "row": frame.index,
                    "column": titles[n],
                    "network": column(layout.network, network).to_numpy(),
                    "metric": titles[n],
                    "when": column(layout.date).to_numpy(),
                    "value": frame[n].to_numpy(),
                }
            )
            for n in layout.metrics
        ]
    if not parts:
        return pd.DataFrame(columns=["row", "column", "network", "metric", "when", "value"])
    return pd.concat(parts, ignore_index=True)


def title_period(title: PeriodTitle, settings: Settings) -> tuple[int | None, dt.date | None]:
    """The plan period a column title names (and its first day), or None."""
    start = period_start(settings)
    if start is None:
        return None, None
    if title.kind == "week":
        if settings.period_unit != "week":
            return None, None
        year = title.year or start.year
        try:
            monday = dt.date.fromisocalendar(year, title.week, 1)
        except ValueError:
            return None, None
        if title.year is None and monday < start - dt.timedelta(days=6):
            monday = dt.date.fromisocalendar(year + 1, title.week, 1)
        return period_of_day(settings, monday), monday
    if title.kind == "month" and settings.period_unit == "week":
        return None, None
    return period_of_day(settings, title.day), title.day


def when_to_periods(when: pd.Series, settings: Settings) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per cell: its period (NaN if none), its day (for order) and whether it was readable.

    Each distinct cell is read once (a daily export repeats each date per metric)."""
    codes, uniques = pd.factorize(when.astype(object), use_na_sentinel=False)
    period, order, readable = _when_unique(pd.Series(uniques, dtype=object), settings)
    index = when.index
    return (
        pd.Series(period.to_numpy()[codes], index=index, dtype=float),
        pd.Series(order.to_numpy()[codes], index=index),
        pd.Series(readable.to_numpy()[codes], index=index, dtype=bool),
    )


def _when_unique(when: pd.Series, settings: Settings) -> tuple[pd.Series, pd.Series, pd.Series]:
    days, _ = parse_dates(when)
    period = pd.Series(np.nan, index=when.index, dtype=float)
    order = pd.Series(pd.NaT, index=when.index, dtype="datetime64[ns]")
    readable = days.map(lambda d: isinstance(d, dt.date))
    if readable.any():
        stamps = pd.to_datetime(days[readable].astype(object))
        order[readable] = stamps
        period[readable] = _periods_of(stamps, settings)
    for text in when[~readable].map(lambda v: "" if v is None else str(v)).unique():
        if not text.strip():
            continue
        found = period_title(text)
        if found is None:
            continue
        number, first = title_period(found, settings)
        if first is None:
            continue
        rows = when.index[~readable & (when.astype(str) == text)]
        period[rows] = np.nan if number is None else number
        order[rows] = pd.Timestamp(first)
        readable[rows] = True
    return period, order, readable.astype(bool)


def per_unique(values: pd.Series, func: Callable[[Any], Any]) -> pd.Series:
    """``values.map(func)``, calling ``func`` once per distinct value."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=False)
    mapped = np.array([func(u) for u in uniques] + [None], dtype=object)
    return pd.Series(mapped[codes], index=values.index, dtype=object)


def _name(value: Any) -> str:
    return "" if value is None or is_blank(value) else str(value).strip()


def read_numbers(raw: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per cell: its number (NaN if none), whether it is not a number, whether it is blank.

    Plain numbers take pandas' fast path; the rest (decimal commas, currency signs,
    thousands separators) are read by :func:`parse_amounts`."""
    numbers = pd.to_numeric(raw, errors="coerce").astype(float)
    rest = numbers.isna()
    blank = pd.Series(False, index=raw.index)
    bad = pd.Series(False, index=raw.index)
    if rest.any():
        parsed = parse_amounts(raw[rest])
        is_bad = parsed.map(lambda v: v is False).astype(bool)
        good = parsed[~is_bad].astype(float)
        numbers[good.index] = good
        bad[is_bad.index[is_bad]] = True
        blank[rest] = numbers[rest].isna() & ~bad[rest]
    return numbers, bad, blank


def _periods_of(stamps: pd.Series, settings: Settings) -> pd.Series:
    start = period_start(settings)
    assert start is not None
    if settings.period_unit == "week":
        weeks: pd.Series = (stamps - pd.Timestamp(start)).dt.days // 7 + 1
        return weeks
    months: pd.Series = (stamps.dt.year - start.year) * 12 + stamps.dt.month - start.month
    return months // 3 + 1 if settings.period_unit == "quarter" else months + 1


def import_tracking(
    plan: Plan,
    grid: Grid,
    layout: Layout,
    *,
    network: str | None = None,
    mapping: Mapping[str, str] | None = None,
    replace_values: bool = False,
    skip_bad: bool = False,
    readings: Mapping[str, str] | None = None,
    extend_periods: bool = False,
) -> DataImportResult:
    """The tracking edit for the table's values (none while a cell is bad).

    ``readings`` says how a follower column is read ("level" or "gains", by its title;
    the rest are guessed: :mod:`smplanner.io.data_followers`); ``extend_periods`` makes
    the plan's periods cover the file's dates in the same edit
    (:mod:`smplanner.io.data_periods`)."""
    if extend_periods:
        from smplanner.io.data_periods import covering

        return covering(
            plan,
            lambda target: import_tracking(
                target,
                grid,
                layout,
                network=network,
                mapping=mapping,
                replace_values=replace_values,
                skip_bad=skip_bad,
                readings=readings,
            ),
        )
    mapping = dict(mapping or {})
    layout = remap(layout, grid.titles, mapping)
    result = DataImportResult("tracking", layout.kind, layout.reason)
    if layout.kind not in (LONG, WIDE_DATE, WIDE_PERIOD):
        raise ImportRefused(
            tr("{sheet}: not tracking data: {reason}").format(
                sheet=grid.sheet, reason=layout.reason
            )
        )
    settings = settings_of(plan)
    if period_start(settings) is None:
        raise ImportRefused(
            tr("the plan's periods have no dates: set the first period (Measuring, Plan settings)")
        )
    networks = network_matcher(plan)
    given = None
    if network is not None:
        given = networks.match(network)
        if given is None:
            raise ImportRefused(
                tr("no network '{network}' in the plan; its networks: {networks}").format(
                    network=network, networks=", ".join(plan.keys("networks"))
                )
            )
    if layout.network is None and given is None:
        if len(plan.keys("networks")) != 1:
            raise ImportRefused(
                tr("the table names no network: say which network it is for (--network NAME)")
            )
        given = plan.keys("networks")[0]
    cells = cells_of(grid, layout, given)
    numbers, text_bad, blank = read_numbers(cells["value"])
    filled = ~blank
    cells, numbers, text_bad = cells[filled], numbers[filled], text_bad[filled]
    result.cells = len(cells)
    bad: list[BadCell] = []
    for row, column, raw in cells.loc[text_bad, ["row", "column", "value"]].itertuples(index=False):
        bad.append(BadCell(int(row), str(column), str(raw), "a number"))
    # names
    renamed = {squash(k): v for k, v in mapping.items() if v.casefold() not in ROLES}
    kpis = kpi_matcher(plan)
    metric_names = per_unique(cells["metric"], _name)
    kpi_of = {name: kpis.match(renamed.get(squash(name), name)) for name in metric_names.unique()}
    network_names = per_unique(cells["network"], _name)
    network_of = {name: networks.match(name) for name in network_names.unique()}
    if given is not None and layout.network is None:
        network_of = {name: given for name in network_of}
    cells = cells.assign(
        kpi=metric_names.map(kpi_of),
        network=network_names.map(network_of),
        source=metric_names.astype("category"),
    )
    # periods
    period, order, readable = when_to_periods(cells["when"], settings)
    unreadable = ~readable & (per_unique(cells["when"], _name) != "")
    for row, when in (
        cells.loc[unreadable, ["row", "when"]].drop_duplicates().itertuples(index=False)
    ):
        expected = (
            "a date such as 2027-01-31"
            if period_title(when) is None
            else f"a period of the plan, which counts {settings.period_unit}s"
        )
        bad.append(BadCell(int(row), "date", str(when), expected))
    cells = cells.assign(period=period, order=order, number=numbers, good=readable & ~text_bad)
    kind = aggregations(plan)
    cells = _read_followers(plan, cells, kind, settings, readings or {}, kpi_of, result)
    result.unmatched = {
        "KPI": sorted(n for n, k in kpi_of.items() if k is None and n and n not in result.readings),
        "network": sorted(n for n, k in network_of.items() if k is None and n),
    }
    result.unmatched = {kind: names for kind, names in result.unmatched.items() if names}
    period = cells["period"]
    usable = cells["kpi"].notna() & cells["network"].notna() & cells["good"]
    outside = usable & (period.isna() | (period < 1) | (period > settings.periods))
    result.outside = int(outside.sum())
    if result.outside:
        result.outside_names = _outside_names(cells.loc[outside])
        dated = cells.loc[outside, "order"].dropna()
        if not dated.empty:
            result.outside_days = (dated.min().date(), dated.max().date())
    cells = cells[usable & ~outside]
    kinds = cells["kpi"].map(kind)
    negative = kinds.isin((LEVEL, COUNT)) & (cells["number"] < 0)
    for row, column, number in cells.loc[negative, ["row", "column", "number"]].itertuples(
        index=False
    ):
        bad.append(BadCell(int(row), str(column), f"{number:g}", "a count of 0 or more"))
    bad.sort(key=lambda b: (b.row, b.column))
    if bad and not skip_bad:
        result.problems = bad
        return result
    result.skipped = len(bad)
    cells = cells[~negative]
    result.command = _edit(plan, cells, kind, replace_values, result)
    return result


def _read_followers(
    plan: Plan,
    cells: pd.DataFrame,
    kind: Mapping[str, str],
    settings: Settings,
    readings: Mapping[str, str],
    sources: Mapping[str, str | None],
    result: DataImportResult,
) -> pd.DataFrame:
    """The cells with follower columns read as levels or gains (see data_followers)."""
    from smplanner.io.data_followers import READINGS, read_followers

    names = {squash(s) for s in sources}
    for name, reading in readings.items():
        if squash(name) not in names:
            raise ImportRefused(
                tr("no column '{name}' in the file to read as {reading}").format(
                    name=name, reading=reading
                )
            )
        if reading not in READINGS:
            raise ImportRefused(
                tr("'{name}' can be read as gains or level, not '{reading}'").format(
                    name=name, reading=reading
                )
            )
    valid = cells["network"].notna() & cells["good"]
    found = read_followers(plan, cells, valid, kind, settings, readings, sources)
    result.readings = found.readings
    result.reading_reasons = found.reasons
    result.not_imported = found.not_imported
    return found.cells


def _outside_names(cells: pd.DataFrame) -> list[str]:
    dated = cells["order"].dropna()
    if dated.empty:
        return sorted({str(v) for v in cells["when"]})[:10]
    first, last = dated.min().date(), dated.max().date()
    return [first.isoformat()] if first == last else [f"{first} … {last}"]


def _edit(
    plan: Plan,
    cells: pd.DataFrame,
    kind: Mapping[str, str],
    replace_values: bool,
    result: DataImportResult,
) -> Command | None:
    keys = ["network", "kpi", "period"]
    needed = cells[[*keys, "order", "row", "number"]]
    ordered = needed.sort_values(["order", "row"], kind="stable")
    grouped = ordered.groupby(keys, sort=False)["number"].agg(["last", "sum", "mean"])
    values: dict[tuple[Any, ...], dict[str, Any]] = {}
    existing = rows_by_key(plan, TRACKING_BY_KEY)
    for (network, kpi, period), last, total, mean in grouped.itertuples(name=None):
        rule = kind.get(kpi, COUNT)
        value = last if rule == LEVEL else total if rule == COUNT else mean
        value = round(float(value), 10)
        key = (network, kpi, int(period))
        row = existing.get(key)
        old = None if row is None else plan.value("tracking", row, "actual")
        if old is None or is_blank(old):
            result.new += 1
        elif float(old) == value:
            result.same += 1
            continue
        elif replace_values:
            result.changed += 1
        else:
            result.kept += 1
            continue
        values[key] = {"actual": value}
    label = "Import tracking values"
    return keyed_edit(plan, TRACKING_BY_KEY, values, label).command
