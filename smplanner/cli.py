"""The command line: the app itself, and plan workbooks for scripts and tests.

Only the GUI imports Qt, so ``new``, ``validate`` and ``summary`` work on a machine
without a display and start quickly. Exit codes: 0 fine, 1 the plan has problems (or
lacks focus, for ``summary`` of a plan with errors), 2 the command could not be carried
out (no such file, not a plan workbook, bad arguments, a failed save).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from smplanner import __version__, cli_deals, cli_merge, cli_pipeline

COMMANDS = ("new", "validate", "summary", "export", "merge", "import", "attribution", "pipeline")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
QT_VALUE_OPTIONS = frozenset(
    {"-platform", "-style", "-stylesheet", "-session", "-display", "-geometry", "-qwindowtitle"}
)
"""Qt's own options that take a value, passed through to the app untouched."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smplanner",
        description="Plan B2B social media work and prove its return. Without a command, "
        "or with just PLAN.xlsx, opens the app (on that plan, or on the example plan).",
        epilog="Exit codes: 0 fine, 1 the plan has problems, 2 the command failed.",
    )
    parser.add_argument("--version", action="version", version=f"smplanner {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a display: start, load the example plan, "
        "save and read it back, export a PDF page; exit 0 when all works",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    new = commands.add_parser(
        "new",
        help="write the example plan (or a blank one) to a workbook",
        description="Write the bundled example plan, or with --blank the default "
        "catalogues without planner rows, to OUT.xlsx.",
    )
    new.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    new.add_argument("--blank", action="store_true", help="the default catalogues, no rows")
    new.add_argument("--force", action="store_true", help="replace OUT.xlsx if it exists")
    validate = commands.add_parser(
        "validate",
        help="check a plan workbook: exit 0 if valid, else 1 and one line per problem",
        description="Check PLAN.xlsx. Prints one line per problem (sheet, cell, what is "
        "wrong, what is expected); exits 0 when the plan is valid (warnings allowed), 1 "
        "when it has errors, 2 when the file cannot be read as a plan at all.",
    )
    validate.add_argument("plan", metavar="PLAN.xlsx")
    summary = commands.add_parser(
        "summary",
        help="rows per stage, rows that lack focus, investment, return and ROI",
        description="Print the plan's headline figures: rows per stage, primary KPIs in "
        "use, the rows with no primary KPI or more than three, and each section's own "
        "figures: maturity levels and readiness, profile scores, connection-request "
        "decisions, investment, return and ROI overall and per network, the cost per SQO "
        "and the funnel's conversion rates.",
    )
    summary.add_argument("plan", metavar="PLAN.xlsx")
    summary.add_argument("--json", action="store_true", help="machine-readable output")
    export = commands.add_parser(
        "export",
        help="one-page charts of the plan's sections as a PDF (no display needed)",
        description="Write one page per section of PLAN.xlsx to OUT.pdf. Exits 1 (after "
        "writing) when the workbook has problems: the pages show its valid part.",
    )
    export.add_argument("plan", metavar="PLAN.xlsx")
    export.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF to write")
    export.add_argument(
        "--section",
        default="all",
        help="which page: " + ", ".join(_page_names()) + " or all (the default)",
    )
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="paper size (default: the locale's, A4 or Letter)",
    )
    cli_merge.add_parser(commands)
    cli_deals.add_commands(commands)
    cli_pipeline.add_command(commands)
    return parser


def _page_names() -> list[str]:
    """The --section names, as in smplanner.report.sections.PAGES (a test keeps them in
    step), written out so that ``--help`` and the other commands never load Qt."""
    return [
        "kpi",
        "maturity",
        "profiles",
        "requests",
        "measuring",
        "attribution",
        "pipeline",
        "roi",
        "alignment",
    ]


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smplanner",
        description="Open the planner app. Commands: "
        + ", ".join(COMMANDS)
        + " (see smplanner COMMAND --help).",
    )
    parser.add_argument("plan", metavar="PLAN.xlsx", nargs="?", help="the plan to open")
    return parser


