"""Data a workbook holds that the reader would otherwise drop without a word.

Formulas saved without their value, tables whose sheet was deleted and merged cells all
read as empty; the next save would then lose them. Each is said, naming sheet and cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from smplanner.domain.tables import SCHEMAS
from smplanner.io.workbook import load_plan, save_plan


def edit(path: Path, change: Callable[[openpyxl.Workbook], None]) -> None:
    """Change the workbook as a person would in another program (openpyxl: no cached values)."""
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def test_formulas_without_values_are_named_cell_by_cell(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        book["Tracking"]["E2"] = "=D2*0.9"  # openpyxl, like other tools, saves no value
        book["Costs"]["E3"] = "=SUM(1,2)"
        sheet = book.create_sheet("My notes")
        sheet["A1"], sheet["B7"] = "plain", "=A1&A1"

    edit(example_path, change)
    result = load_plan(example_path)
    formulas = {
        (p.sheet, p.cell) for p in result.warnings if "formula saved without its value" in p.message
    }
    # a sheet of the user's own is saved back as it is, its formulas with it: no loss there
    assert formulas == {("Tracking", "E2"), ("Costs", "E3")}
    said = next(str(p) for p in result.warnings if p.cell == "E2")
    assert said.startswith("Sheet 'Tracking', cell E2: a formula saved without its value")
    assert not [p for p in result.warnings if p.sheet == "ROI"]  # the app's own formulas


def test_a_workbook_of_the_app_has_no_formula_warnings(example_path: Path) -> None:
    assert load_plan(example_path).problems == []


@pytest.mark.parametrize("table", ["tracking", "costs", "touches"])
def test_a_deleted_table_sheet_is_said(example_path: Path, table: str) -> None:
    title = SCHEMAS[table].sheet
    edit(example_path, lambda book: book.remove(book[title]))
    result = load_plan(example_path)
    assert [(p.sheet, p.message) for p in result.warnings] == [
        (title, "sheet missing; the table is left empty")
    ]
    assert result.plan.row_count(table) == 0


def test_merged_cells_give_their_value_to_every_row_they_cover(
    example_path: Path, tmp_path: Path
) -> None:
    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Tracking"]
        sheet["B3"] = sheet["B4"] = None  # as Excel empties the cells it merges over
        sheet.merge_cells("B2:B4")

    before = load_plan(example_path).plan
    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    merged = [p for p in result.warnings if p.cell == "B2:B4"]
    assert len(merged) == 1 and str(merged[0]).startswith(
        "Sheet 'Tracking', cell B2:B4: merged cells: the value of B2 is read into every row"
    )
    plan = result.plan
    assert [plan.value("tracking", r, "kpi") for r in range(3)] == ["Followers"] * 3
    assert plan.snapshot()["tracking"] == before.snapshot()["tracking"]
    again = tmp_path / "again.xlsx"
    save_plan(plan, again)
    assert load_plan(again).plan.snapshot() == plan.snapshot()


def test_merged_category_bands_above_the_planner_header_are_not_news(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    assert book["KPI planner"].merged_cells.ranges  # the app merges its own bands
    assert not [p for p in load_plan(example_path).warnings if "merged" in p.message]
