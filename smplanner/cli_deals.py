"""The command line's deal commands: ``import`` a CRM export, ``attribution`` side by side.

Kept apart from :mod:`smplanner.cli` so that each stays small; the exit codes are the same
(0 fine, 1 the data has problems and nothing was written, 2 the command failed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from smplanner import cli_data

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def add_commands(commands: Any) -> None:
    """The subcommands, on the main parser's ``add_subparsers()``."""
    imported = commands.add_parser(
        "import",
        help="read tracking values, costs, a KPI planner, or a CRM export of deals or touches "
        "into a plan",
        description="Read DATA into PLAN.xlsx and save it. Tracking values, costs and a "
        "home-made KPI planner: see docs/importing.md for the layouts recognised. CRM "
        "exports: headers are "
        "recognised whatever their case and spacing: deals by Deal ID, Deal Name, Amount, "
        "Deal Stage, Create Date, Close Date (or Opportunity, Value, Revenue, Stage, "
        "Created, Closed, Owner, Company); touches by Deal ID, Touch Date, Channel, "
        "Campaign (or Date, Source, Network, Medium). A channel naming a plan network is "
        "that network; any other is added to Other channels. Dates: 2026-12-31, "
        "31.12.2026, 12/31/2026 or 31/12/2026; slashed dates that fit both orders are read "
        "in the locale's order (month first in the US). Any bad cell is named by row and "
        "column and nothing is written (exit 1).",
    )
    imported.add_argument("plan", metavar="PLAN.xlsx")
    imported.add_argument(
        "data", metavar="DATA", help="the data (.xlsx, .xlsm, .xls, .ods, .csv or .tsv)"
    )
    imported.add_argument(
        "--into",
        choices=("tracking", "costs", "deals", "touches", "planner"),
        help="the table (default: from the headers and layout)",
    )
    imported.add_argument("--sheet", metavar="NAME", help="the sheet of a spreadsheet")
    imported.add_argument(
        "--dry-run", action="store_true", help="check and report, but do not save"
    )
    cli_data.add_arguments(imported)
    attribution = commands.add_parser(
        "attribution",
        help="each attribution model's credit per channel, and social media's roles",
        description="Print how every attribution model shares the won deals of PLAN.xlsx "
        "among channels (first touch, last touch, linear, position-based, time decay, "
        "data-driven Markov), which the plan uses for its return, and per period how many "
        "won deals social media originated, assisted, converted or touched.",
    )
    attribution.add_argument("plan", metavar="PLAN.xlsx")
    attribution.add_argument("--json", action="store_true", help="machine-readable output")


def run(options: argparse.Namespace) -> int:
    if options.command == "import":
        into = options.into
        if into is None:
            into = cli_data.crm_table(Path(options.data), options.sheet)
        if into not in ("deals", "touches"):
            return cli_data.run_import(options)
        return _import(
            Path(options.plan), Path(options.data), options.into, options.sheet, options.dry_run
        )
    return _attribution(Path(options.plan), options.json)


def _fail(message: str) -> int:
    print(f"smplanner: {message}", file=sys.stderr)
    return EXIT_ERROR


def _import(plan_path: Path, data: Path, into: str | None, sheet: str | None, dry: bool) -> int:
    from smplanner.io.crm_apply import import_table
    from smplanner.io.crm_import import ImportFileError, read_table
    from smplanner.io.workbook import PlanFileError, load_plan, save_plan

    try:
        loaded = load_plan(plan_path)
    except PlanFileError as error:
        return _fail(str(error))
    if loaded.errors:
        for bad in loaded.errors:
            print(f"error: {bad}", file=sys.stderr)
        return _fail(f"{plan_path.name} has problems; fix them before importing")
    try:
        frame = read_table(data, sheet)
    except (ImportFileError, PlanFileError) as error:
        return _fail(str(error))
    result = import_table(loaded.plan, frame, into)
    if result.problems:
        for cell in result.problems[:50]:
            print(f"error: {data.name}: {cell}")
        if len(result.problems) > 50:
            print(f"error: … and {len(result.problems) - 50} more")
        print(f"{data.name}: {len(result.problems)} bad cells; nothing written", file=sys.stderr)
        return EXIT_INVALID
    noun = "deals" if result.into == "deals" else "touches"
    print(
        f"{data.name}: {result.rows} rows of {noun}: {result.added} added, "
        f"{result.updated} updated, {result.unchanged} already in the plan"
    )
    if result.new_channels:
        print("New other channels: " + ", ".join(result.new_channels))
    if result.date_order:
        print(f"Dates like 01/02/2026 were read as {result.date_order}/year (the locale's order)")
    if dry:
        print("Dry run: the plan was not saved")
        return EXIT_OK
    assert result.plan is not None
    save_plan(result.plan, plan_path)
    print(f"Saved {plan_path}")
    return EXIT_OK


def _attribution(path: Path, as_json: bool) -> int:
    from smplanner.domain.attribution_summary import figures
    from smplanner.io.workbook import PlanFileError, load_plan

    try:
        result = load_plan(path)
    except PlanFileError as error:
        return _fail(str(error))
    found = figures(result.plan)
    if as_json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        print(_text(found))
    for problem in result.errors:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_INVALID if result.errors else EXIT_OK


def _text(found: dict[str, Any]) -> str:
    from smplanner.domain.deal_tables import MODEL_KEYS, MODELS
    from smplanner.domain.figures_text import money

    models = found["models"]
    channels = list(next(iter(models.values())).keys()) if models else []
    width = max([len(c) for c in channels] + [7])
    heads = ["first", "last", "linear", "position", "decay", "markov"]
    lines = [
        f"Won deals: {found['won_deals']} worth {money(found['won_value'], found['currency'])};"
        f" the plan's return uses {found['model_name']}",
        "",
        f"{'Channel':<{width}}  " + "  ".join(f"{h:>12}" for h in heads),
    ]
    for channel in channels:
        cells = [money(models[MODEL_KEYS[m]][channel]["value"]) for m in MODELS]
        lines.append(f"{channel:<{width}}  " + "  ".join(f"{c:>12}" for c in cells))
    social = [money(found["social_networks"][MODEL_KEYS[m]]) for m in MODELS]
    lines.append(f"{'Social':<{width}}  " + "  ".join(f"{c:>12}" for c in social))
    lines += ["", "Won deals where social media was (per period; growth on the previous):"]
    for role, per_network in found["roles"].items():
        overall = per_network.get("all networks", [])
        shown = ", ".join(
            f"{p['period']} {p['deals']}"
            + ("" if p["growth"] is None else f" ({p['growth'] * 100:+.0f} %)")
            for p in overall
        )
        lines.append(f"  {role.replace('_', ' ')}: {shown}")
    if found["touches_after_close"]:
        lines.append(
            f"{found['touches_after_close']} touches after their deal's close date are kept, "
            "not credited"
        )
    return "\n".join(lines)
