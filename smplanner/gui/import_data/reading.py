"""Reading the file the user chose: its cells, its layout and its sheets (no Qt).

Runs in the dialog's worker thread. Whatever is not a table raises
:class:`~smplanner.io.data_file.DataFileError` with a sentence the dialog shows.
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


def sheet_names(path: Path) -> tuple[str, ...]:
    """A spreadsheet's sheets (read after :func:`read_grid` has checked the file)."""
    if path.suffix.lower() not in SPREADSHEETS:
        return ()
    from python_calamine import CalamineWorkbook

    try:
        return tuple(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as error:  # each format's reader raises its own errors
        raise DataFileError(f"{path.name} cannot be read as a spreadsheet: {error}") from None


def read_file(path: Path, sheet: str | None) -> Read:
    grid = read_grid(path, sheet)
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    return Read(grid, layout, sheet_names(path) or (grid.sheet,))
