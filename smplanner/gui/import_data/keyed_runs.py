"""Tracking values and cost lines: the dialog's choices handed to the engine (no Qt).

The columns' choices make the layout (:func:`tracking_layout`) and the engine's mapping;
a name in the file that matches nothing and is mapped to the plan's name is passed on as
the engine's mapping (KPIs) or written over in the cells (networks). The engine's result
becomes an :class:`Outcome`, with the first rows of its keyed edit as they will land.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from smplanner.domain.commands import Command, Compound, InsertRows, SetCells
from smplanner.domain.kpi_names import LEVEL, aggregations, kpi_matcher, squash
from smplanner.domain.measuring_tables import COSTS as COSTS_TABLE
from smplanner.domain.measuring_tables import TRACKING as TRACKING_TABLE
from smplanner.domain.periods import period_label, period_start, settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.tables import GOALS, KPIS, NETWORKS, STAGES, TACTICS
from smplanner.domain.text import tr
from smplanner.gui.import_data.core import (
    ADD,
    LANDING_ROWS,
    PERIOD,
    SKIP,
    Landing,
    Outcome,
    Request,
    field_choice,
    field_of,
    kpi_choice,
    kpi_of,
)
from smplanner.io.data_costs import cost_columns, import_costs
from smplanner.io.data_file import Grid
from smplanner.io.data_followers import READINGS, follower_like
from smplanner.io.data_import import DataImportResult, ImportRefused, import_tracking, title_period
from smplanner.io.data_layout import COST_LIST, LONG, WIDE_DATE, WIDE_PERIOD, Layout, period_title


def tracking_auto(grid: Grid, layout: Layout, plan: Plan) -> tuple[str, ...]:
    """What each column becomes by the layout found: the roles, and each metric's KPI."""
    choices = [SKIP] * len(grid.titles)
    for role in ("date", "network", "metric", "value"):
        column = getattr(layout, role)
        if column is not None and (role != "value" or layout.kind == LONG):
            choices[column] = field_choice(role)
    if layout.kind == WIDE_PERIOD:
        for column in layout.periods:
            choices[column] = PERIOD
    elif layout.kind != LONG:
        kpis = kpi_matcher(plan)
        kind = aggregations(plan)
        followers = next(
            (k for k, v in kind.items() if v == LEVEL and "follower" in squash(k)), None
        )
        metrics = layout.metrics or tuple(n for n, c in enumerate(choices) if c == SKIP)
        for column in metrics:
            title = grid.titles[column]
            found = kpis.match(title)
            if found is None and followers is not None and follower_like(title, None, kind):
                found = followers  # new followers, or the count: the engine reads which
            if found is not None:
                choices[column] = kpi_choice(found)
    return tuple(choices)


def tracking_layout(layout: Layout, columns: tuple[str, ...]) -> Layout:
    """The layout the columns' choices describe (the reason found is kept)."""

    def one(role: str) -> int | None:
        return next((n for n, c in enumerate(columns) if field_of(c) == role), None)

    periods = tuple(n for n, c in enumerate(columns) if c == PERIOD)
    metrics = tuple(n for n, c in enumerate(columns) if kpi_of(c) is not None)
    date, network, metric, value = one("date"), one("network"), one("metric"), one("value")
    if periods:
        kind = WIDE_PERIOD
    elif metric is not None and value is not None:
        kind = LONG
    elif date is not None:
        kind = WIDE_DATE
    else:
        kind = ""
    reason = layout.reason if kind == layout.kind else tr("as the columns are set here")
    if not kind:
        reason = tr("no column is read as dates, and none as a period's values")
    return Layout(kind, reason, date, network, metric, value, periods, metrics)


def period_name(plan: Plan, raw_title: Any) -> str:
    """The plan's period a column title names, or why it names none."""
    found = period_title(raw_title)
    settings = settings_of(plan)
    if found is None:
        return tr("no period")
    number, _ = title_period(found, settings)
    if number is None or not 1 <= number <= settings.periods:
        return tr("a period outside the plan")
    return period_label(settings.period_unit, period_start(settings), number)


def _renamed_networks(grid: Grid, column: int | None, names: dict[str, str]) -> Grid:
    """The grid with network names in ``column`` written as the plan's names given."""
    if column is None or not names:
        return grid
    rows = list(grid.rows)
    for at in range(grid.header + 1, len(rows)):
        cell = rows[at][column]
        if cell is not None and str(cell).strip() in names:
            rows[at] = [*rows[at]]
            rows[at][column] = names[str(cell).strip()]
    return replace(grid, rows=rows)


def _chosen(names: dict[str, str]) -> dict[str, str]:
    """The names taken as one of the plan's."""
    return {name: to for name, to in names.items() if to not in (SKIP, ADD)}


