"""The funnel worked backwards: what a revenue target takes in deals, SQO, MQC and followers.

From the top of the sales funnel down the social one: deals to win = target / average deal
size; SQO = deals / win rate; MQC = SQO / (SQO per MQC); followers = MQC / (MQC per
follower). Each rate is the plan's own (won and lost deals; the latest tracked counts, as
the ROI dashboard reads them) unless the plan settings hold a typed one, which wins. A
level whose chain lacks a rate, or meets a rate of 0, has no number: it names the rates
it lacks instead, because a figure shown where it is undefined is worse than none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.deal_stages import Outcome, StageBook, book_of
from smplanner.domain.deal_tables import DEALS
from smplanner.domain.figures_text import count, money
from smplanner.domain.funnel import funnel_kpis
from smplanner.domain.measures import deal_periods, latest_and_gain
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.periods import Settings, period_start, settings_of
from smplanner.domain.pipeline_tables import QUALIFICATION
from smplanner.domain.plan import Plan
from smplanner.domain.qualification import sqo_flags
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.domain.tracking_grid import pivot

TRACKED, TYPED, MISSING = "tracked", "typed", "missing"
"""Where a rate comes from: the plan's own deals or tracking, the settings, or nowhere."""
RATES = ("deal_size", "win_rate", "sqo_per_mqc", "mqc_per_follower")
"""In the order the chain uses them, from the revenue down to the followers."""
RATE_TITLES = {
    "deal_size": QT_TRANSLATE_NOOP("", "Average deal size"),
    "win_rate": QT_TRANSLATE_NOOP("", "Win rate"),
    "sqo_per_mqc": QT_TRANSLATE_NOOP("", "SQO / MQC"),
    "mqc_per_follower": QT_TRANSLATE_NOOP("", "MQC / Followers"),
}
TYPED_SETTING = {
    "deal_size": "typed_deal_size",
    "win_rate": "typed_win_rate",
    "sqo_per_mqc": "typed_sqo_rate",
    "mqc_per_follower": "typed_mqc_rate",
}
"""The plan setting that overrides each rate (the rates in per cent, the size in money)."""
LEVELS = ("revenue", "deals", "sqo", "mqc", "followers")
LEVEL_TITLES = {
    "revenue": QT_TRANSLATE_NOOP("", "Revenue"),
    "deals": QT_TRANSLATE_NOOP("", "Deals to win"),
    "sqo": QT_TRANSLATE_NOOP("", "SQO"),
    "mqc": QT_TRANSLATE_NOOP("", "MQC"),
    "followers": QT_TRANSLATE_NOOP("", "Followers"),
}
_DIVIDED_BY = dict(zip(LEVELS[1:], RATES, strict=True))
"""Each level below the revenue is the level above divided by this rate."""


@dataclass(frozen=True)
class Rate:
    """One rate of the chain: its value (a share, or money for the deal size), its source
    and, in words, what it rests on or why it is missing."""

    name: str
    value: float | None
    source: str
    basis: str


@dataclass(frozen=True)
class Level:
    """What the target takes at one level beside what the plan has."""

    level: str
    needed: float | None
    have: float | None
    lacking: tuple[str, ...] = ()
    """Why ``needed`` is None: "revenue_target" or the rates missing or at 0 above it."""

    @property
    def gap(self) -> float | None:
        """Needed minus had; None unless both are known."""
        if self.needed is None or self.have is None:
            return None
        return self.needed - self.have


def work_backwards(target: float | None, rates: Mapping[str, Rate]) -> dict[str, float | None]:
    """Each level's need from ``target``; None from the first missing or zero rate down."""
    needed: dict[str, float | None] = {"revenue": target}
    current = target
    for level in LEVELS[1:]:
        rate = rates[_DIVIDED_BY[level]].value
        current = None if current is None or not rate else current / rate
        needed[level] = current
    return needed


def lacking(target: float | None, rates: Mapping[str, Rate]) -> dict[str, tuple[str, ...]]:
    """Per level, what keeps it from a number: no target, or rates missing or at 0."""
    found: dict[str, tuple[str, ...]] = {}
    gaps: list[str] = [] if target is not None else ["revenue_target"]
    found["revenue"] = tuple(gaps)
    for level in LEVELS[1:]:
        name = _DIVIDED_BY[level]
        if not rates[name].value:
            gaps.append(name)
        found[level] = tuple(gaps)
    return found


