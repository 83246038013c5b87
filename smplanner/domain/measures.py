"""The ROI dashboard's figures, worked out from the plan's tables in one vectorised pass.

Followers, MQC and SQO are counted at the end of each period (how many there are then);
the funnel and the cost per MQC and per SQO use each network's latest count, the cost per
follower gained uses the growth from its first to its latest count. Costs and returns
outside the plan's periods are left out. Every undefined ratio is None ("n/a"), as in
:mod:`smplanner.domain.roi`, whose rules this module applies to whole tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from smplanner.domain import roi
from smplanner.domain.attribution import credit_by_period, prepare
from smplanner.domain.deal_stages import DEFAULT_BOOK, StageBook, stage_book
from smplanner.domain.deal_tables import DEALS, TOUCHES
from smplanner.domain.funnel import LEVEL_TITLES as LEVEL_TITLES
from smplanner.domain.funnel import LEVELS as LEVELS
from smplanner.domain.funnel import funnel_kpis as funnel_kpis
from smplanner.domain.funnel import growth_series as growth_series
from smplanner.domain.funnel import ratio_series as ratio_series
from smplanner.domain.measuring_tables import COSTS, TRACKING
from smplanner.domain.periods import Settings, period_labels, period_start, settings_of
from smplanner.domain.pipeline_tables import PIPELINE_STAGES
from smplanner.domain.plan import Plan
from smplanner.domain.tracking_grid import pivot

Array = npt.NDArray[np.float64]


def _positive(value: float | None) -> float | None:
    return value if value is not None and value > 0 else None


@dataclass(frozen=True)
class Figures:
    """Investment, return and funnel counts of one slice (overall, a network)."""

    investment: float
    returned: float | None
    followers_gained: float | None = None
    mqc: float | None = None
    sqo: float | None = None

    @property
    def roi(self) -> float | None:
        return roi.roi(self.investment, self.returned)

    @property
    def cost_per_follower(self) -> float | None:
        """None also when followers fell: a cost per follower lost means nothing."""
        return roi.cost_per(self.investment, _positive(self.followers_gained))

    @property
    def cost_per_mqc(self) -> float | None:
        return roi.cost_per(self.investment, self.mqc)

    @property
    def cost_per_sqo(self) -> float | None:
        return roi.cost_per(self.investment, self.sqo)


@dataclass(frozen=True)
class Dashboard:
    """Everything the ROI dashboard, the summary and the ROI sheet show."""

    settings: Settings
    labels: list[str]
    networks: list[str]
    overall: Figures
    organic: float
    paid: float
    per_network: dict[str, Figures]
    unattributed: Figures
    investment_per_period: list[float]
    return_per_period: list[float]
    trends: dict[str, Array] = field(repr=False)
    """Per level: networks x periods of actual counts, NaN where there is no data."""
    followers: float | None = None
    """The latest follower count over all networks: the top of the funnel."""
    left_out: int = 0
    """Cost lines and won deals whose period lies outside the plan."""
    undated: int = 0
    """Won deals that cannot be placed in a period: no close date, or the plan's periods
    have no dates (no first period)."""

    @property
    def roi_per_period(self) -> list[float | None]:
        return [
            roi.roi(i, r)
            for i, r in zip(self.investment_per_period, self.return_per_period, strict=True)
        ]

    @property
    def funnel(self) -> dict[str, float | None]:
        """The latest count of each level, over all networks."""
        return {"followers": self.followers, "mqc": self.overall.mqc, "sqo": self.overall.sqo}

    @property
    def mqc_rate(self) -> float | None:
        """MQC / Followers, on the latest counts."""
        return roi.ratio(self.funnel["mqc"], self.funnel["followers"])

    @property
    def sqo_rate(self) -> float | None:
        """SQO / MQC, on the latest counts."""
        return roi.ratio(self.funnel["sqo"], self.funnel["mqc"])

    @property
    def clv(self) -> float | None:
        """Customer lifetime value from the settings, None until its inputs are filled."""
        s = self.settings
        if s.clv_revenue is None or s.clv_margin is None or s.clv_years is None:
            return None
        return roi.customer_lifetime_value(
            s.clv_revenue,
            s.clv_margin / 100,
            s.clv_years,
            s.clv_referrals or 0.0,
            s.clv_referral_value or 0.0,
        )

    def total_per_period(self, level: str) -> list[float | None]:
        """A level's count per period over all networks (None where no network has data)."""
        values = self.trends[level]
        if not len(values):
            return [None] * len(self.labels)
        sums = np.nansum(values, axis=0)
        seen = ~np.all(np.isnan(values), axis=0)
        return [float(v) if s else None for v, s in zip(sums, seen, strict=True)]


def latest_and_gain(values: Array) -> tuple[Array, Array]:
    """Per row: the last value present, and last minus first (NaN with fewer than two)."""
    if values.size == 0:
        empty = np.full(values.shape[0], np.nan)
        return empty, empty.copy()
    present = ~np.isnan(values)
    width = values.shape[1]
    rows = np.arange(values.shape[0])
    last = width - 1 - np.argmax(present[:, ::-1], axis=1)
    first = np.argmax(present, axis=1)
    latest = np.where(present.any(axis=1), values[rows, last], np.nan)
    gain = np.where(present.sum(axis=1) >= 2, latest - values[rows, first], np.nan)
    return latest, gain


