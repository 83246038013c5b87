"""The ROI sheet: live formulas that LibreOffice works out to the app's own figures."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.measures import Dashboard, dashboard
from smplanner.domain.plan import Plan
from smplanner.io.roi_sheet import ROI_SHEET, equals
from smplanner.io.workbook import load_plan, save_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NO_LIBREOFFICE = (
    "LibreOffice is missing: install libreoffice-calc-nogui (make test does, as root) "
    "to recalculate the formulas"
)
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason=NO_LIBREOFFICE)


def recalculated(path: Path, tmp_path: Path) -> Path:
    """``path`` opened, recalculated and saved again by LibreOffice headless."""
    assert SOFFICE is not None
    out = tmp_path / "recalculated"
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        timeout=180,
    )
    saved = out / path.name
    assert done.returncode == 0 and saved.exists(), done.stderr
    return saved


def sheet_figures(path: Path) -> dict[str, tuple[Any, ...]]:
    """Label -> the values beside it on the ROI sheet, as the spreadsheet worked them out."""
    book = openpyxl.load_workbook(path, data_only=True)
    rows = book[ROI_SHEET].iter_rows(values_only=True)
    return {str(r[0]): tuple(r[1:4]) for r in rows if r and r[0] is not None}


def _expected(value: float | None) -> Any:
    return "n/a" if value is None else pytest.approx(value)


def assert_agrees(board: Dashboard, sheet: dict[str, tuple[Any, ...]]) -> None:
    overall = board.overall
    assert sheet["All networks"] == (
        pytest.approx(overall.investment),
        pytest.approx(overall.returned),
        _expected(overall.roi),
    )
    for name, figures in board.per_network.items():
        assert sheet[name] == (
            pytest.approx(figures.investment),
            pytest.approx(figures.returned),
            _expected(figures.roi),
        ), name
    assert sheet["Not tied to a network"][:2] == (
        pytest.approx(board.unattributed.investment),
        pytest.approx(board.unattributed.returned),
    )
    assert sheet["Organic"][0] == pytest.approx(board.organic)
    assert sheet["Paid"][0] == pytest.approx(board.paid)
    for label, spent, won, ratio in zip(
        board.labels,
        board.investment_per_period,
        board.return_per_period,
        board.roi_per_period,
        strict=True,
    ):
        assert sheet[label] == (pytest.approx(spent), pytest.approx(won), _expected(ratio))
    assert sheet["Customer lifetime value"][0] == _expected(board.clv)


def test_the_sheet_holds_formulas_not_numbers(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames.index(ROI_SHEET) == book.sheetnames.index("Touches") + 1
    sheet = book[ROI_SHEET]
    labels = {row[0].value: row for row in sheet.iter_rows() if row[0].value}
    investment, returned, ratio = (c.value for c in labels["All networks"][1:4])
    assert investment.startswith("=SUMIFS('Costs'!$E:$E, 'Costs'!$A:$A")
    assert "'Plan settings'" not in investment and "$B$4*SUMIFS('Costs'!$F:$F" in investment
    assert returned.startswith("=SUMIFS('Touches'!$R:$R, 'Touches'!$P:$P, \">=1\"")
    assert ratio == '=IF(B11=0,"n/a",(C11-B11)/B11)'
    assert labels["Hourly rate"][1].value == "=IF('Plan settings'!$E$2=\"\",0,'Plan settings'!$E$2)"


def test_a_name_is_matched_exactly() -> None:
    assert equals("LinkedIn") == '"=LinkedIn"'
    assert equals('Ask "me"? *now* ~') == '"=Ask ""me""~? ~*now~* ~~"'


def test_the_sheet_is_not_read_back(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    plan = example_plan()
    save_plan(plan, path)
    result = load_plan(path)
    assert result.problems == []
    assert result.plan.kept_sheets == []
    assert result.plan.snapshot() == plan.snapshot()


def _mixed_plan() -> Plan:
    """The example plus what makes formulas hard: out-of-range periods, roles, shared costs."""
    plan = example_plan()
    plan.apply(
        InsertRows(
            "costs",
            plan.row_count("costs"),
            (
                {"period": 9, "spend": "organic", "category": "tools", "amount": 999},
                {
                    "period": 2,
                    "network": "YouTube",
                    "spend": "paid",
                    "category": "staff time",
                    "amount": 10,
                    "hours": 3,
                },
                {"period": 3, "network": "X", "category": "tools", "hours": 7},
            ),
        )
    )
    day = dt.date
    plan.apply(
        InsertRows(
            "deals",
            plan.row_count("deals"),
            (
                {"deal_id": "Late", "value": 777, "stage": "Won", "close": day(2027, 8, 2)},
                {"deal_id": "Bare", "value": 300, "stage": "Won", "close": day(2027, 2, 2)},
                {"deal_id": "Undated", "value": 50, "stage": "Won"},
                {"deal_id": "Tie", "value": 900, "stage": "Won", "close": day(2027, 4, 30)},
            ),
        )
    )
    plan.apply(
        InsertRows(
            "touches",
            plan.row_count("touches"),
            (
                {"deal": "Late", "date": day(2027, 7, 1), "channel": "X"},
                {"deal": "D-1001", "date": day(2027, 5, 1), "channel": "X"},  # after close
                {"deal": "Undated", "date": day(2027, 1, 3), "channel": "LinkedIn"},
                {"deal": "Tie", "date": day(2027, 4, 2), "channel": "Email"},
                {"deal": "Tie", "date": day(2027, 4, 2), "channel": "LinkedIn"},
                {"deal": "Tie", "date": day(2027, 4, 9), "channel": "X"},
            ),
        )
    )
    return plan


@pytest.mark.slow
@needs_libreoffice
@pytest.mark.parametrize("model", ["position-based", "time decay", "data-driven (Markov)"])
def test_libreoffice_works_out_the_same_figures(tmp_path: Path, model: str) -> None:
    plan = _mixed_plan()
    plan.apply(SetCells("settings", ((0, "attribution_model", model),)))
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    board = dashboard(plan)
    # + 10 and 3 h x 50 of YouTube staff time; hours on a tools line cost nothing
    assert board.overall.investment == pytest.approx(20_160)
    assert_agrees(board, sheet_figures(recalculated(path, tmp_path)))


@pytest.mark.slow
@needs_libreoffice
def test_a_colleagues_change_in_the_workbook_is_followed(tmp_path: Path) -> None:
    """A cost and the hourly rate changed in a spreadsheet: formulas and the app agree."""
    path = tmp_path / "plan.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    costs = book["Costs"]
    costs.append([4, "X", "paid", "ad spend", 5_000, None, "Added by a colleague"])
    book["Plan settings"]["E2"] = 60
    book.save(path)
    again = recalculated(path, tmp_path)
    result = load_plan(again)
    assert result.problems == []
    board = dashboard(result.plan)
    assert board.overall.investment == 20_000 + 5_000 + 0.2 * (6 * 28 * 50)
    assert_agrees(board, sheet_figures(again))


@pytest.mark.slow
@needs_libreoffice
def test_the_attribution_sheet_works_out_the_apps_credits(tmp_path: Path) -> None:
    from smplanner.domain.attribution import NO_TOUCH, all_credits
    from smplanner.domain.attribution_summary import journeys_of
    from smplanner.domain.deal_tables import MODELS

    plan = _mixed_plan()
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    written = openpyxl.load_workbook(path)["Attribution"]
    assert str(written["C5"].value).startswith("=SUMIFS('Touches'!$J:$J,'Touches'!$C:$C,")
    assert isinstance(written["H5"].value, float)  # the Markov model: a value
    book = openpyxl.load_workbook(recalculated(path, tmp_path), data_only=True)
    rows = {r[0]: r for r in book["Attribution"].iter_rows(min_row=5, values_only=True) if r[0]}
    journeys = journeys_of(plan)
    credits = all_credits(journeys)
    for i, channel in enumerate(journeys.channels):
        label = "No recorded touch" if channel == NO_TOUCH else channel
        for number, model in enumerate(MODELS):
            expected = credits[model].value[i]
            assert rows[label][2 + number] == pytest.approx(expected, abs=1e-6), (label, model)
    total = rows["Won deals"]
    assert total[2:8] == tuple(pytest.approx(journeys.won_value) for _ in MODELS)
    assert journeys.after_close == 1 and credits["first touch"].value[-1] == 300
