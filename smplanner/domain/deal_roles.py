"""How often social media was a won deal's originating source, an assist, its conversion
point, or touched it at all: counts of won deals per period and network, and their growth.

A deal counts once per role and network however many touches it had there; the "all
networks" row counts a deal once when any network held the role. The value is the whole
deal's value (roles count deals; the attribution models share the value).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from smplanner.domain.attribution import Floats, Journeys
from smplanner.domain.funnel import growth_series
from smplanner.domain.measuring_tables import ASSIST, CONVERSION, ORIGINATING
from smplanner.domain.text import QT_TRANSLATE_NOOP

ANY_TOUCH = QT_TRANSLATE_NOOP("", "any touch")
ROLES = (ORIGINATING, ASSIST, CONVERSION, ANY_TOUCH)
ROLE_KEYS = dict(zip(ROLES, ("originating", "assist", "conversion", "any_touch"), strict=True))
ALL_NETWORKS = QT_TRANSLATE_NOOP("", "all networks")


@dataclass(frozen=True)
class RoleCounts:
    """Per role and network (``ALL_NETWORKS`` first): won deals and value per period."""

    periods: int
    deals: dict[tuple[str, str], Floats]
    value: dict[tuple[str, str], Floats]

    def growth(self, role: str, network: str) -> Floats:
        """Period-over-period growth of the deal count; NaN where undefined."""
        return growth_series(self.deals[(role, network)])


def role_counts(
    journeys: Journeys, periods: Floats, networks: Sequence[str], count: int
) -> RoleCounts:
    """Role counts over periods 1..``count``; ``periods`` gives each deal's period."""
    j = journeys
    code = {name: i for i, name in enumerate(j.channels)}
    wanted = [code[n] for n in networks if n in code]
    social = np.isin(j.channel, wanted)
    period = periods[j.deal]
    inside = social & (period >= 1) & (period <= count)
    flags = {
        ORIGINATING: j.position == 0,
        CONVERSION: j.position == j.count - 1,
        ASSIST: (j.position > 0) & (j.position < j.count - 1),
        ANY_TOUCH: np.ones(len(j.deal), dtype=bool),
    }
    deals: dict[tuple[str, str], Floats] = {}
    value: dict[tuple[str, str], Floats] = {}
    for role, flag in flags.items():
        rows = pd.DataFrame(
            {
                "deal": j.deal[inside & flag],
                "channel": j.channel[inside & flag],
                "period": period[inside & flag].astype(np.int64) if (inside & flag).any() else [],
            }
        )
        rows["value"] = j.value[rows["deal"].to_numpy(dtype=np.int64)]
        once = rows.drop_duplicates(["deal", "channel"])
        anyone = rows.drop_duplicates(["deal"])
        deals[(role, ALL_NETWORKS)], value[(role, ALL_NETWORKS)] = _per_period(anyone, count)
        for name in networks:
            mine = once[once["channel"] == code.get(name, -1)]
            deals[(role, name)], value[(role, name)] = _per_period(mine, count)
    return RoleCounts(count, deals, value)


def _per_period(rows: pd.DataFrame, count: int) -> tuple[Floats, Floats]:
    numbers = rows["period"].to_numpy(dtype=np.int64) - 1
    deals = np.bincount(numbers, minlength=count).astype(np.float64)[:count]
    value = np.bincount(numbers, weights=rows["value"].to_numpy(), minlength=count)[:count]
    return deals, value.astype(np.float64)