def typed_or(name: str, typed: float | None, tracked: Rate) -> Rate:
    """The typed value when there is one (per cent as a share), else the tracked rate."""
    if typed is None:
        return tracked
    value = typed if name == "deal_size" else typed / 100
    return Rate(name, value, TYPED, tr("typed in the plan settings"))


def deal_rates(deals: pd.DataFrame, book: StageBook, currency: str = "") -> tuple[Rate, Rate]:
    """Average deal size and win rate from every won and lost deal (not only those of the
    plan's periods: a rate is the team's history)."""
    outcome = book.of(deals["stage"])
    value = pd.to_numeric(deals["value"], errors="coerce").fillna(0.0).to_numpy(dtype=float)
    won = outcome == str(Outcome.WON)
    lost = outcome == str(Outcome.LOST)
    wins, losses = int(won.sum()), int(lost.sum())
    if wins:
        won_value = float(value[won].sum())
        size = Rate(
            "deal_size",
            won_value / wins,
            TRACKED,
            tr("%n won deal(s) worth {value} in all", "", wins).format(
                value=money(won_value, currency)
            ),
        )
    else:
        size = Rate("deal_size", None, MISSING, tr("no won deal yet"))
    if wins + losses:
        win = Rate(
            "win_rate",
            wins / (wins + losses),
            TRACKED,
            tr("{won} won of %n closed deal(s)", "", wins + losses).format(won=wins),
        )
    else:
        win = Rate("win_rate", None, MISSING, tr("no closed (won or lost) deal yet"))
    return size, win


def latest_counts(
    tracking: pd.DataFrame, networks: Sequence[str], kpis: Sequence[str], periods: int
) -> dict[str, dict[str, float | None]]:
    """Per field ("actual", "target") and funnel level: each network's latest count summed
    over the networks, as the ROI dashboard's funnel reads them; None when none has one."""
    names = list(networks)
    funnel = [k for k in funnel_kpis(kpis).values() if k is not None]
    grid = pivot(tracking, names, list(dict.fromkeys(funnel)), periods)
    found: dict[str, dict[str, float | None]] = {}
    for field in ("actual", "target"):
        found[field] = {}
        for level in ("followers", "mqc", "sqo"):
            rows = np.array([grid.level(n, level, field) for n in names], dtype=np.float64)
            latest, _ = latest_and_gain(rows.reshape(len(names), periods))
            present = latest[~np.isnan(latest)]
            found[field][level] = float(present.sum()) if len(present) else None
    return found


def tracked_rate(
    name: str, top: float | None, bottom: float | None, words: tuple[str, str]
) -> Rate:
    """top / bottom of the latest counts; missing (saying why) without both or with 0 below."""
    upper, lower = words
    if bottom is None or top is None:
        absent = [word for word, v in ((upper, top), (lower, bottom)) if v is None]
        level = (
            tr("{one} or {other}").format(one=absent[0], other=absent[1])
            if len(absent) == 2
            else absent[0]
        )
        return Rate(name, None, MISSING, tr("no {level} count tracked yet").format(level=level))
    if bottom == 0:
        return Rate(name, None, MISSING, tr("{level} tracked as 0").format(level=lower))
    basis = tr("latest tracked counts: {top} {upper} of {bottom} {lower}").format(
        top=count(top), upper=upper, bottom=count(bottom), lower=lower
    )
    return Rate(name, top / bottom, TRACKED, basis)


