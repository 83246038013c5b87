"""Text a user typed that looks like a formula stays text in the saved workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.plan import KeptSheet
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