def _wants_gui(args: Sequence[str]) -> bool:
    """No command: nothing, Qt's own options, or a workbook (which may not exist yet)."""
    words = [a for i, a in enumerate(args) if i == 0 or args[i - 1] not in QT_VALUE_OPTIONS]
    first = next((a for a in words if not a.startswith("-")), None)
    if first is None:
        return not any(a in ("-h", "--help", "--version") for a in args)
    if first in COMMANDS:
        return False
    return first.lower().endswith(WORKBOOK_SUFFIXES) or Path(first).exists()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (argparse exits itself on --help)."""
    args = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    if args == ["--self-test"]:
        return _self_test()
    if _wants_gui(args):
        return _gui(args)
    options = _parser().parse_args(args)
    if options.command is None:
        _parser().print_help()
        return EXIT_OK
    try:
        if options.command == "new":
            return _new(Path(options.out), options.blank, options.force)
        if options.command == "validate":
            return _validate(Path(options.plan))
        if options.command == "merge":
            return cli_merge.run(options)
        if options.command == "pipeline":
            return cli_pipeline.run(options)
        if options.command in ("import", "attribution"):
            return cli_deals.run(options)
        if options.command == "export":
            return _export(Path(options.plan), Path(options.pdf), options.section, options.paper)
        return _summary(Path(options.plan), options.json)
    except OSError as error:  # a failed save, an unreadable file: said, not a traceback
        return _fail(_said(error))


def gui_main() -> None:
    """Entry point of the windowed launcher (no console on Windows)."""
    raise SystemExit(_gui(sys.argv[1:]))


def _gui(args: Sequence[str]) -> int:
    if any(a in ("-h", "--help") for a in args):
        _gui_parser().print_help()
        return EXIT_OK
    plan, qt_args = _split_gui_args(args)
    try:
        from smplanner.gui.app import run
    except ImportError as error:
        return _fail(f"the app cannot start: {error}. Is PySide6 installed?")
    return run(plan, qt_args)


def _split_gui_args(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The plan to open, and the rest for Qt (``-platform offscreen`` and the like)."""
    plan: str | None = None
    qt_args: list[str] = []
    words = iter(args)
    for word in words:
        if word in QT_VALUE_OPTIONS:
            qt_args += [word, next(words, "")]
        elif word.startswith("-") or plan is not None:
            qt_args.append(word)
        else:
            plan = word
    return plan, qt_args


def _fail(message: str) -> int:
    print(f"smplanner: {message}", file=sys.stderr)
    return EXIT_ERROR


def _said(error: OSError) -> str:
    """An OSError in plain words: a save's own sentence, else the file and the reason."""
    from smplanner.io.atomic import SaveError
    from smplanner.io.oserrors import reason, short_name

    if isinstance(error, SaveError) or not error.filename:
        return str(error)
    return f"{short_name(error.filename)}: {reason(error, error.filename)}"


