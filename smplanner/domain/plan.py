"""The plan: every table the user edits, as pandas DataFrames behind one API.

Nothing else writes into these DataFrames. Reads go through :meth:`Plan.value`,
:meth:`Plan.records` or a copy from :meth:`Plan.frame`; writes go through
:meth:`Plan.apply`, which validates an edit, carries out its cascade, announces every
change to the listeners and returns the edit that undoes it. The checks and cascades
that turn an edit into primitive steps are in :mod:`smplanner.domain.plan_steps`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from smplanner.domain.commands import (
    Command,
    Compound,
    InsertColumn,
    InsertRows,
    MoveColumns,
    MoveRows,
    RemoveColumn,
    RemoveRows,
    RenameColumn,
    SetCells,
    moved_back,
)
from smplanner.domain.events import Change, PlanEvent
from smplanner.domain.plan_steps import CommandSteps, check_move
from smplanner.domain.schema import (
    Column,
    Kind,
    Names,
    TableSchema,
    coerce_in_table,
    dynamic_column,
    empty_value,
)
from smplanner.domain.stored import dtype, records_of, stored, stored_column
from smplanner.domain.tables import SCHEMAS

Listener = Callable[[PlanEvent], None]


@dataclass
class KeptSheet:
    """A sheet of the user's own in a plan workbook, kept for the next save."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)
    parts: object | None = None
    """The sheet as its workbook held it (its XML, charts, pictures, comments, styles),
    read and written by the io layer and opaque here; None: only ``rows`` are kept,
    and written back as values."""


