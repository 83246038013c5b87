"""What the Import data dialog asks of an import, and what an import would do (no Qt).

The dialog's state is a :class:`Request`: the file's cells, the target, what each source
column becomes and what each name that matches nothing is taken as. Every target turns a
request into the same :class:`Outcome`, so the dialog shows all targets alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smplanner.domain.commands import Command
from smplanner.domain.plan import Plan
from smplanner.io.crm_import import BadCell
from smplanner.io.data_file import Grid
from smplanner.io.data_layout import Layout

SKIP = ""
"""A column or name left out of the import."""
ADD = "+add"
"""A name that matches nothing, added to the plan's catalogue (networks or KPIs)."""
PERIOD = "period"
"""A column whose title names a period: its cells are that period's values."""
FIELD, KPI = "field:", "kpi:"
"""Prefixes of a column's choice: one of the target's fields, or a KPI of the plan."""
LANDING_ROWS = 200
"""How many of the rows as they land the preview shows."""


def field_choice(name: str) -> str:
    return FIELD + name


def kpi_choice(name: str) -> str:
    return KPI + name


def field_of(choice: str) -> str | None:
    """The target's field a column's choice names, else None."""
    return choice[len(FIELD) :] if choice.startswith(FIELD) else None


def kpi_of(choice: str) -> str | None:
    """The KPI a column's choice names, else None."""
    return choice[len(KPI) :] if choice.startswith(KPI) else None


@dataclass(frozen=True)
class Request:
    """One import as the dialog has it set up."""

    plan: Plan
    grid: Grid
    layout: Layout
    """The layout :func:`~smplanner.io.data_layout.classify` found (its reason is shown)."""
    target: str
    columns: tuple[str, ...]
    """Per source column: its choice (:data:`SKIP`, :data:`PERIOD`, a field or a KPI)."""
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    """'KPI' or 'network' -> a name in the file that matches nothing -> the plan's name
    it is taken as, :data:`ADD` (added to the catalogue) or :data:`SKIP`."""
    readings: tuple[str, ...] = ()
    """Per source column: the key of how it is read (empty: its default reading)."""
    network: str | None = None
    replace_values: bool = False
    skip_bad: bool = False
    extend_periods: bool = False
    """Make the plan's periods cover the file's dates, in the same edit."""
    plain: str = ""
    """Planner: what a mark naming no role (X, a tick) is read as; empty: Secondary."""


@dataclass(frozen=True)
class Landing:
    """The first rows as they will land in the plan, as text, under their titles."""

    titles: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Outcome:
    """What the import would do; ``command`` is None while it cannot be done."""

    target: str
    noun: str = ""
    """What is counted: 'values', 'cost lines', 'deals', 'touches' (translated)."""
    new: int = 0
    changed: int = 0
    kept: int = 0
    same: int = 0
    unmatched: dict[str, list[str]] = field(default_factory=dict)
    """'KPI' or 'network' -> names in the file that match nothing and are not mapped."""
    added: dict[str, list[str]] = field(default_factory=dict)
    """A catalogue's title -> the names the import adds to it."""
    outside: int = 0
    outside_names: list[str] = field(default_factory=list)
    cover: tuple[int, int] = (0, 0)
    """Periods the plan would gain (before its first, after its last) to cover the dates
    outside it; with :attr:`Request.extend_periods` the periods the import adds."""
    readings: dict[str, str] = field(default_factory=dict)
    """Follower column title -> how the engine reads it ("level" or "gains")."""
    reading_reasons: dict[str, str] = field(default_factory=dict)
    """Follower column title -> why it is read so, in words."""
    not_imported: dict[str, str] = field(default_factory=dict)
    """Column title -> why the engine leaves it out (other than its name)."""
    added_rows: int = 0
    """Planner rows the import adds."""
    problems: list[BadCell] = field(default_factory=list)
    skipped: int = 0
    refused: str = ""
    """Why the import cannot be done as set up (a sentence), else empty."""
    command: Command | None = None
    landing: Landing = field(default_factory=Landing)
