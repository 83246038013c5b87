"""What a piece of worksheet XML holds, found with numpy before any cell is parsed.

Whether a piece may hold tags with a namespace prefix, formulas or shared-string cells,
and how far its cells reach, is found with a few array operations over its bytes.

A worksheet as Excel, LibreOffice and openpyxl write it has every ``<row>`` start as
``<row r="12"`` and every ``<c>`` as ``<c r="AB12"``. For such a piece, the furthest row
and column are found without a regular expression match per cell (a large plan has
over a million cells). Any other spelling (no reference, a ``$``, lower-case letters, a
prefix, more than three letters or seven digits) gives no extent, and the piece is read
by the exact scan in :mod:`smplanner.io.safety`, which this never contradicts: it counts
the same tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

Bytes = np.ndarray[Any, np.dtype[np.uint8]]
Places = np.ndarray[Any, np.dtype[np.intp]]

_PAD = bytes(32)
"""Room after the last byte, so looking a few bytes past a tag never leaves the array."""
_MAX_DIGITS = 7
_ENDS = np.zeros(256, dtype=bool)
"""What may follow a tag's name: white space (as a bytes regular expression's \\s), / or >."""
_ENDS[list(b" \t\n\r\f\v/>")] = True
_UPPER = np.zeros(256, dtype=bool)
_UPPER[ord("A") : ord("Z") + 1] = True
_DIGIT = np.zeros(256, dtype=bool)
_DIGIT[ord("0") : ord("9") + 1] = True
_QUOTE = ord('"')


@dataclass(frozen=True)
class Survey:
    """What the byte scan of a piece found; each flag says what ``in`` would."""

    prefixed: bool
    """``:c`` or ``:row`` is in it: perhaps tags with a namespace prefix."""
    formulas: bool
    """``<f`` or ``:f`` is in it: perhaps formula cells."""
    formula_tags: bool
    """An ``f`` tag (``<f`` or ``:f`` followed by what ends a tag's name) is in it."""
    last_cell: int
    """Where the last ``<c>`` tag without a prefix starts; -1: there is none."""
    shared: bool
    """``"s"`` or ``'s'`` is in it: perhaps cells that copy a shared string."""
    extent: tuple[int, int] | None
    """(furthest row, furthest column) when every tag is spelt the usual way."""


def survey(body: bytes) -> Survey:
    """The flags and extent of ``body``, a piece that splits no tag."""
    data: Bytes = np.frombuffer(body + _PAD, dtype=np.uint8)
    size = len(body)
    opens = np.flatnonzero(data[:size] == ord("<"))
    after = data[opens + 1]
    colons = np.flatnonzero(data[:size] == ord(":"))
    named = data[colons + 1]
    prefixed = bool(
        ((named == ord("c")).any())
        or (
            (named == ord("r")) & (data[colons + 2] == ord("o")) & (data[colons + 3] == ord("w"))
        ).any()
    )
    tag_f, named_f = after == ord("f"), named == ord("f")
    formulas = bool(tag_f.any() or named_f.any())
    formula_tags = formulas and bool(
        (tag_f & _ENDS[data[opens + 2]]).any() or (named_f & _ENDS[data[colons + 2]]).any()
    )
    cells = opens[(after == ord("c")) & _ENDS[data[opens + 2]]]
    last_cell = int(cells[-1]) if len(cells) else -1
    shared = _quoted_s(data, size, ord('"')) or _quoted_s(data, size, ord("'"))
    extent = None if prefixed else _extent(data, opens, after, cells)
    return Survey(prefixed, formulas, formula_tags, last_cell, shared, extent)


def _quoted_s(data: Bytes, size: int, quote: int) -> bool:
    """Whether ``s`` in these quotes is in the piece."""
    quotes = np.flatnonzero(data[:size] == quote)
    return bool(((data[quotes + 1] == ord("s")) & (data[quotes + 2] == quote)).any())


def _extent(data: Bytes, opens: Places, after: Bytes, cells: Places) -> tuple[int, int] | None:
    """(furthest row, furthest column) referred to by the ``<row>`` and ``<c>`` tags (at
    ``cells``), or None when any of them is not spelt the usual way."""
    rows = opens[
        (after == ord("r"))
        & (data[opens + 2] == ord("o"))
        & (data[opens + 3] == ord("w"))
        & _ENDS[data[opens + 4]]
    ]
    if not (_starts(data, cells + 2, b' r="') and _starts(data, rows + 4, b' r="')):
        return None
    last_row = _largest_number(data, rows + 8)
    if last_row is None:
        return None
    letters = cells + 6
    first = data[letters]
    if not _UPPER[first].all():
        return None
    second = _UPPER[data[letters + 1]]
    third = second & _UPPER[data[letters + 2]]
    if (third & _UPPER[data[letters + 3]]).any():
        return None
    column = first.astype(np.int64) - 64
    column = np.where(second, column * 26 + data[letters + 1] - 64, column)
    column = np.where(third, column * 26 + data[letters + 2] - 64, column)
    last_cell_row = _largest_number(data, letters + 1 + second + third)
    if last_cell_row is None:
        return None
    return max(last_row, last_cell_row), int(column.max(initial=0))


def _starts(data: Bytes, places: Places, text: bytes) -> bool:
    """Whether ``text`` stands at every one of ``places``."""
    return all(bool((data[places + n] == byte).all()) for n, byte in enumerate(text))


def _largest_number(data: Bytes, places: Places) -> int | None:
    """The largest of the numbers of one to seven digits, each closed by a quote, that
    start at ``places``; None when any is not such a number."""
    value = np.zeros(len(places), dtype=np.int64)
    going = np.ones(len(places), dtype=bool)
    for n in range(_MAX_DIGITS + 1):
        byte = data[places + n]
        digit = _DIGIT[byte] & going
        if n == 0 and not digit.all():
            return None
        ended = going & ~digit
        if not (byte[ended] == _QUOTE).all():
            return None
        going = digit
        if not going.any():
            return int(value.max(initial=0))
        if n == _MAX_DIGITS:
            return None
        value = np.where(digit, value * 10 + byte - ord("0"), value)
    return None


def column_number(letters: bytes) -> int:
    """The 1-based number of a column's letters, in either case (b"AB" -> 28)."""
    number = 0
    for letter in letters.upper()[:8]:
        number = number * 26 + letter - 64
    return number
