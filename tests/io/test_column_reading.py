"""Reading a table a column at a time gives what reading it cell by cell gives.

The reference below is the reader's cell-by-cell loop: every cell through
``coerce_in_table``, problems in the order met. Whatever the cells hold (texts in any
spelling, numbers, dates, bools, times, ragged rows), the column-wise reader must store
the same values and say the same problems in the same order.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.plan import Plan
from smplanner.domain.schema import (
    Column,
    InvalidValue,
    Names,
    TableSchema,
    coerce_in_table,
    is_blank,
)
from smplanner.domain.tables import SCHEMAS
from smplanner.io.cells import cell_name
from smplanner.io.problems import Problem
from smplanner.io.table_rows import blank_value, read_rows, shown

NAMES = Names(["LinkedIn", "X", "Won", "Lost", "Qualified", "D-1", "D-2", "A  B", "Notes"])
WORDS = [
    "", " ", "  ", "LinkedIn", "linkedin ", " X", "Won", "closed won", "open", "D-1", "d-1",
    "A B", "x,y", "a;b", "Notes", "2026-03-31", "2026-03-31T10:00", "31.03.2026", "yes",
    "no", "1", "-3", "4.5", "1e3", "1 000", "LINKEDIN", "qualified", "a b", "abc\r\ndef",
    "two\nlines", "tab\there",
    "\x00bad", " lead", "trail ", "\u00a0nbsp", "name", "Name", "P", "s", "week", "Sales",
]  # fmt: skip
words = st.sampled_from(WORDS)
cell = st.one_of(
    words,
    words,
    words,
    words,
    st.text(max_size=5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-2, max_value=3e6),
    st.integers(-5, 60_000),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 1, 1)),
    st.times(),
    st.none(),
)
TABLES = ["deals", "touches", "tracking", "requests", "profile_items", "kpis", "costs", "goals"]


def allowed(column: Column) -> tuple[str, ...]:
    return column.choices if column.ref is None else NAMES


def reserved(table: str) -> dict[str, str]:
    """The fixed columns of the tables named after the keys of ``table``."""
    found: dict[str, str] = {}
    for schema in SCHEMAS.values():
        if schema.dynamic is not None and schema.dynamic.source == table:
            for column in schema.columns:
                found[column.name.casefold()] = found[column.title.casefold()] = schema.title
    return found


def cell_by_cell(
    sheet: str,
    schema: TableSchema,
    columns: list[Column],
    mapping: dict[int, Column],
    rows: list[list[Any]],
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The reader's loop as it was: one coerce_in_table call per cell."""
    records: list[dict[str, Any]] = []
    problems: list[Problem] = []
    keys: dict[str, int] = {}
    for number in range(1, len(rows)):
        row = rows[number]
        if all(is_blank(v) for v in row):
            continue
        record = {c.name: blank_value(schema, c) for c in columns}
        for index, column in mapping.items():
            raw = row[index] if index < len(row) else ""
            try:
                value = coerce_in_table(schema, column, raw, allowed(column))
            except InvalidValue as error:
                if not is_blank(raw):
                    message = f"{shown(error, raw)} is not allowed in column '{column.title}'"
                    problems.append(
                        Problem(sheet, cell_name(number, index), message, error.expected)
                    )
                continue
            record[column.name] = value
            if column.required and is_blank(value) and column.name != schema.key:
                empty = f"{column.title} is empty"
                problems.append(Problem(sheet, cell_name(number, index), empty, severity="warning"))
        if schema.key is not None:
            key = str(record[schema.key])
            where = cell_name(number, 0)
            if not key:
                problems.append(
                    Problem(sheet, where, f"this {schema.row_noun} has no name", "a name")
                )
                continue
            if any(mark in key for mark in ",;\n"):
                text = (
                    f"'{key}' holds a comma, semicolon or line break, which separate names in lists"
                )
                problems.append(Problem(sheet, where, text, "a name without them"))
                continue
            clash = reserved(schema.name).get(key.casefold())
            if clash is not None:
                text = f"'{key}' is the name of a column of the {clash}"
                problems.append(Problem(sheet, where, text, "another name"))
                continue
            if key.casefold() in keys:
                text = f"'{key}' is listed twice (first in row {keys[key.casefold()] + 1})"
                problems.append(Problem(sheet, where, text, "each name once"))
                continue
            keys[key.casefold()] = number
        records.append(record)
    return records, problems


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(TABLES),
    st.lists(st.lists(cell, min_size=2, max_size=11), min_size=1, max_size=14),
    st.randoms(use_true_random=False),
)
def test_column_wise_reading_matches_cell_by_cell(table: str, body: list, pick: Any) -> None:  # type: ignore[type-arg]
    schema = SCHEMAS[table]
    columns = list(schema.columns)
    order = list(range(len(columns)))
    pick.shuffle(order)
    if schema.key is not None:  # the names column first, where the key checks name it
        order.remove(0)
        order.insert(0, 0)
    order = order[: pick.randint(1, len(order))]
    mapping = {index: columns[n] for index, n in enumerate(order)}
    header = [columns[n].title for n in order]
    rows = [header, *body]
    records, expected = cell_by_cell("Sheet", schema, columns, mapping, rows)
    frame, problems = read_rows("Sheet", schema, columns, mapping, rows, 0, allowed)
    assert [p.__dict__ for p in problems] == [p.__dict__ for p in expected]
    pd.testing.assert_frame_equal(
        Plan("", {table: frame}).frame(table), Plan("", {table: records}).frame(table)
    )


