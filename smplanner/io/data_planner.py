"""A home-made KPI planner read into the plan's planner grid: rows of stage, goal and
tactic, a column per KPI holding marks.

The API, for the command line and the import dialog alike:

- :func:`import_planner` ``(plan, grid, layout, *, mapping, replace_values, skip_bad,
  plain)`` returns a :class:`~smplanner.io.data_import.DataImportResult` with
  ``into == "planner"``: ``new`` / ``changed`` / ``kept`` / ``same`` count KPI cells (and
  notes), ``added_rows`` the planner rows the file adds, ``unmatched`` the stage, goal,
  tactic and KPI names that match no catalogue entry (``"stage"``, ``"goal"``,
  ``"tactic"``, ``"KPI"``), ``problems`` the bad cells by row and column, ``command`` the
  one undoable edit (None while a cell is bad, unless ``skip_bad``).
- :data:`MARKS` says how each mark reads; :func:`read_mark` reads one cell.

Marks: P / Primary / 1 are Primary, S / Secondary / 2 Secondary. A mark that says only
"this KPI" (X, a tick, "yes", TRUE) is read as ``plain``, Secondary unless the caller
says otherwise: the planner counts a Primary as what the row is judged by, one to three
of them, and a home-made sheet that ticks eight KPIs in a row has not said which of them
judge it. Empty, "-", "no" and 0 mean no mark. Anything else is a bad cell.

Stage, goal and tactic are matched to the catalogues blind to case and spaces; a blank
stage or goal continues the one above (merged cells leave them blank). A row the file
repeats is a bad cell. With ``replace_values`` a row's marks become the file's, an empty
cell clearing a mark; without it (keep) only empty cells of the plan are filled.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smplanner.domain.keyed import KeyedTable, keyed_edit, rows_by_key
from smplanner.domain.kpi_names import NameMatcher, kpi_matcher, squash
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import tr
from smplanner.io.crm_import import BadCell
from smplanner.io.data_file import Grid
from smplanner.io.data_layout import PLANNER, Layout, planner_roles
from smplanner.io.data_result import DataImportResult, ImportRefused

PLANNER_BY_KEY = KeyedTable("planner", ("stage", "goal", "tactic"))
PLAIN = "plain"
MARKS: Mapping[str, str] = {
    **dict.fromkeys(("p", "primary", "1", "primär", "primaer", "prim"), PRIMARY),
    **dict.fromkeys(("s", "secondary", "2", "sekundär", "sekundaer", "sec"), SECONDARY),
    **dict.fromkeys(("x", "✓", "✔", "✅", "☑", "☒", "yes", "y", "ja", "true", "*"), PLAIN),
    **dict.fromkeys(("-", "–", "—", "no", "n", "nein", "0", "false"), ""),
}
"""A mark as written (lower case, stripped) -> P, S, plain (as the caller says) or none."""
EXPECTED = "a mark: P, S, Primary, Secondary, X, ✓, yes, 1 or 2 (or empty)"
ROLES = ("stage", "goal", "tactic", "notes")
NOTE_TITLES = ("notes", "note", "comment", "comments", "notizen", "notiz", "bemerkung")


def read_mark(raw: Any, plain: str = SECONDARY) -> str | None:
    """P, S or "" (no mark) for a cell; None when it is no mark we know."""
    if raw is None or is_blank(raw):
        return ""
    if isinstance(raw, bool):
        return plain if raw else ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    found = MARKS.get(str(raw).strip().casefold())
    if found is None:
        return None
    return plain if found == PLAIN else found


def _roles(grid: Grid, layout: Layout, mapping: Mapping[str, str]) -> dict[str, int]:
    """Stage, goal, tactic (and notes) -> the file's column: by layout, title or mapping."""
    titles = grid.titles
    if layout.kind == PLANNER:
        pairs = (("stage", layout.stage), ("goal", layout.goal), ("tactic", layout.tactic))
        roles = {name: n for name, n in pairs if n is not None}
    else:
        roles = planner_roles(titles)
    squashed = [squash(t) for t in titles]
    for n, title in enumerate(squashed):
        if title in NOTE_TITLES and n not in roles.values() and "notes" not in roles:
            roles["notes"] = n
    for source, target in mapping.items():
        if target.casefold() in ROLES and squash(source) in squashed:
            roles[target.casefold()] = squashed.index(squash(source))
    missing = [name for name in ROLES[:3] if name not in roles]
    if missing:
        raise ImportRefused(
            tr(
                "{sheet}: not a KPI planner: no column for the {fields} "
                '(name it: --map "Column={first}")'
            ).format(sheet=grid.sheet, fields=" or ".join(missing), first=missing[0])
        )
    return roles


