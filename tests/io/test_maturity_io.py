"""The self-assessment in the workbook: Roman written, Roman or Arabic read, bad levels named."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from smplanner.domain import maturity_report
from smplanner.domain.catalogue import example_plan
from smplanner.io.workbook import load_plan


def test_the_assessment_round_trips(example_path: Path) -> None:
    plan = load_plan(example_path)
    assert plan.errors == []
    for table in ("maturity", "maturity_evidence", "raters", "maturity_ratings", "readiness"):
        assert plan.plan.records(table) == example_plan().records(table), table
    assert maturity_report.summary(plan.plan) == maturity_report.summary(example_plan())


def test_levels_are_written_roman_and_read_from_arabic(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    sheet = book["Maturity ratings"]
    assert [c.value for c in sheet[1]][:4] == ["Rater", "Dimension", "Current", "Target"]
    assert sheet["C2"].value == "III"
    assert book["Maturity evidence"]["D2"].value == "yes"  # reads the same in Excel and LibreOffice
    sheet["C2"] = 2  # a number, as Excel stores a typed 2
    sheet["D2"] = "5"
    book.save(example_path)
    plan = load_plan(example_path)
    assert plan.errors == []
    assert plan.plan.value("maturity_ratings", 0, "current") == "II"
    assert plan.plan.value("maturity_ratings", 0, "target") == "V"


def test_a_level_outside_one_to_five_is_a_named_error(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    book["Maturity ratings"]["C3"] = 6
    book["Maturity evidence"]["B4"] = "VI"
    book.save(example_path)
    result = load_plan(example_path)
    found = {(p.sheet, p.cell): p for p in result.errors}
    assert set(found) == {("Maturity ratings", "C3"), ("Maturity evidence", "B4")}
    problem = found[("Maturity ratings", "C3")]
    assert "'6' is not allowed in column 'Current'" in problem.message
    assert problem.expected.startswith("one of I (Initial), II (Repeatable), III (Defined)")
    assert result.plan.value("maturity_ratings", 1, "current") == ""  # the rest still loads