class Plan:
    """All the user's data: one DataFrame per declared table."""

    def __init__(
        self,
        name: str = "",
        tables: Mapping[str, Iterable[Mapping[str, Any]] | pd.DataFrame] | None = None,
    ) -> None:
        """Build a plan from records (already valid values; use io to read workbooks),
        or from a table's values already stored column by column (a DataFrame, as
        :func:`smplanner.domain.stored.stored_array` makes them), which a large workbook
        is read into.

        Dynamic columns (the planner's KPI columns) always follow the rows of their
        source table; values for them are taken from the records by column name.
        """
        self.name = name
        self.kept_sheets: list[KeptSheet] = []
        self._listeners: list[Listener] = []
        self._columns: dict[str, tuple[Column, ...]] = {}
        self._names: dict[tuple[str, ...], Names] = {}
        self._frames: dict[str, pd.DataFrame] = {}
        given = dict(tables or {})
        ordered = sorted(SCHEMAS.values(), key=lambda s: s.dynamic is not None)
        for schema in ordered:
            table = given.get(schema.name, ())
            if isinstance(table, pd.DataFrame):
                self._frames[schema.name] = self._take_frame(schema, table)
                continue
            records = [dict(r) for r in table]
            self._frames[schema.name] = self._build_frame(schema, records)

    # ----------------------------------------------------------------- building
    def _build_frame(
        self, schema: TableSchema, records: list[dict[str, Any]], names: list[str] | None = None
    ) -> pd.DataFrame:
        if names is None:
            names = list(schema.fixed_names)
            if schema.dynamic is not None:
                names += self.keys(schema.dynamic.source)
        data: dict[str, pd.Series] = {}
        for name in names:
            column = schema.column(name)
            blank = empty_value(column)
            data[name] = stored_column(column, [r.get(name, blank) for r in records])
        frame = pd.DataFrame(data, columns=names)
        return frame.reset_index(drop=True)

    def _take_frame(self, schema: TableSchema, given: pd.DataFrame) -> pd.DataFrame:
        """The table from stored columns; a column it lacks is empty, as in records."""
        names = list(schema.fixed_names)
        if schema.dynamic is not None:
            names += self.keys(schema.dynamic.source)
        if list(given.columns) == names:  # as a reader hands it over: taken as it is
            return given.reset_index(drop=True)
        count = len(given)
        data: dict[str, pd.Series] = {}
        for name in names:
            if name in given.columns:
                data[name] = given[name].reset_index(drop=True)
            else:
                column = schema.column(name)
                data[name] = stored_column(column, [empty_value(column)] * count)
        return pd.DataFrame(data, columns=names)

    # --------------------------------------------------------------- listeners
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every :class:`PlanEvent`; returns the unsubscribe call."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, change: Change, table: str, first: int = 0, last: int = -1, **kw: int) -> None:
        event = PlanEvent(change, table, first, last, **kw)
        if not change.announces:
            self._columns.clear()
            self._names.clear()
        for listener in list(self._listeners):
            listener(event)

    # -------------------------------------------------------------------- reads
    @staticmethod
    def schema(table: str) -> TableSchema:
        return SCHEMAS[table]

    def columns(self, table: str) -> tuple[Column, ...]:
        """The table's columns in display order: declared, then dynamic ones."""
        cached = self._columns.get(table)
        if cached is not None:
            return cached
        schema = SCHEMAS[table]
        columns = list(schema.columns)
        if schema.dynamic is not None:
            source = schema.dynamic.source
            details = {r["name"]: r for r in self.records(source)} if source else {}
            for name in list(self._frames[table].columns)[len(columns) :]:
                row = details.get(name, {})
                column = dynamic_column(schema.dynamic, name, str(row.get("description", "")))
                columns.append(replace(column, group=str(row.get("category", ""))))
        result = tuple(columns)
        self._columns[table] = result
        return result

    def column_names(self, table: str) -> list[str]:
        return list(self._frames[table].columns)

    def column_index(self, table: str, name: str) -> int:
        position = self._frames[table].columns.get_loc(name)
        if not isinstance(position, int):
            raise KeyError(f"{table} has no single column {name!r}")
        return position

    def row_count(self, table: str) -> int:
        return len(self._frames[table])

    def value(self, table: str, row: int, column: str | int) -> Any:
        frame = self._frames[table]
        index = column if isinstance(column, int) else self.column_index(table, column)
        value = frame.iat[row, index]
        if isinstance(value, float) and math.isnan(value):
            return None
        return value

    def row(self, table: str, row: int) -> dict[str, Any]:
        return {name: self.value(table, row, i) for i, name in enumerate(self.column_names(table))}

    def records(self, table: str) -> list[dict[str, Any]]:
        """Every row as :meth:`row` gives it (None for an empty number)."""
        return records_of(self._frames[table])

    def column_values(self, table: str, column: str) -> list[Any]:
        """One column's values as :meth:`value` gives them (None for empty numbers),
        for figures over a whole table."""
        values = self._frames[table][column].tolist()
        return [None if isinstance(v, float) and math.isnan(v) else v for v in values]

    def frame(self, table: str) -> pd.DataFrame:
        """A copy of the table, for pure functions and writers."""
        return self._frames[table].copy()

    def keys(self, table: str) -> list[str]:
        key = SCHEMAS[table].key
        if key is None:
            raise KeyError(f"{table} has no key column")
        return [str(v) for v in self._frames[table][key]]

    def allowed(self, table: str, column: str) -> tuple[str, ...]:
        """The values a choice or list column accepts right now."""
        spec = self.schema(table).column(column)
        if spec.ref is None:
            return spec.choices
        names = self._names.get(spec.refs)
        if names is None:
            names = Names(key for ref in spec.refs for key in self.keys(ref))
            self._names[spec.refs] = names
        return names

    def coerce(self, table: str, column: str, raw: Any) -> Any:
        """What ``raw`` would be stored as; raises :class:`InvalidValue` with the reason."""
        schema = self.schema(table)
        return coerce_in_table(schema, schema.column(column), raw, self.allowed(table, column))

    def references(self, table: str, key: str) -> list[tuple[str, int, str]]:
        """Where ``key`` of ``table`` is used: (table, row, column) of each use.

        A dynamic column named after the key (a KPI's planner column) counts once per
        filled cell.
        """
        uses: list[tuple[str, int, str]] = []
        for schema in SCHEMAS.values():
            frame = self._frames[schema.name]
            for column in schema.columns:
                if table not in column.refs:
                    continue
                for row, value in enumerate(frame[column.name]):
                    hit = key in value if column.kind is Kind.LIST else value == key
                    if hit:
                        uses.append((schema.name, row, column.name))
            dynamic = schema.dynamic
            if dynamic is not None and dynamic.source == table and key in frame.columns:
                filled = [r for r, v in enumerate(frame[key]) if v not in ("", None)]
                uses.extend((schema.name, r, key) for r in filled)
        return uses

    def copy(self) -> Plan:
        """A detached copy (same values, no listeners): autosave writes it in a thread
        while editing goes on. Kept sheets' rows are shared; nothing edits them."""
        twin = Plan.__new__(Plan)
        twin.name = self.name
        twin.kept_sheets = [replace(k) for k in self.kept_sheets]
        twin._listeners = []
        twin._columns = dict(self._columns)
        twin._names = {}
        twin._frames = {name: frame.copy() for name, frame in self._frames.items()}
        return twin

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every table as records, for comparing plans."""
        return {name: self.records(name) for name in SCHEMAS}

    # ------------------------------------------------------------------- writes
    def apply(self, command: Command) -> Command:
        """Carry out ``command``; return the command that undoes it.

        Raises :class:`CommandError` (and changes nothing) when the edit is refused.
        """
        done: list[Command] = []
        try:
            self._run(command, done)
        except Exception:
            for inverse in reversed(done):
                self._run(inverse, [])
            raise
        inverse = done[0] if len(done) == 1 else Compound(tuple(reversed(done)))
        return replace(inverse, label=command.label)

    def _run(self, command: Command, done: list[Command]) -> None:
        if isinstance(command, Compound):
            for step in command.steps:
                self._run(step, done)
            return
        steps = CommandSteps(self, self._frames)
        if isinstance(command, SetCells) and command.cascade:
            for change in command.changes:
                for step in steps.expand_set(command.table, change, command.coerced):
                    done.append(self._primitive(step))
            return
        for step in steps.expand(command):
            done.append(self._primitive(step))

    # --------------------------------------------------------------- primitives
    def _primitive(self, step: Command) -> Command:
        self._columns.clear()
        self._names.clear()
        if isinstance(step, SetCells):
            return self._set_cells(step)
        if isinstance(step, InsertRows):
            return self._insert_rows(step)
        if isinstance(step, RemoveRows):
            return self._remove_rows(step)
        if isinstance(step, MoveRows):
            return self._move_rows(step)
        if isinstance(step, InsertColumn):
            return self._insert_column(step)
        if isinstance(step, RemoveColumn):
            return self._remove_column(step)
        if isinstance(step, RenameColumn):
            return self._rename_column(step)
        if isinstance(step, MoveColumns):
            return self._move_columns(step)
        raise TypeError(f"Not an edit: {step!r}")

    def _set_cells(self, step: SetCells) -> Command:
        frame = self._frames[step.table]
        olds = []
        rows, columns = [], []
        for row, name, value in step.changes:
            index = self.column_index(step.table, name)
            column = self.schema(step.table).column(name)
            olds.append((row, name, self.value(step.table, row, index)))
            frame.iat[row, index] = stored(column, value)
            rows.append(row)
            columns.append(index)
        if rows:
            self._emit(
                Change.CELLS,
                step.table,
                min(rows),
                max(rows),
                first_column=min(columns),
                last_column=max(columns),
            )
        return SetCells(step.table, tuple(reversed(olds)), cascade=False)

    def _insert_rows(self, step: InsertRows) -> Command:
        table = step.table
        frame = self._frames[table]
        count = len(step.records)
        if count == 0:
            return RemoveRows(table, (), cascade=False)
        schema = SCHEMAS[table]
        new = self._build_frame(schema, [dict(r) for r in step.records], list(frame.columns))
        self._emit(Change.ROWS_INSERT_ABOUT, table, step.at, step.at + count - 1)
        parts = [frame.iloc[: step.at], new, frame.iloc[step.at :]]
        self._frames[table] = pd.concat(parts, ignore_index=True)
        self._emit(Change.ROWS_INSERTED, table, step.at, step.at + count - 1)
        return RemoveRows(table, tuple(range(step.at, step.at + count)), cascade=False)

    def _remove_rows(self, step: RemoveRows) -> Command:
        table = step.table
        blocks = _blocks(sorted(set(step.rows)))
        inserts: list[Command] = []
        for first, last in reversed(blocks):
            records = tuple(self.row(table, r) for r in range(first, last + 1))
            inserts.append(InsertRows(table, first, records, cascade=False))
            self._emit(Change.ROWS_REMOVE_ABOUT, table, first, last)
            frame = self._frames[table]
            self._frames[table] = frame.drop(index=range(first, last + 1)).reset_index(drop=True)
            self._emit(Change.ROWS_REMOVED, table, first, last)
        inserts.reverse()
        return inserts[0] if len(inserts) == 1 else Compound(tuple(inserts))

    def _move_rows(self, step: MoveRows) -> Command:
        check_move(self, step.table, step.first, step.count, step.dest)
        last = step.first + step.count - 1
        self._emit(Change.ROWS_MOVE_ABOUT, step.table, step.first, last, dest=step.dest)
        order = _moved(list(range(self.row_count(step.table))), step.first, step.count, step.dest)
        frame = self._frames[step.table]
        self._frames[step.table] = frame.iloc[order].reset_index(drop=True)
        self._emit(Change.ROWS_MOVED, step.table, step.first, last, dest=step.dest)
        first, dest = moved_back(step.first, step.count, step.dest)
        return MoveRows(step.table, first, step.count, dest, cascade=False)

    def _fixed_count(self, table: str) -> int:
        return len(SCHEMAS[table].columns)

    def _insert_column(self, step: InsertColumn) -> Command:
        schema = SCHEMAS[step.table]
        assert schema.dynamic is not None
        column = dynamic_column(schema.dynamic, step.name)
        position = self._fixed_count(step.table) + step.at
        frame = self._frames[step.table].copy()
        values = [stored(column, v) for v in step.values]
        self._emit(Change.COLUMNS_INSERT_ABOUT, step.table, position, position)
        frame.insert(position, step.name, pd.Series(values, dtype=dtype(column)))
        self._frames[step.table] = frame
        self._emit(Change.COLUMNS_INSERTED, step.table, position, position)
        return RemoveColumn(step.table, step.name)

    def _remove_column(self, step: RemoveColumn) -> Command:
        frame = self._frames[step.table]
        position = self.column_index(step.table, step.name)
        values = tuple(self.value(step.table, r, position) for r in range(len(frame)))
        self._emit(Change.COLUMNS_REMOVE_ABOUT, step.table, position, position)
        self._frames[step.table] = frame.drop(columns=[step.name])
        self._emit(Change.COLUMNS_REMOVED, step.table, position, position)
        at = position - self._fixed_count(step.table)
        return InsertColumn(step.table, step.name, at, values)

    def _rename_column(self, step: RenameColumn) -> Command:
        frame = self._frames[step.table]
        position = self.column_index(step.table, step.old)
        self._frames[step.table] = frame.rename(columns={step.old: step.new})
        self._emit(Change.HEADER, step.table, position, position)
        return RenameColumn(step.table, step.new, step.old)

    def _move_columns(self, step: MoveColumns) -> Command:
        fixed = self._fixed_count(step.table)
        frame = self._frames[step.table]
        first, dest = fixed + step.first, fixed + step.dest
        last = first + step.count - 1
        self._emit(Change.COLUMNS_MOVE_ABOUT, step.table, first, last, dest=dest)
        order = _moved(list(frame.columns), first, step.count, dest)
        self._frames[step.table] = frame[order]
        self._emit(Change.COLUMNS_MOVED, step.table, first, last, dest=dest)
        back_first, back_dest = moved_back(step.first, step.count, step.dest)
        return MoveColumns(step.table, back_first, step.count, back_dest)


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of sorted row numbers, as (first, last)."""
    blocks: list[tuple[int, int]] = []
    for row in rows:
        if blocks and row == blocks[-1][1] + 1:
            blocks[-1] = (blocks[-1][0], row)
        else:
            blocks.append((row, row))
    return blocks


def _moved(items: list[Any], first: int, count: int, dest: int) -> list[Any]:
    block = items[first : first + count]
    rest = items[:first] + items[first + count :]
    at = dest if dest < first else dest - count
    return rest[:at] + block + rest[at:]