def import_planner(
    plan: Plan,
    grid: Grid,
    layout: Layout,
    *,
    mapping: Mapping[str, str] | None = None,
    replace_values: bool = False,
    skip_bad: bool = False,
    plain: str = SECONDARY,
) -> DataImportResult:
    """The planner edit for the file's rows and marks (none while a cell is bad)."""
    mapping = dict(mapping or {})
    titles = grid.titles
    roles = _roles(grid, layout, mapping)
    reason = layout.reason if layout.kind == PLANNER else "stage, goal and tactic name each row"
    result = DataImportResult("planner", PLANNER, reason)
    renamed = {squash(k): v for k, v in mapping.items() if v.casefold() not in ROLES}
    kpis = kpi_matcher(plan)
    columns: dict[int, str] = {}
    unmatched_kpis: list[str] = []
    body = grid.body
    for n, title in enumerate(titles):
        if n in roles.values():
            continue
        kpi = kpis.match(renamed.get(squash(title), title))
        if kpi is not None:
            columns[n] = kpi
        elif any(not is_blank(row[n]) for row in body if n < len(row)):
            unmatched_kpis.append(title)
    matchers = {name: NameMatcher(plan.keys(name + "s")) for name in ROLES[:3]}
    unmatched: dict[str, set[str]] = {name: set() for name in ROLES[:3]}
    bad: list[BadCell] = []
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    seen: dict[tuple[str, str, str], int] = {}
    above = {"stage": "", "goal": ""}
    for number, cells in zip(grid.body_numbers, body, strict=True):
        names = {
            name: "" if is_blank(cells[roles[name]]) else str(cells[roles[name]]).strip()
            for name in ROLES[:3]
        }
        for name in ("stage", "goal"):
            names[name] = names[name] or above[name]
            above[name] = names[name]
        marks: dict[str, str] = {}
        for n, kpi in columns.items():
            mark = read_mark(cells[n], plain)
            if mark is None:
                bad.append(BadCell(number, titles[n], str(cells[n]).strip(), EXPECTED))
            elif mark or kpi not in marks:
                marks[kpi] = mark
        if not names["tactic"]:
            if any(marks.values()):
                bad.append(BadCell(number, titles[roles["tactic"]], "", "a tactic"))
            continue
        matched = {name: matchers[name].match(names[name]) for name in ROLES[:3]}
        missing = [name for name in ROLES[:3] if matched[name] is None]
        for name in missing:
            unmatched[name].add(names[name] or tr("(empty)"))
        if missing:
            continue
        key = (str(matched["stage"]), str(matched["goal"]), str(matched["tactic"]))
        if key in seen:
            bad.append(
                BadCell(
                    number,
                    titles[roles["tactic"]],
                    " / ".join(key),
                    f"each stage, goal and tactic once (also on row {seen[key]})",
                )
            )
            continue
        seen[key] = number
        if "notes" in roles and not is_blank(cells[roles["notes"]]):
            marks["notes"] = str(cells[roles["notes"]]).strip()
        rows[key] = marks
    unmatched["KPI"] = set(unmatched_kpis)
    result.unmatched = {name: sorted(found) for name, found in unmatched.items() if found}
    result.cells = sum(1 for marks in rows.values() for mark in marks.values() if mark)
    bad.sort(key=lambda b: (b.row, b.column))
    if bad and not skip_bad:
        result.problems = bad
        return result
    result.skipped = len(bad)
    result.command = _edit(plan, rows, replace_values, result)
    return result


def _edit(
    plan: Plan,
    rows: Mapping[tuple[str, str, str], Mapping[str, str]],
    replace_values: bool,
    result: DataImportResult,
) -> Any:
    existing = rows_by_key(plan, PLANNER_BY_KEY)
    values: dict[tuple[str, ...], dict[str, Any]] = {}
    for key, marks in rows.items():
        at = existing.get(key)
        if at is None:
            result.added_rows += 1
        fields: dict[str, Any] = {}
        for column, mark in marks.items():
            old = "" if at is None else plan.value("planner", at, column)
            old = "" if old is None or is_blank(old) else str(old)
            if old == mark:
                result.same += 1 if mark else 0
            elif not old:
                result.new += 1
                fields[column] = mark
            elif replace_values:
                result.changed += 1
                fields[column] = mark or None
            else:
                result.kept += 1
        values[key] = fields
    label = tr("Import the KPI planner")
    return keyed_edit(plan, PLANNER_BY_KEY, values, label, add_blank=True).command
