"""How the plan turns an edit into primitive steps: checks and cascades.

A command the user asks for (``cascade=True``) is checked here against the plan as it
stands and expanded into the non-cascading steps that carry it out: renaming a tactic
also renames it wherever it is used, removing a KPI also removes its planner column and
the rows it owns. Nothing here changes a table; :class:`~smplanner.domain.plan.Plan`
applies the steps one at a time, so each step is checked against the plan the steps
before it left.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Protocol

import pandas as pd

from smplanner.domain.commands import (
    Command,
    CommandError,
    InsertColumn,
    InsertRows,
    MoveColumns,
    MoveRows,
    RemoveColumn,
    RemoveRows,
    RenameColumn,
    SetCells,
)
from smplanner.domain.schema import (
    Column,
    InvalidValue,
    Kind,
    TableSchema,
    empty_value,
    is_blank,
)
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import tr


class PlanReads(Protocol):
    """The reads of a plan that checking and expanding an edit needs."""

    def row_count(self, table: str) -> int: ...

    def value(self, table: str, row: int, column: str | int) -> Any: ...

    def keys(self, table: str) -> list[str]: ...

    def columns(self, table: str) -> tuple[Column, ...]: ...

    def coerce(self, table: str, column: str, raw: Any) -> Any: ...


def dependents(table: str) -> list[TableSchema]:
    """The tables whose dynamic columns follow the rows of ``table``."""
    return [s for s in SCHEMAS.values() if s.dynamic is not None and s.dynamic.source == table]


def needs_name(schema: TableSchema) -> str:
    return tr("A {noun} needs a name").format(noun=tr(schema.row_noun))


def check_move(plan: PlanReads, table: str, first: int, count: int, dest: int) -> None:
    """Refuse a move of rows outside the table or into themselves."""
    rows = plan.row_count(table)
    if count < 1 or first < 0 or first + count > rows or not 0 <= dest <= rows:
        text = tr("Cannot move rows {first}..{last} of {table}")
        shown = tr(SCHEMAS[table].title)
        raise CommandError(text.format(first=first + 1, last=first + count, table=shown))
    if first <= dest <= first + count:
        raise CommandError(tr("Rows cannot be moved into themselves"))


class CommandSteps:
    """Checks and expands edits against a plan's current tables (read, never written).

    ``frames`` is the plan's own table mapping, read in place so that scanning every
    table for a renamed or removed key copies nothing.
    """

    def __init__(self, plan: PlanReads, frames: Mapping[str, pd.DataFrame]) -> None:
        self._plan = plan
        self._frames = frames

    def _check_row(self, table: str, row: int) -> None:
        if not 0 <= row < self._plan.row_count(table):
            text = tr("{table} has no row {row}")
            raise CommandError(text.format(table=tr(SCHEMAS[table].title), row=row + 1))

    def expand_set(
        self, table: str, change: tuple[int, str, Any], coerced: bool = False
    ) -> list[Command]:
        row, name, raw = change
        self._check_row(table, row)
        if name not in self._frames[table].columns:
            text = tr("{table} has no column {name}")
            raise CommandError(text.format(table=tr(SCHEMAS[table].title), name=repr(name)))
        if name == SCHEMAS[table].key and is_blank(raw):
            raise CommandError(needs_name(SCHEMAS[table]))
        try:
            value = raw if coerced else self._plan.coerce(table, name, raw)
        except InvalidValue as error:
            column = SCHEMAS[table].column(name)
            raise CommandError(f"{tr(column.title)}: {error}") from None
        steps: list[Command] = []
        schema = SCHEMAS[table]
        old = self._plan.value(table, row, name)
        if name == schema.key and value != old:
            self._check_new_key(table, value, ignore_row=row)
            steps += self._rename_steps(table, str(old), str(value))
        steps.append(SetCells(table, ((row, name, value),), cascade=False))
        return steps

    def _check_new_key(self, table: str, key: str, ignore_row: int | None = None) -> None:
        schema = SCHEMAS[table]
        noun = tr(schema.row_noun)
        if not key:
            raise CommandError(needs_name(schema))
        if any(mark in key for mark in ",;\n"):
            raise CommandError(
                tr(
                    "A {noun} name cannot hold a comma, semicolon or line break: "
                    "they separate names in lists"
                ).format(noun=noun)
            )
        for row, existing in enumerate(self._plan.keys(table)):
            if row != ignore_row and existing.casefold() == key.casefold():
                text = tr("There is already a {noun} called '{name}'")
                raise CommandError(text.format(noun=noun, name=existing))
        for dependent in dependents(table):
            fixed = {n.casefold() for n in dependent.fixed_names}
            fixed |= {c.title.casefold() for c in dependent.columns}
            if key.casefold() in fixed:
                text = tr("'{name}' is a column of the {table}; choose another")
                raise CommandError(text.format(name=key, table=tr(dependent.title)))

    def _rename_steps(self, table: str, old: str, new: str) -> list[Command]:
        steps: list[Command] = []
        for schema in SCHEMAS.values():
            changes: list[tuple[int, str, Any]] = []
            frame = self._frames[schema.name]
            for column in schema.columns:
                if table not in column.refs:
                    continue
                for row, value in enumerate(frame[column.name]):
                    if column.kind is Kind.LIST and old in value:
                        renamed = tuple(new if v == old else v for v in value)
                        changes.append((row, column.name, renamed))
                    elif value == old:
                        changes.append((row, column.name, new))
            if changes:
                steps.append(SetCells(schema.name, tuple(changes), cascade=False))
        for dependent in dependents(table):
            steps.append(RenameColumn(dependent.name, old, new))
        return steps

    def expand(self, command: Command) -> list[Command]:
        if isinstance(command, InsertRows) and command.cascade:
            return self._expand_insert(command)
        if isinstance(command, RemoveRows) and command.cascade:
            return self._expand_remove(command)
        if isinstance(command, MoveRows) and command.cascade:
            steps: list[Command] = [replace(command, cascade=False)]
            check_move(self._plan, command.table, command.first, command.count, command.dest)
            for dependent in dependents(command.table):
                move = MoveColumns(dependent.name, command.first, command.count, command.dest)
                steps.append(move)
            return steps
        return [command]

    def _expand_insert(self, command: InsertRows) -> list[Command]:
        table = command.table
        schema = SCHEMAS[table]
        if not 0 <= command.at <= self._plan.row_count(table):
            text = tr("Cannot insert at row {row} of {table}")
            raise CommandError(text.format(row=command.at + 1, table=tr(schema.title)))
        records = []
        new_keys: list[str] = []
        for record in command.records:
            clean: dict[str, Any] = {}
            for column in self._plan.columns(table):
                if command.coerced and column.name in record:
                    clean[column.name] = record[column.name]
                    continue
                raw = record.get(column.name, empty_value(column))
                try:
                    clean[column.name] = self._plan.coerce(table, column.name, raw)
                except InvalidValue as error:
                    raise CommandError(f"{tr(column.title)}: {error}") from None
            if schema.key is not None:
                key = str(clean[schema.key])
                self._check_new_key(table, key)
                if key.casefold() in {k.casefold() for k in new_keys}:
                    text = tr("There is already a {noun} called '{name}'")
                    raise CommandError(text.format(noun=tr(schema.row_noun), name=key))
                new_keys.append(key)
            records.append(clean)
        steps: list[Command] = [InsertRows(table, command.at, tuple(records), cascade=False)]
        for dependent in dependents(table):
            template = dependent.dynamic.template if dependent.dynamic else None
            blank = empty_value(template) if template else ""
            rows = self._plan.row_count(dependent.name)
            for offset, key in enumerate(new_keys):
                values = tuple([blank] * rows)
                steps.append(InsertColumn(dependent.name, key, command.at + offset, values))
        return steps

    def _expand_remove(self, command: RemoveRows) -> list[Command]:
        table = command.table
        rows = tuple(sorted(set(command.rows)))
        for row in rows:
            self._check_row(table, row)
        steps: list[Command] = []
        key = SCHEMAS[table].key
        if key is not None:
            removed = [str(self._plan.value(table, row, key)) for row in rows]
            steps += self._owned_steps(table, set(removed))
            steps += self._clear_steps(table, set(removed))
            for dependent in dependents(table):
                steps += [RemoveColumn(dependent.name, name) for name in removed]
        steps.append(RemoveRows(table, rows, cascade=False))
        return steps

    def _owned_steps(self, table: str, keys: set[str]) -> list[Command]:
        """Remove the rows that belong to the removed entries (see ``Column.owned``)."""
        steps: list[Command] = []
        for schema in SCHEMAS.values():
            if schema.name == table:
                continue
            owners = [c.name for c in schema.columns if c.owned and c.ref == table]
            if not owners:
                continue
            frame = self._frames[schema.name]
            hits = frame[owners].isin(list(keys)).any(axis=1).to_numpy()
            rows = [int(r) for r in hits.nonzero()[0]]
            if rows:
                steps += self._expand_remove(RemoveRows(schema.name, tuple(rows)))
        return steps

    def _clear_steps(self, table: str, keys: set[str]) -> list[Command]:
        steps: list[Command] = []
        for schema in SCHEMAS.values():
            if schema.name == table:
                continue
            frame = self._frames[schema.name]
            changes: list[tuple[int, str, Any]] = []
            for column in schema.columns:
                if table not in column.refs or (column.owned and column.ref == table):
                    continue
                for row, value in enumerate(frame[column.name]):
                    if column.kind is Kind.LIST and keys.intersection(value):
                        changes.append((row, column.name, tuple(v for v in value if v not in keys)))
                    elif column.kind is not Kind.LIST and value in keys:
                        changes.append((row, column.name, ""))
            if changes:
                steps.append(SetCells(schema.name, tuple(changes), cascade=False))
        return steps
