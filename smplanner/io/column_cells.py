"""One column of a table sheet coerced at once, for sheets of a hundred thousand rows.

Coercing cell by cell (a :func:`coerce_in_table` call per cell) took seconds for a large
plan. Here the cells are grouped by type: a text is coerced once however many cells hold
it, numbers and dates that are plainly valid are taken with numpy, and every other cell
(a number out of range, a time, a bool, ...) goes through :func:`coerce_in_table` as
before. The same function decides every value that is not plainly valid, so what is
refused, and the words for it, are the same as cell by cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.schema import (
    EXCEL_EPOCH,
    LAST_SERIAL,
    MAX_TEXT,
    Column,
    InvalidValue,
    Kind,
    Names,
    TableSchema,
    coerce_in_table,
    is_blank,
)

Objects = np.ndarray[Any, np.dtype[np.object_]]
Flags = np.ndarray[Any, np.dtype[np.bool_]]
Places = np.ndarray[Any, np.dtype[np.intp]]
_NUMBERS = (Kind.NUMBER, Kind.INTEGER)
_EPOCH = np.datetime64(EXCEL_EPOCH.isoformat(), "D")


class Cells:
    """The raw values of one column, grouped by their exact type (bool apart from int,
    datetime apart from date), with the texts numbered once each."""

    def __init__(self, raw: Objects) -> None:
        self.raw = raw
        self.count = len(raw)
        types = list(map(type, raw))
        kinds = set(types)
        self.groups: dict[type, Places | None] = {}
        """The places of each type's cells; None: every cell is of it."""
        if len(kinds) == 1:
            self.groups[kinds.pop()] = None
        else:
            marks = np.fromiter(map(id, types), dtype=np.intp, count=self.count)
            for kind in kinds:
                self.groups[kind] = np.flatnonzero(marks == id(kind))
        self._texts: tuple[list[str], Places] | None = None

    def take(self, where: Places | None) -> Objects:
        return self.raw if where is None else self.raw[where]

    def texts(self) -> tuple[list[str], Places]:
        """The distinct texts, in order of first use, and each text cell's number of its."""
        if self._texts is None:
            found = self.take(self.groups[str]) if str in self.groups else self.raw[:0]
            codes, distinct = pd.factorize(found)
            self._texts = list(distinct), codes.astype(np.intp, copy=False)
        return self._texts

    def blank(self) -> Flags:
        """Which cells are empty as :func:`is_blank` says: None, NaN, spaces only."""
        flags = np.zeros(self.count, dtype=bool)
        for kind, where in self.groups.items():
            if kind is str:
                distinct, codes = self.texts()
                empty = np.fromiter((not t.strip() for t in distinct), bool, len(distinct))
                _put(flags, where, empty[codes])
            elif kind is float:
                _put(flags, where, np.isnan(self.take(where).astype("float64")))
            elif kind is type(None):
                _put(flags, where, True)
        return flags


def column_array(values: Sequence[Any]) -> Objects:
    """Cell values as a one-dimensional object array (a tuple stays one value)."""
    return np.fromiter(values, dtype=object, count=len(values))


class Coerced:
    """A column's stored values (a refused cell holds what an empty one reads as), the
    refused cells with the reason, and which accepted values are empty."""

    def __init__(self, count: int, fallback: Any) -> None:
        self.values: Objects = np.empty(count, dtype=object)
        self.values.fill(fallback)
        self.fallback = fallback
        self.refused: dict[int, InvalidValue] = {}
        self.empty: Flags = np.zeros(count, dtype=bool)


def coerce_cells(
    schema: TableSchema, column: Column, cells: Cells, allowed: Sequence[str], fallback: Any
) -> Coerced:
    """Every cell of ``cells`` coerced as :func:`coerce_in_table` coerces it."""
    done = Coerced(cells.count, fallback)
    for kind, where in cells.groups.items():
        if kind is str:
            _texts(schema, column, cells, allowed, done)
        elif kind in (float, int) and column.kind in _NUMBERS:
            _numbers(schema, column, cells, where, allowed, done)
        elif kind in (float, int) and column.kind is Kind.DATE:
            _serials(schema, column, cells, where, allowed, done)
        elif kind is dt.date and column.kind is Kind.DATE:
            _put(done.values, where, cells.take(where))
        elif kind is dt.datetime and column.kind is Kind.DATE:
            dates = [value.date() for value in cells.take(where)]
            _put(done.values, where, np.fromiter(dates, dtype=object, count=len(dates)))
        else:
            _each(schema, column, cells, _places(where, cells.count), allowed, done)
    return done


