"""Any table people bring, read as a grid of cells: spreadsheets and delimited text.

Spreadsheets (.xlsx, .xlsm, .xls, .ods) are read by python-calamine, an .xlsx or .xlsm
after the hostile-file checks of :mod:`smplanner.io.safety`. Text files are tried as
UTF-8 (with or without a byte order mark), Windows-1252 and Latin-1, in that order, and
their delimiter (comma, semicolon, tab, pipe) is sniffed. Whatever is not a table raises
:class:`DataFileError` with a sentence a person can act on.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from smplanner.domain.text import tr

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXTS = (".csv", ".tsv", ".txt")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = ",;\t|"
HEADER_SEARCH = 30
"""How many rows from the top the header row may lie (below a title block)."""


class DataFileError(Exception):
    """The file cannot be read as a table."""


@dataclass(frozen=True)
class Grid:
    """The cells of one sheet, row by row; ``header`` is the index of the header row."""

    rows: list[list[Any]]
    sheet: str
    header: int
    numbers: list[int]
    """Each row's number in the file (1 for the first), blank rows left out."""

    @property
    def titles(self) -> list[str]:
        return [_title(value, n) for n, value in enumerate(self.rows[self.header])]

    @property
    def body(self) -> list[list[Any]]:
        return self.rows[self.header + 1 :]

    @property
    def body_numbers(self) -> list[int]:
        return self.numbers[self.header + 1 :]


def _title(value: Any, number: int) -> str:
    text = "" if value is None else str(value).strip()
    return text or f"column {number + 1}"


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    """The named (or first) sheet's cells and where its header row is."""
    if not path.exists():
        raise DataFileError(tr("{name} does not exist").format(name=path.name))
    if path.is_dir():
        raise DataFileError(tr("{name} is a folder, not a data file").format(name=path.name))
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        rows, name = _spreadsheet(path, sheet)
    elif suffix in TEXTS:
        rows, name = _text(path), path.stem
    else:
        raise DataFileError(
            tr(
                "{name}: expected a spreadsheet (.xlsx, .xlsm, .xls, .ods) or a text table "
                "(.csv, .tsv)"
            ).format(name=path.name)
        )
    rows, numbers = _filled_rows(rows)
    if len(rows) < 2:
        raise DataFileError(
            tr("{name}: {sheet} holds no table (a header row and data)").format(
                name=path.name, sheet=name
            )
        )
    return Grid(rows, name, find_header(rows), numbers)


def _filled_rows(rows: list[list[Any]]) -> tuple[list[list[Any]], list[int]]:
    """The rows with a value, all as wide as the widest, and their numbers (1 = first)."""
    frame = pd.DataFrame(rows, dtype=object)
    if frame.empty:
        return [], []
    filled = pd.Series(False, index=frame.index)
    for number in frame.columns:
        text = frame[number].astype("string").str.strip().fillna("")
        filled |= text.ne("").astype(bool)
    kept = frame[filled].astype(object)
    kept = kept.where(kept.notna(), None)
    return kept.to_numpy(dtype=object).tolist(), [int(n) + 1 for n in kept.index]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def find_header(rows: list[list[Any]]) -> int:
    """The header row: the first near the top filled about as wide as the table is."""
    top = rows[:HEADER_SEARCH]
    counts = [sum(not _blank(v) for v in row) for row in top]
    wide = max(counts)
    for number, count in enumerate(counts[:-1] if len(counts) > 1 else counts):
        if count >= max(2, (wide * 3 + 4) // 5) or count == wide:
            return number
    return 0


def _spreadsheet(path: Path, sheet: str | None) -> tuple[list[list[Any]], str]:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from smplanner.io.problems import PlanFileError
        from smplanner.io.safety import check_workbook_file

        try:
            check_workbook_file(path)
        except PlanFileError as error:
            raise DataFileError(str(error)) from None
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if sheet is not None and sheet not in names:
            raise DataFileError(
                tr("{name} has no sheet '{sheet}'; its sheets: {sheets}").format(
                    name=path.name, sheet=sheet, sheets=", ".join(names)
                )
            )
        name = sheet if sheet is not None else names[0]
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except DataFileError:
        raise
    except Exception as error:  # each format's reader raises its own errors
        raise DataFileError(
            tr("{name} cannot be read as a spreadsheet: {error}").format(
                name=path.name, error=error
            )
        ) from None
    return [[None if v == "" else v for v in row] for row in rows], name


def _text(path: Path) -> list[list[Any]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataFileError(
            tr("{name} cannot be read: {error}").format(name=path.name, error=error.strerror)
        ) from None
    if b"\x00" in raw[:4096]:
        raise DataFileError(
            tr("{name} is not a text table (it holds binary data)").format(name=path.name)
        )
    text = _decode(raw)
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    head = list(csv.reader(sample.splitlines()[:-1] or [sample], dialect))
    width = max((len(row) for row in head), default=1)
    try:  # pandas' C parser: a 100,000-row export in a fraction of a second
        frame = pd.read_csv(
            io.StringIO(text),
            sep=dialect.delimiter,
            quotechar=dialect.quotechar or '"',
            header=None,
            names=range(width),
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
        rows: list[list[Any]] = frame.to_numpy(dtype=object).tolist()
        return rows
    except (pd.errors.ParserError, ValueError):  # rows wider than the sample's
        return [list(row) for row in csv.reader(text.splitlines(), dialect)]


def _decode(raw: bytes) -> str:
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # never fails: every byte is a character
