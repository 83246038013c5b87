"""Any sheets of the user's own, anywhere among the plan's, come back from a save as they
were: the same parts byte for byte, the same places, the same values."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from smplanner.domain.plan import Plan
from smplanner.io.workbook import load_plan, save_plan

from .test_user_sheets_kept import user_parts

FORMATS = ["General", "0.00", "#,##0", "0%", "0.000E+00", '"€" #,##0.00', "@"]
values = st.one_of(
    st.none(),
    st.integers(-(10**9), 10**9),
    st.floats(-1e9, 1e9, allow_nan=False).map(lambda f: round(f, 4)),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=20),
    st.sampled_from(["=1+1", "=SUM(A1:A3)", '="a"&"b"', "=NOW()"]),
)
cells = st.tuples(
    values,
    st.sampled_from(FORMATS),
    st.booleans(),
    st.sampled_from([None, "FFC000", "92D050", "00B0F0"]),
)
sheets = st.lists(
    st.tuples(
        st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5),
        st.integers(0, 40),  # where among the plan's sheets
        st.sampled_from(["visible", "hidden"]),
        st.one_of(st.none(), st.floats(4, 60).map(lambda w: round(w, 1))),
        st.booleans(),  # a merged range
    ),
    min_size=1,
    max_size=3,
)


def _plain(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets)
def test_any_user_sheets_come_back_as_they_were(made: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path, saved = Path(folder) / "plan.xlsx", Path(folder) / "saved.xlsx"
        save_plan(Plan("Plan"), path)
        book = openpyxl.load_workbook(path)
        for number, (rows, place, state, width, merged) in enumerate(made):
            sheet = book.create_sheet(f"Mine {number}", min(place, len(book.sheetnames)))
            for r, row in enumerate(rows, 1):
                for c, (value, number_format, bold, fill) in enumerate(row, 1):
                    cell = sheet.cell(r, c, value)
                    cell.number_format = number_format
                    cell.font = Font(bold=bold)
                    if fill:
                        cell.fill = PatternFill("solid", fgColor=fill)
            if width is not None:
                sheet.column_dimensions["B"].width = width
            if merged:
                sheet.merge_cells("D8:E9")
            sheet.sheet_state = state
        book.save(path)
        titles = openpyxl.load_workbook(path).sheetnames
        mine = [f"Mine {n}" for n in range(len(made))]
        original = {t: user_parts(path, t) for t in mine}
        save_plan(load_plan(path).plan, saved)
        assert openpyxl.load_workbook(saved).sheetnames == titles
        assert {t: user_parts(saved, t) for t in mine} == original
        before, after = (openpyxl.load_workbook(p) for p in (path, saved))
        for title in mine:
            old, new = before[title], after[title]
            assert new.sheet_state == old.sheet_state
            for row in old.iter_rows():
                for cell in row:
                    twin = new[cell.coordinate]
                    assert _plain(twin.value) == _plain(cell.value)
                    assert twin.number_format == cell.number_format
                    assert twin.font.b == cell.font.b
                    assert twin.fill.fgColor.rgb == cell.fill.fgColor.rgb
            letter = get_column_letter(2)
            assert new.column_dimensions[letter].width == old.column_dimensions[letter].width