def _texts(
    schema: TableSchema, column: Column, cells: Cells, allowed: Sequence[str], done: Coerced
) -> None:
    """Each distinct text coerced once; its cells take the outcome."""
    distinct, codes = cells.texts()
    values: Objects = np.empty(len(distinct), dtype=object)
    empty = np.zeros(len(distinct), dtype=bool)
    refused: dict[int, InvalidValue] = {}
    quick = _quick(column, allowed)
    for number, text in enumerate(distinct):
        hit = quick(text)
        if hit is not None:
            values[number] = hit
            continue
        try:
            value = coerce_in_table(schema, column, text, allowed)
        except InvalidValue as error:
            refused[number] = error
            values[number] = done.fallback
            continue
        values[number] = value
        empty[number] = is_blank(value)
    where = cells.groups[str]
    _put(done.values, where, values[codes])
    _put(done.empty, where, empty[codes])
    if refused:
        bad = np.flatnonzero(np.isin(codes, list(refused)))
        places = _places(where, cells.count)[bad]
        for place, code in zip(places.tolist(), codes[bad].tolist(), strict=True):
            done.refused[place] = refused[code]


def _quick(column: Column, allowed: Sequence[str]) -> Callable[[str], str | None]:
    """What a text plainly reads as in this column, without the full coercion; None
    where that must decide. A text kept as typed is itself; a choice spelt as one of the
    allowed names in any letter case is that name (the first, as the full path finds)."""
    if column.kind is Kind.TEXT:
        return lambda text: text if _kept_as_typed(text) else None
    if column.kind is Kind.CHOICE:
        names = allowed if isinstance(allowed, Names) else Names(allowed)
        return lambda text: (
            names.find(text.casefold()) if _kept_as_typed(text) and "  " not in text else None
        )
    return lambda text: None


def _kept_as_typed(text: str) -> bool:
    """Whether a text column keeps ``text`` as it is: something printable (no line break,
    control character or lone surrogate, which :func:`clean_text` changes), no space at
    either end (the only white space that is printable), within a cell's length."""
    return (
        bool(text)
        and text.isprintable()
        and text[0] != " "
        and text[-1] != " "
        and (len(text) <= MAX_TEXT)
    )


def _numbers(
    schema: TableSchema,
    column: Column,
    cells: Cells,
    where: Places | None,
    allowed: Sequence[str],
    done: Coerced,
) -> None:
    """Finite numbers within the column's bounds (whole ones for a whole-number column)
    are taken as they are; any other goes through the cell-by-cell path."""
    numbers = cells.take(where).astype("float64")
    plain = np.isfinite(numbers)
    if column.minimum is not None:
        plain &= numbers >= column.minimum
    if column.maximum is not None:
        plain &= numbers <= column.maximum
    if column.kind is Kind.INTEGER:
        plain &= numbers == np.floor(numbers)
    places = _places(where, cells.count)
    done.values[places[plain]] = numbers[plain]
    _each(schema, column, cells, places[~plain], allowed, done)


def _serials(
    schema: TableSchema,
    column: Column,
    cells: Cells,
    where: Places | None,
    allowed: Sequence[str],
    done: Coerced,
) -> None:
    """Excel date numbers within the calendar become dates; any other goes cell by cell."""
    numbers = cells.take(where).astype("float64")
    plain = np.isfinite(numbers) & (numbers >= 1) & (numbers <= LAST_SERIAL)
    places = _places(where, cells.count)
    days = numbers[plain].astype(np.int64)  # a time of day is dropped, as cell by cell
    done.values[places[plain]] = (_EPOCH + days).astype(object)
    _each(schema, column, cells, places[~plain], allowed, done)


def _each(
    schema: TableSchema,
    column: Column,
    cells: Cells,
    places: Places,
    allowed: Sequence[str],
    done: Coerced,
) -> None:
    """The cell-by-cell path, for the few cells no quicker one decides."""
    for place in places.tolist():
        try:
            value = coerce_in_table(schema, column, cells.raw[place], allowed)
        except InvalidValue as error:
            done.refused[place] = error
            continue
        done.values[place] = value
        done.empty[place] = is_blank(value)


def _places(where: Places | None, count: int) -> Places:
    return np.arange(count, dtype=np.intp) if where is None else where


def _put(target: np.ndarray[Any, Any], where: Places | None, values: Any) -> None:
    if where is None:
        target[:] = values
    else:
        target[where] = values
