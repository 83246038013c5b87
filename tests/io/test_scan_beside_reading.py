"""The safety scan runs beside the cell reader: no sheet is parsed before it has passed,
and a sheet refused anywhere, the last one too, refuses the whole workbook."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smplanner.io import cells, safety
from smplanner.io.problems import PlanFileError
from smplanner.io.reader import _dependency_order
from smplanner.io.sheet_gate import SheetGate
from smplanner.io.workbook import load_plan

LONG = "x" * 60_000
"""In 2,000 cells: 114 MB for the reader, in a file of a few KB."""
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class _Counting:
    """A calamine workbook that notes which sheets are parsed."""

    def __init__(self, book: Any, parsed: list[str]) -> None:
        self._book = book
        self._parsed = parsed

    def get_sheet_by_name(self, name: str) -> Any:
        self._parsed.append(name)
        return self._book.get_sheet_by_name(name)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets calamine parses, in order."""
    names: list[str] = []
    read = cells._read_sheet

    def counting(book: Any, name: str, gate: cells.Gate | None) -> Any:
        return read(_Counting(book, names), name, gate)

    monkeypatch.setattr(cells, "_read_sheet", counting)
    return names


def repeat_long_text(path: Path, cells_by_sheet: dict[str, int]) -> None:
    """One long shared string, copied into that many cells of each sheet (new rows at
    the end of it), as Excel writes text: once in the table, referred to by number."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
        titles = safety._sheet_titles(archive)
    by_title = {title: part for part, title in titles.items()}
    assert "xl/sharedStrings.xml" not in parts  # the app writes its text inline
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>{LONG}</t></si></sst>'
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdText" Type="{RELS}/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'.encode(),
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    for title, count in cells_by_sheet.items():
        part = by_title[title]
        rows = "".join(
            f'<row r="{row}"><c r="AD{row}" t="s"><v>0</v></c></row>'
            for row in range(5001, 5001 + count)
        ).encode()
        xml = parts[part].replace(b"<sheetData/>", b"<sheetData></sheetData>")
        parts[part] = xml.replace(b"</sheetData>", rows + b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_bomb_in_the_last_sheet_refuses_the_workbook(
    example_path: Path, parsed: list[str]
) -> None:
    with zipfile.ZipFile(example_path) as archive:
        last = list(safety._sheet_titles(archive).values())[-1]
    repeat_long_text(example_path, {last: 2000})
    with pytest.raises(PlanFileError) as refused:
        load_plan(example_path)
    message = str(refused.value)
    assert f"sheet '{last}' repeats shared text in 2,000 cells, 114 MB" in message
    assert f"at most {safety.MAX_TEXT // 2**20:,} MB of text" in message
    assert last not in parsed


def test_no_sheet_is_parsed_after_a_refused_one(example_path: Path, parsed: list[str]) -> None:
    """The sheets are scanned in the order they are read; the reader parses only those
    scanned before the refused one."""
    order = [schema.sheet for schema in _dependency_order()]
    refused_sheet = order[len(order) // 2]
    repeat_long_text(example_path, {refused_sheet: 2000})
    with pytest.raises(PlanFileError, match=f"sheet '{refused_sheet}' repeats shared text"):
        load_plan(example_path)
    later = set(order[order.index(refused_sheet) :])
    assert parsed  # the sheets before it were parsed while it was scanned
    assert not later & set(parsed)


def test_the_message_names_the_sheet_the_workbook_order_goes_over_at(example_path: Path) -> None:
    """Two sheets that each hold half the text: the total goes over at the second in the
    workbook's order, as the scan before reading said it, whatever order they are read in."""
    with zipfile.ZipFile(example_path) as archive:
        titles = list(safety._sheet_titles(archive).values())
    order = [schema.sheet for schema in _dependency_order()]
    read_first, read_later = order[0], titles[1]  # the second in the file is read later
    assert titles.index(read_first) > titles.index(read_later)
    assert order.index(read_first) < order.index(read_later)
    repeat_long_text(example_path, {read_first: 1000, read_later: 1000})
    with pytest.raises(PlanFileError) as refused:
        load_plan(example_path)
    assert f"sheet '{read_first}' repeats shared text in 1,000 cells" in str(refused.value)
    with pytest.raises(PlanFileError) as before:
        safety.check_workbook_file(example_path)
    assert str(before.value) == str(refused.value)


def test_a_second_workbook_opens_only_when_the_strings_fit_twice() -> None:
    """A second reader reads the shared strings again: allowed only within the bound."""
    scan = safety.SheetScan(rows=1, columns=1)
    fits = safety.MAX_TEXT // 2
    for strings, allowed in [(fits, True), (fits + 1, False)]:
        gate = SheetGate(iter([safety.Passed("KPI planner", scan, strings, strings)]))
        assert gate.second_copy() is allowed
        gate.close()

    def refused() -> Iterator[safety.Passed]:
        yield safety.Passed("About", scan, 0, 0)
        raise PlanFileError("refused")

    gate = SheetGate(refused())
    assert gate.second_copy() is False
    with pytest.raises(PlanFileError, match="refused"):
        gate.result()
    gate.close()
