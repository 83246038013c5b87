"""Edits of tables whose rows are found by a key: set the rows that exist, add the rest.

Tracking (network, KPI, period), profile statuses (account, item) and maturity ratings
(rater, dimension) are shown pivoted: people type into a cell whose row may not exist
yet. :func:`keyed_edit` turns "set these fields of the rows with these keys" into one
command (cells set and rows added undo as one step) and names every value it refused,
with its key and column. Each value is coerced here, once; the command says so, and the
plan does not coerce it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from smplanner.domain.commands import Command, Compound, InsertRows, SetCells
from smplanner.domain.plan import Plan
from smplanner.domain.schema import InvalidValue, is_blank

Key = tuple[Any, ...]
Values = Mapping[Key, Mapping[str, Any]]
"""Per key, the fields to set (column name -> raw value, as typed or pasted)."""
Locate = Callable[[Key], int | None]
IMMUTABLE = (str, int, float, bool, tuple, date)
"""Coerced values safe to share between cells."""


@dataclass(frozen=True)
class KeyedTable:
    """A table read and edited by key."""

    table: str
    key: tuple[str, ...]
    """The columns that together name a row."""
    first_wins: bool = False
    """Of rows sharing a key (a workbook may hold them), the one that counts and is edited:
    the last (False) or the first (True), as the table's figures read it."""


@dataclass(frozen=True)
class Refusal:
    """A value that was not set: where, what was given, and why."""

    key: Key
    column: str
    raw: Any
    reason: str


@dataclass(frozen=True)
class KeyedEdit:
    """The command for the values that fit (None when nothing changes) and the refusals."""

    command: Command | None
    refused: tuple[Refusal, ...] = ()


def rows_by_key(plan: Plan, spec: KeyedTable) -> dict[Key, int]:
    """Each key's row (the one that counts among duplicates)."""
    columns = [plan.column_values(spec.table, name) for name in spec.key]
    found: dict[Key, int] = {}
    for row, key in enumerate(zip(*columns, strict=True)):
        if spec.first_wins:
            found.setdefault(key, row)
        else:
            found[key] = row
    return found


def keyed_edit(
    plan: Plan,
    spec: KeyedTable,
    values: Values,
    label: str = "",
    *,
    locate: Locate | None = None,
    add_blank: bool = False,
) -> KeyedEdit:
    """One command that sets ``values`` in the rows with their keys, adding missing rows.

    A value equal to the stored one is left out; so is an empty value for a row that does
    not exist (empty means no data, which a missing row already says), unless
    ``add_blank``, which adds a row of just its key. ``locate`` gives a key's row where
    the caller already knows it (a pivot of the table as it is now); without it the
    table is searched.
    """
    table = spec.table
    where = locate if locate is not None else rows_by_key(plan, spec).get
    changes: list[tuple[int, str, Any]] = []
    added: list[dict[str, Any]] = []
    refused: list[Refusal] = []
    coerce = _remembered(plan, table)
    for key, fields in values.items():
        clean: dict[str, Any] = {}
        for column, raw in fields.items():
            try:
                clean[column] = coerce(column, raw)
            except InvalidValue as error:
                refused.append(Refusal(key, column, raw, str(error)))
        row = where(key)
        if row is not None:
            changes += [
                (row, column, value)
                for column, value in clean.items()
                if plan.value(table, row, column) != value
            ]
            continue
        filled = {column: value for column, value in clean.items() if not is_blank(value)}
        if not filled and not (add_blank and len(clean) == len(fields)):
            continue
        named = _named(coerce, spec, key, refused)
        if named is not None:
            added.append({**named, **filled})
    steps: list[Command] = []
    if changes:
        steps.append(SetCells(table, tuple(changes), coerced=True, label=label))
    if added:
        at = plan.row_count(table)
        steps.append(InsertRows(table, at, tuple(added), coerced=True, label=label))
    if not steps:
        return KeyedEdit(None, tuple(refused))
    command = steps[0] if len(steps) == 1 else Compound(tuple(steps), label=label)
    return KeyedEdit(command, tuple(refused))


def _remembered(plan: Plan, table: str) -> Callable[[str, Any], Any]:
    """``plan.coerce`` for one table, each distinct value coerced once (an import repeats
    the same network, KPI and period thousands of times)."""
    done: dict[tuple[str, type, Any], Any] = {}

    def coerce(column: str, raw: Any) -> Any:
        try:
            mark = (column, type(raw), raw)
            if mark in done:
                return done[mark]
        except TypeError:  # an unhashable value (a list) is coerced each time
            return plan.coerce(table, column, raw)
        value = plan.coerce(table, column, raw)
        if value is None or isinstance(value, IMMUTABLE):
            done[mark] = value
        return value

    return coerce


def _named(
    coerce: Callable[[str, Any], Any], spec: KeyedTable, key: Key, refused: list[Refusal]
) -> dict[str, Any] | None:
    """The key's columns of a new row; None (and a refusal) when a part does not fit."""
    named: dict[str, Any] = {}
    for column, raw in zip(spec.key, key, strict=True):
        try:
            named[column] = coerce(column, raw)
        except InvalidValue as error:
            refused.append(Refusal(key, column, raw, str(error)))
            return None
    return named
