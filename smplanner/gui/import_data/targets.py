"""The tables a file can be imported into, in one place: adding a target is one entry.

Each :class:`Target` names its fields (:mod:`.fields`), whether its columns may be KPIs
and periods, whether it asks for a network or offers to keep values already there, how
it reads a file's own titles (``auto``) and how it runs (``run``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP
from smplanner.gui.import_data.core import Outcome, Request
from smplanner.gui.import_data.crm_runs import crm_auto, run_crm
from smplanner.gui.import_data.fields import (
    COSTS,
    DEALS,
    FIELDS,
    PLANNER,
    TOUCHES,
    TRACKING,
    Field,
)
from smplanner.gui.import_data.keyed_runs import costs_auto, run_costs, run_tracking, tracking_auto
from smplanner.gui.import_data.planner_runs import planner_auto, run_planner
from smplanner.io.crm_import import map_headers
from smplanner.io.data_file import Grid
from smplanner.io.data_layout import COST_LIST, Layout
from smplanner.io.data_layout import PLANNER as PLANNER_LAYOUT

Auto = Callable[[Grid, Layout, Plan], tuple[str, ...]]


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    fields: tuple[Field, ...]
    kpis: bool
    """A column may become a KPI."""
    network: bool
    """A table naming no network needs one chosen (when the plan has several)."""
    auto: Auto
    run: Callable[[Request], Outcome]
    periods: bool = False
    """A column titled with a period may become that period's values (months across)."""
    marks: bool = False
    """The cells are planner marks: the dialog asks what a plain mark (X, ✓) means."""


TARGETS: tuple[Target, ...] = (
    Target(
        TRACKING,
        QT_TRANSLATE_NOOP("", "Tracking values"),
        FIELDS[TRACKING],
        kpis=True,
        network=True,
        auto=tracking_auto,
        run=run_tracking,
        periods=True,
    ),
    Target(
        COSTS,
        QT_TRANSLATE_NOOP("", "Cost lines"),
        FIELDS[COSTS],
        kpis=False,
        network=False,
        auto=costs_auto,
        run=run_costs,
    ),
    Target(
        DEALS,
        QT_TRANSLATE_NOOP("", "Deals"),
        FIELDS[DEALS],
        kpis=False,
        network=False,
        auto=crm_auto(DEALS),
        run=run_crm(DEALS),
    ),
    Target(
        TOUCHES,
        QT_TRANSLATE_NOOP("", "Touches"),
        FIELDS[TOUCHES],
        kpis=False,
        network=False,
        auto=crm_auto(TOUCHES),
        run=run_crm(TOUCHES),
    ),
    Target(
        PLANNER,
        QT_TRANSLATE_NOOP("", "KPI planner"),
        FIELDS[PLANNER],
        kpis=True,
        network=False,
        auto=planner_auto,
        run=run_planner,
        marks=True,
    ),
)
BY_KEY = {target.key: target for target in TARGETS}


def guess_target(grid: Grid, layout: Layout) -> str:
    """The target the file's headers and layout suggest, as the command line guesses it:
    a planner's stage, goal and tactic are the KPI planner; a deal id with a date is
    touches; a stage, or a deal id with an amount, deals."""
    if layout.kind == PLANNER_LAYOUT:
        return PLANNER
    touches = map_headers(grid.titles, TOUCHES)
    if "deal" in touches and "date" in touches:
        return TOUCHES
    deals = map_headers(grid.titles, DEALS)
    if "stage" in deals or ("deal_id" in deals and "value" in deals):
        return DEALS
    return COSTS if layout.kind == COST_LIST else TRACKING
