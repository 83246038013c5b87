"""Bringing a colleague's copy of a plan into mine, table by table, row by row.

Rows are matched by the table's key (a catalogue entry by its name, in any letter case)
or, for a table without one, by the columns its schema names as its ``identity`` (a
rating is its rater and dimension); the n-th of several rows alike matches the n-th.
Then:

- a row only the other copy has is added (at the end of the table);
- a row only mine has stays; a merge never removes a row;
- a cell empty in mine and filled in theirs is filled in; a merge never empties a cell;
- a cell both fill with different values is a :class:`Conflict`, resolved as mine or
  theirs before anything changes.

Catalogue entries (rows of keyed tables) only one copy has are listed as
:class:`CatalogueEntry`: theirs are added, with the rows that use them; one that looks
like a rename of mine can be merged into mine instead (``same_as``). The whole merge is
one :class:`~smplanner.domain.commands.Compound`: one undo step, refused whole or done
whole. Nothing here is specific to a table, so tables added later merge as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from smplanner.domain.commands import Command, CommandError, Compound, InsertRows, SetCells
from smplanner.domain.plan import Plan
from smplanner.domain.schema import TableSchema, format_value, is_blank
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import tr

Side = Literal["mine", "theirs"]
MINE: Side = "mine"
THEIRS: Side = "theirs"
Record = dict[str, Any]


class MergeError(ValueError):
    """A merge that cannot be done as asked; the message is meant for the user."""


@dataclass(frozen=True)
class Conflict:
    """One value both copies fill differently: mine's row ``row``, column ``column``."""

    table: str
    row: int
    identity: str
    column: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class TableMerge:
    """What merging does to one table: rows added, empty cells filled, conflicts."""

    table: str
    rows: int
    """How many rows mine has (the added rows go after them)."""
    added: tuple[Record, ...] = ()
    filled: tuple[tuple[int, str, Any], ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def changes(self) -> bool:
        return bool(self.added or self.filled or self.conflicts)


@dataclass(frozen=True)
class CatalogueEntry:
    """An entry (a network, a KPI, a rater) only one copy has.

    Theirs is added, with the ``uses`` rows and cells of theirs that refer to it; mine
    stays. ``like`` names the entry of the other copy it may be a rename of.
    """

    table: str
    name: str
    only_in: Side
    uses: int = 0
    like: str = ""


@dataclass(frozen=True)
class MergePreview:
    """Everything a merge will do, before it does it (plain data)."""

    tables: tuple[TableMerge, ...]
    catalogue: tuple[CatalogueEntry, ...]
    same_as: tuple[tuple[str, str, str], ...] = ()
    """(table, their name, my name): their entries taken as mine."""

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for t in self.tables for c in t.conflicts)

    @property
    def added(self) -> dict[str, int]:
        """Per table with any, how many rows the merge adds."""
        return {t.table: len(t.added) for t in self.tables if t.added}

    @property
    def is_empty(self) -> bool:
        """True when the other copy holds nothing that this plan lacks."""
        return not any(t.changes for t in self.tables)

    def table(self, name: str) -> TableMerge:
        for merge in self.tables:
            if merge.table == name:
                return merge
        raise KeyError(name)


def identity_columns(schema: TableSchema) -> tuple[str, ...]:
    """The columns that say which row is which; () means the row's place."""
    if schema.key is not None:
        return (schema.key,)
    if schema.identity is not None:
        return schema.identity
    required = tuple(c.name for c in schema.columns if c.required)
    return required or schema.fixed_names


def merge_order() -> list[str]:
    """The tables, each after the tables its values refer to (catalogues first)."""
    order: list[str] = []

    def visit(name: str, seen: tuple[str, ...]) -> None:
        if name in order or name in seen:
            return
        schema = SCHEMAS[name]
        needs = [c.ref for c in schema.columns if c.ref is not None]
        if schema.dynamic is not None:
            needs.append(schema.dynamic.source)
        for need in needs:
            if need in SCHEMAS:
                visit(need, (*seen, name))
        order.append(name)

    for name in SCHEMAS:
        visit(name, ())
    return order


