"""A table's rows written straight as sheet XML, a whole column at a time.

openpyxl builds a cell object per value, styles it and serialises it; for a plan of
100,000 tracking rows that was nearly all of a save. Here each column becomes the text of
its cells in one pass over plain Python values, and the rows are joined from those
columns, so no object is made per cell. openpyxl still writes everything around the rows
(header, widths, drop-downs, print set-up) and assigns the style of each column.

Every value is data: text is an inline string whatever it starts with ("=HYPERLINK(…)"
and "#N/A" stay text, never a formula nor an error value); numbers are numbers, dates
are day numbers with a date format. Characters XML cannot hold are dropped; ``&``, ``<``,
``>`` and carriage returns are escaped. Formulas come only from :class:`BodyColumn` of
kind ``FORMULA``, which the writer fills with formulas of its own.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np
from openpyxl.utils import get_column_letter

WHOLE_LIMIT = 2.0**53
"""Whole numbers below this are exact as floats and written without a decimal point."""
CHUNK_ROWS = 10_000
"""Rows turned into XML at a time: bounds the memory a large table's text takes."""
_EPOCH = dt.date(1899, 12, 30).toordinal()
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold (control characters, lone surrogates, non-characters)."""
_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class Cells(Enum):
    """How a column's values become cells."""

    TEXT = "text"
    """Strings, "" (or None) for an empty cell; anything else is written as its text."""
    NUMBER = "number"
    """Floats, NaN (or None) for an empty cell."""
    DATE = "date"
    """Dates, None for an empty cell; anything else is written as its text."""
    FORMULA = "formula"
    """The writer's own formulas ("=..."), "" for none."""


@dataclass(frozen=True)
class BodyColumn:
    """One column of a table's body: its cells' kind, style index and values."""

    cells: Cells
    style: int
    values: Sequence[Any]


def body_xml(
    columns: Sequence[BodyColumn], first_row: int, heights: Sequence[float | None] = ()
) -> Iterator[bytes]:
    """The ``<row>`` elements of the columns' values, from ``first_row`` on, as UTF-8.

    ``heights`` gives a row's height in points (None: the default); missing ones are None.
    """
    count = max((len(c.values) for c in columns), default=0)
    letters = [get_column_letter(n) for n in range(1, len(columns) + 1)]
    for start in range(0, count, CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, count)
        numbers = [str(n) for n in range(first_row + start, first_row + stop)]
        opens = [
            f'<row r="{n}">' if h is None else f'<row r="{n}" ht="{h:g}" customHeight="1">'
            for n, h in zip(numbers, _heights(heights, start, stop), strict=True)
        ]
        parts = [
            _cells(column, letter, numbers, column.values[start:stop])
            for column, letter in zip(columns, letters, strict=True)
        ]
        rows = map("".join, zip(opens, *parts, strict=True))
        yield "</row>".join(rows).encode("utf-8") + b"</row>"


def _heights(heights: Sequence[float | None], start: int, stop: int) -> list[float | None]:
    chosen = list(heights[start:stop])
    return chosen + [None] * (stop - start - len(chosen))


def _cells(column: BodyColumn, letter: str, numbers: list[str], values: Sequence[Any]) -> list[str]:
    """Each row's cell of one column ("" where the cell is empty)."""
    values = list(values)
    values += [None] * (len(numbers) - len(values))  # a short column: empty below
    head = f'<c r="{letter}'
    style = f'" s="{column.style}"'
    if column.cells is Cells.NUMBER:
        return [
            "" if t is None else f"{head}{n}{style}><v>{t}</v></c>"
            for n, t in zip(numbers, number_texts(values), strict=True)
        ]
    if column.cells is Cells.FORMULA:
        return [
            f"{head}{n}{style}><f>{xml_text(f.removeprefix('='))}</f></c>" if f else ""
            for n, f in zip(numbers, values, strict=True)
        ]
    if column.cells is Cells.DATE:
        tails = _once_each(values, lambda v: _date_tail(style, v))
    else:
        tails = _once_each(values, lambda v: _text_tail(style, _text(v)))
    return [f"{head}{n}{tail}" if tail else "" for n, tail in zip(numbers, tails, strict=True)]


def _once_each(values: list[Any], make: Callable[[Any], str]) -> list[str]:
    """``make`` of each value, called once per distinct value: names and days repeat."""
    try:
        made = {v: make(v) for v in set(values)}
    except TypeError:  # a value that cannot be a key: each on its own
        return [make(v) for v in values]
    return list(map(made.__getitem__, values))


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _text_tail(style: str, text: str) -> str:
    """A text cell after its row number: style, type and the string; "" for no cell."""
    if _SPECIAL.search(text) is not None:
        text = _ILLEGAL.sub("", text)
        escaped = xml_text(text)
    else:
        escaped = text
    if not text:
        return ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'{style} t="inlineStr"><is><t{space}>{escaped}</t></is></c>'


def _date_tail(style: str, value: Any) -> str:
    """A date cell after its row number; a value that is no date is written as its text."""
    if isinstance(value, dt.date):
        return f"{style}><v>{date_serial(value)}</v></c>"
    return _text_tail(style, _text(value))


def number_texts(values: Sequence[Any]) -> list[str | None]:
    """:func:`number_text` of each value; whole numbers, the usual case, all at once."""
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):  # not all numbers: one at a time
        return [number_text(v) for v in values]
    whole = np.isfinite(array) & (np.abs(array) < WHOLE_LIMIT)
    whole &= np.floor(array) == array
    texts: list[str | None] = [None] * len(array)
    for index, text in zip(
        np.flatnonzero(whole).tolist(),
        array[whole].astype(np.int64).astype(str).tolist(),
        strict=True,
    ):
        texts[index] = text
    for index in np.flatnonzero(~whole).tolist():
        texts[index] = number_text(values[index])
    return texts


def number_text(value: Any) -> str | None:
    """A number as a cell holds it (the shortest text that reads back the same); None for
    an empty or not finite one."""
    if value is None or isinstance(value, bool):
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    text = repr(number)
    return text[:-2] if text.endswith(".0") else text


def date_serial(day: dt.date) -> int:
    """Excel's day number of a date (its 1900 system, as openpyxl writes it)."""
    if isinstance(day, dt.datetime):
        day = day.date()
    days = day.toordinal() - _EPOCH
    if 0 < days <= 60:  # Excel counts a 29 February 1900 that never was
        days -= 1
    return days


def xml_text(text: str) -> str:
    """Text as XML character data: illegal characters dropped, the special ones escaped."""
    text = _ILLEGAL.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;")
