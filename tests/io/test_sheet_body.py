"""Rows written straight as sheet XML: every value data, escaped, in its column's style."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import tempfile
import zipfile
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.io import sheet_body, writer
from smplanner.io.atomic import SaveError
from smplanner.io.sheet_body import BodyColumn, Cells, body_xml, date_serial, number_texts
from smplanner.io.workbook import load_plan, save_plan

LEGAL = re.compile("[^\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def rows_of(columns: list[BodyColumn], first: int = 2, heights=()) -> list[etree._Element]:  # type: ignore[no-untyped-def]
    data = b"<sheetData>" + b"".join(body_xml(columns, first, heights)) + b"</sheetData>"
    return list(etree.fromstring(data))


def cells_of(columns: list[BodyColumn]) -> dict[str, etree._Element]:
    return {c.get("r"): c for row in rows_of(columns) for c in row}


def test_text_is_always_an_inline_string_escaped_and_cleaned() -> None:
    texts = [
        '=HYPERLINK("http://x.example","x")',
        "#N/A",
        "a & b < c > d",
        " padded ",
        "line\r\nnext",
        "bell\x07 \ufffe\ud800end",
        "",
        "\x01",
    ]
    cells = cells_of([BodyColumn(Cells.TEXT, 3, texts)])
    assert sorted(cells) == ["A2", "A3", "A4", "A5", "A6", "A7"]  # empty cells are left out
    for ref, expected in zip(
        ["A2", "A3", "A4", "A5", "A6", "A7"],
        [texts[0], "#N/A", "a & b < c > d", " padded ", "line\r\nnext", "bell end"],
        strict=True,
    ):
        cell = cells[ref]
        assert cell.get("t") == "inlineStr" and cell.get("s") == "3"
        assert cell.find("f") is None and cell.find("v") is None
        assert cell.findtext("is/t") == expected
    space = "{http://www.w3.org/XML/1998/namespace}space"
    assert cells["A5"].find("is/t").get(space) == "preserve"
    assert cells["A2"].find("is/t").get(space) is None


@given(st.text())
def test_any_text_reads_back_without_the_characters_xml_cannot_hold(text: str) -> None:
    cells = cells_of([BodyColumn(Cells.TEXT, 0, [text])])
    legal = "".join(LEGAL.findall(text))
    if not legal:
        assert cells == {}
        return
    assert cells["A2"].findtext("is/t") == legal


def test_numbers_are_numbers_and_empty_ones_are_left_out() -> None:
    values = [1.0, 2.5, math.nan, None, 1e20, -0.1, 3e-7, 2.0**53, math.inf, 120.0]
    cells = cells_of([BodyColumn(Cells.NUMBER, 1, values)])
    assert sorted(cells, key=lambda r: int(r[1:])) == ["A2", "A3", "A6", "A7", "A8", "A9", "A11"]
    assert cells["A2"].findtext("v") == "1" and cells["A11"].findtext("v") == "120"
    assert cells["A2"].get("t") is None  # the default type: a number
    for ref, value in (("A3", 2.5), ("A6", 1e20), ("A7", -0.1), ("A8", 3e-7), ("A9", 2.0**53)):
        assert float(cells[ref].findtext("v")) == value


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**18), 10**18)))
def test_every_finite_number_reads_back_exactly(values: list[float]) -> None:
    for value, text in zip(values, number_texts(values), strict=True):
        if math.isfinite(value):
            assert text is not None and float(text) == float(value)
        else:
            assert text is None


def test_dates_are_day_numbers_as_excel_counts_them() -> None:
    days = [dt.date(1900, 1, 1), dt.date(1900, 2, 28), dt.date(1900, 3, 1), dt.date(2025, 1, 1)]
    cells = cells_of([BodyColumn(Cells.DATE, 7, [*days, None])])
    assert [cells[f"A{n}"].findtext("v") for n in range(2, 6)] == ["1", "59", "61", "45658"]
    assert "A6" not in cells and cells["A2"].get("s") == "7"


def test_a_value_of_another_kind_is_written_as_its_text() -> None:
    cells = cells_of(
        [BodyColumn(Cells.DATE, 0, ["soon", math.nan]), BodyColumn(Cells.TEXT, 0, [["a"], 5])]
    )
    assert cells["A2"].get("t") == "inlineStr" and cells["A2"].findtext("is/t") == "soon"
    assert "A3" not in cells
    assert [cells[r].findtext("is/t") for r in ("B2", "B3")] == ["['a']", "5"]


@given(st.dates(min_value=dt.date(1900, 1, 1)))
def test_day_numbers_agree_with_openpyxl(day: dt.date) -> None:
    assert date_serial(day) == to_excel(day)


def test_formulas_only_from_formula_columns() -> None:
    cells = cells_of([BodyColumn(Cells.FORMULA, 2, ['=IF(A2<>"",1,0)', ""])])
    assert cells["A2"].findtext("f") == 'IF(A2<>"",1,0)' and list(cells) == ["A2"]


def test_rows_are_numbered_on_across_chunks_with_their_heights() -> None:
    columns = [BodyColumn(Cells.TEXT, 0, list("abcdefg")), BodyColumn(Cells.NUMBER, 0, [1.0])]
    with mock.patch.object(sheet_body, "CHUNK_ROWS", 3):
        rows = rows_of(columns, first=5, heights=[None, 30.0])
    assert [r.get("r") for r in rows] == [str(n) for n in range(5, 12)]
    assert [r.get("ht") for r in rows] == [None, "30", None, None, None, None, None]
    assert rows[1].get("customHeight") == "1"
    assert [c.get("r") for c in rows[0]] == ["A5", "B5"] and [c.get("r") for c in rows[6]] == [
        "A11"
    ]


def test_saved_rows_keep_their_columns_styles(tmp_path: Path) -> None:
    plan = example_plan()
    plan.apply(SetCells("planner", ((0, "notes", "A note long enough to wrap " * 4),)))
    path = tmp_path / "styles.xlsx"
    save_plan(plan, path)
    book = openpyxl.load_workbook(path)
    deals = book["Deals"]
    created = deals["F2"]
    assert isinstance(created.value, dt.datetime) and created.number_format == "yyyy-mm-dd"
    assert isinstance(deals["D2"].value, float | int) and deals["D2"].alignment.vertical == "top"
    planner = book["KPI planner"]
    assert planner["D3"].alignment.wrap_text and planner.row_dimensions[3].height >= 45
    marked = next(c for c in planner[3][4:] if c.value)
    assert marked.alignment.horizontal == "center"
    touches = book["Touches"]
    assert touches.cell(2, len(next(touches.iter_rows(max_row=1))) - 1).data_type == "f"


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=st.floats(0, 1e12) | st.integers(0, 10**9),
    created=st.dates(dt.date(1900, 3, 1), dt.date(9999, 12, 31)),
    notes=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
)
def test_deals_round_trip_across_chunks(value: float, created: dt.date, notes: str) -> None:
    plan = example_plan()
    changes = ((0, "value", value), (1, "created", created), (2, "notes", notes))
    plan.apply(SetCells("deals", changes))
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(sheet_body, "CHUNK_ROWS", 5):
        path = Path(folder) / "deals.xlsx"
        save_plan(plan, path)
        result = load_plan(path)
    assert result.problems == []
    assert result.plan.snapshot() == plan.snapshot()


def test_a_save_failing_amid_the_rows_keeps_the_old_file_and_leaves_nothing(
    example_path: Path,
) -> None:
    before = example_path.read_bytes()

    def failing(*args: object) -> object:
        yield b'<row r="2">'
        raise OSError(28, "No space left on device")

    with mock.patch.object(writer, "body_xml", failing), pytest.raises(SaveError):
        save_plan(example_plan(), example_path)
    assert example_path.read_bytes() == before
    assert [p.name for p in example_path.parent.iterdir()] == [example_path.name]


def test_a_plan_written_into_memory_leaves_no_temporary_files() -> None:
    known = list(ALL_TEMP_FILES)
    handle = io.BytesIO()
    writer.write_plan(example_plan(), handle)
    assert known == ALL_TEMP_FILES
    with zipfile.ZipFile(handle) as archive:
        assert "xl/worksheets/sheet2.xml" in archive.namelist()
    handle.seek(0)
    assert openpyxl.load_workbook(handle)["KPI planner"]["A3"].value
