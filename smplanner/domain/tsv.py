"""Tab-separated text as Excel and LibreOffice put it on the clipboard.

A cell holding a tab, a line break or a quote is wrapped in double quotes with inner
quotes doubled; rows end with a line break. Reading undoes exactly that.
"""

from __future__ import annotations

from collections.abc import Sequence


def format_tsv(rows: Sequence[Sequence[str]]) -> str:
    """The block as clipboard text."""
    return "".join("\t".join(_quoted(cell) for cell in row) + "\n" for row in rows)


def _quoted(cell: str) -> str:
    if any(ch in cell for ch in '\t\n\r"'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text; a final line break does not add an empty row."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    at_cell_start = True
    while i < n:
        ch = text[i]
        if at_cell_start and ch == '"':
            end, value = _read_quoted(text, i + 1)
            if end is not None:
                cell.append(value)
                i = end
                at_cell_start = False
                continue
        at_cell_start = False
        if ch == "\t":
            row.append("".join(cell))
            cell, at_cell_start = [], True
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_cell_start = [], [], True
        else:
            cell.append(ch)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def _read_quoted(text: str, start: int) -> tuple[int | None, str]:
    """Read a quoted cell; (index after it, value), or (None, "") when not well quoted."""
    out: list[str] = []
    i = start
    while i < len(text):
        ch = text[i]
        if ch == '"':
            if i + 1 < len(text) and text[i + 1] == '"':
                out.append('"')
                i += 2
                continue
            after = i + 1
            if after == len(text) or text[after] in "\t\r\n":
                return after, "".join(out)
            return None, ""
        out.append(ch)
        i += 1
    return None, ""
