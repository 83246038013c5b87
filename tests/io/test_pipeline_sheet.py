"""The Pipeline sheet: live formulas that LibreOffice works out to the app's own figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.pipeline_summary import figures
from smplanner.domain.plan import Plan
from smplanner.io import deal_formulas
from smplanner.io.pipeline_sheet import UNKNOWN_STAGE
from smplanner.io.workbook import load_plan, save_plan
from tests.io.test_roi_sheet import needs_libreoffice, recalculated

SHEET = "Pipeline"
TODAY = dt.date.today()


def _mixed_plan() -> Plan:
    """The example plus what makes the formulas hard: open deals in and out of the periods,
    overdue ones, first-day ties among the touches."""
    plan = example_plan()
    day = dt.date
    plan.apply(
        InsertRows(
            "deals",
            plan.row_count("deals"),
            (
                {"deal_id": "P-1", "value": 10_000, "stage": "Qualified", "close": day(2027, 2, 3)},
                {
                    "deal_id": "P-2",
                    "value": 20_000,
                    "stage": "Committed",
                    "close": day(2027, 2, 28),
                },
                {"deal_id": "P-3", "value": 5_000, "stage": "Evaluated", "close": day(2027, 4, 1)},
                {"deal_id": "P-4", "value": 3_000, "stage": "Scoped"},
                {
                    "deal_id": "P-5",
                    "value": 8_000,
                    "stage": "Proposed",
                    "close": TODAY - dt.timedelta(9),
                },
                {
                    "deal_id": "P-6",
                    "value": 2_500,
                    "stage": "Lost",
                    "close": day(2027, 3, 9),
                },
                {"deal_id": "P*7", "value": 1_000, "stage": "Evaluated", "close": day(2027, 6, 30)},
            ),
        )
    )
    plan.apply(
        InsertRows(
            "touches",
            plan.row_count("touches"),
            (
                # P-1: email and LinkedIn on its first day, email first: influenced only
                {"deal": "P-1", "date": day(2027, 1, 4), "channel": "Email"},
                {"deal": "P-1", "date": day(2027, 1, 4), "channel": "LinkedIn"},
                # P-2: X first (a later row), then an undated LinkedIn touch: sourced
                {"deal": "P-2", "date": day(2027, 1, 9), "channel": "Email"},
                {"deal": "P-2", "date": day(2027, 1, 2), "channel": "X"},
                {"deal": "P-2", "channel": "LinkedIn"},
                # P-3: only an undated social touch: influenced, never sourced
                {"deal": "P-3", "channel": "LinkedIn"},
                # P-5 twice on social networks: counted once
                {"deal": "P-5", "date": day(2027, 1, 5), "channel": "X"},
                {"deal": "P-5", "date": day(2027, 1, 5), "channel": "LinkedIn"},
                {"deal": "P*7", "date": day(2027, 1, 5), "channel": "YouTube"},
                {"deal": "P-1", "date": day(2027, 1, 1), "channel": "Email"},  # now first
            ),
        )
    )
    return plan


def sheet_rows(path: Path) -> dict[str, tuple[Any, ...]]:
    """Label -> the values beside it on the Pipeline sheet, as the spreadsheet worked them out."""
    book = openpyxl.load_workbook(path, data_only=True)
    rows = book[SHEET].iter_rows(values_only=True)
    return {str(r[0]): tuple(r[1:]) for r in rows if r and r[0] is not None}


def _day(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else None


def assert_agrees(found: dict[str, Any], sheet: dict[str, tuple[Any, ...]]) -> None:
    """Every figure of the app's pipeline summary, found on the sheet."""
    near = pytest.approx
    assert sheet["Weighted pipeline"][:2] == (near(found["weighted"]), found["open_deals"])
    assert sheet["Best case (every open deal's value)"][:2] == (
        near(found["best_case"]),
        found["open_deals"],
    )
    assert sheet["Commit (open deals at 75 % or more)"][0] == near(found["commit"])
    assert sheet["Sourced by social (weighted)"][0] == near(found["sourced_by_social"])
    assert sheet["Influenced by social (weighted)"][0] == near(found["influenced_by_social"])
    overdue = found["overdue"]
    assert sheet["Overdue (open, past the close date)"][:2] == (
        near(overdue["value"]),
        overdue["deals"],
    )
    for stage in found["by_stage"]:
        row = sheet[stage["stage"]]
        assert row[:2] == (near(stage["probability"]), stage["outcome"]), stage["stage"]
        assert row[2:5] == (stage["deals"], near(stage["value"]), near(stage["weighted"]))
    assert sheet[UNKNOWN_STAGE][2] == found["unknown_stage"]
    for pool in found["by_pool"]:
        row = sheet[pool["pool"]]
        figures_of = (pool["deals"], near(pool["best_case"]), near(pool["weighted"]))
        assert row[1:4] == figures_of, pool["pool"]
        assert row[4] == near(pool["commit"])
        assert [_day(row[5]), _day(row[6])] == [
            dt.date.fromisoformat(d) for d in pool["expected_close"]
        ]
    assert sheet["In no pool"][1] == found["without_pool"]
    for period in found["forecast_by_period"]:
        row = sheet[period["period"]]
        assert row[:4] == (
            period["deals"],
            near(period["best_case"]),
            near(period["weighted"]),
            near(period["commit"]),
        ), period["period"]
    assert sheet["Outside the periods, or no close date"][0] == found["outside_periods"]


