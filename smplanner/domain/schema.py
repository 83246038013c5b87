"""Declared shapes of the plan's tables.

Every table the user edits is described once here: its columns, their kinds, the values
they allow and their defaults. Validation, the workbook layout and the Qt table model all
read these declarations, so a new section is a new schema, not new plumbing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from smplanner.domain.text import tr


class Kind(StrEnum):
    """What a column holds."""

    TEXT = "text"
    CHOICE = "choice"
    LIST = "list"
    NUMBER = "number"
    INTEGER = "integer"
    BOOL = "bool"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``choices`` fixes the allowed values; ``ref`` names the table whose keys are the
    allowed values instead (renaming or removing such a key follows every reference).
    ``aliases`` maps other spellings a person may type (lower case) to the stored value.
    ``owned`` makes the row belong to the referenced entry: deleting the entry deletes
    the row too (an evidence statement goes with its dimension), in the same undo step.
    ``also_refs`` names further tables whose keys are allowed as well (a touch's channel
    is a network or another channel); renames and removals follow them the same way.
    """

    name: str
    title: str
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()
    ref: str | None = None
    required: bool = False
    default: Any = ""
    minimum: float | None = None
    maximum: float | None = None
    tooltip: str = ""
    width: int = 16
    aliases: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    group: str = ""
    owned: bool = False
    also_refs: tuple[str, ...] = ()

    @property
    def refs(self) -> tuple[str, ...]:
        """Every table whose keys this column takes, the main one first."""
        return () if self.ref is None else (self.ref, *self.also_refs)

    def label(self, value: Any) -> str:
        """The long, human label of a stored choice (``"P"`` -> ``"Primary"``)."""
        return self.labels.get(value, "" if value is None else str(value))


@dataclass(frozen=True)
class DynamicColumns:
    """Columns named after the keys of another table, in that table's row order.

    The KPI planner has one column per KPI of the catalogue: adding, renaming, moving or
    removing a KPI adds, renames, moves or removes the column.
    """

    source: str
    template: Column


@dataclass(frozen=True)
class TableSchema:
    """A table of the plan: its columns, key and place in the workbook.

    ``identity`` names, for a table without a key, the columns that say which row is
    which when two copies of a plan are merged (a tracking value is its network, KPI and
    period); ``()`` means the row's place (a one-row table). None: the required columns.
    """

    name: str
    title: str
    sheet: str
    columns: tuple[Column, ...]
    key: str | None = None
    dynamic: DynamicColumns | None = None
    row_noun: str = "row"
    description: str = ""
    identity: tuple[str, ...] | None = None

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        if self.dynamic is not None:
            return dynamic_column(self.dynamic, name)
        raise KeyError(f"{self.name} has no column {name!r}")

    @property
    def fixed_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def dynamic_column(dynamic: DynamicColumns, name: str, tooltip: str = "") -> Column:
    """The column for one key of the dynamic source (one KPI of the planner)."""
    t = dynamic.template
    return Column(
        name=name,
        title=name,
        kind=t.kind,
        choices=t.choices,
        default=t.default,
        tooltip=tooltip,
        width=t.width,
        aliases=t.aliases,
        labels=t.labels,
    )


class InvalidValue(ValueError):
    """A value that does not fit its column; the message says what is expected."""

    def __init__(self, value: Any, expected: str) -> None:
        shown = repr(value) if not isinstance(value, str) else f"'{value}'"
        super().__init__(
            tr("{value} is not allowed; expected {expected}").format(value=shown, expected=expected)
        )
        self.value = value
        self.expected = expected


_TRUE = {"yes", "y", "true", "1", "x", "✓", "ja", "tak"}
_FALSE = {"no", "n", "false", "0", "", "nein", "nie"}
_LIST_SPLIT = re.compile(r"\s*[,;\n]\s*")
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_TEXT = 32_767
"""The most characters a spreadsheet cell holds."""


def clean_text(raw: Any) -> str:
    """Text as a workbook can keep it: one kind of line break, no control characters."""
    text = str(raw).replace("\r\n", "\n").replace("\r", "\n")
    return _UNWRITABLE.sub("", text).strip()


