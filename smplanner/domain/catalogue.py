"""The default catalogues and the example plan, loaded from ``resources/``."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from smplanner._paths import resource
from smplanner.domain.plan import Plan
from smplanner.domain.tables import CATALOGUES, PRIMARY, SECONDARY

BLANK_NAME = "Untitled plan"


@cache
def _load(name: str) -> dict[str, Any]:
    with resource(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def default_catalogues() -> dict[str, list[dict[str, Any]]]:
    """Stages, goals, tactics, networks and KPIs as records (fresh copies)."""
    data = _load("catalogue.json")
    return {name: [dict(r) for r in data[name]] for name in CATALOGUES}


def blank_plan() -> Plan:
    """The default catalogues and no planner rows."""
    return Plan(BLANK_NAME, default_catalogues())


def example_plan() -> Plan:
    """A realistic B2B plan to learn from, built on the default catalogues."""
    data = _load("example_plan.json")
    rows = []
    for entry in data["planner"]:
        row = {k: entry.get(k, "") for k in ("stage", "goal", "tactic", "notes")}
        row.update(dict.fromkeys(entry.get("secondary", ()), SECONDARY))
        row.update(dict.fromkeys(entry.get("primary", ()), PRIMARY))
        rows.append(row)
    return Plan(str(data["name"]), {**default_catalogues(), "planner": rows})
