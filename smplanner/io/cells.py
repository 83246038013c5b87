"""Raw cell values of a workbook, read with python-calamine, and A1 names for them.

Reading needs no openpyxl: calamine gives plain values, several times faster.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from smplanner.domain.schema import TableSchema, is_blank
from smplanner.domain.tables import SCHEMAS
from smplanner.io.problems import PlanFileError

Cells = list[list[Any]]
Merged = list[tuple[tuple[int, int], tuple[int, int]]]
"""Merged ranges of a sheet: ((first row, first column), (last row, last column)), 0-based."""


def column_letters(column: int) -> str:
    """Spreadsheet letters of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """A1-style name of a 0-based (row, column); reading needs no openpyxl."""
    return f"{column_letters(column)}{row + 1}"


def fold(text: Any) -> str:
    """A name as compared: runs of spaces as one, any letter case."""
    return " ".join(str(text).split()).casefold()


def read_sheets(path: Path) -> tuple[dict[str, Cells], list[str], dict[str, Merged]]:
    """Every worksheet's cell values, from A1, by sheet name; only for a plan workbook.

    Also the names of the sheets that hold no cells (chart and dialog sheets), and each
    sheet's merged ranges (only the first cell of a range holds its value).
    """
    try:
        book = CalamineWorkbook.from_path(str(path))
        try:
            planner = SCHEMAS["planner"].sheet
            if fold(planner) not in {fold(n) for n in book.sheet_names}:
                names = [f"'{s}'" for s in book.sheet_names]
                found = ", ".join(names[:10]) or "none"
                if len(names) > 10:
                    found += f" and {len(names) - 10} more"
                raise PlanFileError(
                    f"{path.name} is not a smplanner plan workbook: it has no "
                    f"'{planner}' sheet; sheets found: {found}"
                )
            listed = getattr(book, "sheets_metadata", None)  # python-calamine >= 0.2
            cells = (
                {str(m.name) for m in listed if _is_worksheet(m)}
                if listed is not None
                else set(book.sheet_names)
            )
            sheets: dict[str, Cells] = {}
            merged: dict[str, Merged] = {}
            for name in book.sheet_names:
                if name not in cells:
                    continue
                sheet = book.get_sheet_by_name(name)
                sheets[name] = sheet.to_python(skip_empty_area=False)
                ranges = getattr(sheet, "merged_cell_ranges", None)  # python-calamine >= 0.3
                if ranges:
                    merged[name] = [((a, b), (c, d)) for (a, b), (c, d) in ranges]
            return sheets, [n for n in book.sheet_names if n not in cells], merged
        finally:
            book.close()
    except PlanFileError:
        raise
    except Exception as error:  # the reader's own errors vary by damage; all mean the same
        raise PlanFileError(
            f"{path.name} is damaged and cannot be read ({type(error).__name__}: {error})"
        ) from None


def _is_worksheet(metadata: Any) -> bool:
    """Chart and dialog sheets hold no cells."""
    return str(getattr(metadata, "typ", "worksheet")).rsplit(".", 1)[-1].lower() == "worksheet"


def trimmed(rows: list[list[Any]]) -> list[list[Any]]:
    """Cell values without trailing empty rows and columns."""
    kept = [list(r) for r in rows]
    while kept and all(is_blank(v) for v in kept[-1]):
        kept.pop()
    width = max((_used_width(r) for r in kept), default=0)
    return [[None if is_blank(v) else v for v in r[:width]] for r in kept]


def _used_width(row: list[Any]) -> int:
    for index in range(len(row), 0, -1):
        if not is_blank(row[index - 1]):
            return index
    return 0


def find_header_row(schema: TableSchema, rows: list[list[Any]]) -> int | None:
    """The first row (of the first ten) that holds the table's first column title."""
    first = schema.columns[0]
    wanted = {fold(first.title), fold(first.name)}
    for number, row in enumerate(rows[:10]):
        if any(fold(v) in wanted for v in row if isinstance(v, str)):
            return number
    return None
