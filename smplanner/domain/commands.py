"""Edits as data.

Every change to a plan is one of these records, applied by :meth:`Plan.apply`, which
returns the record that undoes it. Undo and redo are therefore just applying records,
testable without Qt. ``label`` is the readable text shown in the Edit menu.

A command with ``cascade=True`` (what the user asks for) is expanded by the plan into
primitive steps: renaming a tactic also renames it in every planner row, removing a KPI
also removes its planner column. Inverses are always explicit, non-cascading steps, so
undo restores exactly what was there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class CommandError(ValueError):
    """An edit the plan refuses; the message is meant for the user."""


@dataclass(frozen=True)
class Command:
    label: str = field(default="", kw_only=True, compare=False)


@dataclass(frozen=True)
class SetCells(Command):
    """Set cells: ``changes`` holds (row, column name, value)."""

    table: str
    changes: tuple[tuple[int, str, Any], ...]
    cascade: bool = True
    coerced: bool = False
    """The values are already what :meth:`Plan.coerce` made of them (an edit helper coerced
    each once): the plan checks rows, columns and names but does not coerce them again."""


@dataclass(frozen=True)
class InsertRows(Command):
    """Insert rows at ``at``; each record maps column names to values (missing: default)."""

    table: str
    at: int
    records: tuple[Mapping[str, Any], ...]
    cascade: bool = True
    coerced: bool = False
    """The values given are already coerced (see :class:`SetCells`); missing columns still
    take their defaults."""


@dataclass(frozen=True)
class RemoveRows(Command):
    table: str
    rows: tuple[int, ...]
    cascade: bool = True


@dataclass(frozen=True)
class MoveRows(Command):
    """Move ``count`` rows from ``first`` to before row ``dest`` (numbered before the move)."""

    table: str
    first: int
    count: int
    dest: int
    cascade: bool = True


@dataclass(frozen=True)
class InsertColumn(Command):
    """Insert a dynamic column at dynamic position ``at`` with ``values`` (one per row)."""

    table: str
    name: str
    at: int
    values: tuple[Any, ...]


@dataclass(frozen=True)
class RemoveColumn(Command):
    table: str
    name: str


@dataclass(frozen=True)
class RenameColumn(Command):
    table: str
    old: str
    new: str


@dataclass(frozen=True)
class MoveColumns(Command):
    """Move dynamic columns, positions counted among the dynamic columns only."""

    table: str
    first: int
    count: int
    dest: int


@dataclass(frozen=True)
class Compound(Command):
    """Several steps that undo and redo as one."""

    steps: tuple[Command, ...]


def moved_back(first: int, count: int, dest: int) -> tuple[int, int]:
    """(first, dest) of the move that undoes moving ``count`` items from ``first`` to ``dest``."""
    if dest > first:
        return dest - count, first
    return dest, first + count
