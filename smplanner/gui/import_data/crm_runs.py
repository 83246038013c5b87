"""Deals and touches from a CRM export: the dialog's choices handed to the CRM import.

The CRM import (:mod:`smplanner.io.crm_apply`) checks every cell and returns the plan
with the export merged in; here that plan is compared with the open one, and the
difference becomes one command (cells set, rows added), so the import is one undo step.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pandas as pd

from smplanner.domain.commands import Command, Compound, InsertRows, SetCells
from smplanner.domain.deal_tables import DEALS, OTHER_CHANNELS, TOUCHES
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr
from smplanner.gui.import_data.core import (
    LANDING_ROWS,
    SKIP,
    Landing,
    Outcome,
    Request,
    field_choice,
    field_of,
)
from smplanner.io.crm_apply import import_table
from smplanner.io.crm_import import HEADERS, BadCell, ImportResult, map_headers
from smplanner.io.data_file import Grid
from smplanner.io.data_layout import Layout


def crm_auto(into: str) -> Callable[[Grid, Layout, Plan], tuple[str, ...]]:
    """What each column becomes by its header (Deal ID, Amount, Deal Stage, …)."""

    def auto(grid: Grid, layout: Layout, plan: Plan) -> tuple[str, ...]:
        del layout, plan
        titles = grid.titles
        found = map_headers(titles, into)
        choices = [SKIP] * len(titles)
        for name, header in found.items():
            choices[titles.index(header)] = field_choice(name)
        return tuple(choices)

    return auto


def _frame(request: Request, into: str) -> pd.DataFrame:
    """The export's chosen columns under the headers the CRM import knows them by."""
    grid = request.grid
    columns: dict[str, list[Any]] = {}
    for number, choice in enumerate(request.columns):
        name = field_of(choice)
        if name is not None and name in HEADERS[into] and HEADERS[into][name][0] not in columns:
            columns[HEADERS[into][name][0]] = [row[number] for row in grid.body]
    return pd.DataFrame(columns, dtype=object).fillna("")


def _empty(value: Any) -> bool:
    return value is None or is_blank(value) or (isinstance(value, float) and math.isnan(value))


def _differs(old: Any, new: Any) -> bool:
    if _empty(old) and _empty(new):
        return False
    return bool(old != new)


def deal_edit(
    plan: Plan,
    merged: Plan,
    ids: set[str],
    fields: list[str],
    replace_values: bool,
    outcome: Outcome,
) -> Command | None:
    """Cells set and deals added that turn ``plan``'s deals into ``merged``'s.

    ``ids`` (folded) are the deals the export holds: the others are not counted."""
    before, after = plan.frame(DEALS), merged.frame(DEALS)
    changes: list[tuple[int, str, Any]] = []
    landed: list[int] = []
    for row in range(len(before)):
        if str(before.at[row, "deal_id"]).casefold() not in ids:
            continue
        differing = [c for c in fields if _differs(before.at[row, c], after.at[row, c])]
        taken = [c for c in differing if replace_values or _empty(before.at[row, c])]
        if not differing:
            outcome.same += 1
        elif taken:
            outcome.changed += 1
            landed.append(row)
        else:
            outcome.kept += 1
        changes += [(row, c, None if _empty(after.at[row, c]) else after.at[row, c]) for c in taken]
    added = tuple(
        {c: after.at[row, c] for c in ["deal_id", *fields] if not _empty(after.at[row, c])}
        for row in range(len(before), len(after))
    )
    outcome.new = len(added)
    outcome.landing = _landing(
        merged, DEALS, landed + list(range(len(before), len(after))), DEAL_COLUMNS
    )
    steps: list[Command] = []
    if changes:
        steps.append(SetCells(DEALS, tuple(changes)))
    if added:
        steps.append(InsertRows(DEALS, len(before), added))
    return Compound(tuple(steps)) if steps else None


def touch_edit(plan: Plan, merged: Plan, outcome: Outcome) -> Command | None:
    """The touches (and other channels) ``merged`` has beyond ``plan``'s."""
    steps: list[Command] = []
    for table in (OTHER_CHANNELS, TOUCHES):
        before, after = plan.row_count(table), merged.frame(table)
        records = tuple(
            {str(c): v for c, v in after.iloc[row].items() if not _empty(v)}
            for row in range(before, len(after))
        )
        if records:
            steps.append(InsertRows(table, before, records))
    return Compound(tuple(steps)) if steps else None


def _rows_in_file(problems: list[BadCell], grid: Grid) -> list[BadCell]:
    """The CRM import counts rows from the header; the dialog names the file's rows."""
    numbers = grid.body_numbers
    return [
        BadCell(numbers[p.row - 2], p.column, p.value, p.expected)
        if 2 <= p.row < len(numbers) + 2
        else p
        for p in problems
    ]


DEAL_COLUMNS = ("deal_id", "name", "stage", "value", "close")
TOUCH_COLUMNS = ("deal", "date", "channel", "campaign")


def _landing(merged: Plan, table: str, rows: list[int], columns: tuple[str, ...]) -> Landing:
    """The rows of ``merged`` the import sets or adds, as text (the first of them)."""
    frame = merged.frame(table)
    titles = tuple(tr(merged.schema(table).column(c).title) for c in columns)
    shown = tuple(
        tuple("" if _empty(v) else str(v) for v in frame.iloc[row][list(columns)])
        for row in rows[:LANDING_ROWS]
    )
    return Landing(titles, shown)


def run_crm(into: str) -> Callable[[Request], Outcome]:
    """The runner for deals or touches."""

    def run(request: Request) -> Outcome:
        noun = tr("deals") if into == DEALS else tr("touches")
        outcome = Outcome(into, noun)
        frame = _frame(request, into)
        if frame.empty and not len(frame.columns):
            outcome.refused = tr("no column is set to be imported")
            return outcome
        result: ImportResult = import_table(request.plan, frame, into)
        if result.problems or result.plan is None:
            outcome.problems = _rows_in_file(result.problems, request.grid)
            return outcome
        merged = result.plan
        if into == DEALS:
            headers = map_headers(list(frame.columns), DEALS)
            fields = [c for c in headers if c != "deal_id"]
            ids = {str(v).strip().casefold() for v in frame[headers["deal_id"]]}
            outcome.command = deal_edit(
                request.plan, merged, ids, fields, request.replace_values, outcome
            )
        else:
            outcome.new, outcome.same = result.added, result.unchanged
            if result.new_channels:
                outcome.added = {tr("Other channels"): list(result.new_channels)}
            outcome.command = touch_edit(request.plan, merged, outcome)
            first = request.plan.row_count(TOUCHES)
            rows = list(range(first, merged.row_count(TOUCHES)))
            outcome.landing = _landing(merged, TOUCHES, rows, TOUCH_COLUMNS)
        return outcome

    return run
