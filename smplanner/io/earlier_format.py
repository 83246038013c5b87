"""Taking in what an earlier smplanner wrote: its Returns lines and its return basis.

:mod:`smplanner.io.legacy` knows the old layout and how a line becomes a deal; this puts
the result into the tables being read and says what was done, once each, as warnings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from smplanner.domain.deal_tables import DEALS, OTHER_CHANNELS, TOUCHES
from smplanner.domain.periods import parse_first_period, settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.stored import records_of
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import tr
from smplanner.io import legacy
from smplanner.io.cells import Cells, cell_name, find_header_row, fold
from smplanner.io.problems import Problem

Tables = dict[str, list[dict[str, Any]] | pd.DataFrame]
"""Tables read so far: records, or stored columns (see :mod:`smplanner.domain.stored`)."""


def take_in_earlier_format(
    tables: Tables, sheets: Mapping[str, Cells], networks: list[str]
) -> tuple[bool, list[Problem]]:
    """Turn what an earlier smplanner wrote (return lines, the return basis) into
    today's tables, saying so once each; True when a Returns sheet was taken in (a
    sheet of that name without a Period column is the user's own, and kept), with the
    warnings and problems to show. ``tables`` (read so far) is changed in place;
    ``networks`` are the names of the networks read."""
    found: list[Problem] = []
    by_fold = {fold(name): name for name in sheets}
    settings = _records(tables, "settings")
    title = by_fold.get(fold(legacy.SETTINGS_SHEET))
    rows = sheets.get(title, []) if title else []
    header = find_header_row(SCHEMAS["settings"], rows) if rows else None
    if title and header is not None and header + 1 < len(rows):
        titles = {fold(v) for v in rows[header] if isinstance(v, str)}
        column = legacy.basis_column(rows[header])
        if column is not None and fold("Attribution model") not in titles:
            old = rows[header + 1][column] if column < len(rows[header + 1]) else None
            model = legacy.model_of_basis(old)
            if model is not None:
                if not settings:
                    settings.append({})
                settings[0]["attribution_model"] = model
                text = tr(
                    "'Returns counted: {basis}' is from an earlier smplanner; returns are"
                    " now credited by an attribution model, set to the nearest: {model}"
                )
                found.append(
                    Problem(
                        title,
                        cell_name(header + 1, column),
                        text.format(basis=old, model=model),
                        severity="warning",
                    )
                )
    sheet = by_fold.get(fold(legacy.RETURNS_SHEET))
    if not sheet or not legacy.has_header(sheets[sheet]):
        return False, found
    lines = legacy.read_lines(sheets[sheet])
    if not lines:
        return True, found
    if not settings:
        settings.append({})
    current = settings_of(Plan("", {"settings": settings}))
    note = ""
    if parse_first_period(current.period_unit, current.first_period) is None:
        first = legacy.default_first_period(current.period_unit, dt.date.today())
        settings[0]["first_period"] = first
        current = replace(current, first_period=first)
        note = " " + tr("The first period was empty; it is now {first}.").format(first=first)
    deals = _records(tables, DEALS)
    taken = {str(d["deal_id"]).casefold() for d in deals}
    moved = legacy.migrate(lines, current, networks, taken)
    deals.extend(moved.deals)
    _records(tables, TOUCHES).extend(moved.touches)
    others = _records(tables, OTHER_CHANNELS)
    if moved.no_network and legacy.NO_NETWORK.casefold() not in {
        str(o["name"]).casefold() for o in others
    }:
        others.append({"name": legacy.NO_NETWORK, "description": ""})
    text = tr(
        "return lines of an earlier smplanner: {lines} lines became {deals} won deals with"
        " one touch per line on the Deals and Touches sheets (lines naming a deal already"
        " listed in the same period count once, the deal's value being its largest line:"
        " {merged} of them); this sheet is not kept when smplanner saves."
    ).format(lines=moved.lines, deals=len(moved.deals), merged=moved.merged)
    if moved.no_network:
        text += " " + tr(
            "Lines without a network became touches of the channel '{channel}', which is"
            " not a social network: choose the network to count them in the return."
        ).format(channel=legacy.NO_NETWORK)
    for at in moved.skipped:
        cell = cell_name(at, 0) if at >= 0 else ""
        found.append(Problem(sheet, cell, tr("this return line has no period or amount")))
    found.append(Problem(sheet, "", text + note, severity="warning"))
    return True, found


def _records(tables: Tables, name: str) -> list[dict[str, Any]]:
    """The table as records to take lines into (made from its stored columns once)."""
    table = tables.get(name)
    if not isinstance(table, list):
        table = tables[name] = [] if table is None else records_of(table)
    return table
