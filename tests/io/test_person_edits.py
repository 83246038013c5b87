"""What a person does to a plan workbook in Excel is accepted; wrong values are named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from smplanner.domain.catalogue import example_plan
from smplanner.io.workbook import PlanFileError, load_plan, save_plan, validate_workbook


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def test_reordered_rows_blank_rows_spaces_and_case(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        sheet = book["KPI planner"]
        sheet.insert_rows(5, 3)  # blank rows in the middle
        sheet["A3"] = "  awareness "
        sheet["E3"] = "p"
        sheet["F3"] = "Secondary"
        sheet["B4"] = "BRAND AWARENESS AND SENTIMENT"
        book["Tactics"]["A2"] = "Organic social post   "

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    plan = result.plan
    assert plan.row_count("planner") == example_plan().row_count("planner")
    assert plan.value("planner", 0, "stage") == "Awareness"
    assert plan.value("planner", 0, "Followers") == "P"
    assert plan.value("planner", 0, "Follower growth rate") == "S"
    assert plan.value("planner", 1, "goal") == "Brand awareness and sentiment"


def test_reordered_catalogue_rows_and_sorted_planner(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        sheet = book["KPI planner"]
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
        rows.reverse()
        for r, values in enumerate(rows, start=3):
            for c, value in enumerate(values, start=1):
                sheet.cell(r, c).value = value

    edit(example_path, change)
    plan = load_plan(example_path).plan
    original = example_plan().records("planner")
    assert plan.records("planner") == list(reversed(original))


def test_extra_column_and_sheet_of_their_own(example_path: Path, tmp_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        book["KPI planner"].cell(2, 60, "My budget")
        book["KPI planner"].cell(3, 60, 1200)
        own = book.create_sheet("Budget")
        own.append(["Quarter", "Amount"])
        own.append(["Q1", 5000])

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    assert any("'My budget' is not a KPI" in str(p) for p in result.warnings)
    again = tmp_path / "again.xlsx"
    save_plan(result.plan, again)
    book = openpyxl.load_workbook(again)
    assert "Budget" in book.sheetnames
    assert [[c.value for c in row] for row in book["Budget"].iter_rows()] == [
        ["Quarter", "Amount"],
        ["Q1", 5000],
    ]


def test_a_value_outside_the_allowed_set_is_named_by_sheet_and_cell(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        book["KPI planner"]["G4"] = "Prim"
        book["KPI planner"]["A5"] = "Awarenes"
        book["KPIs"]["C3"] = "kilograms"

    edit(example_path, change)
    errors = [p for p in validate_workbook(example_path) if p.is_error]
    assert any(str(p).startswith("Sheet 'KPI planner', cell G4: ") for p in errors)
    g4 = next(p for p in errors if p.cell == "G4")
    assert str(g4) == (
        "Sheet 'KPI planner', cell G4: 'Prim' is not allowed in column 'Impressions'; "
        "expected one of P (Primary), S (Secondary), or empty"
    )
    assert g4.expected == "one of P (Primary), S (Secondary), or empty"
    a5 = next(p for p in errors if p.cell == "A5")
    assert "Awarenes" in a5.message and "Awareness" in a5.expected
    c3 = next(p for p in errors if p.sheet == "KPIs")
    assert c3.cell == "C3" and "count" in c3.expected
    result = load_plan(example_path)
    assert result.plan.value("planner", 1, result.plan.column_names("planner")[6]) == ""


def test_duplicate_names_are_errors(example_path: Path) -> None:
    edit(example_path, lambda book: book["Tactics"].__setitem__("A3", "organic social post"))
    errors = [p for p in validate_workbook(example_path) if p.is_error]
    assert errors[0].sheet == "Tactics" and errors[0].cell == "A3"
    assert "listed twice (first in row 2)" in errors[0].message
    # The planner rows that used the overwritten tactic are named too.
    assert {p.sheet for p in errors[1:]} == {"KPI planner"}
    assert all("'Paid social ad' is not allowed" in p.message for p in errors[1:])


def test_missing_catalogue_sheet_falls_back_to_defaults(example_path: Path) -> None:
    edit(example_path, lambda book: book.remove(book["Networks"]))
    result = load_plan(example_path)
    assert result.errors == []
    assert "LinkedIn" in result.plan.keys("networks")
    assert any(p.sheet == "Networks" for p in result.warnings)


def test_a_newer_format_is_refused_naming_the_cell(example_path: Path) -> None:
    edit(example_path, lambda book: book["About"].__setitem__("B4", 99))
    with pytest.raises(PlanFileError, match="newer smplanner") as caught:
        load_plan(example_path)
    assert "cell B4" in str(caught.value)
    [problem] = caught.value.problems
    assert (problem.sheet, problem.cell) == ("About", "B4")
    assert validate_workbook(example_path) == [problem]


def test_names_that_would_break_the_plan_are_errors(example_path: Path) -> None:
    """A KPI called "Notes" would be a second Notes column; a comma splits a list."""

    def change(book: openpyxl.Workbook) -> None:
        book["KPIs"]["A3"] = "notes"
        book["Tactics"]["A4"] = "Video; short"

    edit(example_path, change)
    errors = {(p.sheet, p.cell): p for p in validate_workbook(example_path) if p.is_error}
    assert "column of the KPI planner" in errors[("KPIs", "A3")].message
    assert "comma, semicolon" in errors[("Tactics", "A4")].message
    plan = load_plan(example_path).plan
    assert "notes" not in plan.keys("kpis") and plan.column_names("planner").count("notes") == 1


def test_a_kpi_added_on_the_kpis_sheet_gets_an_empty_column(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        book["KPIs"].append(["Saves", "Engagement", "count", "up", "Consideration", ""])

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    assert result.plan.keys("kpis")[-1] == "Saves"
    assert result.plan.column_names("planner")[-1] == "Saves"
    assert any("no column for 'Saves'" in p.message for p in result.warnings)


def test_a_chart_sheet_is_named_and_saved_back(example_path: Path, tmp_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        chart = BarChart()
        chart.add_data(Reference(book["Stages"], min_col=1, min_row=1, max_row=5))
        book.create_chartsheet("Funnel chart", 3).add_chart(chart)

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    assert any(p.sheet == "Funnel chart" and "as it is" in p.message for p in result.warnings)
    saved = tmp_path / "again.xlsx"
    save_plan(result.plan, saved)
    book = openpyxl.load_workbook(saved)
    assert book.sheetnames.index("Funnel chart") == 3
    assert len(book["Funnel chart"]._charts) == 1


def test_the_header_may_lose_its_band_row_and_gain_spaces(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        sheet = book["KPI planner"]
        sheet.unmerge_cells("E1:K1")
        sheet.delete_rows(1)
        sheet["A1"] = " STAGE "
        sheet["E1"] = "followers "

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.problems == []
    assert result.plan.snapshot() == example_plan().snapshot()