OTHERS = [
    0.0, -0.0, 1.5, 3.0, -300.0, 46_000.0, 46_000.75, 1e20, math.nan, math.inf, True, False,
    7, dt.date(2026, 3, 31), dt.datetime(2026, 3, 31, 10, 30), dt.time(9, 15), None,
]  # fmt: skip


@pytest.mark.parametrize("table", TABLES)
def test_every_spelling_in_every_column_reads_as_cell_by_cell(table: str) -> None:
    """Each word and value in each column (mixed in one column, as a sheet has them)."""
    schema = SCHEMAS[table]
    columns = list(schema.columns)
    mapping = dict(enumerate(columns))
    values = [*WORDS, *OTHERS]
    body = [[values[(n + k) % len(values)] for k in range(len(columns))] for n in range(99)]
    rows = [[c.title for c in columns], *body, [], ["", None, " "]]
    records, expected = cell_by_cell("Sheet", schema, columns, mapping, rows)
    frame, problems = read_rows("Sheet", schema, columns, mapping, rows, 0, allowed)
    assert [p.__dict__ for p in problems] == [p.__dict__ for p in expected]
    assert any(p.severity == "error" for p in problems)
    pd.testing.assert_frame_equal(
        Plan("", {table: frame}).frame(table), Plan("", {table: records}).frame(table)
    )


def test_a_column_of_many_rows_reads_each_text_once_and_keeps_refusals_in_row_order() -> None:
    """20,000 touches over a few deals and channels, a refused one every 5,000 rows."""
    schema = SCHEMAS["touches"]
    columns = list(schema.columns)
    mapping = dict(enumerate(columns))
    body = [
        ["D-1" if n % 2 else "d-2 ", 46_000.0 + n % 30, "LinkedIn", f"Campaign {n % 7}", ""]
        for n in range(20_000)
    ]
    for n in range(0, 20_000, 5_000):
        body[n][2] = "Fax"
    rows = [[c.title for c in columns], *body]
    frame, problems = read_rows("Touches", schema, columns, mapping, rows, 0, allowed)
    assert [p.cell for p in problems] == ["C2", "C5002", "C10002", "C15002"]
    assert problems[0].message == "'Fax' is not allowed in column 'Channel'"
    assert frame["deal"].tolist()[:2] == ["D-2", "D-1"]
    assert frame["date"].iloc[1] == dt.date(2025, 12, 10)
    assert frame["channel"].iloc[0] == "" and frame["channel"].iloc[1] == "LinkedIn"
    assert len(frame) == 20_000
