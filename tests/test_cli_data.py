"""``smplanner import`` of tracking values and costs: each sample file through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner.cli import main
from smplanner.io.workbook import load_plan


def _actual(path: Path, network: str, kpi: str, period: int) -> float | None:
    frame = load_plan(path).plan.frame("tracking")
    hit = frame[(frame.network == network) & (frame.kpi == kpi) & (frame.period == period)]
    return None if hit.empty else float(hit.actual.iloc[-1])


def test_a_daily_export_with_a_title_block(
    plan_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = samples / "daily_new_followers.xlsx"
    assert main(["import", str(plan_path), str(data), "--network", "LinkedIn"]) == 0
    out = capsys.readouterr().out
    assert "wide by date: 'Date' holds dates and each other column one metric" in out
    assert "Tracking values: 4 new, 0 changed, 0 left alone" in out
    assert "Read 'Organic followers' as new followers (gains): its values are small" in out
    assert (
        "Not imported, 'Sponsored followers': LinkedIn: the file starts in the plan's first "
        "period, so the count before it is not known; the catalogue has no KPI counting new "
        "followers"
    ) in out
    assert _actual(plan_path, "LinkedIn", "Impressions", 1) == 3565


def test_replace_overwrites_and_keep_leaves_alone(
    plan_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(samples / "daily_follower_count.csv")
    assert main(["import", str(plan_path), data, "--keep"]) == 0
    assert "0 new, 0 changed, 4 left alone" in capsys.readouterr().out
    assert _actual(plan_path, "LinkedIn", "Followers", 1) == 1000
    assert main(["import", str(plan_path), data, "--replace", "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert _actual(plan_path, "LinkedIn", "Followers", 1) == 1000
    assert main(["import", str(plan_path), data, "--replace"]) == 0
    assert "0 new, 4 changed, 0 left alone" in capsys.readouterr().out
    assert _actual(plan_path, "LinkedIn", "Followers", 1) == 1090


def test_a_monthly_sheet_with_networks_down_and_months_across(
    plan_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = samples / "monthly_tracking.xlsx"
    args = ["import", str(plan_path), str(data), "--into", "tracking", "--sheet", "Tracking 2027"]
    assert main([*args, "--replace"]) == 0
    out = capsys.readouterr().out
    assert "wide by period" in out and "no such network in the plan: Mastodon" in out
    assert _actual(plan_path, "LinkedIn", "Sales qualified opportunities (SQO)", 2) == 3


def test_a_cost_list_goes_to_costs_by_itself(
    plan_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load_plan(plan_path).plan.row_count("costs")
    assert main(["import", str(plan_path), str(samples / "costs.csv")]) == 0
    assert "Cost lines: 3 new" in capsys.readouterr().out
    plan = load_plan(plan_path).plan
    assert plan.row_count("costs") == before + 3
    assert plan.records("costs")[-1]["amount"] == 300.0


def test_bad_cells_exit_1_and_write_nothing(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "bad.csv"
    data.write_text("Date,Network,Clicks\n2027-01-01,X,lots\n2027-01-02,X,4\n")
    stamp = plan_path.read_bytes()
    assert main(["import", str(plan_path), str(data)]) == 1
    captured = capsys.readouterr()
    assert "row 2, column 'Clicks': 'lots' — expected a number" in captured.out
    assert "1 bad cells; nothing written" in captured.err
    assert plan_path.read_bytes() == stamp
    assert main(["import", str(plan_path), str(data), "--skip-bad"]) == 0
    assert "Left out: 1 bad cells" in capsys.readouterr().out
    assert _actual(plan_path, "X", "Link clicks", 1) == 4


def test_map_names_a_column(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "export.tsv"
    data.write_text("When\tSeen by\n2027-02-01\t10\n2027-02-02\t20\n")
    args = ["import", str(plan_path), str(data), "--network", "YouTube"]
    assert main([*args, "--map", "When=date", "--map", "Seen by=Video views"]) == 0
    assert _actual(plan_path, "YouTube", "Video views", 2) == 30
    assert main([*args, "--map", "nonsense"]) == 2
    assert 'expected "Source column=field"' in capsys.readouterr().err


def test_what_is_not_a_table_is_refused_without_a_traceback(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "notes.csv"
    data.write_text("Name,Colour\nAnn,blue\n")
    assert main(["import", str(plan_path), str(data)]) == 2
    assert "not a table smplanner can import: no column holds dates" in capsys.readouterr().err
    picture = tmp_path / "photo.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert main(["import", str(plan_path), str(picture)]) == 2
    assert "not an Excel workbook" in capsys.readouterr().err


def test_crm_exports_still_go_to_deals(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "deals.csv"
    data.write_text("Deal ID,Amount,Deal Stage,Close Date\nD-1,100,Closed Won,2027-02-01\n")
    assert main(["import", str(plan_path), str(data)]) == 0
    assert "rows of deals" in capsys.readouterr().out
