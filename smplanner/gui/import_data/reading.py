"""Reading the file the user chose: its cells, its layout and its sheets (no Qt).

Runs in the dialog's worker thread. Whatever is not a table raises
:class:`~smplanner.io.data_file.DataFileError` with a sentence the dialog shows; a
workbook whose sheet holds no table says which other sheets it has.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smplanner.io.data_file import SPREADSHEETS, DataFileError, Grid, read_grid
from smplanner.io.data_layout import Layout, classify


@dataclass(frozen=True)
class Read:
    grid: Grid
    layout: Layout
    sheets: tuple[str, ...]


class SheetError(DataFileError):
    """The sheet read holds no table; ``sheets`` are the workbook's sheets to try."""

    def __init__(self, message: str, sheets: tuple[str, ...]) -> None:
        super().__init__(message)
        self.sheets = sheets


def sheet_names(path: Path) -> tuple[str, ...]:
    """A spreadsheet's sheets, after the hostile-file checks; none for a text file."""
    if path.suffix.lower() not in SPREADSHEETS:
        return ()
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from smplanner.io.problems import PlanFileError
        from smplanner.io.safety import check_workbook_file

        try:
            check_workbook_file(path)
        except PlanFileError as error:
            raise DataFileError(str(error)) from None
    try:
        return tuple(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as error:  # each format's reader raises its own errors
        raise DataFileError(f"{path.name} cannot be read as a spreadsheet: {error}") from None


def read_file(path: Path, sheet: str | None) -> Read:
    """The sheet's (or the first sheet's) cells, their layout, and the file's sheets."""
    if not path.is_file():
        return Read(read_grid(path, sheet), Layout("", ""), ())  # read_grid says why
    sheets = sheet_names(path)
    try:
        grid = read_grid(path, sheet)
    except DataFileError as error:
        if len(sheets) > 1:
            raise SheetError(str(error), sheets) from None
        raise
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    return Read(grid, layout, sheets or (grid.sheet,))
