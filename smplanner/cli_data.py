"""The command line's ``import`` of tracking values, costs and a home-made KPI planner.

CRM exports of deals and touches go on to :mod:`smplanner.cli_deals`; the exit codes are
the same (0 fine, 1 the data has problems and nothing was written, 2 the command failed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
SHOWN = 50


def add_arguments(parser: Any) -> None:
    """The options the ``import`` subcommand takes beyond the CRM ones."""
    parser.add_argument("--network", metavar="NAME", help="the network a table without one is for")
    parser.add_argument(
        "--map",
        metavar='"COLUMN=FIELD"',
        action="append",
        default=[],
        help="read COLUMN as FIELD: a KPI name, or date, network, metric, value, amount, "
        "category, note, hours (repeatable)",
    )
    keep = parser.add_mutually_exclusive_group()
    keep.add_argument("--replace", action="store_true", help="overwrite values already there")
    keep.add_argument("--keep", action="store_true", help="leave values already there (default)")
    parser.add_argument(
        "--skip-bad", action="store_true", help="import the good cells, leave the bad ones out"
    )
    parser.add_argument(
        "--read",
        metavar='"COLUMN=gains|level"',
        action="append",
        default=[],
        help="read a follower column as the day's new followers (gains) or the follower "
        "count (level), instead of guessing from its values (repeatable)",
    )
    parser.add_argument(
        "--extend-periods",
        action="store_true",
        help="make the plan's periods cover dates outside them (earlier dates move the "
        "first period back), in the same edit as the import",
    )
    parser.add_argument(
        "--plain-mark",
        choices=("primary", "secondary"),
        default="secondary",
        help="planner: what a mark that names no role (X, a tick, yes) means (default: secondary)",
    )


def crm_table(path: Path, sheet: str | None) -> str | None:
    """'deals' or 'touches' when the file's headers say it is a CRM export, else None."""
    from smplanner.domain.deal_tables import DEALS, TOUCHES
    from smplanner.io.crm_import import map_headers
    from smplanner.io.data_file import DataFileError, read_grid
    from smplanner.io.data_layout import planner_layout

    try:
        grid = read_grid(path, sheet)
    except DataFileError:
        return None
    titles = grid.titles
    if planner_layout(titles) is not None:  # a planner's Stage column is no deal stage
        return None
    touches = map_headers(titles, TOUCHES)
    if "deal" in touches and "date" in touches:
        return TOUCHES
    deals = map_headers(titles, DEALS)
    if "stage" in deals or ("deal_id" in deals and "value" in deals):
        return DEALS
    return None


def _fail(message: str) -> int:
    print(f"smplanner: {message}", file=sys.stderr)
    return EXIT_ERROR


def parse_map(pairs: list[str], option: str = "--map", field: str = "field") -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise ValueError(f"{option} '{pair}': expected \"Source column={field}\"")
        mapping[source.strip()] = target.strip()
    return mapping


def parse_readings(pairs: list[str]) -> dict[str, str]:
    readings = parse_map(pairs, "--read", "gains|level")
    for source, reading in readings.items():
        if reading.casefold() not in ("gains", "level"):
            raise ValueError(f"--read '{source}={reading}': expected gains or level")
    return {source: reading.casefold() for source, reading in readings.items()}


def run_import(options: argparse.Namespace) -> int:
    from smplanner.io.data_file import DataFileError, read_grid
    from smplanner.io.data_import import ImportRefused
    from smplanner.io.data_layout import COST_LIST, PLANNER, classify
    from smplanner.io.workbook import PlanFileError, load_plan, save_plan

    plan_path, data = Path(options.plan), Path(options.data)
    try:
        mapping = parse_map(options.map)
        readings = parse_readings(options.read)
        loaded = load_plan(plan_path)
    except ValueError as error:
        return _fail(str(error))
    except PlanFileError as error:
        return _fail(str(error))
    if loaded.errors:
        for problem in loaded.errors:
            print(f"error: {problem}", file=sys.stderr)
        return _fail(f"{plan_path.name} has problems; fix them before importing")
    try:
        grid = read_grid(data, options.sheet)
    except DataFileError as error:
        return _fail(str(error))
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    kinds = {COST_LIST: "costs", PLANNER: "planner"}
    into = options.into or kinds.get(layout.kind, "tracking")
    if not layout.kind and options.into is None:
        return _fail(f"{data.name}: not a table smplanner can import: {layout.reason}")
    plan = loaded.plan
    try:
        result = _run(plan, grid, layout, into, options, mapping, readings)
    except ImportRefused as error:
        return _fail(f"{data.name}: {error}")
    name = f"{data.name} ({grid.sheet})"
    if result.layout:
        print(f"{name}: {result.layout}: {result.reason}")
    if result.problems:
        for bad in result.problems[:SHOWN]:
            print(f"error: {data.name}: {bad}")
        if len(result.problems) > SHOWN:
            print(f"error: … and {len(result.problems) - SHOWN} more")
        print(
            f"{data.name}: {len(result.problems)} bad cells; nothing written "
            "(--skip-bad imports the rest)",
            file=sys.stderr,
        )
        return EXIT_INVALID
    _report(result)
    if options.dry_run:
        print("Dry run: the plan was not saved")
        return EXIT_OK
    if result.command is None:
        print("Nothing to change: the plan was not saved")
        return EXIT_OK
    plan.apply(result.command)
    save_plan(plan, plan_path)
    print(f"Saved {plan_path}")
    return EXIT_OK


def _run(
    plan: Any,
    grid: Any,
    layout: Any,
    into: str,
    options: argparse.Namespace,
    mapping: dict[str, str],
    readings: dict[str, str],
) -> Any:
    """The import ``into`` asks for, with the options given."""
    from smplanner.domain.tables import PRIMARY, SECONDARY
    from smplanner.io.data_costs import import_costs
    from smplanner.io.data_import import import_tracking
    from smplanner.io.data_planner import import_planner

    common = {"mapping": mapping, "replace_values": options.replace, "skip_bad": options.skip_bad}
    if into == "planner":
        plain = PRIMARY if options.plain_mark == "primary" else SECONDARY
        return import_planner(plan, grid, layout, plain=plain, **common)
    if into == "costs":
        return import_costs(plan, grid, extend_periods=options.extend_periods, **common)
    return import_tracking(
        plan,
        grid,
        layout,
        network=options.network,
        readings=readings,
        extend_periods=options.extend_periods,
        **common,
    )


NOUNS = {"tracking": "tracking values", "costs": "cost lines", "planner": "planner marks"}


def _report(result: Any) -> None:
    print(
        f"{NOUNS[result.into].capitalize()}: {result.new} new, {result.changed} changed, "
        f"{result.kept} left alone (different in the plan; --replace overwrites them), "
        f"{result.same} already the same"
    )
    if result.added_rows:
        print(f"Planner rows added: {result.added_rows}")
    for column, reading in result.readings.items():
        how = "the follower count (level)" if reading == "level" else "new followers (gains)"
        why = result.reading_reasons.get(column, "")
        print(f"Read '{column}' as {how}: {why}")
    for column, why in result.not_imported.items():
        print(f"Not imported, '{column}': {why}")
    for kind, names in result.unmatched.items():
        print(f"Not imported, no such {kind} in the plan: " + ", ".join(names))
    before, after = result.extended
    if before or after:
        print(f"Periods extended: {before} added before the first, {after} after the last")
    if result.outside:
        print(
            f"Not imported, outside the plan's periods: {result.outside} values "
            f"({', '.join(result.outside_names)}; --extend-periods covers them)"
        )
    if result.skipped:
        print(f"Left out: {result.skipped} bad cells")
