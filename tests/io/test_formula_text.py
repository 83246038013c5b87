"""Text a user typed that looks like a formula stays text in the saved workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.deal_tables import TOUCHES_TABLE
from smplanner.domain.plan import KeptSheet, Plan
from smplanner.domain.schema import Kind, TableSchema
from smplanner.domain.tables import SCHEMAS
from smplanner.io.roi_sheet import ROI_SHEET
from smplanner.io.workbook import load_plan, save_plan

RISKY = ["=1+1", "+44 20 7946 0000", "-5% churn", "@channel: post weekly", '=HYPERLINK("x")']


def saved_cell(path: Path, sheet: str, text: str) -> openpyxl.cell.cell.Cell:
    book = openpyxl.load_workbook(path)
    for row in book[sheet].iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not found in sheet {sheet}")


@pytest.mark.parametrize("text", RISKY)
def test_formula_like_notes_are_saved_as_text(tmp_path: Path, text: str) -> None:
    plan = example_plan()
    plan.apply(SetCells("planner", ((0, "notes", text),)))
    plan.kept_sheets.append(KeptSheet("My tracking", [["Comment"], [text]]))
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    for sheet in ("KPI planner", "My tracking"):
        cell = saved_cell(path, sheet, text)
        assert cell.data_type == "s", f"{text!r} in {sheet} became {cell.data_type!r}"
    loaded = load_plan(path).plan
    assert loaded.value("planner", 0, "notes") == text
    assert loaded.kept_sheets[-1].rows[1][0] == text


@given(st.sampled_from("=+-@"), st.text(max_size=30))
def test_any_text_with_a_formula_sign_round_trips(sign: str, rest: str) -> None:
    import tempfile

    text = (sign + rest).strip()
    plan = example_plan()
    plan.apply(SetCells("planner", ((1, "notes", text),)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        save_plan(plan, path)
        assert load_plan(path).plan.value("planner", 1, "notes") == plan.value(
            "planner", 1, "notes"
        )


ATTACKS = ('=HYPERLINK("http://example.com/{n}")', "=cmd|' /C calc'!A{n}", "@SUM(1+{n})", "+{n}+1")


def _text_columns(schema: TableSchema) -> list[str]:
    return [c.name for c in schema.columns if c.kind is Kind.TEXT]


def hostile_plan() -> tuple[Plan, set[str]]:
    """The example plan with formula-like text in every text field of every table.

    Names (keys) change too, so every reference to them, and every column named after
    them (the planner's KPI columns), carries the same text.
    """
    plan = example_plan()
    plan.name = '=HYPERLINK("http://example.com/plan")'
    typed = {plan.name}
    number = 0
    for schema in SCHEMAS.values():
        columns = _text_columns(schema)
        if not columns:
            continue
        if plan.row_count(schema.name) == 0:
            first = {schema.key: f"Row {number}"} if schema.key else {}
            plan.apply(InsertRows(schema.name, 0, (first,)))
        for name in columns:
            number += 1
            text = ATTACKS[number % len(ATTACKS)].format(n=number)
            plan.apply(SetCells(schema.name, ((0, name, text),)))
            typed.add(text)
    plan.kept_sheets.append(KeptSheet("Received", [["From a colleague"], ["=1+1"], ["#REF!"]]))
    return plan, typed | {"=1+1", "#REF!"}


def test_no_text_a_user_can_type_becomes_a_formula_in_any_sheet(tmp_path: Path) -> None:
    """Text reaches every sheet as text; the only formulas are the app's own (ROI)."""
    plan, typed = hostile_plan()
    path = tmp_path / "received.xlsx"
    save_plan(plan, path)
    book = openpyxl.load_workbook(path)
    found: set[str] = set()
    formulas = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in typed:
                    found.add(cell.value)
                    assert cell.data_type == "s", f"{sheet.title}!{cell.coordinate}"
                if cell.data_type == "f":
                    formulas += 1
                    # the app's own: the ROI, Attribution and Pipeline sheets, the Touches columns
                    own = sheet.title in (ROI_SHEET, "Attribution", "Pipeline") or (
                        sheet.title == "Touches" and cell.column > len(TOUCHES_TABLE.columns)
                    )
                    assert own, f"{sheet.title}!{cell.coordinate}"
                    assert cell.value not in typed
    assert found == typed  # each text was written somewhere, as text
    assert formulas > 10  # the ROI sheet still holds its live formulas
    names = plan.keys("networks")
    roi = [c.value for c in book[ROI_SHEET]["A"]]
    assert set(names) <= set(roi)
    reread = load_plan(path).plan
    assert reread.name == plan.name and reread.snapshot() == plan.snapshot()
