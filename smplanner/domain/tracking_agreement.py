"""Whether the KPI planner and the tracking agree, and the edits that make them agree.

A primary KPI is what a planner row is judged by; if nothing tracks it, the row can never
be judged. A KPI tracked on some network that no planner row marks (primary or
secondary) is measured for no reason the plan gives. Followers, MQC and SQO are tracked
on every network whatever the planner says, so they count as tracked and are never
"unused".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from smplanner.domain.commands import Command, RemoveRows
from smplanner.domain.funnel import funnel_kpis
from smplanner.domain.kpi_planner import TABLE, kpi_names
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.plan import Plan
from smplanner.domain.tables import PRIMARY
from smplanner.domain.text import tr
from smplanner.domain.tracking_grid import track_edit


@dataclass(frozen=True)
class Agreement:
    """KPIs in catalogue order: the planner's primaries nothing tracks, and the tracked
    KPIs no planner row uses."""

    untracked: tuple[str, ...] = ()
    unused: tuple[str, ...] = ()

    @property
    def agrees(self) -> bool:
        return not self.untracked and not self.unused


def tracked_kpis(plan: Plan) -> set[str]:
    """KPIs with a tracking row on some network, and the funnel's (always tracked)."""
    always = {k for k in funnel_kpis(plan.keys("kpis")).values() if k is not None}
    return always | {str(k) for k in plan.column_values(TRACKING, "kpi")}


def agreement(plan: Plan) -> Agreement:
    """What the planner and the tracking disagree on (see the module's text)."""
    names = kpi_names(plan)
    frame = plan.frame(TABLE)
    marked = {n for n in names if frame[n].isin(("P", "S")).any()}
    primary = {n for n in names if (frame[n] == PRIMARY).any()}
    always = {k for k in funnel_kpis(plan.keys("kpis")).values() if k is not None}
    tracked = tracked_kpis(plan)
    return Agreement(
        untracked=tuple(n for n in names if n in primary and n not in tracked),
        unused=tuple(n for n in names if n in tracked and n not in marked and n not in always),
    )


def measured_networks(plan: Plan) -> list[str]:
    """The networks the plan measures: those with tracking rows, else every network."""
    networks = plan.keys("networks")
    used = set(plan.column_values(TRACKING, "network"))
    return [n for n in networks if n in used] or networks


def track(plan: Plan, kpis: Sequence[str], label: str = "") -> Command | None:
    """One edit that tracks ``kpis`` on every measured network (None: nothing to add)."""
    networks = measured_networks(plan)
    pairs = [(network, kpi) for kpi in kpis for network in networks]
    text = label or tr("Track %n KPI(s)", "", len(kpis))
    return track_edit(plan, pairs, text).command


def untrack(plan: Plan, kpis: Sequence[str], label: str = "") -> Command | None:
    """One edit that removes every tracking row of ``kpis`` (None: there are none)."""
    chosen = set(kpis)
    rows = tuple(r for r, k in enumerate(plan.column_values(TRACKING, "kpi")) if k in chosen)
    if not rows:
        return None
    return RemoveRows(TRACKING, rows, label=label or tr("Stop tracking %n KPI(s)", "", len(kpis)))


def names_text(names: Sequence[str], shown: int = 4) -> str:
    """ "A, B and C", or "A, B, C, D and 3 more"."""
    if len(names) <= shown:
        if len(names) < 2:
            return "".join(names)
        return tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    rest = len(names) - shown
    return tr("{names} and %n more", "", rest).format(names=", ".join(names[:shown]))
