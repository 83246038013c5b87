"""Tab-separated text as Excel and LibreOffice put it on the clipboard.

The standard library's ``excel-tab`` dialect does the quoting: a cell holding a tab, a
line break or a quote is wrapped in double quotes with inner quotes doubled. Two things
are the clipboard's own: rows end with a bare line break, and a row of one empty cell is
an empty line (the csv writer would write ``""``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence


def format_tsv(rows: Sequence[Sequence[str]]) -> str:
    """The block as clipboard text."""
    return "".join(_line(row) for row in rows)


def _line(row: Sequence[str]) -> str:
    if len(row) == 1 and row[0] == "":
        return "\n"
    out = io.StringIO()
    # written with the dialect's own "\r\n", so that a cell holding a lone "\r" is quoted
    csv.writer(out, dialect="excel-tab").writerow(row)
    return out.getvalue().removesuffix("\r\n") + "\n"


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text; a final line break does not add an empty row.

    Text that is not well quoted (a quote left open, text after a closing quote) is read
    as it stands, every character kept, as spreadsheets do.
    """
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect="excel-tab", strict=True))
    except csv.Error:  # not well quoted, or one cell longer than csv's field limit
        rows = [line.split("\t") for line in text.splitlines()]
    return [row or [""] for row in rows]
