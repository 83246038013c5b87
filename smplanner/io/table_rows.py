"""The rows of a table sheet as the plan stores them, with what was wrong with them.

Each column is coerced at once (:mod:`smplanner.io.column_cells`); the problems are then
put in the order a reading cell by cell finds them: by row, then by column as the header
has them, a refused name last. Blank rows are skipped; a row whose name is refused is
left out; a refused cell reads as an empty one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.schema import (
    Column,
    InvalidValue,
    TableSchema,
    empty_value,
    is_blank,
)
from smplanner.domain.stored import stored_array
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import tr
from smplanner.io.cells import cell_name
from smplanner.io.column_cells import (
    Cells,
    Coerced,
    Flags,
    Objects,
    coerce_cells,
    column_array,
)
from smplanner.io.problems import Problem

Allowed = Callable[[Column], Sequence[str]]
Found = tuple[int, int, Problem]
"""A problem with its row and its column's place in the header, to put them in order."""


def read_rows(
    sheet: str,
    schema: TableSchema,
    columns: Sequence[Column],
    mapping: dict[int, Column],
    rows: list[list[Any]],
    header_row: int,
    allowed: Allowed,
    key_column: int = 0,
) -> tuple[pd.DataFrame, list[Problem]]:
    """The table below ``header_row`` (``mapping``: which sheet column holds which of
    ``columns``), stored column by column, and its problems in reading order."""
    body = rows[header_row + 1 :]
    count = len(body)
    grid = _columns(body)
    empty_column = column_array([""] * count)
    cells = {index: Cells(grid[index] if index < len(grid) else empty_column) for index in mapping}
    filled = _filled(grid, cells, count)
    found: list[Found] = []
    done: dict[str, Coerced] = {}
    for position, (index, column) in enumerate(mapping.items()):
        fallback = blank_value(schema, column)
        coerced = coerce_cells(schema, column, cells[index], allowed(column), fallback)
        done[column.name] = coerced
        spot = (header_row + 1, index, position)
        found += _cell_problems(sheet, schema, column, spot, coerced, filled, body)
    keep = filled
    if schema.key is not None:
        key = done.get(schema.key)
        names = key.values if key is not None else np.full(count, "", dtype=object)
        refused = _refused_names(sheet, schema, names, filled, header_row, key_column)
        for offset, problem in refused:
            found.append((offset, len(mapping), problem))
        keep = filled.copy()
        keep[[offset for offset, _ in refused]] = False
    found.sort(key=lambda item: (item[0], item[1]))
    frame = _frame(schema, columns, done, np.flatnonzero(keep))
    return frame, [problem for _, _, problem in found]


def _filled(grid: list[Objects], cells: dict[int, Cells], count: int) -> Flags:
    """Which rows hold anything: the table's columns first, the others only for rows
    still blank."""
    filled = np.zeros(count, dtype=bool)
    for column_cells in cells.values():
        filled |= ~column_cells.blank()
    for index in range(len(grid)):
        if filled.all():
            break
        if index not in cells:
            filled |= ~Cells(grid[index]).blank()
    return filled


def _frame(
    schema: TableSchema,
    columns: Sequence[Column],
    done: dict[str, Coerced],
    places: np.ndarray[Any, np.dtype[np.intp]],
) -> pd.DataFrame:
    """The kept rows (at ``places``), stored; a column the sheet lacks reads as blank."""
    data: dict[str, pd.Series] = {}
    for column in columns:
        read = done.get(column.name)
        if read is None:
            values = np.empty(len(places), dtype=object)
            values.fill(blank_value(schema, column))
        else:
            values = read.values[places]
        data[column.name] = stored_array(column, values)
    return pd.DataFrame(data, columns=[c.name for c in columns])


def _columns(body: list[list[Any]]) -> list[Objects]:
    """The cells column by column; a short row reads as blank cells at its end."""
    widths = set(map(len, body))
    width = max(widths, default=0)
    if len(widths) > 1:
        body = [[*row, *[""] * (width - len(row))] for row in body]
    if not body or not width:
        return []
    try:
        grid = np.array(body, dtype=object)
    except ValueError:  # a value numpy takes for a sequence: one column at a time
        grid = None
    if grid is None or grid.shape != (len(body), width):
        return [column_array([row[index] for row in body]) for index in range(width)]
    return [grid[:, index] for index in range(width)]