CATALOGUES = {
    "network": NETWORKS.name,
    "KPI": KPIS.name,
    "stage": STAGES.name,
    "goal": GOALS.name,
    "tactic": TACTICS.name,
}


def with_added(plan: Plan, names: dict[str, dict[str, str]]) -> tuple[Plan, Command | None]:
    """A copy of ``plan`` with the names to add in its catalogues, and the command adding
    them (the plan itself and None when none is to be added)."""
    steps: list[Command] = []
    for kind, table in CATALOGUES.items():
        added = tuple({"name": n} for n, to in names.get(kind, {}).items() if to == ADD)
        if added:
            steps.append(InsertRows(table, plan.row_count(table), added))
    if not steps:
        return plan, None
    copy = plan.copy()
    command = Compound(tuple(steps))
    copy.apply(command)
    return copy, command


def _joined(first: Command | None, then: Command | None) -> Command | None:
    steps = tuple(c for c in (first, then) if c is not None)
    return None if not steps else steps[0] if len(steps) == 1 else Compound(steps)


def _added(plan: Plan, names: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    return {
        tr(plan.schema(table).title): [n for n, to in names.get(kind, {}).items() if to == ADD]
        for kind, table in CATALOGUES.items()
        if ADD in names.get(kind, {}).values()
    }


def cover_of(plan: Plan, result: DataImportResult, extend: bool) -> tuple[int, int]:
    """The periods (before, after) the import adds, or would add to cover its dates
    outside the plan's periods ((0, 0) when none are, or when they cannot be covered)."""
    if extend:
        return result.extended
    if result.outside_days is None:
        return (0, 0)
    from smplanner.io.data_periods import cover_days

    try:
        cover = cover_days(plan, *result.outside_days)
    except ImportRefused:
        return (0, 0)
    return (cover.before, cover.after)


def outcome_of(result: DataImportResult, noun: str, names: dict[str, dict[str, str]]) -> Outcome:
    unmatched = {
        kind: [n for n in found if names.get(kind, {}).get(n, SKIP) == SKIP]
        for kind, found in result.unmatched.items()
    }
    return Outcome(
        result.into,
        noun,
        result.new,
        result.changed,
        result.kept,
        result.same,
        {kind: found for kind, found in unmatched.items() if found},
        outside=result.outside,
        outside_names=list(result.outside_names),
        readings=dict(result.readings),
        reading_reasons=dict(result.reading_reasons),
        not_imported=dict(result.not_imported),
        added_rows=result.added_rows,
        problems=list(result.problems),
        skipped=result.skipped,
        command=result.command,
    )


def run_tracking(request: Request) -> Outcome:
    """The tracking edit the request describes."""
    layout = tracking_layout(request.layout, request.columns)
    titles = request.grid.titles
    mapping = {titles[n]: kpi_of(c) or "" for n, c in enumerate(request.columns) if kpi_of(c)}
    mapping.update(_chosen(request.names.get("KPI", {})))
    grid = _renamed_networks(
        request.grid, layout.network, _chosen(request.names.get("network", {}))
    )
    noun = tr("tracking values")
    plan, adding = with_added(request.plan, request.names)
    readings = {
        titles[n]: reading
        for n, (choice, reading) in enumerate(zip(request.columns, request.readings, strict=False))
        if reading in READINGS and n in layout.metrics and kpi_of(choice) is not None
    }

    def run(skip_bad: bool) -> DataImportResult:
        return import_tracking(
            plan,
            grid,
            layout,
            network=request.network,
            mapping=mapping,
            replace_values=request.replace_values,
            skip_bad=skip_bad,
            readings=readings,
            extend_periods=request.extend_periods,
        )

    return _previewed("tracking", noun, run, tracking_landing, plan, adding, request)


def _previewed(
    target: str,
    noun: str,
    run: Callable[[bool], DataImportResult],
    landing: Callable[[Plan, Command | None], Landing],
    plan: Plan,
    adding: Command | None,
    request: Request,
) -> Outcome:
    """The outcome of ``run`` as asked, with the rows as they would land: when cells are
    bad, the good rows, as they would land were the bad left out."""
    try:
        result = run(request.skip_bad)
        outcome = outcome_of(result, noun, request.names)
        outcome.cover = cover_of(plan, result, request.extend_periods)
        shown = run(True).command if result.problems else result.command
    except ImportRefused as error:
        return Outcome(target, noun, refused=str(error))
    outcome.landing = landing(_extended(plan, shown, outcome.cover, request), shown)
    return with_catalogue(outcome, plan, adding, request.names)


def _extended(
    plan: Plan, command: Command | None, cover: tuple[int, int], request: Request
) -> Plan:
    """The plan as the rows land in it: its periods extended first when the import does."""
    if not request.extend_periods or cover == (0, 0) or not isinstance(command, Compound):
        return plan
    copy = plan.copy()
    copy.apply(command.steps[0])
    return copy


def with_catalogue(
    outcome: Outcome, plan: Plan, adding: Command | None, names: dict[str, dict[str, str]]
) -> Outcome:
    """The outcome with the names added to the catalogues first (one command)."""
    if adding is not None:
        outcome.added = _added(plan, names)
        if not outcome.problems:
            outcome.command = _joined(adding, outcome.command)
    return outcome


def steps_of(command: Command | None) -> list[Command]:
    if command is None:
        return []
    if isinstance(command, Compound):
        return [s for step in command.steps for s in steps_of(step)]
    return [command]


def cell_text(value: Any) -> str:
    if value is None or is_blank(value):
        return ""
    if isinstance(value, float):
        return f"{value:,.10g}" if abs(value) < 1e15 else str(value)
    return str(value)


def keyed_landing(
    plan: Plan,
    command: Command | None,
    table: str,
    keys: tuple[str, ...],
    value: str,
) -> list[tuple[Any, ...]]:
    """(key values…, value in the plan now, value imported) per row the edit sets or adds."""
    rows: list[tuple[Any, ...]] = []
    for step in steps_of(command):
        if isinstance(step, SetCells) and step.table == table:
            for row, column, new in step.changes:
                if column == value and len(rows) < LANDING_ROWS:
                    key = tuple(plan.value(table, row, k) for k in keys)
                    rows.append((*key, plan.value(table, row, value), new))
        elif isinstance(step, InsertRows) and step.table == table:
            for record in step.records[: max(0, LANDING_ROWS - len(rows))]:
                key = tuple(record.get(k) for k in keys)
                rows.append((*key, None, record.get(value)))
    return rows


def tracking_landing(plan: Plan, command: Command | None) -> Landing:
    settings = settings_of(plan)
    start = period_start(settings)
    rows = keyed_landing(plan, command, TRACKING_TABLE, ("network", "kpi", "period"), "actual")
    return Landing(
        (tr("Network"), tr("KPI"), tr("Period"), tr("In the plan now"), tr("Imported")),
        tuple(
            (
                cell_text(network),
                cell_text(kpi),
                period_label(settings.period_unit, start, int(period)),
                cell_text(now),
                cell_text(new),
            )
            for network, kpi, period, now, new in rows
        ),
    )


def costs_auto(grid: Grid, layout: Layout, plan: Plan) -> tuple[str, ...]:
    """What each column becomes by its title (Datum, Betrag, Kategorie, …)."""
    del layout, plan
    choices = [SKIP] * len(grid.titles)
    for name, column in cost_columns(grid.titles, {}).items():
        choices[column] = field_choice(name)
    return tuple(choices)


def _without(grid: Grid, columns: list[int]) -> Grid:
    """The grid without ``columns`` (left out, so that no title finds them again)."""
    if not columns:
        return grid
    gone = set(columns)
    keep = [n for n in range(len(grid.rows[0])) if n not in gone]
    return replace(grid, rows=[[row[n] for n in keep] for row in grid.rows])


def run_costs(request: Request) -> Outcome:
    """The edit adding the cost lines the request describes."""
    noun = tr("cost lines")
    titles = request.grid.titles
    mapping = {
        titles[n]: field_of(c) or ""
        for n, c in enumerate(request.columns)
        if field_of(c) is not None
    }
    network = next((n for n, c in enumerate(request.columns) if c == field_choice("network")), None)
    grid = _renamed_networks(request.grid, network, _chosen(request.names.get("network", {})))
    grid = _without(grid, [n for n, c in enumerate(request.columns) if c == SKIP])
    plan, adding = with_added(request.plan, request.names)

    def run(skip_bad: bool) -> DataImportResult:
        return import_costs(
            plan,
            grid,
            mapping=mapping,
            replace_values=request.replace_values,
            skip_bad=skip_bad,
            extend_periods=request.extend_periods,
        )

    return _previewed("costs", noun, run, costs_landing, plan, adding, request)


def costs_landing(plan: Plan, command: Command | None) -> Landing:
    settings = settings_of(plan)
    start = period_start(settings)
    keys = ("period", "network", "spend", "category", "note")
    rows = keyed_landing(plan, command, COSTS_TABLE, keys, "amount")
    return Landing(
        (
            tr("Period"),
            tr("Network"),
            tr("Organic or paid"),
            tr("Category"),
            tr("Note"),
            tr("In the plan now"),
            tr("Imported"),
        ),
        tuple(
            (
                period_label(settings.period_unit, start, int(row[0])),
                *(cell_text(v) for v in row[1:]),
            )
            for row in rows
        ),
    )


GUESSES = {COST_LIST: "costs"}
"""The target a layout suggests (any other layout: tracking)."""
