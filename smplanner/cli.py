"""The command line: the app itself, and plan workbooks for scripts and tests.

Only the GUI command imports Qt, so ``new``, ``validate`` and ``summary`` work on a
machine without a display and start quickly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

COMMANDS = ("new", "validate", "summary")
EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smplanner",
        description="Plan B2B social media work and prove its return. Without a command, "
        "opens the app (on PLAN.xlsx, or on the example plan).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    new = commands.add_parser("new", help="write the example plan (or a blank one) to a file")
    new.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    new.add_argument("--blank", action="store_true", help="the default catalogues, no rows")
    new.add_argument("--force", action="store_true", help="replace OUT.xlsx if it exists")
    validate = commands.add_parser(
        "validate",
        help="check a plan workbook: exit 0 if valid, else 1 and one line per problem",
    )
    validate.add_argument("plan", metavar="PLAN.xlsx")
    summary = commands.add_parser(
        "summary", help="rows per stage, primaries per KPI and rows that lack focus"
    )
    summary.add_argument("plan", metavar="PLAN.xlsx")
    summary.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smplanner",
        description="Open the planner app. Commands: "
        + ", ".join(COMMANDS)
        + " (see smplanner COMMAND --help).",
    )
    parser.add_argument("plan", metavar="PLAN.xlsx", nargs="?", help="the plan to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help")):
        gui_args, qt_args = _gui_parser().parse_known_args(args)
        from smplanner.gui.app import run

        return run(gui_args.plan, qt_args)
    if args[0] in ("-h", "--help"):
        _parser().print_help()
        return EXIT_OK
    options = _parser().parse_args(args)
    try:
        if options.command == "new":
            return _new(Path(options.out), options.blank, options.force)
        if options.command == "validate":
            return _validate(Path(options.plan))
        return _summary(Path(options.plan), options.json)
    except OSError as error:
        print(f"smplanner: {error}", file=sys.stderr)
        return EXIT_ERROR


def gui_main() -> None:
    """Entry point of the windowed launcher (no console on Windows)."""
    raise SystemExit(main())


def _new(out: Path, blank: bool, force: bool) -> int:
    from smplanner.domain.catalogue import blank_plan, example_plan
    from smplanner.io.workbook import save_plan

    if out.exists() and not force:
        print(f"smplanner: {out} exists; add --force to replace it", file=sys.stderr)
        return EXIT_ERROR
    if out.suffix.lower() != ".xlsx":
        print(f"smplanner: {out.name} should end in .xlsx", file=sys.stderr)
        return EXIT_ERROR
    plan = blank_plan() if blank else example_plan()
    save_plan(plan, out)
    what = "blank plan" if blank else "example plan"
    print(f"Wrote the {what} '{plan.name}' to {out}")
    return EXIT_OK


def _validate(path: Path) -> int:
    from smplanner.io.workbook import validate_workbook

    problems = validate_workbook(path)
    for problem in problems:
        label = "error" if problem.is_error else "warning"
        print(f"{label}: {problem}")
    errors = sum(1 for p in problems if p.is_error)
    if errors:
        print(f"{path.name}: {errors} error(s); not a valid plan", file=sys.stderr)
        return EXIT_INVALID
    print(f"{path.name}: a valid plan")
    return EXIT_OK


def _summary(path: Path, as_json: bool) -> int:
    from smplanner.domain.kpi_planner import summary
    from smplanner.io.workbook import PlanFileError, load_plan

    try:
        result = load_plan(path)
    except PlanFileError as error:
        print(f"smplanner: {error}", file=sys.stderr)
        return EXIT_ERROR
    figures = summary(result.plan)
    figures["problems"] = [str(p) for p in result.errors]
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(_summary_text(figures))
    return EXIT_INVALID if result.errors else EXIT_OK


def _summary_text(figures: dict[str, Any]) -> str:
    lines = [f"Plan: {figures['plan']}", f"{figures['rows']} planner rows, {figures['kpis']} KPIs"]
    lines += ["", "Rows per stage:"]
    width = max((len(s) for s in figures["rows_per_stage"]), default=0)
    lines += [f"  {s:<{width}}  {n:>4}" for s, n in figures["rows_per_stage"].items()]
    used = {k: n for k, n in figures["primaries_per_kpi"].items() if n}
    lines += ["", f"Primary KPIs ({len(used)} of {figures['kpis']} in use):"]
    width = max((len(k) for k in used), default=0)
    ranked = sorted(used.items(), key=lambda item: (-item[1], item[0]))
    lines += [f"  {k:<{width}}  {n:>4}" for k, n in ranked]
    lacking = figures["rows_lacking_focus"]
    lines += ["", f"Rows that lack focus: {len(lacking)}"]
    for row in lacking:
        what = " / ".join(str(row[k]) or "?" for k in ("stage", "goal", "tactic"))
        lines.append(f"  row {row['row']} ({what}): {row['problem']}")
    if figures["problems"]:
        lines += ["", "Problems in the workbook:"] + [f"  {p}" for p in figures["problems"]]
    return "\n".join(lines)
