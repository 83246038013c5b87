"""The ROI sheet: live formulas that LibreOffice works out to the app's own figures."""

from __future__ import annotations

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
    assert book.sheetnames.index(ROI_SHEET) == book.sheetnames.index("Returns") + 1
    sheet = book[ROI_SHEET]
    labels = {row[0].value: row for row in sheet.iter_rows() if row[0].value}
    investment, returned, ratio = (c.value for c in labels["All networks"][1:4])
    assert investment.startswith("=SUMIFS('Costs'!$E:$E, 'Costs'!$A:$A")
    assert "'Plan settings'" not in investment and "$B$4*SUMIFS('Costs'!$F:$F" in investment
    assert returned.startswith("=IF($B$6=\"sourced only\",SUMIFS('Returns'!$D:$D")
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
    plan.apply(
        InsertRows(
            "returns",
            plan.row_count("returns"),
            ({"period": 7, "network": "X", "amount": 777, "role": "originating source"},),
        )
    )
    plan.apply(SetCells("settings", ((0, "return_basis", "sourced + converted"),)))
    return plan


@pytest.mark.slow
@needs_libreoffice
@pytest.mark.parametrize("basis", ["all touches", "sourced + converted", "sourced only"])
def test_libreoffice_works_out_the_same_figures(tmp_path: Path, basis: str) -> None:
    plan = _mixed_plan()
    plan.apply(SetCells("settings", ((0, "return_basis", basis),)))
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    board = dashboard(plan)
    if basis == "all touches":
        # + 10 and 3 h x 50 of YouTube staff time; hours on a tools line cost nothing
        assert board.overall.roi == pytest.approx((45_000 - 20_160) / 20_160)
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
