"""The command line, as scripts and tests use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from smplanner.cli import main


def test_new_validate_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.xlsx"
    assert main(["new", str(out)]) == 0
    assert "example plan" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0
    assert "a valid plan" in capsys.readouterr().out
    assert main(["summary", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Rows per stage:" in text and "Rows that lack focus: 2" in text
    assert main(["summary", str(out), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["rows"] == 17
    assert figures["rows_per_stage"]["Decision"] == 4
    assert figures["primaries_per_kpi"]["Sales qualified opportunities (SQO)"] == 2
    assert [r["row"] for r in figures["rows_lacking_focus"]] == [8, 11]


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


def test_not_a_workbook(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello")
    assert main(["validate", str(bad)]) == 1
    assert "not an Excel workbook" in capsys.readouterr().out
    assert main(["summary", str(bad)]) == 2
    assert "not an Excel workbook" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["new", "validate", "summary"])
def test_every_command_has_help(command: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert "usage: smplanner " + command in capsys.readouterr().out


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