def is_blank(value: Any) -> bool:
    """Empty cell: None, NaN or whitespace only."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def expected_text(column: Column, allowed: Sequence[str]) -> str:
    """Human words for what a column accepts, for error messages."""
    blank = not column.required
    if column.kind in (Kind.CHOICE, Kind.LIST):
        shown = [f"{a} ({tr(column.labels[a])})" if a in column.labels else a for a in allowed]
        if len(shown) > 8:
            shown = [*shown[:8], "…"]
        if not allowed:
            if column.kind is Kind.LIST:
                text = tr("a list of the names on the {sheet} sheet (it is empty)")
            else:
                text = tr("one of the names on the {sheet} sheet (it is empty)")
            return text.format(sheet=column.ref)
        if column.kind is Kind.LIST:
            text = tr("a list of {values}, or empty") if blank else tr("a list of {values}")
        else:
            text = tr("one of {values}, or empty") if blank else tr("one of {values}")
        return text.format(values=", ".join(shown))
    if column.kind is Kind.NUMBER:
        return _range_words(
            column,
            tr("a number"),
            tr("a number from {minimum} to {maximum}"),
            tr("a number of at least {minimum}"),
            tr("a number of at most {maximum}"),
        )
    if column.kind is Kind.INTEGER:
        return _range_words(
            column,
            tr("a whole number"),
            tr("a whole number from {minimum} to {maximum}"),
            tr("a whole number of at least {minimum}"),
            tr("a whole number of at most {maximum}"),
        )
    if column.kind is Kind.BOOL:
        return tr("yes or no")
    if column.kind is Kind.DATE:
        if blank:
            return tr("a date such as 2026-03-31 (year-month-day), or empty")
        return tr("a date such as 2026-03-31 (year-month-day)")
    return tr("text") if not column.required else tr("some text")


def _range_words(column: Column, neither: str, both: str, low: str, high: str) -> str:
    """The words for a number column: ``both`` with minimum and maximum, and so on."""
    minimum = "" if column.minimum is None else f"{column.minimum:g}"
    maximum = "" if column.maximum is None else f"{column.maximum:g}"
    if minimum and maximum:
        return both.format(minimum=minimum, maximum=maximum)
    if minimum:
        return low.format(minimum=minimum)
    if maximum:
        return high.format(maximum=maximum)
    return neither


def coerce(column: Column, raw: Any, allowed: Sequence[str] = ()) -> Any:
    """Turn what a person typed or a workbook held into the stored value.

    Accepts the forgiving spellings of a spreadsheet (trailing spaces, other letter case,
    aliases, numbers as text) and raises :class:`InvalidValue` naming what is expected.
    """
    if column.kind is Kind.TEXT:
        if is_blank(raw):
            if column.required:
                raise InvalidValue("", expected_text(column, allowed))
            return ""
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = clean_text(raw)
        if len(text) > MAX_TEXT:
            raise InvalidValue(
                text[:20] + "…", tr("at most {count} characters").format(count=f"{MAX_TEXT:,}")
            )
        return text
    if column.kind is Kind.CHOICE:
        return _coerce_choice(column, raw, allowed)
    if column.kind is Kind.LIST:
        if isinstance(raw, (tuple, list)):
            parts = [str(p) for p in raw]
        elif is_blank(raw):
            parts = []
        else:
            parts = _LIST_SPLIT.split(str(raw).strip())
        values: list[str] = []
        for part in parts:
            if not part.strip():
                continue
            value = _coerce_choice(column, part, allowed)
            if value not in values:
                values.append(value)
        return tuple(values)
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        return _coerce_number(column, raw)
    if column.kind is Kind.BOOL:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (int, float)) and not is_blank(raw):
            return bool(raw)
        text = "" if is_blank(raw) else str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise InvalidValue(raw, tr("yes or no"))
    if column.kind is Kind.DATE:
        return _coerce_date(column, raw)
    raise AssertionError(column.kind)


def coerce_in_table(
    schema: TableSchema, column: Column, raw: Any, allowed: Sequence[str] = ()
) -> Any:
    """Like :func:`coerce`, but a row may be incomplete while someone works on it.

    Required columns other than the table's key may be blank: they take their default
    when they have one, else stay empty, and the section's checks flag the row.
    """
    if column.required and column.name != schema.key:
        if is_blank(raw) and column.default not in ("", None):
            return column.default
        column = _optional(column)
    return coerce(column, raw, allowed)


_OPTIONAL: dict[int, tuple[Column, Column]] = {}


def _optional(column: Column) -> Column:
    """The column with ``required`` off, made once per column: copying a dataclass for
    every cell read was most of the time a large workbook took to open."""
    kept = _OPTIONAL.get(id(column))
    if kept is None or kept[0] is not column:
        if len(_OPTIONAL) > 1000:  # columns made on the fly (a dynamic one) do not pile up
            _OPTIONAL.clear()
        kept = _OPTIONAL[id(column)] = (column, replace(column, required=False))
    return kept[1]


class Names(tuple[str, ...]):
    """Allowed names with a look-up by folded spelling, for long lists (deal ids): checking
    80,000 touches against 10,000 deals one by one would take minutes."""

    _folded: dict[str, str]

    def find(self, folded: str) -> str | None:
        if not hasattr(self, "_folded"):
            found: dict[str, str] = {}
            for value in self:
                found.setdefault(" ".join(value.split()).casefold(), value)
            self._folded = found
        return self._folded.get(folded)


def _coerce_choice(column: Column, raw: Any, allowed: Sequence[str]) -> str:
    if is_blank(raw):
        if column.required:
            raise InvalidValue("", expected_text(column, allowed))
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a level typed as 3 in a spreadsheet arrives as 3.0
    text = " ".join(clean_text(raw).split())
    folded = text.casefold()
    if isinstance(allowed, Names):
        hit = allowed.find(folded)
        if hit is not None:
            return hit
    for value in allowed:
        # The stored name may hold runs of spaces (a catalogue name is kept as typed).
        if value.casefold() == folded or " ".join(value.split()).casefold() == folded:
            return value
    alias = column.aliases.get(folded)
    if alias is not None and alias in allowed:
        return alias
    for value, label in column.labels.items():
        if folded in (label.casefold(), tr(label).casefold()) and value in allowed:
            return value
    if column.ref is None:  # a fixed word typed in the user's language: "erledigt" is done
        for value in allowed:
            if tr(value).casefold() == folded:
                return value
    raise InvalidValue(text, expected_text(column, allowed))


def _coerce_number(column: Column, raw: Any) -> float | int | None:
    if is_blank(raw):
        if column.required:
            raise InvalidValue("", expected_text(column, ()))
        return None
    if isinstance(raw, bool):
        raise InvalidValue(raw, expected_text(column, ()))
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        text = str(raw).strip().replace("\u00a0", "").replace(" ", "")
        try:
            number = float(text)
        except ValueError:
            raise InvalidValue(raw, expected_text(column, ())) from None
    if math.isnan(number) or math.isinf(number):
        raise InvalidValue(raw, expected_text(column, ()))
    if column.minimum is not None and number < column.minimum:
        raise InvalidValue(raw, expected_text(column, ()))
    if column.maximum is not None and number > column.maximum:
        raise InvalidValue(raw, expected_text(column, ()))
    if column.kind is Kind.INTEGER:
        if not number.is_integer():
            raise InvalidValue(raw, expected_text(column, ()))
        return int(number)
    return number


EXCEL_EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's (1900) date numbers; serial 1 is 1900-01-01 after Excel's leap-day bug."""
LAST_SERIAL = (dt.date(9999, 12, 31) - EXCEL_EPOCH).days