def _tolerant_output() -> None:
    """Names with any letters print even on a console that cannot show them all."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream in use may refuse
                reconfigure(errors="backslashreplace")


def _new(out: Path, blank: bool, force: bool) -> int:
    from smplanner.domain.catalogue import blank_plan, example_plan
    from smplanner.io.oserrors import name_too_long, short_name
    from smplanner.io.workbook import save_plan

    if out.suffix.lower() != ".xlsx":
        return _fail(f"{short_name(out)} should end in .xlsx")
    too_long = name_too_long(out)
    if too_long is not None:
        return _fail(f"Could not save {short_name(out)}: {too_long}")
    if out.exists() and not force:
        return _fail(f"{out} exists; add --force to replace it")
    plan = blank_plan() if blank else example_plan()
    save_plan(plan, out)
    what = "blank plan" if blank else "example plan"
    print(f"Wrote the {what} '{plan.name}' to {out}")
    return EXIT_OK


def _validate(path: Path) -> int:
    from smplanner.io.workbook import PlanFileError, load_plan

    try:
        problems = load_plan(path).problems
    except PlanFileError as error:
        for problem in error.problems:
            if problem.sheet or problem.cell:
                print(f"error: {problem}")
        return _fail(str(error))
    for problem in sorted(problems, key=lambda p: not p.is_error):
        label = "error" if problem.is_error else "warning"
        print(f"{label}: {problem}")
    errors = sum(1 for p in problems if p.is_error)
    if errors:
        noun = "error" if errors == 1 else "errors"
        print(f"{path.name}: {errors} {noun}; not a valid plan", file=sys.stderr)
        return EXIT_INVALID
    print(f"{path.name}: a valid plan")
    return EXIT_OK


def _summary(path: Path, as_json: bool) -> int:
    from smplanner.domain.kpi_planner import summary
    from smplanner.domain.summaries import section_figures
    from smplanner.io.workbook import PlanFileError, load_plan

    try:
        result = load_plan(path)
    except PlanFileError as error:
        return _fail(str(error))
    figures = summary(result.plan)
    figures.update(section_figures(result.plan))
    figures["problems"] = [str(p) for p in result.errors]
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(_summary_text(figures))
    return EXIT_INVALID if result.errors else EXIT_OK


def _summary_text(figures: dict[str, Any]) -> str:
    from smplanner.domain.summaries import section_lines

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
    lines += section_lines(figures)
    if figures["problems"]:
        lines += ["", "Problems in the workbook:"] + [f"  {p}" for p in figures["problems"]]
    return "\n".join(lines)


def _export(path: Path, out: Path, section: str, paper: str | None) -> int:
    from smplanner.io.workbook import PlanFileError, load_plan

    names = _page_names()
    if section != "all" and section not in names:
        return _fail(f"no section called '{section}'; choose one of {', '.join(names)} or all")
    if out.suffix.lower() != ".pdf":
        return _fail(f"{out.name} should end in .pdf")
    try:
        result = load_plan(path)
    except PlanFileError as error:
        return _fail(str(error))
    _headless_qt()
    from PySide6.QtGui import QGuiApplication

    from smplanner.report.export import write_pdf
    from smplanner.report.page import default_paper
    from smplanner.report.sections import BY_NAME, PAGES

    app = QGuiApplication.instance() or QGuiApplication(["smplanner"])
    from smplanner.gui import i18n

    i18n.install(app)  # the pages in the user's language and number format, as in the app
    pages = list(PAGES) if section == "all" else [BY_NAME[section]]
    write_pdf(result.plan, out, pages, paper or default_paper())
    count = len(pages)
    print(f"Wrote {count} page{'' if count == 1 else 's'} of '{result.plan.name}' to {out}")
    for problem in result.errors:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_INVALID if result.errors else EXIT_OK


def _headless_qt() -> None:
    """Paint without a screen: Qt's offscreen platform unless a display is there."""
    import os

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _self_test() -> int:
    """What a packaged app needs, end to end, without a screen (for bundles and CI)."""
    import tempfile
    import time

    started = time.perf_counter()
    _headless_qt()
    try:
        from smplanner.gui.app import create_application, create_main_window
        from smplanner.io.workbook import load_plan, save_plan
        from smplanner.report.export import write_pdf
        from smplanner.report.sections import PAGES

        app = create_application(["smplanner"])
        window = create_main_window()
        plan = window.plan
        sections = window.tabs.count()
        first_tab = window.tabs.tabText(0)
        from PySide6.QtCore import QLocale

        language = QLocale().name()
        with tempfile.TemporaryDirectory(prefix="smplanner-self-test-") as folder:
            workbook = Path(folder) / "example.xlsx"
            save_plan(plan, workbook)
            reread = load_plan(workbook)
            if reread.errors:
                return _fail(f"self-test: the example plan reads back with {reread.errors[0]}")
            pdf = Path(folder) / "page.pdf"
            write_pdf(plan, pdf, PAGES[:1], "a4")
            size = pdf.stat().st_size
            if not pdf.read_bytes().startswith(b"%PDF") or size < 1000:
                return _fail("self-test: the exported PDF is empty")
        window.window.close()
        app.processEvents()
    except Exception as error:  # the point is to report any failure as a status
        return _fail(f"self-test failed: {type(error).__name__}: {error}")
    elapsed = time.perf_counter() - started
    print(
        f"smplanner {__version__} self-test passed in {elapsed:.2f} s: {sections} tabs "
        f"('{first_tab}', …, in {language}) on '{plan.name}', workbook saved and read back, "
        f"PDF page of {size:,} bytes"
    )
    return EXIT_OK
