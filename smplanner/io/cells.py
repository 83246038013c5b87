"""Raw cell values of a workbook, read with python-calamine, and A1 names for them.

Reading needs no openpyxl: calamine gives plain values, several times faster.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from queue import Empty, SimpleQueue
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


Gate = Callable[[str], None]
"""Returns once the named sheet may be parsed; raises when it may not."""


def read_sheets(
    path: Path,
    order: Sequence[str] = (),
    gate: Gate | None = None,
    second: Callable[[], bool] | None = None,
) -> tuple[Sheets, list[str]]:
    """Every worksheet's cell values, from A1, by sheet name; only for a plan workbook.

    Also the names of the sheets that hold no cells (chart and dialog sheets). The
    sheets are read one after the other in a thread, those named in ``order`` (in any
    spelling) first: the caller works on one sheet while the next is parsed, which
    calamine does without holding Python's lock. When ``second`` says so (the workbook's
    shared strings may be read once more), a second thread parses too, with a workbook
    open of its own: one calamine workbook parses one sheet at a time. Each sheet is
    parsed only once ``gate`` lets it (the safety scan has passed it). Close the result
    when done with it.
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
        except BaseException:
            book.close()
            raise
    except PlanFileError:
        raise
    except Exception as error:  # the reader's own errors vary by damage; all mean the same
        raise PlanFileError(_damaged(path, error)) from None
    names = list(book.sheet_names)  # the workbook is the threads' once they read
    worksheets = [n for n in names if n in cells]
    first = {fold(name): number for number, name in enumerate(order)}
    queue = sorted(worksheets, key=lambda n: first.get(fold(n), len(first)))
    return Sheets(path, book, worksheets, queue, gate, second), [n for n in names if n not in cells]


class Sheets(Mapping[str, Cells]):
    """The worksheets' cell values by name (in the workbook's order), each waited for
    when first asked for; ``merged`` gives each sheet's merged ranges the same way."""

    def __init__(
        self,
        path: Path,
        book: Any,
        names: list[str],
        queue: list[str],
        gate: Gate | None = None,
        second: Callable[[], bool] | None = None,
    ) -> None:
        self._path = path
        self._books = [book]
        self._free: SimpleQueue[Any] = SimpleQueue()
        self._free.put(book)
        self._second = second
        self._opening = threading.Lock()
        self._names = names
        threads = 1 if second is None else 2
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="smplanner-sheets")
        self._read: dict[str, Future[tuple[Cells, Merged]]] = {
            name: self._pool.submit(self._parse, name, gate) for name in queue
        }
        self.merged: Mapping[str, Merged] = _MergedRanges(self)

    def _parse(self, name: str, gate: Gate | None) -> tuple[Cells, Merged]:
        book = self._take()
        try:
            return _read_sheet(book, name, gate)
        finally:
            self._free.put(book)

    def _take(self) -> Any:
        """A workbook no other thread parses with: a free one, else a second one opened
        (once, if allowed), else the first to be free."""
        try:
            return self._free.get_nowait()
        except Empty:
            pass
        with self._opening:
            second, self._second = self._second, None
            if second is not None and second():
                book = CalamineWorkbook.from_path(str(self._path))
                self._books.append(book)
                return book
        return self._free.get()

    def sheet(self, name: str) -> tuple[Cells, Merged]:
        try:
            return self._read[name].result()
        except PlanFileError:  # the safety scan's refusal
            raise
        except Exception as error:
            raise PlanFileError(_damaged(self._path, error)) from None

    def __getitem__(self, name: str) -> Cells:
        if name not in self._read:
            raise KeyError(name)
        return self.sheet(name)[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def close(self) -> None:
        """Stop reading (the sheets being parsed are finished) and close the workbooks."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        for book in self._books:
            book.close()


class _MergedRanges(Mapping[str, Merged]):
    def __init__(self, sheets: Sheets) -> None:
        self._sheets = sheets

    def __getitem__(self, name: str) -> Merged:
        if name not in self._sheets:
            raise KeyError(name)
        return self._sheets.sheet(name)[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sheets)

    def __len__(self) -> int:
        return len(self._sheets)


def _read_sheet(book: Any, name: str, gate: Gate | None) -> tuple[Cells, Merged]:
    if gate is not None:
        gate(name)
    sheet = book.get_sheet_by_name(name)
    rows = sheet.to_python(skip_empty_area=False)
    ranges = getattr(sheet, "merged_cell_ranges", None)  # python-calamine >= 0.3
    return rows, [((a, b), (c, d)) for (a, b), (c, d) in ranges or ()]


def _damaged(path: Path, error: Exception) -> str:
    return f"{path.name} is damaged and cannot be read ({type(error).__name__}: {error})"


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