@dataclass(frozen=True)
class Backwards:
    """The funnel worked backwards for a plan."""

    currency: str
    target: float | None
    rates: dict[str, Rate]
    levels: list[Level]
    notes: list[str]
    """What the "have" column rests on, where it is not plain (undated periods)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "revenue_target": self.target,
            "rates": {
                name: {"value": r.value, "source": r.source, "basis": r.basis}
                for name, r in self.rates.items()
            },
            "levels": [
                {
                    "level": level.level,
                    "needed": level.needed,
                    "have": level.have,
                    "gap": level.gap,
                    "lacking": list(level.lacking),
                }
                for level in self.levels
            ],
            "notes": self.notes,
        }


def won_in_periods(
    settings: Settings, deals: pd.DataFrame, book: StageBook
) -> tuple[float | None, int | None]:
    """Won value and won deals closed in the plan's periods; None when the periods have no
    dates, so no deal can be placed in them."""
    if period_start(settings) is None:
        return None, None
    periods = deal_periods(settings, deals["close"])
    inside = (periods >= 1) & (periods <= settings.periods)
    won = (book.of(deals["stage"]) == str(Outcome.WON)) & inside
    value = pd.to_numeric(deals["value"], errors="coerce").fillna(0.0).to_numpy(dtype=float)
    return float(value[won].sum()), int(won.sum())


def qualified_in_periods(
    settings: Settings, deals: pd.DataFrame, qualification: pd.DataFrame
) -> int | None:
    """Deals created in the plan's periods whose qualification has every criterion of its
    framework ticked; None when the periods have no dates or no deal is qualified at all."""
    if period_start(settings) is None or qualification.empty:
        return None
    sqo = sqo_flags(deals["deal_id"], qualification, settings.qualification_framework)
    periods = deal_periods(settings, deals["created"])
    inside = (periods >= 1) & (periods <= settings.periods)
    return int((sqo & inside).sum())


def _sqo_have(
    settings: Settings, deals: pd.DataFrame, qualification: pd.DataFrame, tracked: float | None
) -> tuple[float | None, str | None]:
    """The SQO the plan has and a note saying where it comes from: tracked counts when
    there are any (the rates rest on them), else the qualified deals."""
    qualified = qualified_in_periods(settings, deals, qualification)
    if qualified is None:
        return tracked, None
    framework = settings.qualification_framework
    if tracked is None:
        note = tr(
            "SQO so far: %n deal(s) created in the plan's periods and qualified (every"
            " criterion ticked; {framework} unless a deal names another), as no SQO is"
            " tracked.",
            "",
            qualified,
        ).format(framework=framework)
        return float(qualified), note
    note = tr(
        "SQO so far: the tracked count; the deals created in the plan's periods include"
        " %n qualified one(s) ({framework} unless a deal names another).",
        "",
        qualified,
    ).format(framework=framework)
    return tracked, note


def backwards(plan: Plan) -> Backwards:
    """The plan's target worked back to followers, beside what the plan has."""
    settings = settings_of(plan)
    deals = plan.frame(DEALS)
    book = book_of(plan)
    size, win = deal_rates(deals, book, settings.currency)
    counts = latest_counts(
        plan.frame(TRACKING), plan.keys("networks"), plan.keys("kpis"), settings.periods
    )
    actual = counts["actual"]
    words = {level: tr(LEVEL_TITLES[level]) for level in LEVELS}
    tracked = {
        "deal_size": size,
        "win_rate": win,
        "sqo_per_mqc": tracked_rate(
            "sqo_per_mqc", actual["sqo"], actual["mqc"], (words["sqo"], words["mqc"])
        ),
        "mqc_per_follower": tracked_rate(
            "mqc_per_follower",
            actual["mqc"],
            actual["followers"],
            (words["mqc"], words["followers"]),
        ),
    }
    rates = {
        name: typed_or(name, getattr(settings, TYPED_SETTING[name]), tracked[name])
        for name in RATES
    }
    target = settings.revenue_target
    needed = work_backwards(target, rates)
    lacks = lacking(target, rates)
    won_value, won_deals = won_in_periods(settings, deals, book)
    have: dict[str, float | None] = {
        "revenue": won_value,
        "deals": None if won_deals is None else float(won_deals),
        **actual,
    }
    have["sqo"], sqo_note = _sqo_have(settings, deals, plan.frame(QUALIFICATION), actual["sqo"])
    notes = [] if sqo_note is None else [sqo_note]
    if won_value is None:
        notes.append(
            tr(
                "The plan's periods have no dates (no first period), so no won deal can be"
                " placed in them: the revenue and deals won so far are not shown."
            )
        )
    levels = [Level(level, needed[level], have[level], lacks[level]) for level in LEVELS]
    return Backwards(settings.currency, target, rates, levels, notes)


def rounded_up(value: float | None) -> int | None:
    """A count needed, in whole units (2.1 deals take 3), ignoring float noise."""
    if value is None:
        return None
    return int(np.ceil(value - 1e-9))
