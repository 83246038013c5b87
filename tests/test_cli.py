"""The command line, as scripts and tests use it."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import openpyxl
import pytest

from smplanner.cli import main
from smplanner.domain.catalogue import example_plan
from smplanner.domain.kpi_planner import summary
from smplanner.domain.summaries import section_figures


def test_new_validate_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out)]) == 0
    assert "example plan" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0
    assert "a valid plan" in capsys.readouterr().out
    expected = summary(example_plan())
    assert main(["summary", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(
        f"Plan: {expected['plan']}\n{expected['rows']} planner rows, {expected['kpis']} KPIs"
    )
    assert "Rows per stage:" in text
    assert f"Rows that lack focus: {len(expected['rows_lacking_focus'])}" in text
    assert "\nProfile scores (3 accounts):\n  Maria on LinkedIn " in text
    assert "Connection requests: 5 (1 accept, 2 reply first, 2 ignore; 1 by your decision)" in text
    assert main(["summary", str(out), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures == {**expected, **section_figures(example_plan()), "problems": []}
    assert figures["rows"] >= 12 and all(figures["rows_per_stage"].values())


def test_new_blank_and_refusing_to_overwrite(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "blank.xlsx"
    assert main(["new", str(out), "--blank"]) == 0
    assert main(["new", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["summary", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 0


def test_validate_lists_each_problem(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    main(["new", str(out)])
    book = openpyxl.load_workbook(out)
    book["KPI planner"]["F3"] = "maybe"
    book["Goals"]["A3"] = "Grow audience"
    book.save(out)
    capsys.readouterr()
    assert main(["validate", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "error: Sheet 'KPI planner', cell F3: " in lines[-1] or any(
        line.startswith("error: Sheet 'KPI planner', cell F3: ") for line in lines
    )
    assert any(line.startswith("error: Sheet 'Goals', cell A3: ") for line in lines)


@pytest.mark.parametrize("command", ["validate", "summary"])
def test_a_file_that_is_no_plan(tmp_path: Path, capsys, command: str) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello")
    assert main([command, str(bad)]) == 2
    out, err = capsys.readouterr()
    assert err == "smplanner: notes.xlsx is not an Excel workbook (.xlsx)\n"
    assert out == ""
    assert main([command, str(tmp_path / "missing.xlsx")]) == 2
    assert "missing.xlsx does not exist" in capsys.readouterr().err


def test_validate_names_the_cell_of_a_newer_format(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    main(["new", str(out)])
    book = openpyxl.load_workbook(out)
    book["About"]["B4"] = 2
    book.save(out)
    capsys.readouterr()
    assert main(["validate", str(out)]) == 2
    printed = capsys.readouterr()
    assert printed.out.startswith("error: Sheet 'About', cell B4: format version 2 is newer")
    assert "newer smplanner" in printed.err


def test_warnings_do_not_fail_validation(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    main(["new", str(out)])
    book = openpyxl.load_workbook(out)
    book.create_sheet("Budget").append(["Q1", 100])
    book.save(out)
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("warning: Sheet 'Budget': a sheet of your own")
    assert lines[-1] == "plan.xlsx: a valid plan"


def test_new_refuses_other_suffixes_and_reports_failed_saves(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["new", str(tmp_path / "plan.csv")]) == 2
    assert "should end in .xlsx" in capsys.readouterr().err
    assert main(["new", str(tmp_path / "gone" / "plan.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err == "smplanner: Could not save plan.xlsx: the folder does not exist (any more)\n"


def test_unknown_command_and_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        main(["validat", "plan.xlsx"])
    assert caught.value.code == 2
    assert "invalid choice: 'validat'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("smplanner 0.")


@pytest.mark.parametrize(
    ("argv", "path", "qt_args"),
    [
        ([], None, []),
        (["plan.xlsx"], "plan.xlsx", []),
        (["-platform", "offscreen", "My Plan.XLSX"], "My Plan.XLSX", ["-platform", "offscreen"]),
    ],
)
def test_no_command_opens_the_app(monkeypatch, argv, path, qt_args) -> None:  # type: ignore[no-untyped-def]
    calls = []
    fake = types.ModuleType("smplanner.gui.app")
    fake.run = lambda plan, qt=(): calls.append((plan, list(qt))) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "smplanner.gui.app", fake)
    assert main(argv) == 0
    assert calls == [(path, qt_args)]


@pytest.mark.parametrize("command", ["new", "validate", "summary"])
def test_every_command_has_help(command: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert "usage: smplanner " + command in capsys.readouterr().out


def test_the_commands_do_not_load_qt(tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    script = (
        "import sys; from smplanner.cli import main\n"
        f"codes = [main(['new', {str(out)!r}]), main(['validate', {str(out)!r}]),"
        f" main(['summary', '--json', {str(out)!r}])]\n"
        "assert codes == [0, 0, 0], codes\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_real_process_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    made = subprocess.run(
        [sys.executable, "-m", "smplanner", "new", str(out)], env=env, capture_output=True
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "smplanner", "validate", str(out)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0 and "a valid plan" in checked.stdout


def test_summary_reports_the_maturity_self_assessment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out)]) == 0
    capsys.readouterr()
    assert main(["summary", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Maturity self-assessment (raters: Marta Nowak, Jonas Weber)" in text
    assert "Overall: current II Repeatable, target III Defined, evidenced II Repeatable" in text
    assert "Readiness: Do a readiness project first." in text
    assert main(["summary", str(out), "--json"]) == 0
    maturity = json.loads(capsys.readouterr().out)["maturity"]
    assert maturity["overall"]["weakest"] == ["Data quality and lead-source tracking"]
    assert maturity["gaps"] == ["Technology and integration", "Sales and marketing alignment"]


def test_export_writes_one_page_per_section_without_a_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from smplanner.cli import _page_names
    from smplanner.report.sections import PAGES

    assert _page_names() == [p.name for p in PAGES]
    monkeypatch.delenv("DISPLAY", raising=False)
    plan = tmp_path / "plan.xlsx"
    assert main(["new", str(plan)]) == 0
    out = tmp_path / "charts.pdf"
    assert main(["export", str(plan), "--pdf", str(out), "--paper", "letter"]) == 0
    assert f"Wrote {len(PAGES)} pages" in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) == len(PAGES)
    assert round(float(reader.pages[0].mediabox.width)) == 792
    one = tmp_path / "maturity.pdf"
    assert main(["export", str(plan), "--pdf", str(one), "--section", "maturity"]) == 0
    text = " ".join(PdfReader(one).pages[0].extract_text().split())
    assert "CRM capability maturity" in text and len(PdfReader(one).pages) == 1


def test_export_refuses_unknown_sections_and_non_plans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.xlsx"
    assert main(["new", str(plan)]) == 0
    assert main(["export", str(plan), "--pdf", str(tmp_path / "x.pdf"), "--section", "roi2"]) == 2
    assert "no section called 'roi2'" in capsys.readouterr().err
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    assert main(["export", str(text), "--pdf", str(tmp_path / "y.pdf")]) == 2
    assert not (tmp_path / "y.pdf").exists()


def test_summary_reports_the_return_on_investment(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out)]) == 0
    capsys.readouterr()
    assert main(["summary", str(out)]) == 0
    text = capsys.readouterr().out
    assert "  Investment  20,000.00 EUR (organic 15,000.00, paid 5,000.00)\n" in text
    # D-1004 (20,000): LinkedIn first and fourth, Website, Event, Email last:
    # position-based 8,000 + 20 % / 3 to LinkedIn; the rest of the example likewise
    assert "  Return      38,733.33 EUR\n  ROI         94 %\n" in text
    assert "return credited by the position-based model" in text
    assert "per SQO 2,857.14" in text and "Customer lifetime value 24,600.00 EUR" in text
    assert "-> 210 MQC (11.7 %) -> 7 SQO (3.3 %)" in text
    assert main(["summary", str(out), "--json"]) == 0
    measuring = json.loads(capsys.readouterr().out)["measuring"]
    assert measuring["roi"] == pytest.approx(18_733.33 / 20_000, abs=1e-6)
    assert measuring["cost_per_sqo"] == pytest.approx(20_000 / 7)
    assert measuring["per_network"]["LinkedIn"]["return"] == pytest.approx(26_533.33, abs=0.01)
    assert set(measuring["per_network"]) == {
        "LinkedIn",
        "X",
        "Instagram",
        "YouTube",
        "Company blog",
    }
    assert measuring["funnel"]["sqo_per_mqc"] == pytest.approx(7 / 210)


def test_summary_of_the_costs_example_and_no_investment(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out), "--blank"]) == 0
    book = openpyxl.load_workbook(out)
    costs = book["Costs"]
    for line in (
        [1, None, "organic", "tools", 300],
        [1, None, "organic", "content", 1_200],
        [1, None, "organic", "staff time", None, 40],
        [1, None, "paid", "ad spend", 1_500],
    ):
        costs.append(line)
    book["Tracking"].append(["LinkedIn", "Sales qualified opportunities (SQO)", 1, None, 4])
    book.save(out)
    capsys.readouterr()
    assert main(["summary", str(out), "--json"]) == 0
    measuring = json.loads(capsys.readouterr().out)["measuring"]
    assert (measuring["investment"], measuring["organic"], measuring["paid"]) == (
        5_000,
        3_500,
        1_500,
    )
    assert measuring["cost_per_sqo"] == 1_250 and measuring["roi"] == -1
    for row in range(2, 6):
        costs.cell(row, 5).value = None
        costs.cell(row, 6).value = None
    book["Plan settings"]["C2"] = "2026-01"
    book["Deals"].append(["D1", "Deal", None, 5_000, "won", None, dt.date(2026, 1, 15)])
    book["Touches"].append(["D1", dt.date(2026, 1, 10), "LinkedIn"])
    book.save(out)
    assert main(["summary", str(out)]) == 0
    text = capsys.readouterr().out
    assert "  ROI         n/a\n" in text and "  Return      5,000.00 EUR\n" in text


def test_a_negative_cost_is_refused_naming_its_cell(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out), "--blank"]) == 0
    book = openpyxl.load_workbook(out)
    book["Costs"].append([1, None, "organic", "tools", -300])
    book.save(out)
    capsys.readouterr()
    assert main(["validate", str(out)]) == 1
    text = capsys.readouterr().out
    assert "Sheet 'Costs', cell E2: -300 is not allowed in column 'Amount'" in text
    assert "a number of at least 0" in text


# ------------------------------------------------------------------ saves the disk refuses
FULL_DISK = textwrap.dedent(
    """
    import errno, io, os, sys

    class FillsUp(io.BufferedWriter):
        def write(self, data):
            if self.tell() + len(data) > 4096:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    os.fdopen = lambda fd, mode: FillsUp(io.FileIO(fd, mode))
    from smplanner.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _file_size_limit() -> None:
    """In the child: files may not grow past 20 KB, and the kernel says EFBIG, not SIGXFSZ."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


def run_cli(*args: str, code: str = "", **options: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "smplanner"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=120, **options)  # type: ignore[call-overload]


def test_a_full_disk_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    run = run_cli("new", str(out), code=FULL_DISK)
    assert run.returncode == 2
    assert run.stderr == "smplanner: Could not save plan.xlsx: the disk is full\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits as POSIX has them")
def test_a_file_size_limit_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    run = run_cli("new", str(out), preexec_fn=_file_size_limit)
    assert run.returncode == 2
    assert run.stderr == (
        "smplanner: Could not save plan.xlsx: the file would be larger than this system allows\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a tmpfs mount")
def test_a_really_full_disk_is_one_line(tmp_path: Path) -> None:
    """A real 16 KB file system, where the root user may mount one; else skipped."""
    disk = tmp_path / "small disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        run = run_cli("new", str(disk / "plan.xlsx"))
        assert run.returncode == 2
        assert run.stderr == "smplanner: Could not save plan.xlsx: the disk is full\n"
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_file_name_too_long_is_said_plainly(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / ("x" * 300 + ".xlsx")
    for command in (["new", str(out)], ["validate", str(out)], ["summary", str(out)]):
        assert main(command) == 2
        lines = capsys.readouterr().err.splitlines()
        assert len(lines) == 1 and "(305 bytes; at most 255)" in lines[0], lines
        assert "Errno" not in lines[0] and str(tmp_path) not in lines[0]
    longest = tmp_path / ("y" * 250 + ".xlsx")  # 255 bytes: allowed, and saved
    assert main(["new", str(longest)]) == 0
    assert main(["validate", str(longest)]) == 0


def test_summary_reports_the_alignment_chart(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out)]) == 0  # the example: five crossings worked on
    capsys.readouterr()
    assert main(["summary", str(out), "--json"]) == 0
    part = json.loads(capsys.readouterr().out)["alignment"]
    assert (part["boxes"], part["agreed"], part["done"]) == (9, 2, 1)
    assert part["statuses"] == {"open": 5, "in progress": 1, "agreed": 2, "done": 1}
    # overdue depends on today: whatever boxes are due before it and not done
    due = {"Content x Velocity": "2026-11-27", "Content x Value": "2027-02-26",
           "Conversion x Velocity": "2027-01-29", "Community x Volume": "2027-03-31"}  # fmt: skip
    late = sorted(name for name, day in due.items() if day < part["today"])
    assert sorted(f"{b['lever']} x {b['goal']}" for b in part["overdue"]) == late
    assert main(["summary", str(out)]) == 0
    assert "Sales and marketing alignment: 2 of 9 agreed, 1 done" in capsys.readouterr().out