def _cell_problems(
    sheet: str,
    schema: TableSchema,
    column: Column,
    spot: tuple[int, int, int],
    coerced: Coerced,
    filled: Flags,
    body: list[list[Any]],
) -> list[Found]:
    """Refused values (a blank one is not: a row without its name is named by the key
    check) and, in a required column, empty ones. ``spot``: the sheet row of the first
    row of ``body``, the sheet column and its place in the header."""
    first, index, position = spot
    found: list[Found] = []
    for offset, error in coerced.refused.items():
        row = body[offset]
        raw = row[index] if index < len(row) else ""
        if not filled[offset] or is_blank(raw):
            continue
        message = tr("{value} is not allowed in column '{column}'").format(
            value=shown(error, raw), column=column.title
        )
        cell = cell_name(first + offset, index)
        found.append((offset, position, Problem(sheet, cell, message, error.expected)))
    if column.required and column.name != schema.key:
        for offset in np.flatnonzero(coerced.empty & filled).tolist():
            empty = tr("{column} is empty").format(column=column.title)
            cell = cell_name(first + offset, index)
            found.append((offset, position, Problem(sheet, cell, empty, severity="warning")))
    return found


def _refused_names(
    sheet: str,
    schema: TableSchema,
    names: np.ndarray[Any, Any],
    filled: Flags,
    header_row: int,
    column: int,
) -> list[tuple[int, Problem]]:
    """The rows whose name is refused (none, a list separator in it, a reserved one, or
    the same as an earlier row's), each with its problem."""
    refused: list[tuple[int, Problem]] = []
    reserved = _reserved_names(schema.name)
    seen: dict[str, int] = {}
    noun = tr(schema.row_noun)
    places = np.flatnonzero(filled)
    keys = [str(value) for value in names[places].tolist()]
    separated = any(mark in "\x00".join(keys) for mark in ",;\n")
    for offset, key in zip(places.tolist(), keys, strict=True):
        number = header_row + 1 + offset
        folded = key.casefold()
        plain = key and not (separated and any(mark in key for mark in ",;\n"))
        if plain and folded not in reserved and folded not in seen:
            seen[folded] = number
            continue
        cell = cell_name(number, column)
        if not key:
            message = tr("this {noun} has no name").format(noun=noun)
            refused.append((offset, Problem(sheet, cell, message, tr("a name"))))
        elif any(mark in key for mark in ",;\n"):
            message = tr(
                "'{name}' holds a comma, semicolon or line break, which separate names in lists"
            ).format(name=key)
            refused.append((offset, Problem(sheet, cell, message, tr("a name without them"))))
        elif folded in reserved:
            message = tr("'{name}' is the name of a column of the {table}").format(
                name=key, table=reserved[folded]
            )
            refused.append((offset, Problem(sheet, cell, message, tr("another name"))))
        else:
            message = tr("'{name}' is listed twice (first in row {row})").format(
                name=key, row=seen[folded] + 1
            )
            refused.append((offset, Problem(sheet, cell, message, tr("each name once"))))
    return refused


def shown(error: InvalidValue, raw: Any) -> str:
    """A refused value as the person typed it: -300, not -300.0."""
    if isinstance(error.value, str):
        return f"'{error.value}'"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return repr(raw)


def _reserved_names(table: str) -> dict[str, str]:
    """Names a key of ``table`` may not take: the fixed columns of the tables named after
    its keys (a KPI called "Notes" would be two columns of the planner), by folded name."""
    reserved: dict[str, str] = {}
    for schema in SCHEMAS.values():
        if schema.dynamic is not None and schema.dynamic.source == table:
            for column in schema.columns:
                reserved[column.name.casefold()] = schema.title
                reserved[column.title.casefold()] = schema.title
    return reserved


def blank_value(schema: TableSchema, column: Column) -> Any:
    """What an empty cell of ``column`` reads as (its default where a value is required)."""
    if column.required and column.name != schema.key and column.default not in ("", None):
        return column.default
    return empty_value(column)
