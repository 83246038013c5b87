"""The KPI planner's rules: focus per row, suggested KPIs, headline figures.

A planner row (stage x goal x tactic) should be judged by one to three primary KPIs;
none means nobody knows what success is, more than three means the row has no focus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from smplanner.domain.commands import SetCells
from smplanner.domain.plan import Plan
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import tr

TABLE = "planner"
MAX_PRIMARIES = 3


def focus_problem(roles: Sequence[str]) -> str | None:
    """Why a row with these cell values lacks focus, or None when it is fine."""
    return _focus_for(sum(1 for r in roles if r == PRIMARY))


def _focus_for(primaries: int) -> str | None:
    if primaries == 0:
        return tr("No primary KPI: mark the one to three KPIs this row is judged by (P).")
    if primaries > MAX_PRIMARIES:
        return tr(
            "%n primary KPIs: a row judged by more than {maximum} "
            "has no focus; make the others secondary (S).",
            "",
            primaries,
        ).format(maximum=MAX_PRIMARIES)
    return None


def kpi_names(plan: Plan) -> list[str]:
    """The planner's KPI columns, in catalogue order."""
    fixed = len(plan.schema(TABLE).columns)
    return plan.column_names(TABLE)[fixed:]


def row_roles(plan: Plan, row: int) -> dict[str, str]:
    """The KPIs a row marks, with their role (P or S)."""
    roles = {}
    for name in kpi_names(plan):
        value = plan.value(TABLE, row, name)
        if value:
            roles[name] = str(value)
    return roles


def focus_problems(plan: Plan) -> list[str | None]:
    """The focus problem of every planner row (None where the row is fine)."""
    frame = plan.frame(TABLE)[kpi_names(plan)]
    counts = (frame == PRIMARY).sum(axis=1)
    return [_focus_for(int(n)) for n in counts]


def suggested_roles(
    kpis: Sequence[Mapping[str, Any]],
    goals: Sequence[Mapping[str, Any]],
    stage: str,
    goal: str,
) -> dict[str, str]:
    """The roles "Suggest KPIs" proposes for a row of ``stage`` and ``goal``.

    Secondary: every KPI whose usual stages include the row's stage. Primary: the goal's
    key KPIs that also serve the stage (at most three); when none of them serves the
    stage, the goal's best-fitting key KPI alone.
    """
    roles = {str(k["name"]): SECONDARY for k in kpis if stage and stage in k.get("stages", ())}
    known = {str(k["name"]) for k in kpis}
    key_kpis: list[str] = []
    for entry in goals:
        if entry["name"] == goal:
            key_kpis = [k for k in entry.get("key_kpis", ()) if k in known]
    fitting = [k for k in key_kpis if roles.get(k) == SECONDARY][:MAX_PRIMARIES]
    primaries = fitting or key_kpis[:1]
    roles.update(dict.fromkeys(primaries, PRIMARY))
    return roles


def suggest(plan: Plan, row: int) -> SetCells:
    """The edit that replaces a row's KPI marks by the suggested ones."""
    stage = str(plan.value(TABLE, row, "stage"))
    goal = str(plan.value(TABLE, row, "goal"))
    roles = suggested_roles(plan.records("kpis"), plan.records("goals"), stage, goal)
    changes = []
    for name in kpi_names(plan):
        new = roles.get(name, "")
        if plan.value(TABLE, row, name) != new:
            changes.append((row, name, new))
    return SetCells(
        TABLE, tuple(changes), label=tr("Suggest KPIs for row {row}").format(row=row + 1)
    )


def summary(plan: Plan) -> dict[str, Any]:
    """Headline figures: rows per stage, marks per KPI, rows that lack focus."""
    rows = plan.records(TABLE)
    stages = plan.keys("stages")
    per_stage = {stage: 0 for stage in stages}
    for row in rows:
        stage = str(row["stage"])
        per_stage[stage] = per_stage.get(stage, 0) + 1
    names = kpi_names(plan)
    primaries = {name: sum(1 for r in rows if r[name] == PRIMARY) for name in names}
    secondaries = {name: sum(1 for r in rows if r[name] == SECONDARY) for name in names}
    lacking = []
    for number, (row, problem) in enumerate(zip(rows, focus_problems(plan), strict=True), 1):
        if problem is not None:
            lacking.append(
                {
                    "row": number,
                    "stage": row["stage"],
                    "goal": row["goal"],
                    "tactic": row["tactic"],
                    "problem": problem,
                }
            )
    return {
        "plan": plan.name,
        "rows": len(rows),
        "kpis": len(names),
        "rows_per_stage": per_stage,
        "primaries_per_kpi": primaries,
        "secondaries_per_kpi": secondaries,
        "rows_lacking_focus": lacking,
    }