def preview(mine: Plan, theirs: Plan, same_as: Iterable[tuple[str, str, str]] = ()) -> MergePreview:
    """What merging ``theirs`` into ``mine`` would do; neither plan is changed.

    ``same_as`` holds (table, their name, my name) for entries of theirs to be taken as
    mine (a KPI they renamed): their rows then refer to my entry.
    """
    same = tuple(same_as)
    other = _aligned(mine, theirs, same)
    catalogue = _catalogue(mine, other)
    tables = tuple(_table(mine, other, name) for name in merge_order())
    return MergePreview(tables, catalogue, same)


def _aligned(mine: Plan, theirs: Plan, same: Sequence[tuple[str, str, str]]) -> Plan:
    """A copy of theirs whose entries carry my spelling (and my name where ``same``)."""
    other = theirs.copy()
    wanted = {(t, a): b for t, a, b in same}
    for table, theirs_name, mine_name in same:
        if table not in SCHEMAS or SCHEMAS[table].key is None:
            raise MergeError(tr("{table} is not a catalogue").format(table=table))
        if theirs_name not in other.keys(table):
            text = tr("The other plan has no {noun} called '{name}'")
            raise MergeError(text.format(noun=tr(SCHEMAS[table].row_noun), name=theirs_name))
        if mine_name not in mine.keys(table):
            text = tr("This plan has no {noun} called '{name}'")
            raise MergeError(text.format(noun=tr(SCHEMAS[table].row_noun), name=mine_name))
    for name in merge_order():
        schema = SCHEMAS[name]
        if schema.key is None:
            continue
        spelled = {k.casefold(): k for k in mine.keys(name)}
        for row, key in enumerate(other.keys(name)):
            target = wanted.get((name, key), spelled.get(key.casefold(), key))
            if target == key:
                continue
            try:
                other.apply(SetCells(name, ((row, schema.key, target),)))
            except CommandError as error:
                text = tr("'{name}' cannot be taken as '{target}': {reason}")
                raise MergeError(text.format(name=key, target=target, reason=error)) from None
    return other


def _catalogue(mine: Plan, other: Plan) -> tuple[CatalogueEntry, ...]:
    entries: list[CatalogueEntry] = []
    for name in merge_order():
        schema = SCHEMAS[name]
        if schema.key is None:
            continue
        mine_keys, their_keys = mine.keys(name), other.keys(name)
        theirs_only = [k for k in their_keys if k not in mine_keys]
        mine_only = [k for k in mine_keys if k not in their_keys]
        mine_rows = {r[schema.key]: r for r in mine.records(name) if r[schema.key] in mine_only}
        their_rows = {r[schema.key]: r for r in other.records(name) if r[schema.key] in theirs_only}
        for key in theirs_only:
            like = _lookalike(schema, their_rows[key], mine_rows.values())
            uses = len(other.references(name, key))
            entries.append(CatalogueEntry(name, key, THEIRS, uses, like))
        for key in mine_only:
            like = _lookalike(schema, mine_rows[key], their_rows.values())
            entries.append(CatalogueEntry(name, key, MINE, len(mine.references(name, key)), like))
    return tuple(entries)


def _lookalike(schema: TableSchema, record: Record, others: Iterable[Record]) -> str:
    """The name of the one other entry with the same (filled) values but its name."""
    key = schema.key or ""
    rest = [n for n in schema.fixed_names if n != key]
    if not any(not _empty(record.get(n)) for n in rest):
        return ""
    alike = [o for o in others if all(o.get(n) == record.get(n) for n in rest)]
    return str(alike[0][key]) if len(alike) == 1 else ""


