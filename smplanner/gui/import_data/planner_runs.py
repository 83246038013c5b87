"""A home-made KPI planner: the dialog's choices handed to the planner import (no Qt).

Stage, goal and tactic columns come from the layout found (or their titles), a Notes
column by its title, KPI columns by the KPI they name; what each becomes in the dialog
is passed on as the engine's mapping. A column set to Skip is left out of the file the
engine sees, unless no KPI has its name: then the engine lists it as a KPI that matches
nothing, and the names table offers to take it as one. Stage, goal and tactic names
that match nothing are written over in the cells as the plan's names chosen for them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from smplanner.domain.commands import Command, InsertRows, SetCells
from smplanner.domain.kpi_names import kpi_matcher, squash
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import tr
from smplanner.gui.import_data.core import (
    ADD,
    LANDING_ROWS,
    SKIP,
    Landing,
    Outcome,
    Request,
    field_choice,
    field_of,
    kpi_choice,
    kpi_of,
)
from smplanner.gui.import_data.keyed_runs import (
    cell_text,
    outcome_of,
    steps_of,
    with_added,
    with_catalogue,
)
from smplanner.io.data_file import Grid
from smplanner.io.data_layout import Layout, planner_roles
from smplanner.io.data_planner import NOTE_TITLES, PLANNER_BY_KEY, import_planner
from smplanner.io.data_result import DataImportResult, ImportRefused

ROLES = ("stage", "goal", "tactic")


def planner_auto(grid: Grid, layout: Layout, plan: Plan) -> tuple[str, ...]:
    """Stage, goal, tactic and notes by the layout and titles; each KPI column's KPI."""
    choices = [SKIP] * len(grid.titles)
    found = {role: getattr(layout, role, None) for role in ROLES}
    if any(n is None for n in found.values()):
        found = dict(planner_roles(grid.titles))
    for role, column in found.items():
        if column is not None:
            choices[column] = field_choice(role)
    kpis = kpi_matcher(plan)
    notes = False
    for column, title in enumerate(grid.titles):
        if choices[column] != SKIP:
            continue
        if squash(title) in NOTE_TITLES and not notes:
            choices[column], notes = field_choice("notes"), True
            continue
        kpi = kpis.match(title)
        if kpi is not None:
            choices[column] = kpi_choice(kpi)
    return tuple(choices)


def _renamed(grid: Grid, columns: dict[str, int], names: dict[str, dict[str, str]]) -> Grid:
    """The grid with stage, goal and tactic names written as the plan's names chosen."""
    chosen = {
        role: {n: to for n, to in names.get(role, {}).items() if to not in (SKIP, ADD)}
        for role in ROLES
    }
    if not any(chosen.values()):
        return grid
    rows = list(grid.rows)
    for at in range(grid.header + 1, len(rows)):
        for role, column in columns.items():
            cell = rows[at][column]
            if cell is not None and str(cell).strip() in chosen.get(role, {}):
                rows[at] = [*rows[at]]
                rows[at][column] = chosen[role][str(cell).strip()]
    return replace(grid, rows=rows)


def run_planner(request: Request) -> Outcome:
    """The planner edit the request describes."""
    noun = tr("planner marks")
    titles = request.grid.titles
    plan, adding = with_added(request.plan, request.names)
    kpis = kpi_matcher(plan)
    roles = {str(field_of(c)): n for n, c in enumerate(request.columns) if field_of(c) is not None}
    mapping = {titles[n]: role for role, n in roles.items()}
    mapping.update({titles[n]: kpi_of(c) or "" for n, c in enumerate(request.columns) if kpi_of(c)})
    mapping.update(
        {n: to for n, to in request.names.get("KPI", {}).items() if to not in (SKIP, ADD)}
    )
    skipped = [
        n
        for n, c in enumerate(request.columns)
        if c == SKIP and kpis.match(mapping.get(titles[n], titles[n])) is not None
    ]
    grid = _renamed(request.grid, {r: n for r, n in roles.items() if r in ROLES}, request.names)
    grid = _without(grid, skipped)
    plain = PRIMARY if request.plain == PRIMARY else SECONDARY

    def run(skip_bad: bool) -> DataImportResult:
        return import_planner(
            plan,
            grid,
            _planner_layout(request.layout, roles, skipped),
            mapping=mapping,
            replace_values=request.replace_values,
            skip_bad=skip_bad,
            plain=plain,
        )

    try:
        result = run(request.skip_bad)
        outcome = outcome_of(result, noun, request.names)
        shown = result.command
        if result.problems:
            shown = run(True).command
    except ImportRefused as error:
        return Outcome("planner", noun, refused=str(error))
    outcome.landing = planner_landing(plan, shown)
    return with_catalogue(outcome, plan, adding, request.names)


def _planner_layout(layout: Layout, roles: dict[str, int], skipped: list[int]) -> Layout:
    """The layout with the roles as chosen, its column numbers as in the grid without
    the skipped columns (the engine reads the roles from it)."""

    def moved(n: int | None) -> int | None:
        return None if n is None else n - sum(1 for s in skipped if s < n)

    return replace(
        layout,
        stage=moved(roles.get("stage")),
        goal=moved(roles.get("goal")),
        tactic=moved(roles.get("tactic")),
    )


def _without(grid: Grid, columns: list[int]) -> Grid:
    if not columns:
        return grid
    gone = set(columns)
    keep = [n for n in range(len(grid.rows[0])) if n not in gone]
    return replace(grid, rows=[[row[n] for n in keep if n < len(row)] for row in grid.rows])


def planner_landing(plan: Plan, command: Command | None) -> Landing:
    """A row per mark (or note) the edit sets: the row's stage, goal, tactic, the KPI,
    the plan's mark now and the mark imported."""
    keys = PLANNER_BY_KEY.key
    rows: list[tuple[Any, ...]] = []
    for step in steps_of(command):
        if isinstance(step, SetCells) and step.table == PLANNER_BY_KEY.table:
            for row, column, new in step.changes:
                if column not in keys:
                    key = tuple(plan.value(PLANNER_BY_KEY.table, row, k) for k in keys)
                    old = plan.value(PLANNER_BY_KEY.table, row, column)
                    rows.append((*key, column, old, new))
        elif isinstance(step, InsertRows) and step.table == PLANNER_BY_KEY.table:
            for record in step.records:
                key = tuple(record.get(k) for k in keys)
                marks = [
                    (*key, column, None, new)
                    for column, new in record.items()
                    if column not in keys and new is not None and not is_blank(new)
                ]
                rows += marks or [(*key, tr("(a row added, no marks)"), None, None)]
    return Landing(
        (tr("Stage"), tr("Goal"), tr("Tactic"), tr("KPI"), tr("In the plan now"), tr("Imported")),
        tuple(tuple(cell_text(v) for v in row) for row in rows[:LANDING_ROWS]),
    )
