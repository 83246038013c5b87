"""The pipeline KPIs filled into Tracking: sourced and influenced weighted pipeline.

Tracking is keyed by network, KPI and period, and has no row for the plan as a whole; so
each open deal is placed on exactly one network, and its weighted value (value x stage
probability) in the period of its expected close date:

- "Pipeline sourced by social": a deal whose first dated touch was on a social network,
  on that network;
- "Pipeline influenced by social": a deal with any touch on a social network, on the
  network of its first social touch (dated ones first, by date; then undated ones in the
  Touches table's order).

Neither KPI counts a deal twice, so each KPI's networks add up to the plan's figure; a
sourced deal is also influenced, because the two KPIs are different questions. Every
network and period of the plan gets the actual, 0 included (the deals are the whole
truth), so a fill after deals moved leaves no stale value; targets are left alone. Open
deals with no close date, or one outside the plan's periods, are left out and counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smplanner.domain import pipeline as p
from smplanner.domain.deal_stages import book_of
from smplanner.domain.deal_tables import DEALS, TOUCHES
from smplanner.domain.figures_text import money
from smplanner.domain.keyed import Key, KeyedEdit, keyed_edit
from smplanner.domain.measures import deal_periods
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.domain.tracking_grid import TRACKING_BY_KEY

SOURCED_KPI = "Pipeline sourced by social"
INFLUENCED_KPI = "Pipeline influenced by social"


def first_channels(
    ids: np.ndarray, touches: pd.DataFrame, networks: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Per deal: the channel of its first dated touch, and the network of its first social
    touch (dated first by date, then undated in table order); "" where there is none."""
    frame = pd.DataFrame(
        {
            "deal": touches["deal"].astype(str).to_numpy(),
            "channel": touches["channel"].astype(str).to_numpy(),
            "date": pd.to_datetime(touches["date"], errors="coerce"),
            "order": np.arange(len(touches)),
        }
    )
    ordered = frame.sort_values(["date", "order"], na_position="last", kind="stable")
    dated = ordered[ordered["date"].notna()]
    first = dated.groupby("deal", sort=False)["channel"].first()
    social = ordered[ordered["channel"].isin(list(networks))]
    first_social = social.groupby("deal", sort=False)["channel"].first()
    keys = pd.Index(ids)
    return (
        first.reindex(keys).fillna("").astype(str).tolist(),
        first_social.reindex(keys).fillna("").astype(str).tolist(),
    )


@dataclass(frozen=True)
class Fill:
    """The edit (None when Tracking already holds these values) and what it holds."""

    edit: KeyedEdit
    sourced: float
    influenced: float
    left_out: int
    """Open social deals with no close date or one outside the plan's periods."""
    missing_kpis: tuple[str, ...]
    """Of the two KPIs, those the KPI catalogue lacks (nothing is written for them)."""

    def describe(self, currency: str = "") -> str:
        """What the fill did, for the status bar."""
        if len(self.missing_kpis) == 2:
            return tr(
                "Nothing filled: the KPIs sheet has neither '{sourced}' nor '{influenced}'"
            ).format(sourced=SOURCED_KPI, influenced=INFLUENCED_KPI)
        text = tr(
            "Filled the pipeline KPIs into Tracking: sourced by social {sourced}, influenced"
            " by social {influenced} (weighted, by period of expected close)"
        ).format(sourced=money(self.sourced, currency), influenced=money(self.influenced, currency))
        if self.edit.command is None:
            text = tr("Tracking already holds these values: sourced by social {sourced},"
                      " influenced by social {influenced}").format(
                sourced=money(self.sourced, currency), influenced=money(self.influenced, currency)
            )  # fmt: skip
        if self.left_out:
            text += "; " + tr(
                "%n open social deal(s) left out (no close date, or outside the periods)",
                "",
                self.left_out,
            )
        if self.missing_kpis:
            text += "; " + tr("the KPIs sheet has no '{kpi}'").format(kpi=self.missing_kpis[0])
        return text


def pipeline_cells(plan: Plan) -> tuple[dict[Key, dict[str, float]], float, float, int]:
    """Per (network, KPI, period): the weighted pipeline; the two totals; deals left out."""
    settings = settings_of(plan)
    networks = plan.keys("networks")
    deals = plan.frame(DEALS)
    d = p.deal_arrays(deals, plan.frame(TOUCHES), book_of(plan), networks)
    first, first_social = first_channels(d.ids, plan.frame(TOUCHES), networks)
    periods = deal_periods(settings, deals["close"])
    inside = (periods >= 1) & (periods <= settings.periods)
    weighted = d.value * d.probability
    count = settings.periods
    sums = {
        SOURCED_KPI: {(n, k): 0.0 for n in networks for k in range(1, count + 1)},
        INFLUENCED_KPI: {(n, k): 0.0 for n in networks for k in range(1, count + 1)},
    }
    left_out = 0
    for row in np.flatnonzero(d.open & d.influenced):
        if not inside[row]:
            left_out += 1
            continue
        period = int(periods[row])
        sums[INFLUENCED_KPI][(first_social[row], period)] += float(weighted[row])
        if d.sourced[row]:
            sums[SOURCED_KPI][(first[row], period)] += float(weighted[row])
    cells = {
        (network, kpi, period): {"actual": value}
        for kpi, per in sums.items()
        for (network, period), value in per.items()
    }
    total = {kpi: float(sum(per.values())) for kpi, per in sums.items()}
    return cells, total[SOURCED_KPI], total[INFLUENCED_KPI], left_out


def fill_pipeline_kpis(plan: Plan) -> Fill:
    """The one undoable edit that writes both KPIs' actuals for every network and period."""
    kpis = set(plan.keys("kpis"))
    missing = tuple(k for k in (SOURCED_KPI, INFLUENCED_KPI) if k not in kpis)
    cells, sourced, influenced, left_out = pipeline_cells(plan)
    wanted = {key: fields for key, fields in cells.items() if key[1] not in missing}
    label = tr("Fill pipeline KPIs into Tracking")
    edit = keyed_edit(plan, TRACKING_BY_KEY, wanted, label)
    return Fill(edit, sourced, influenced, left_out, missing)
