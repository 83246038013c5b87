"""A workbook of an earlier smplanner, with return lines and a return basis, still opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.measures import dashboard
from smplanner.io.workbook import load_plan, save_plan

OLD_LINES = [
    ("Period", "Network", "Deal or source", "Amount", "Social role"),
    (3, "LinkedIn", "Northwind: analytics pilot", 12000, "originating source"),
    (4, "LinkedIn", "Contoso: upsell to the team plan", 8000, "assist"),
    (5, "X", "Fabrikam: onboarding package", 5000, "conversion point"),
    (6, "LinkedIn", "Tailspin: yearly licence", 20000, "originating source"),
    (6, "x", "tailspin: yearly licence", 20000, "assist"),
    (2, None, "Word of mouth", 700, None),
]


def earlier_workbook(path: Path, basis: str = "all touches") -> None:
    """The example plan as an earlier smplanner wrote it: Returns lines, no deals."""
    plan = example_plan()
    save_plan(plan, path)
    book = openpyxl.load_workbook(path)
    for title in (
        "Deals",
        "Touches",
        "Other channels",
        "Attribution",
        "Qualification",
        "Pipeline stages",
        "Lead pools",
    ):
        del book[title]
    settings = book["Plan settings"]
    settings["F1"], settings["F2"] = "Returns counted", basis
    settings.delete_cols(7)  # the half-life
    returns = book.create_sheet("Returns")
    for line in OLD_LINES:
        returns.append(line)
    book.save(path)


def test_return_lines_become_won_deals_counted_once(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    earlier_workbook(path)
    result = load_plan(path)
    assert result.errors == []
    warnings = [p for p in result.warnings if p.sheet == "Returns"]
    assert len(warnings) == 1
    assert "6 lines became 5 won deals" in warnings[0].message
    assert "count once, the deal's value being its largest line: 1 of them" in warnings[0].message
    basis = [p for p in result.warnings if "Returns counted" in p.message]
    assert basis[0].cell == "F2" and basis[0].message.endswith("linear")
    plan = result.plan
    deals = {d["name"]: d for d in plan.records("deals")}
    tailspin = deals["Tailspin: yearly licence"]
    assert tailspin["value"] == 20000 and tailspin["stage"] == "Won"
    assert tailspin["close"] == dt.date(2027, 6, 1)
    touches = [t["channel"] for t in plan.records("touches") if t["deal"] == tailspin["deal_id"]]
    assert touches == ["LinkedIn", "X"]  # originating before assist
    assert "Social media (no network)" in plan.keys("other_channels")
    board = dashboard(plan)
    # counted once: 45,000 on the networks (it was 65,000 with the assist line counted again)
    assert board.overall.returned == pytest.approx(45_000)
    assert board.return_per_period == [0, 0, 12_000, 8_000, 5_000, 20_000]
    again = tmp_path / "again.xlsx"
    save_plan(plan, again)
    reread = load_plan(again)
    assert reread.problems == [] and reread.plan.snapshot() == plan.snapshot()


def test_the_old_basis_maps_to_the_nearest_model(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    earlier_workbook(path, "sourced only")
    plan = load_plan(path).plan
    assert plan.value("settings", 0, "attribution_model") == "first touch"


def test_a_returns_sheet_of_the_users_own_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    book.create_sheet("Returns").append(["Quarter", "Revenue"])
    book.save(path)
    result = load_plan(path)
    assert [k.title for k in result.plan.kept_sheets] == ["Returns"]
    assert result.plan.row_count("deals") == example_plan().row_count("deals")
