"""The default tables and the example plan, loaded from ``resources/``.

Each file of :data:`~smplanner.domain.tables.DEFAULT_FILES` maps table names to rows; a
table no file mentions starts empty. The example plan's file overrides any of them.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from smplanner._paths import resource
from smplanner.domain.maturity_tables import LEVEL_CODES
from smplanner.domain.measuring_tables import SETTINGS
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Kind, coerce
from smplanner.domain.tables import DEFAULT_FILES, PRIMARY, SCHEMAS, SECONDARY

BLANK_NAME = "Untitled plan"


@cache
def _load(name: str) -> dict[str, Any]:
    with resource(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _from_json(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """A record as the plan stores it: JSON has no dates, so they are written as text."""
    row = dict(record)
    for column in SCHEMAS[table].columns:
        if column.kind is Kind.DATE and column.name in row:
            row[column.name] = coerce(column, row[column.name])
    return row


def default_tables() -> dict[str, list[dict[str, Any]]]:
    """The rows every new plan starts with, per table (fresh copies)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in DEFAULT_FILES:
        for table, rows in _load(name).items():
            if table in SCHEMAS:
                tables[table] = [_from_json(table, r) for r in rows]
    return tables


def blank_plan(currency: str = "") -> Plan:
    """The default tables and no planner rows; amounts in ``currency`` when given."""
    tables = default_tables()
    if currency:
        for row in tables.get(SETTINGS, []):
            row["currency"] = currency
    return Plan(BLANK_NAME, tables)


def example_plan() -> Plan:
    """A realistic B2B plan to learn from, built on the default tables."""
    data = _load("example_plan.json")
    rows = []
    for entry in data["planner"]:
        row = {k: entry.get(k, "") for k in ("stage", "goal", "tactic", "notes")}
        row.update(dict.fromkeys(entry.get("secondary", ()), SECONDARY))
        row.update(dict.fromkeys(entry.get("primary", ()), PRIMARY))
        rows.append(row)
    tables = default_tables()
    for table, records in data.items():
        if table in SCHEMAS and table != "planner":
            tables[table] = [_from_json(table, r) for r in records]
    confirmed = data.get("confirmed_evidence", {})
    for record in tables.get("maturity_evidence", []):
        # The example's team has confirmed its evidence up to a level per dimension.
        up_to = confirmed.get(record["dimension"], 0)
        record["confirmed"] = LEVEL_CODES.index(record["level"]) < up_to
    return Plan(str(data["name"]), {**tables, "planner": rows})
