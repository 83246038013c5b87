"""``smplanner merge``: bring a colleague's copy of a plan into mine, from a script.

The preview is printed first (one line per table, every catalogue difference and every
conflicting value); ``--dry-run`` stops there. Conflicts are resolved all one way with
``--take``; without it a merge with conflicts writes nothing. The plan is saved
atomically, and only when the whole merge went in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def add_parser(commands: Any) -> None:
    """Register ``merge`` with the command line's subcommands."""
    merge = commands.add_parser(
        "merge",
        help="bring the rows and values of a colleague's copy of a plan into PLAN.xlsx",
        description="Merge OTHER.xlsx into PLAN.xlsx: rows only OTHER has are added "
        "(catalogue entries with the rows that use them), empty cells OTHER fills are "
        "filled in, nothing is removed or emptied. Values both fill differently are "
        "conflicts: --take says whose to keep. Prints what will change first; exits 1 "
        "(writing nothing) when there are conflicts and no --take, or when either file "
        "has problems.",
    )
    merge.add_argument("plan", metavar="PLAN.xlsx", help="my plan, written with the result")
    merge.add_argument("other", metavar="OTHER.xlsx", help="the copy to merge in")
    merge.add_argument("--dry-run", action="store_true", help="print the preview, write nothing")
    merge.add_argument(
        "--take", choices=("mine", "theirs"), help="resolve every conflicting value this way"
    )
    merge.add_argument(
        "--same-as",
        action="append",
        default=[],
        metavar="TABLE:THEIRS=MINE",
        help="take their catalogue entry THEIRS as my MINE (a renamed KPI: "
        "kpis:'Follower count=Followers'); may be given more than once",
    )


def run(options: argparse.Namespace) -> int:
    """Carry out ``smplanner merge`` with the parsed ``options``."""
    from smplanner.domain import merge, merge_text
    from smplanner.domain.commands import CommandError
    from smplanner.io.workbook import PlanFileError, load_plan, save_plan

    path, other_path = Path(options.plan), Path(options.other)
    same: list[tuple[str, str, str]] = []
    for text in options.same_as:
        table, _, names = text.partition(":")
        theirs, _, mine = names.partition("=")
        if not (table and theirs and mine):
            return _fail(f"--same-as {text}: expected TABLE:THEIRS=MINE")
        same.append((table.strip(), theirs.strip(), mine.strip()))
    loaded = []
    for role, where in (("plan", path), ("other", other_path)):
        try:
            result = load_plan(where)
        except PlanFileError as error:
            return _fail(f"{error}; nothing merged")
        if result.errors:
            for problem in result.errors:
                print(f"error: {problem}", file=sys.stderr)
            what = "fix it first" if role == "plan" else "nothing merged"
            print(f"{where.name} has problems: {what}", file=sys.stderr)
            return EXIT_INVALID
        loaded.append(result.plan)
    mine, theirs = loaded
    try:
        found = merge.preview(mine, theirs, same)
    except merge.MergeError as error:
        return _fail(f"{error}; nothing merged")
    print(f"Merging {other_path.name} into {path.name}: {merge_text.summary_line(found)}")
    for line in merge_text.table_lines(found):
        print(f"  {line}")
    if found.catalogue:
        print("Catalogue differences:")
        for entry in found.catalogue:
            print(f"  {merge_text.catalogue_line(entry, path.name, other_path.name)}")
    conflicts = found.conflicts
    if conflicts:
        print("Conflicting values:")
        for conflict in conflicts:
            print(f"  {merge_text.conflict_line(conflict)}")
    if options.dry_run:
        print("Dry run: nothing written")
        return EXIT_OK
    if found.is_empty:
        return EXIT_OK
    if conflicts and options.take is None:
        count = len(conflicts)
        noun = "value" if count == 1 else "values"
        print(
            f"{count} conflicting {noun}: add --take mine or --take theirs; nothing written",
            file=sys.stderr,
        )
        return EXIT_INVALID
    try:
        merge.apply(mine, found, options.take or merge.MINE)
    except CommandError as error:
        return _fail(f"{error}; nothing merged")
    save_plan(mine, path)
    taken = f", conflicts taken as {options.take}" if conflicts else ""
    print(f"Merged {other_path.name} into {path}{taken}")
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"smplanner: {message}", file=sys.stderr)
    return EXIT_ERROR