def test_the_sheet_holds_formulas_after_the_lead_pools(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    save_plan(_mixed_plan(), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames.index(SHEET) == book.sheetnames.index("Lead pools") + 1
    rows = {r[0].value: r for r in book[SHEET].iter_rows() if r[0].value}
    assert rows["Weighted pipeline"][1].value == "=SUMPRODUCT($E$14:$E$21,$I$14:$I$21)"
    assert rows["Sourced by social (weighted)"][1].value == "=SUM('Touches'!$T:$T)"
    assert (
        str(book[SHEET]["A14"].value)
        == '=IF(\'Pipeline stages\'!$A$2="","",\'Pipeline stages\'!$A$2&"")'
    )
    touches = book["Touches"]
    assert touches["S1"].value == "Deal's weighted value"
    assert str(touches["S2"].value).startswith("=IF(ISNUMBER(MATCH($A2,'Deals'!$A:$A,0)),")


def test_above_the_touch_limit_the_social_part_is_a_value_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _mixed_plan()
    monkeypatch.setattr(deal_formulas, "LIVE_LIMIT", 5)
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    book = openpyxl.load_workbook(path)
    rows = {r[0].value: r for r in book[SHEET].iter_rows() if r[0].value}
    found = figures(plan)
    assert rows["Sourced by social (weighted)"][1].value == found["sourced_by_social"]
    assert rows["Influenced by social (weighted)"][1].value == found["influenced_by_social"]
    assert "too many touches for live formulas" in str(book[SHEET]["A2"].value)
    assert str(rows["Weighted pipeline"][1].value).startswith("=SUMPRODUCT(")


def test_the_sheet_is_not_read_back_and_a_stage_name_stays_text(tmp_path: Path) -> None:
    plan = _mixed_plan()
    plan.apply(SetCells("pipeline_stages", ((0, "probability", 30),)))  # out of order
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    written = openpyxl.load_workbook(path)[SHEET]
    problems = [r[0].value for r in written.iter_rows() if r[0].value]
    assert problems[-1] == (
        "Pipeline stages, row 3: 'Scoped' at 25 % comes after 'Qualified' at 30 %;"
        " expected the open stages in order of rising probability"
    )
    result = load_plan(path)
    assert result.plan.kept_sheets == []
    assert not [p for p in result.problems if p.sheet == SHEET]
    assert result.plan.snapshot() == plan.snapshot()


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_works_out_the_apps_pipeline(tmp_path: Path) -> None:
    plan = _mixed_plan()
    # a stage the catalogue lacks (as an earlier plan's could): open at 0 %
    unknown = {"deal_id": "P-8", "value": 2_000.0, "stage": "Negotiation"}
    plan.apply(InsertRows("deals", plan.row_count("deals"), (unknown,), coerced=True))
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    found = figures(plan, TODAY)
    assert found["unknown_stage"] == 1
    # the example's D-1008 (30,000) and P-2 (X first), P-5 (X first of a tie), P*7 (YouTube)
    assert found["sourced_by_social"] == pytest.approx(30_000 + 18_000 + 6_000 + 500)
    # influenced: those and P-1 (LinkedIn, after the first e-mail), P-3 (undated LinkedIn)
    assert found["influenced_by_social"] == pytest.approx(
        30_000 + 1_000 + 18_000 + 2_500 + 6_000 + 500
    )
    assert found["overdue"]["deals"] == 1
    assert_agrees(found, sheet_rows(recalculated(path, tmp_path)))


@pytest.mark.slow
@needs_libreoffice
def test_a_colleagues_changes_in_the_workbook_are_followed(tmp_path: Path) -> None:
    """A deal moved on, a probability changed, a pool's stages typed with semicolons."""
    path = tmp_path / "plan.xlsx"
    save_plan(_mixed_plan(), path)
    book = openpyxl.load_workbook(path)
    deals = book["Deals"]
    moved = next(r for r in deals.iter_rows(min_row=2) if r[0].value == "P-1")
    moved[4].value = "Proposed"
    book["Pipeline stages"]["B4"] = 60  # Evaluated
    book["Lead pools"]["B2"] = "Qualified;Committed"
    book.save(path)
    again = recalculated(path, tmp_path)
    result = load_plan(again)
    assert [p for p in result.problems if p.severity == "error"] == []
    found = figures(result.plan, TODAY)
    slow = next(p for p in found["by_pool"] if p["pool"] == "Slow")
    assert slow["stages"] == ["Qualified", "Committed"] and slow["deals"] == 1
    assert_agrees(found, sheet_rows(again))


def test_a_users_own_pipeline_sheet_is_kept_under_a_name_of_its_own(tmp_path: Path) -> None:
    """A plan saved before smplanner wrote a Pipeline sheet may have one of the user's."""
    path = tmp_path / "plan.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    del book[SHEET]
    mine = book.create_sheet(SHEET)
    mine.append(["Deal", "Next step"])
    mine.append(["D-1008", "Call on Monday"])
    book.save(path)
    result = load_plan(path)
    [kept] = result.plan.kept_sheets
    assert kept.title == "Pipeline (own)" and kept.rows[1] == ["D-1008", "Call on Monday"]
    [note] = [p for p in result.problems if p.sheet == SHEET]
    assert "kept as the sheet 'Pipeline (own)'" in note.message
    save_plan(result.plan, path)
    again = openpyxl.load_workbook(path)
    assert str(again[SHEET]["A1"].value).startswith("Pipeline: the open deals")
    assert again["Pipeline (own)"]["B2"].value == "Call on Monday"
    assert [k.title for k in load_plan(path).plan.kept_sheets] == ["Pipeline (own)"]