def _coerce_date(column: Column, raw: Any) -> dt.date | None:
    """A calendar date from a date cell, an ISO text or an Excel date number.

    A time of day, when there is one, is dropped: the columns hold days.
    """
    if is_blank(raw):
        if column.required:
            raise InvalidValue("", expected_text(column, ()))
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, bool):
        raise InvalidValue(raw, expected_text(column, ()))
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw) or not 1 <= raw <= LAST_SERIAL:
            raise InvalidValue(raw, expected_text(column, ()))
        return EXCEL_EPOCH + dt.timedelta(days=int(raw))
    text = clean_text(raw)
    try:
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text).date()
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValue(text, expected_text(column, ())) from None


def empty_value(column: Column) -> Any:
    """The stored value of an empty cell."""
    if column.kind is Kind.LIST:
        return ()
    if column.kind in (Kind.NUMBER, Kind.INTEGER, Kind.DATE):
        return None
    if column.kind is Kind.BOOL:
        return bool(column.default)
    return column.default if isinstance(column.default, str) else ""


def format_value(column: Column, value: Any) -> str:
    """The text a person sees and copies for a stored value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if column.kind is Kind.LIST:
        return ", ".join(str(v) for v in value)
    if column.kind is Kind.BOOL:
        return "yes" if value else "no"
    if column.kind is Kind.INTEGER:
        return str(int(value))
    if column.kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if column.kind is Kind.NUMBER:
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return str(value)
