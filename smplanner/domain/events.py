"""What a plan announces when it changes.

Structural changes come in pairs (``*_ABOUT`` before, the plain kind after) because a
Qt model must call ``beginInsertRows`` before the data changes and ``endInsertRows``
after. Positions are row or display-column numbers of the named table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Change(Enum):
    CELLS = "cells"
    ROWS_INSERT_ABOUT = "rows_insert_about"
    ROWS_INSERTED = "rows_inserted"
    ROWS_REMOVE_ABOUT = "rows_remove_about"
    ROWS_REMOVED = "rows_removed"
    ROWS_MOVE_ABOUT = "rows_move_about"
    ROWS_MOVED = "rows_moved"
    COLUMNS_INSERT_ABOUT = "columns_insert_about"
    COLUMNS_INSERTED = "columns_inserted"
    COLUMNS_REMOVE_ABOUT = "columns_remove_about"
    COLUMNS_REMOVED = "columns_removed"
    COLUMNS_MOVE_ABOUT = "columns_move_about"
    COLUMNS_MOVED = "columns_moved"
    HEADER = "header"

    @property
    def announces(self) -> bool:
        """Sent before the change is made (``*_ABOUT``), so the tables are not yet changed:
        figures wait for the change that follows."""
        return self.name.endswith("_ABOUT")


@dataclass(frozen=True)
class PlanEvent:
    """One change: rows ``first..last`` (or columns for column changes) of ``table``.

    For CELLS, ``first..last`` are rows and ``first_column..last_column`` the columns;
    for moves, ``dest`` is the position before which the block goes (numbered before
    the move).
    """

    change: Change
    table: str
    first: int = 0
    last: int = -1
    dest: int = -1
    first_column: int = 0
    last_column: int = -1
