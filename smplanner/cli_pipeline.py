"""The command line's ``pipeline``: the weighted pipeline, best case, commit and forecast.

Exit codes as in :mod:`smplanner.cli`: 0 fine, 1 the plan has problems, 2 the command failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def add_command(commands: Any) -> None:
    """The subcommand, on the main parser's ``add_subparsers()``."""
    pipeline = commands.add_parser(
        "pipeline",
        help="the weighted pipeline, best case, commit, social's part and the forecast",
        description="Print the open deals of PLAN.xlsx weighted by their stage's probability "
        "(Pipeline stages), the best case (all open values), the commit (stages of 75 %% or "
        "more), the part sourced and influenced by social networks, per stage, per lead pool "
        "and per period of the expected close date; open deals past their close date are "
        "flagged as overdue.",
    )
    pipeline.add_argument("plan", metavar="PLAN.xlsx")
    pipeline.add_argument("--json", action="store_true", help="machine-readable output")


def run(options: argparse.Namespace) -> int:
    from smplanner.domain.pipeline_outlook import figures, lines
    from smplanner.io.workbook import PlanFileError, load_plan

    try:
        result = load_plan(Path(options.plan))
    except PlanFileError as error:
        print(f"smplanner: {error}", file=sys.stderr)
        return EXIT_ERROR
    found = figures(result.plan)
    if options.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        print("\n".join(lines(found)))
    for problem in result.errors:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_INVALID if result.errors or found["problems"] else EXIT_OK