def _empty(value: Any) -> bool:
    """An empty cell; a yes/no cell is never empty (no is an answer)."""
    return (isinstance(value, tuple) and not value) or is_blank(value)


def _identity(schema: TableSchema, columns: tuple[str, ...], record: Record) -> tuple[Any, ...]:
    values = tuple(record.get(c) for c in columns)
    if schema.key is not None:
        return tuple(str(v).casefold() for v in values)
    return values


def _matched(
    schema: TableSchema, records: Sequence[Record]
) -> dict[tuple[tuple[Any, ...], int], int]:
    """Each row's (identity, how many rows alike came before it) -> its row number."""
    columns = identity_columns(schema)
    seen: dict[tuple[Any, ...], int] = defaultdict(int)
    found = {}
    for row, record in enumerate(records):
        identity = _identity(schema, columns, record)
        found[(identity, seen[identity])] = row
        seen[identity] += 1
    return found


def _table(mine: Plan, other: Plan, name: str) -> TableMerge:
    schema = SCHEMAS[name]
    mine_records, their_records = mine.records(name), other.records(name)
    mine_rows = _matched(schema, mine_records)
    their_rows = _matched(schema, their_records)
    added: list[Record] = []
    filled: list[tuple[int, str, Any]] = []
    conflicts: list[Conflict] = []
    for match, their_row in sorted(their_rows.items(), key=lambda item: item[1]):
        theirs = their_records[their_row]
        row = mine_rows.get(match)
        if row is None:
            added.append(theirs)
            continue
        mine_record = mine_records[row]
        for column_name, value in theirs.items():
            current = mine_record.get(column_name)
            if current == value or _empty(value):
                continue
            if _empty(current):
                filled.append((row, column_name, value))
                continue
            shown = row_identity(mine, name, row)
            conflicts.append(Conflict(name, row, shown, column_name, current, value))
    return TableMerge(name, len(mine_records), tuple(added), tuple(filled), tuple(conflicts))


def row_identity(plan: Plan, table: str, row: int) -> str:
    """How a person recognises a row: "LinkedIn · Followers · 3", or "row 1"."""
    schema = SCHEMAS[table]
    columns = identity_columns(schema)
    if not columns:
        return tr("row {row}").format(row=row + 1)
    parts = [format_value(schema.column(c), plan.value(table, row, c)) for c in columns]
    return " · ".join(p for p in parts if p) or tr("row {row}").format(row=row + 1)


def command(merge: MergePreview, choices: Side | Sequence[Side], label: str = "") -> Command:
    """The one edit that carries out ``merge``: every addition and fill, and each
    conflict as chosen (one choice per conflict, or one for all of them)."""
    conflicts = merge.conflicts
    chosen = [choices] * len(conflicts) if isinstance(choices, str) else list(choices)
    if len(chosen) != len(conflicts) or any(c not in (MINE, THEIRS) for c in chosen):
        raise MergeError(tr("Every conflicting value needs a choice: mine or theirs"))
    sides = iter(chosen)
    inserts: list[Command] = []
    sets: list[Command] = []
    for table in merge.tables:
        if table.added:
            inserts.append(InsertRows(table.table, table.rows, table.added))
        changes = list(table.filled)
        for conflict in table.conflicts:
            if next(sides) == THEIRS:
                changes.append((conflict.row, conflict.column, conflict.theirs))
        if changes:
            sets.append(SetCells(table.table, tuple(sorted(changes, key=lambda c: c[:2]))))
    return Compound((*inserts, *sets), label=label or tr("Merge plans"))


def apply(
    plan: Plan, merge: MergePreview, choices: Side | Sequence[Side], label: str = ""
) -> Command:
    """Carry out ``merge`` on ``plan`` as one edit; returns the edit that undoes it.

    Raises :class:`~smplanner.domain.commands.CommandError` and changes nothing when the
    plan refuses any part of it.
    """
    return plan.apply(command(merge, choices, label))
