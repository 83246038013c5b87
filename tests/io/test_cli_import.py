"""``smplanner import`` of a KPI planner, follower readings and extended periods."""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner.cli import main
from smplanner.domain.periods import settings_of
from smplanner.io.workbook import load_plan

MQC = "Marketing qualified contacts (MQC)"


def _mark(path: Path, tactic: str, kpi: str) -> object:
    plan = load_plan(path).plan
    return next(r[kpi] for r in plan.records("planner") if r["tactic"] == tactic)


def _actual(path: Path, network: str, kpi: str, period: int) -> float | None:
    frame = load_plan(path).plan.frame("tracking")
    hit = frame[(frame.network == network) & (frame.kpi == kpi) & (frame.period == period)]
    return None if hit.empty else float(hit.actual.iloc[-1])


def test_a_home_made_planner_is_recognised_without_into(
    plan_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(samples / "kpi_planner.xlsx")
    assert main(["import", str(plan_path), data]) == 0
    out = capsys.readouterr().out
    assert "kpi_planner.xlsx (KPI plan): planner: 'Stage', 'Goal' and 'Tactic' name each" in out
    assert "Planner marks: 3 new, 0 changed, 7 left alone" in out
    assert "Planner rows added: 1" in out
    assert "Not imported, no such stage in the plan: Delight" in out
    assert "Not imported, no such KPI in the plan: Webinar attendees" in out
    assert _mark(plan_path, "Podcast", MQC) == "S"
    assert main(["import", str(plan_path), data, "--into", "planner", "--replace"]) == 0
    assert "Planner marks: 0 new, 7 changed, 0 left alone" in capsys.readouterr().out
    assert _mark(plan_path, "Webinar", MQC) == "S"


def test_plain_marks_as_primary(
    plan_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(samples / "kpi_planner.xlsx")
    assert main(["import", str(plan_path), data, "--replace", "--plain-mark", "primary"]) == 0
    assert _mark(plan_path, "Podcast", MQC) == "P"


def test_a_bad_mark_exits_1_and_writes_nothing(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "planner.csv"
    data.write_text("Stage,Goal,Tactic,MQL\nAwareness,Grow audience,Podcast,maybe\n")
    stamp = plan_path.read_bytes()
    assert main(["import", str(plan_path), str(data)]) == 1
    captured = capsys.readouterr()
    assert "row 2, column 'MQL': 'maybe' — expected a mark: P, S" in captured.out
    assert "1 bad cells; nothing written" in captured.err
    assert plan_path.read_bytes() == stamp


def test_read_says_how_a_follower_column_is_read(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "page.csv"
    rows = [f"2027-01-{n + 1:02d},{5 + n % 4}" for n in range(20)]
    data.write_text("Date,Total followers\n" + "\n".join(rows) + "\n")
    args = ["import", str(plan_path), str(data), "--network", "X", "--replace"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Read 'Total followers' as new followers (gains): its values are small" in out
    assert "Not imported, 'Total followers': X: the file starts in the plan's first" in out
    assert main([*args, "--read", "Total followers=level"]) == 0
    out = capsys.readouterr().out
    assert "Read 'Total followers' as the follower count (level): as you said" in out
    assert _actual(plan_path, "X", "Followers", 1) == 5 + 19 % 4
    assert main([*args, "--read", "Total followers=sometimes"]) == 2
    assert "expected gains or level" in capsys.readouterr().err


def test_extend_periods_covers_the_files_dates(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "daily.csv"
    data.write_text("Date,Impressions\n2026-12-31,4\n2027-01-01,6\n")
    args = ["import", str(plan_path), str(data), "--network", "X"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "outside the plan's periods: 1 values (2026-12-31; --extend-periods covers" in out
    assert main([*args, "--extend-periods"]) == 0
    assert "Periods extended: 1 added before the first, 0 after the last" in (
        capsys.readouterr().out
    )
    plan = load_plan(plan_path).plan
    assert (settings_of(plan).first_period, settings_of(plan).periods) == ("2026-12", 7)
    assert _actual(plan_path, "X", "Impressions", 1) == 4
    assert _actual(plan_path, "X", "Impressions", 2) == 6
    assert _actual(plan_path, "LinkedIn", "Followers", 2) == 1000