def _optional(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


def _sum(values: Array) -> float | None:
    """Sum of the values present; None when none is."""
    if not len(values) or np.all(np.isnan(values)):
        return None
    return float(np.nansum(values))


def compute(
    settings: Settings,
    networks: Sequence[str],
    kpis: Sequence[str],
    tables: Mapping[str, pd.DataFrame],
) -> Dashboard:
    """The dashboard from the tracking, costs, deals and touches frames (the plan's columns).

    The return is what the settings' attribution model credits the networks for won deals,
    in the period each deal closed in.
    """
    count = settings.periods
    numbers = pd.RangeIndex(1, count + 1)
    names = list(networks)

    costs = tables[COSTS]
    inside = costs["period"].between(1, count)
    staff = costs["category"] == roi.STAFF_TIME
    hours = costs["hours"].fillna(0.0).where(staff, 0.0)
    money = (costs["amount"].fillna(0.0) + hours * settings.hourly_rate)[inside]
    spent = costs[inside]
    by_network = money.groupby(spent["network"]).sum()
    by_spend = money.groupby(spent["spend"]).sum()
    by_period = money.groupby(spent["period"]).sum().reindex(numbers, fill_value=0.0)

    book = stage_book(tables[PIPELINE_STAGES]) if PIPELINE_STAGES in tables else DEFAULT_BOOK
    credited, outside, undated = social_return(
        settings, names, tables[DEALS], tables[TOUCHES], book
    )
    won_by_network = credited.sum(axis=0)
    won_by_period = credited.sum(axis=1).reindex(numbers, fill_value=0.0)
    won_total = float(won_by_network.sum())

    # the funnel's KPIs are all the trends need: the same grid, fewer rows to work out
    funnel = list(dict.fromkeys(k for k in funnel_kpis(kpis).values() if k is not None))
    trends = pivot(tables[TRACKING], names, funnel, count).trends(names)
    latest = {level: latest_and_gain(trends[level]) for level in LEVELS}

    per_network: dict[str, Figures] = {}
    for row, name in enumerate(names):
        per_network[name] = Figures(
            investment=float(by_network.get(name, 0.0)),
            returned=float(won_by_network.get(name, 0.0)),
            followers_gained=_optional(latest["followers"][1][row]),
            mqc=_optional(latest["mqc"][0][row]),
            sqo=_optional(latest["sqo"][0][row]),
        )
    overall = Figures(
        investment=float(money.sum()),
        returned=won_total,
        followers_gained=_sum(latest["followers"][1]),
        mqc=_sum(latest["mqc"][0]),
        sqo=_sum(latest["sqo"][0]),
    )
    unattributed = Figures(investment=float(by_network.get("", 0.0)), returned=0.0)
    return Dashboard(
        settings=settings,
        labels=period_labels(settings),
        networks=names,
        overall=overall,
        organic=float(by_spend.get("organic", 0.0)),
        paid=float(by_spend.get("paid", 0.0)),
        per_network=per_network,
        unattributed=unattributed,
        investment_per_period=[float(v) for v in by_period],
        return_per_period=[float(v) for v in won_by_period],
        trends=trends,
        followers=_sum(latest["followers"][0]),
        left_out=int((~inside).sum()) + outside,
        undated=undated,
    )


def dashboard(plan: Plan) -> Dashboard:
    """The dashboard of ``plan`` as it is now."""
    tables = {t: plan.frame(t) for t in (TRACKING, COSTS, DEALS, TOUCHES, PIPELINE_STAGES)}
    return compute(settings_of(plan), plan.keys("networks"), plan.keys("kpis"), tables)


def deal_periods(settings: Settings, close: pd.Series) -> Array:
    """Each deal's period number from its close date; NaN without a date (or without dated
    periods)."""
    start = period_start(settings)
    days = pd.to_datetime(close, errors="coerce").to_numpy(dtype="datetime64[D]")
    if start is None:
        return np.full(len(days), np.nan)
    first = np.datetime64(start, "D")
    if settings.period_unit == "week":
        number = (days - first).astype("int64") // 7 + 1
    else:
        months = (days.astype("datetime64[M]") - first.astype("datetime64[M]")).astype("int64")
        number = months // 3 + 1 if settings.period_unit == "quarter" else months + 1
    return np.where(np.isnat(days), np.nan, number.astype(np.float64))


def social_return(
    settings: Settings,
    networks: Sequence[str],
    deals: pd.DataFrame,
    touches: pd.DataFrame,
    book: StageBook = DEFAULT_BOOK,
) -> tuple[pd.DataFrame, int, int]:
    """Per period 1..periods (rows) and network (columns): the credit the chosen model gives.

    Also: how many won deals closed outside the periods, and how many have no period.
    """
    journeys = prepare(deals, touches, networks, book)
    periods = deal_periods(settings, deals["close"])
    count = settings.periods
    table = credit_by_period(
        journeys, settings.attribution_model, periods, settings.half_life, count
    )
    names = list(networks)
    credited = pd.DataFrame(
        table[:, : len(names)], index=pd.RangeIndex(1, count + 1), columns=names
    )
    placed = periods[journeys.won]
    undated = int(np.isnan(placed).sum())
    outside = int(((placed < 1) | (placed > count)).sum())
    return credited, outside, undated
