"""Merged cells in a table sheet: the range's value is read into every row it covers.

Excel keeps a merged range's value in its first cell only: read as it is, the rows
merged over would lose it on the next save.
"""

from __future__ import annotations

from smplanner.domain.schema import is_blank
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.io.cells import Cells, Merged, cell_name
from smplanner.io.problems import Problem

MERGED_NOTE = QT_TRANSLATE_NOOP(
    "",
    "merged cells: the value of {first} is read into every row of {cells}; saving "
    "writes it into each row, unmerged",
)
"""Shown translated, with tr(); the cells are named as the workbook has them."""


def unmerged(
    sheet: str, rows: Cells, merged: Merged, header_row: int
) -> tuple[Cells, list[Problem]]:
    """Rows with a merged range's value in each row it covers (below the header), and a
    warning for each range so filled. Only rows the sheet has are filled."""
    ranges = [r for r in merged if r[1][0] > r[0][0] > header_row]
    if not ranges:
        return rows, []
    warnings: list[Problem] = []
    rows = [list(r) for r in rows]
    for (top, left), (bottom, right) in ranges:
        value = rows[top][left] if top < len(rows) and left < len(rows[top]) else None
        if is_blank(value):
            continue
        for number in range(top + 1, min(bottom + 1, len(rows))):
            row = rows[number]
            row.extend([None] * (left + 1 - len(row)))
            row[left] = value
        cells = f"{cell_name(top, left)}:{cell_name(bottom, right)}"
        note = tr(MERGED_NOTE).format(first=cell_name(top, left), cells=cells)
        warnings.append(Problem(sheet, cells, note, severity="warning"))
    return rows, warnings
