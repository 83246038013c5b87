"""The funnel worked backwards, with figures worked out by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.catalogue import default_tables
from smplanner.domain.funnel_backwards import (
    MISSING,
    RATES,
    TRACKED,
    TYPED,
    Rate,
    backwards,
    lacking,
    rounded_up,
    work_backwards,
)
from smplanner.domain.plan import Plan

FOLLOWERS = "Followers"
MQC = "Marketing qualified contacts (MQC)"
SQO = "Sales qualified opportunities (SQO)"


def plan_with(settings: dict[str, Any] | None = None, **tables: Any) -> Plan:
    row = {"currency": "EUR", "periods": 6, "period_unit": "month", "first_period": "2027-01"}
    row.update(settings or {})
    return Plan("t", {**default_tables(), "settings": [row], **tables})


def deal(number: int, value: float, stage: str, close: dt.date | None = None) -> dict[str, Any]:
    return {"deal_id": f"D{number}", "value": value, "stage": stage, "close": close}


def track(network: str, kpi: str, period: int, actual: float | None, target: float | None = None):  # type: ignore[no-untyped-def]
    return {"network": network, "kpi": kpi, "period": period, "actual": actual, "target": target}


# Two won deals (20,000 in February, 30,000 last year) and two lost: win rate 2 / 4 = 50 %,
# average size 50,000 / 2 = 25,000. LinkedIn and X each end with 1,000 followers
# (2,000), 100 MQC (200) and 10 SQO (20): MQC / followers 10 %, SQO / MQC 10 %.
# A target of 100,000 takes 100,000 / 25,000 = 4 deals, 4 / 0.5 = 8 SQO,
# 8 / 0.1 = 80 MQC and 80 / 0.1 = 800 followers.
WORKED_DEALS = [
    deal(1, 20_000, "Won", dt.date(2027, 2, 10)),
    deal(2, 30_000, "Won", dt.date(2026, 11, 3)),
    deal(3, 5_000, "Lost", dt.date(2027, 1, 20)),
    deal(4, 7_000, "Lost"),
    deal(5, 90_000, "Proposed", dt.date(2027, 4, 1)),  # open: in no rate
]
WORKED_TRACKING = [
    track(net, kpi, period, value)
    for net in ("LinkedIn", "X")
    for kpi, values in ((FOLLOWERS, (900, 1_000)), (MQC, (80, 100)), (SQO, (8, 10)))
    for period, value in zip((1, 2), values, strict=True)
]


def test_a_target_is_worked_back_to_followers() -> None:
    plan = plan_with({"revenue_target": 100_000}, deals=WORKED_DEALS, tracking=WORKED_TRACKING)
    found = backwards(plan)
    rates = found.rates
    assert rates["deal_size"].value == pytest.approx(25_000)
    assert rates["win_rate"].value == pytest.approx(0.5)
    assert rates["sqo_per_mqc"].value == pytest.approx(0.1)
    assert rates["mqc_per_follower"].value == pytest.approx(0.1)
    assert {r.source for r in rates.values()} == {TRACKED}
    assert rates["win_rate"].basis == "2 won of 4 closed deals"
    levels = {level.level: level for level in found.levels}
    assert levels["revenue"].needed == 100_000
    assert levels["deals"].needed == pytest.approx(4)
    assert levels["sqo"].needed == pytest.approx(8)
    assert levels["mqc"].needed == pytest.approx(80)
    assert levels["followers"].needed == pytest.approx(800)
    # beside what the plan has: only the 20,000 won in February lies in the periods
    assert levels["revenue"].have == 20_000 and levels["revenue"].gap == 80_000
    assert levels["deals"].have == 1
    assert (levels["sqo"].have, levels["mqc"].have, levels["followers"].have) == (20, 200, 2_000)
    assert all(not level.lacking for level in found.levels)


def test_typed_rates_win_over_the_tracked_ones() -> None:
    typed = {
        "revenue_target": 60_000,
        "typed_win_rate": 25,
        "typed_deal_size": 10_000,
        "typed_sqo_rate": 20,
        "typed_mqc_rate": 5,
    }
    found = backwards(plan_with(typed, deals=WORKED_DEALS, tracking=WORKED_TRACKING))
    assert {r.source for r in found.rates.values()} == {TYPED}
    # 60,000 / 10,000 = 6 deals; / 0.25 = 24 SQO; / 0.2 = 120 MQC; / 0.05 = 2,400 followers
    needed = [level.needed for level in found.levels]
    assert needed == pytest.approx([60_000, 6, 24, 120, 2_400])


def test_missing_rates_are_named_and_give_no_number() -> None:
    # nothing closed, nothing tracked: every rate missing, only the revenue has a number
    found = backwards(plan_with({"revenue_target": 50_000}, deals=[deal(1, 9_000, "Scoped")]))
    assert {r.source for r in found.rates.values()} == {MISSING}
    assert found.rates["win_rate"].basis == "no closed (won or lost) deal yet"
    assert found.rates["sqo_per_mqc"].basis == "no SQO or MQC count tracked yet"
    levels = {level.level: level for level in found.levels}
    assert levels["revenue"].needed == 50_000
    for name in ("deals", "sqo", "mqc", "followers"):
        assert levels[name].needed is None and levels[name].gap is None
    assert levels["deals"].lacking == ("deal_size",)
    assert levels["followers"].lacking == RATES
    assert levels["sqo"].have is None  # nothing tracked is not zero


def test_a_zero_rate_stops_the_chain_below_it() -> None:
    # every closed deal lost: the size is missing (no won deal), the win rate is 0 %
    deals = [deal(1, 5_000, "Lost"), deal(2, 6_000, "Lost")]
    found = backwards(plan_with({"revenue_target": 10_000, "typed_deal_size": 5_000}, deals=deals))
    assert found.rates["win_rate"].value == 0 and found.rates["win_rate"].source == TRACKED
    levels = {level.level: level for level in found.levels}
    assert levels["deals"].needed == pytest.approx(2)
    assert levels["sqo"].needed is None and levels["sqo"].lacking == ("win_rate",)


def test_no_target_gives_no_needs_and_undated_periods_no_have() -> None:
    found = backwards(plan_with({"first_period": ""}, deals=WORKED_DEALS))
    assert all(level.needed is None for level in found.levels)
    assert found.levels[0].lacking == ("revenue_target",)
    assert found.levels[0].have is None and found.notes


def test_counts_are_rounded_up_to_whole_units() -> None:
    assert rounded_up(4.000000000000001) == 4
    assert rounded_up(2.1) == 3
    assert rounded_up(None) is None


def test_a_tracked_follower_count_of_zero_is_missing_not_infinite() -> None:
    tracking = [track("LinkedIn", FOLLOWERS, 1, 0), track("LinkedIn", MQC, 1, 5)]
    found = backwards(plan_with(tracking=tracking))
    rate = found.rates["mqc_per_follower"]
    assert rate.value is None and rate.source == MISSING and "as 0" in rate.basis


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False)


@given(
    target=positive,
    values=st.lists(st.one_of(st.none(), positive, st.just(0.0)), min_size=4, max_size=4),
)
def test_a_need_is_a_number_exactly_when_nothing_above_it_lacks(
    target: float, values: list[float | None]
) -> None:
    rates = {
        name: Rate(name, value, MISSING if value is None else TYPED, "")
        for name, value in zip(RATES, values, strict=True)
    }
    needed = work_backwards(target, rates)
    lacks = lacking(target, rates)
    for level, need in needed.items():
        assert (need is None) == bool(lacks[level])
        if need is not None:
            assert need > 0


# Deals created in the plan's periods (January to June 2027): D1 with BANT all ticked, D2
# with budget missing, D3 with MAN (its own framework) all ticked; D4 was created before
# the periods and is qualified, so it is not counted. Two SQO so far from the deals.
QUALIFIED_DEALS = [
    {**deal(1, 1_000, "Proposed"), "created": dt.date(2027, 1, 5)},
    {**deal(2, 1_000, "Scoped"), "created": dt.date(2027, 2, 5)},
    {**deal(3, 1_000, "Qualified"), "created": dt.date(2027, 3, 5)},
    {**deal(4, 1_000, "Qualified"), "created": dt.date(2026, 12, 5)},
]
BANT_ALL = {"budget": True, "authority": True, "need": True, "timescale": True}
QUALIFICATION_ROWS = [
    {"deal": "D1", "framework": "", **BANT_ALL},
    {"deal": "D2", "framework": "", **BANT_ALL, "budget": False},
    {"deal": "D3", "framework": "MAN", "money": True, "authority": True, "need": True},
    {"deal": "D4", "framework": "", **BANT_ALL},
]


def test_without_tracked_sqo_the_qualified_deals_are_what_the_plan_has() -> None:
    plan = plan_with(deals=QUALIFIED_DEALS, qualification=QUALIFICATION_ROWS)
    found = backwards(plan)
    levels = {level.level: level for level in found.levels}
    assert levels["sqo"].have == 2
    assert found.notes[0].startswith("SQO so far: 2 deals created in the plan's periods and")
    assert "as no SQO is tracked" in found.notes[0]


def test_tracked_sqo_stay_the_figure_and_the_qualified_deals_are_said() -> None:
    plan = plan_with(
        deals=QUALIFIED_DEALS, qualification=QUALIFICATION_ROWS, tracking=WORKED_TRACKING
    )
    found = backwards(plan)
    assert {level.level: level.have for level in found.levels}["sqo"] == 20
    assert found.notes[0] == (
        "SQO so far: the tracked count; the deals created in the plan's periods include"
        " 2 qualified ones (BANT unless a deal names another)."
    )
