"""What an import of a table people bring did or would do, shared by every importer.

:class:`DataImportResult` is the one answer of ``import_tracking``, ``import_costs`` and
``import_planner`` (also re-exported from :mod:`smplanner.io.data_import`); the import
dialog shows it and applies ``command`` (one undo step). :class:`ImportRefused` says why
a table cannot be imported as asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from smplanner.domain.commands import Command
from smplanner.io.crm_import import BadCell


@dataclass
class DataImportResult:
    """What an import did or would do; ``command`` is None while there are problems."""

    into: str
    layout: str = ""
    reason: str = ""
    cells: int = 0
    new: int = 0
    changed: int = 0
    kept: int = 0
    same: int = 0
    unmatched: dict[str, list[str]] = field(default_factory=dict)
    """'network' or 'KPI' -> the names found in the file that match nothing."""
    outside: int = 0
    outside_names: list[str] = field(default_factory=list)
    outside_days: tuple[dt.date, dt.date] | None = None
    """The first and last day outside the plan's periods (None when none are dated)."""
    extended: tuple[int, int] = (0, 0)
    """Periods added before the first and after the last to cover the file's dates."""
    readings: dict[str, str] = field(default_factory=dict)
    """Each follower-like source column -> "level" or "gains": how it was read."""
    reading_reasons: dict[str, str] = field(default_factory=dict)
    """Each follower-like source column -> why it was read so, in words."""
    not_imported: dict[str, str] = field(default_factory=dict)
    """A source column left out for a reason other than its name -> the reason in words."""
    problems: list[BadCell] = field(default_factory=list)
    skipped: int = 0
    added_rows: int = 0
    """Planner: the rows the file adds (a stage, goal and tactic the plan lacks)."""
    command: Command | None = None


class ImportRefused(Exception):
    """The table cannot be imported as asked (a sentence saying what to do)."""
