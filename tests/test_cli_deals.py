"""``smplanner import`` and ``smplanner attribution``: CRM exports in, models side by side out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from smplanner.cli import main
from smplanner.domain.periods import period_of_day, settings_of
from smplanner.io.crm_import import parse_amounts, parse_dates, parse_stages
from smplanner.io.workbook import load_plan

DEALS_CSV = (
    "Deal ID, Deal Name ,AMOUNT,Deal Stage,Create Date,Close Date,Owner,Company\n"
    'N-1,Pilot,"12,000",Closed Won,2027-01-02,15.03.2027,Ana,Acme\n'
    "N-2,Upsell,8000,Qualified,2027-01-05,2027-04-20,Ben,Globex\n"
    "N-3,Licence,5000.50,Closed Lost,2027-02-01,2027-05-02,Ben,Initech\n"
)
TOUCHES_CSV = (
    "Opportunity ID,Date,Source,Campaign\n"
    "n-1,2027-01-10,linkedin,Post\n"
    "N-1,2027-02-01,Webinar,Spring series\n"
    "N-1,2027-03-10,X,Thread\n"
    "N-1,2027-04-01,Email,After the close\n"
    "N-2,2027-02-02,Email,Nurture\n"
)


@pytest.fixture
def plan_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["new", str(path), "--blank"]) == 0
    capsys.readouterr()
    return path


def test_deals_then_touches_are_imported_and_counted(
    tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deals, touches = tmp_path / "deals.csv", tmp_path / "touches.csv"
    deals.write_text(DEALS_CSV, encoding="utf-8")
    touches.write_text(TOUCHES_CSV, encoding="utf-8")
    assert main(["import", str(plan_path), str(deals)]) == 0
    assert "3 rows of deals: 3 added" in capsys.readouterr().out
    assert main(["import", str(plan_path), str(touches)]) == 0
    out = capsys.readouterr().out
    assert "5 rows of touches: 5 added" in out and "New other channels: Webinar" in out
    plan = load_plan(plan_path).plan
    assert plan.records("deals")[0]["value"] == 12_000
    assert plan.records("deals")[0]["close"] == dt.date(2027, 3, 15)
    assert [d["stage"] for d in plan.records("deals")] == ["Won", "Qualified", "Lost"]
    assert plan.records("touches")[0]["deal"] == "N-1"
    assert plan.records("touches")[0]["channel"] == "LinkedIn"  # the plan's network
    assert "Webinar" in plan.keys("other_channels")
    # the same export again: nothing new
    assert main(["import", str(plan_path), str(touches)]) == 0
    assert "0 added, 0 updated, 5 already in the plan" in capsys.readouterr().out
    assert main(["attribution", str(plan_path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["won_value"] == 12_000 and found["model"] == "position_based"
    assert found["touches_after_close"] == 1
    for model in found["models"].values():
        assert set(model) == {"LinkedIn", "Webinar", "X"}
        assert sum(c["value"] for c in model.values()) == pytest.approx(12_000)
    assert found["models"]["first_touch"]["LinkedIn"] == {"deals": 1.0, "value": 12_000.0}
    assert found["models"]["position_based"]["Webinar"]["value"] == pytest.approx(2_400)
    assert found["social_networks"]["position_based"] == pytest.approx(9_600)
    # the deal closed in March 2027; a blank plan's six months start with the current one
    period = period_of_day(settings_of(plan), dt.date(2027, 3, 15))
    inside = period is not None and 1 <= period <= settings_of(plan).periods
    assert found["won_deals_without_period"] == (0 if inside else 1)
    assert main(["summary", str(plan_path)]) == 0
    text = capsys.readouterr().out
    assert "model used for the return: position-based" in text
    assert ("Not counted: 1 won deals without a period" in text) is not inside


def test_bad_rows_are_named_and_nothing_is_written(
    tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan_path.read_bytes()
    bad = tmp_path / "deals.csv"
    bad.write_text(
        "Deal ID,Amount,Stage,Close Date\nA,-5,won,2027-01-01\nB,ten,maybe,2027-13-45\na,1,won,\n",
        encoding="utf-8",
    )
    assert main(["import", str(plan_path), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "row 2, column 'Amount': '-5' — expected a number of at least 0" in out
    assert "row 3, column 'Amount': 'ten' — expected a number" in out
    assert "row 3, column 'Stage': 'maybe' — expected a stage such as Qualified, Scoped" in out
    assert "row 3, column 'Close Date': '2027-13-45'" in out
    assert "row 4, column 'Deal ID': 'a' — expected each deal once (first in row 2)" in out
    assert plan_path.read_bytes() == before
    touches = tmp_path / "touches.csv"
    touches.write_text("Deal ID,Touch Date,Channel\nGhost,2027-01-01,X\n", encoding="utf-8")
    assert main(["import", str(plan_path), str(touches)]) == 1
    assert "the ID of a deal on the Deals sheet" in capsys.readouterr().out


def test_an_xlsx_export_and_its_sheet(
    tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "crm.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Other"
    sheet = book.create_sheet("Opportunities")
    sheet.append(["Opportunity", "Revenue", "Stage", "Closed"])
    sheet.append(["O-1", 900, "Closed Won", dt.datetime(2027, 2, 3)])
    book.save(export)
    assert main(["import", str(plan_path), str(export), "--sheet", "Opportunities"]) == 0
    plan = load_plan(plan_path).plan
    assert plan.records("deals")[0]["close"] == dt.date(2027, 2, 3)
    assert main(["import", str(plan_path), str(export), "--dry-run", "--into", "touches"]) == 1


def test_slashed_dates_follow_the_unambiguous_ones_then_the_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dates, order = parse_dates(pd.Series(["12/31/2026", "01/02/2026"]))
    assert list(dates) == [dt.date(2026, 12, 31), dt.date(2026, 1, 2)] and order == ""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    dates, order = parse_dates(pd.Series(["01/02/2026"]))
    assert list(dates) == [dt.date(2026, 1, 2)] and order == "month/day"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    dates, order = parse_dates(pd.Series(["01/02/2026", "31.12.2026", "2026-05-06T10:00"]))
    assert list(dates) == [dt.date(2026, 2, 1), dt.date(2026, 12, 31), dt.date(2026, 5, 6)]


def test_amounts_and_stages_as_crms_write_them() -> None:
    amounts = parse_amounts(pd.Series(["1,234.50", "1.234,50", "€ 1 200", "", 7, "x"]))
    assert list(amounts)[:3] == [1234.5, 1234.5, 1200.0]
    assert pd.isna(amounts[3]) and amounts[4] == 7 and amounts[5] is False
    stages = parse_stages(pd.Series(["Closed Won", "closedlost", "Negotiation", "", "Nope"]))
    assert list(stages) == ["Won", "Lost", "Qualified", "Qualified", False]
    scoped = parse_stages(pd.Series(["scoped", "Committed", "open"]))
    assert list(scoped) == ["Scoped", "Committed", "Qualified"]
