"""Each deal as the Pipeline tab lists it: weighted value, lead pool, social source, overdue.

One entry per row of the Deals table, in its order, so the tab's list can show and filter
by them. A deal's pool is the first lead pool whose stages hold its stage; its source is
"sourced" (first dated touch on a social network), else "influenced" (some touch on one),
else "other"; the weighted value is value x stage probability for an open deal, and
nothing for a closed one (it is not in the pipeline).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smplanner.domain import pipeline as p
from smplanner.domain.deal_stages import book_of
from smplanner.domain.deal_tables import DEALS, TOUCHES
from smplanner.domain.pipeline_tables import LEAD_POOLS
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.text import QT_TRANSLATE_NOOP

SOURCED, INFLUENCED, OTHER = "sourced", "influenced", "other"
SOURCE_TITLES = {
    SOURCED: QT_TRANSLATE_NOOP("", "sourced by social"),
    INFLUENCED: QT_TRANSLATE_NOOP("", "influenced by social"),
    OTHER: QT_TRANSLATE_NOOP("", "other"),
}


def pool_of_stage(pools: pd.DataFrame) -> dict[str, str]:
    """Each stage's lead pool: the first pool (in table order) that lists it."""
    found: dict[str, str] = {}
    for name, stages in zip(pools["name"], pools["stages"], strict=True):
        if is_blank(name) or not isinstance(stages, (tuple, list)):
            continue
        for stage in stages:
            found.setdefault(str(stage), str(name))
    return found


@dataclass(frozen=True)
class DealFacts:
    """Per deal row: what the Pipeline tab shows beside the stored columns."""

    open: list[bool]
    weighted: list[float | None]
    """None for a closed deal: it has no place in the pipeline."""
    pool: list[str]
    source: list[str]
    overdue: list[bool]

    def __len__(self) -> int:
        return len(self.open)

    def influenced(self, row: int) -> bool:
        """A sourced deal is influenced too (its first touch was social)."""
        return self.source[row] in (SOURCED, INFLUENCED)


def deal_facts(plan: Plan, today: dt.date) -> DealFacts:
    """The facts of every deal of ``plan`` as of ``today``."""
    deals = plan.frame(DEALS)
    d = p.deal_arrays(deals, plan.frame(TOUCHES), book_of(plan), plan.keys("networks"))
    pools = pool_of_stage(plan.frame(LEAD_POOLS))
    source = np.where(d.sourced, SOURCED, np.where(d.influenced, INFLUENCED, OTHER))
    weighted = d.value * d.probability
    return DealFacts(
        open=d.open.tolist(),
        weighted=[float(w) if o else None for w, o in zip(weighted, d.open, strict=True)],
        pool=[pools.get(stage, "") for stage in d.stage.tolist()],
        source=[str(s) for s in source],
        overdue=p.overdue(d, today).tolist(),
    )
