"""The dashboard's figures from whole tables: every worked figure of domain.md section 3."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain import measures, roi
from smplanner.domain.catalogue import default_tables
from smplanner.domain.commands import SetCells
from smplanner.domain.measures import dashboard, funnel_kpis
from smplanner.domain.plan import Plan

FOLLOWERS = "Followers"
MQC = "Marketing qualified contacts (MQC)"
SQO = "Sales qualified opportunities (SQO)"


def plan_with(**tables: Any) -> Plan:
    """The default catalogues (LinkedIn, X, ...) and the given measuring rows; ``won``
    lists (period, channel, value) as won deals of one touch each, closing in that month."""
    settings = {
        "currency": "EUR",
        "periods": 6,
        "hourly_rate": 50,
        "period_unit": "month",
        "first_period": "2026-01",
    }
    settings.update(tables.pop("settings", [{}])[0])
    deals, touches = [], []
    for number, (period, channel, value) in enumerate(tables.pop("won", ()), 1):
        close = dt.date(2026 + (period - 1) // 12, (period - 1) % 12 + 1, 15)
        deals.append({"deal_id": f"D{number}", "value": value, "stage": "Won", "close": close})
        touches.append({"deal": f"D{number}", "date": close, "channel": channel})
    return Plan(
        "t",
        {**default_tables(), "settings": [settings], "deals": deals, "touches": touches, **tables},
    )


def test_a_quarters_spend_and_revenue_give_125_percent() -> None:
    plan = plan_with(
        costs=[
            {
                "period": 1,
                "network": "LinkedIn",
                "spend": "paid",
                "category": "ad spend",
                "amount": 12_000,
            },
            {
                "period": 2,
                "network": "X",
                "spend": "organic",
                "category": "content",
                "amount": 8_000,
            },
        ],
        won=[(2, "LinkedIn", 30_000), (3, "X", 15_000)],
    )
    board = dashboard(plan)
    assert (board.overall.investment, board.overall.returned) == (20_000, 45_000)
    assert board.overall.roi == pytest.approx(1.25)
    assert roi.as_percent(board.overall.roi) == "125 %"
    assert board.per_network["LinkedIn"].roi == pytest.approx(1.5)
    assert board.per_network["X"].roi == pytest.approx(0.875)
    assert board.per_network["YouTube"].roi is None
    assert board.investment_per_period == [12_000, 8_000, 0, 0, 0, 0]
    assert board.return_per_period == [0, 30_000, 15_000, 0, 0, 0]
    assert board.roi_per_period[:3] == [pytest.approx(-1), pytest.approx(2.75), None]


def test_no_investment_gives_no_roi() -> None:
    board = dashboard(plan_with(won=[(1, "X", 5_000)]))
    assert board.overall.investment == 0 and board.overall.returned == 5_000
    assert board.overall.roi is None
    assert board.per_network["X"].returned == 5_000


def test_the_costs_example_and_cost_per_sqo() -> None:
    plan = plan_with(
        costs=[
            {"period": 1, "spend": "organic", "category": "tools", "amount": 300},
            {"period": 1, "spend": "organic", "category": "content", "amount": 1_200},
            {"period": 1, "spend": "organic", "category": "staff time", "hours": 40},
            {"period": 1, "spend": "paid", "category": "ad spend", "amount": 1_500},
        ],
        tracking=[{"network": "LinkedIn", "kpi": SQO, "period": 1, "actual": 4}],
    )
    board = dashboard(plan)
    assert (board.overall.investment, board.organic, board.paid) == (5_000, 3_500, 1_500)
    assert board.overall.sqo == 4
    assert board.overall.cost_per_sqo == 1_250
    assert board.overall.cost_per_mqc is None  # no MQC counted: n/a, not infinity


def test_hours_on_a_line_that_is_not_staff_time_cost_nothing() -> None:
    plan = plan_with(costs=[{"period": 1, "category": "tools", "amount": 10, "hours": 3}])
    assert dashboard(plan).overall.investment == 10


def test_follower_growth_and_missing_periods() -> None:
    values = np.array([[1_000, 1_100, np.nan, 1_200], [0, 50, 60, 0]], dtype=float)
    growth = measures.growth_series(values)
    assert growth[0, 1] == pytest.approx(0.10)
    assert np.isnan(growth[0, 0]) and np.isnan(growth[0, 2]) and np.isnan(growth[0, 3])
    assert np.isnan(growth[1, 1])  # from 0: n/a
    assert growth[1, 2] == pytest.approx(0.2) and growth[1, 3] == pytest.approx(-1)


def test_blank_tracking_is_no_data_not_zero() -> None:
    plan = plan_with(
        tracking=[
            {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 1, "actual": 1_000},
            {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 2, "target": 1_200},
            {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 3, "actual": 1_100},
            {"network": "X", "kpi": FOLLOWERS, "period": 2, "actual": 400},
        ],
        costs=[{"period": 1, "amount": 500}],
    )
    board = dashboard(plan)
    trend = board.trends["followers"][0]
    assert trend[0] == 1_000 and np.isnan(trend[1]) and trend[2] == 1_100
    assert board.per_network["LinkedIn"].followers_gained == 100
    assert board.per_network["X"].followers_gained is None  # one count: no growth yet
    assert board.overall.followers_gained == 100
    assert board.overall.cost_per_follower == 5
    assert board.followers == 1_500
    assert board.total_per_period("followers")[:4] == [1_000, 400, 1_100, None]


def test_the_funnel_and_its_rates() -> None:
    rows = []
    for network, counts in (("LinkedIn", (2_000, 300, 15)), ("X", (1_000, 100, 5))):
        for kpi, value in zip((FOLLOWERS, MQC, SQO), counts, strict=True):
            rows.append({"network": network, "kpi": kpi, "period": 1, "actual": value / 2})
            rows.append({"network": network, "kpi": kpi, "period": 2, "actual": value})
    board = dashboard(plan_with(tracking=rows, costs=[{"period": 2, "amount": 4_000}]))
    assert board.funnel == {"followers": 3_000, "mqc": 400, "sqo": 20}
    assert board.mqc_rate == pytest.approx(400 / 3_000)
    assert board.sqo_rate == pytest.approx(0.05)
    assert board.overall.cost_per_mqc == 10 and board.overall.cost_per_sqo == 200
    assert board.overall.cost_per_follower == pytest.approx(4_000 / 1_500)


def test_a_follower_loss_has_no_cost_per_follower() -> None:
    rows = [
        {"network": "X", "kpi": FOLLOWERS, "period": 1, "actual": 500},
        {"network": "X", "kpi": FOLLOWERS, "period": 2, "actual": 450},
    ]
    board = dashboard(plan_with(tracking=rows, costs=[{"period": 1, "amount": 100}]))
    assert board.overall.followers_gained == -50
    assert board.overall.cost_per_follower is None


def test_customer_lifetime_value_from_the_settings() -> None:
    settings = {
        "clv_revenue": 12_000,
        "clv_margin": 60,
        "clv_years": 3,
        "clv_referrals": 2,
        "clv_referral_value": 1_500,
    }
    assert dashboard(plan_with(settings=[settings])).clv == pytest.approx(24_600)
    assert dashboard(plan_with()).clv is None


def test_the_return_is_what_the_chosen_model_credits_the_networks() -> None:
    """A deal social media originated and assisted counts once (it used to count twice)."""
    day = dt.date(2026, 3, 1)
    deals = [{"deal_id": "T", "value": 20_000, "stage": "Won", "close": day}]
    touches = [
        {"deal": "T", "date": dt.date(2026, 2, 1), "channel": "LinkedIn"},
        {"deal": "T", "date": dt.date(2026, 2, 10), "channel": "LinkedIn"},
        {"deal": "T", "date": dt.date(2026, 2, 20), "channel": "Email"},
    ]
    got = {
        model: dashboard(
            plan_with(settings=[{"attribution_model": model}], deals=deals, touches=touches)
        )
        for model in ("first touch", "last touch", "linear", "position-based")
    }
    assert got["first touch"].overall.returned == 20_000
    assert got["last touch"].overall.returned == 0
    assert got["linear"].overall.returned == pytest.approx(20_000 * 2 / 3)
    assert got["position-based"].per_network["LinkedIn"].returned == pytest.approx(12_000)
    assert got["position-based"].return_per_period == [0, 0, pytest.approx(12_000), 0, 0, 0]


def test_won_deals_outside_the_periods_are_left_out() -> None:
    plan = plan_with(costs=[{"period": 7, "amount": 100}], won=[(9, "X", 1)])
    board = dashboard(plan)
    assert board.overall.investment == 0 and board.left_out == 2
    plan.apply(SetCells("settings", ((0, "periods", 9),)))
    assert dashboard(plan).overall.investment == 100
    assert dashboard(plan).overall.returned == 1


def test_without_dated_periods_won_deals_have_no_period() -> None:
    plan = plan_with(settings=[{"first_period": ""}], won=[(1, "X", 10)])
    board = dashboard(plan)
    assert board.overall.returned == 0 and board.undated == 1


def test_funnel_kpis_follow_renames_and_short_names() -> None:
    assert funnel_kpis(["Followers", "MQC", "SQO"]) == {
        "followers": "Followers",
        "mqc": "MQC",
        "sqo": "SQO",
    }
    assert funnel_kpis(["Qualified contacts (MQC)", "Impressions"]) == {
        "followers": None,
        "mqc": "Qualified contacts (MQC)",
        "sqo": None,
    }


def test_an_empty_plan_has_no_figures_but_no_errors() -> None:
    board = dashboard(plan_with())
    assert board.overall.roi is None and board.mqc_rate is None
    assert board.total_per_period("sqo") == [None] * 6


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["organic", "paid"]),
            st.sampled_from(["tools", "content", "staff time", "ad spend", "other"]),
            st.floats(0, 1e6, allow_nan=False),
            st.floats(0, 500, allow_nan=False),
        ),
        max_size=12,
    ),
    st.floats(0, 500, allow_nan=False),
)
def test_the_vectorised_investment_agrees_with_the_pure_rule(lines, rate) -> None:  # type: ignore[no-untyped-def]
    records = [
        {"period": 1 + n % 6, "spend": s, "category": c, "amount": a, "hours": h}
        for n, (s, c, a, h) in enumerate(lines)
    ]
    board = dashboard(plan_with(settings=[{"hourly_rate": rate}], costs=records))
    expected = roi.investment([roi.CostLine(s, c, a, h) for s, c, a, h in lines], rate)
    assert board.overall.investment == pytest.approx(expected.total)
    assert board.organic == pytest.approx(expected.organic)
    assert board.paid == pytest.approx(expected.paid)


def test_a_deleted_network_takes_its_tracking_and_leaves_its_costs_shared() -> None:
    from smplanner.domain.commands import RemoveRows

    plan = plan_with(
        tracking=[{"network": "X", "kpi": FOLLOWERS, "period": 1, "actual": 10}],
        costs=[{"period": 1, "network": "X", "amount": 100}],
        won=[(1, "X", 300)],
    )
    before = plan.snapshot()
    undo = plan.apply(RemoveRows("networks", (plan.keys("networks").index("X"),)))
    assert plan.row_count("tracking") == 0
    assert plan.value("costs", 0, "network") == "" and plan.value("touches", 0, "channel") == ""
    board = dashboard(plan)
    assert board.overall.returned == 0 and board.unattributed.investment == 100
    plan.apply(undo)
    assert plan.snapshot() == before


def test_a_renamed_funnel_kpi_is_still_found() -> None:
    plan = plan_with(tracking=[{"network": "X", "kpi": SQO, "period": 1, "actual": 3}])
    row = plan.keys("kpis").index(SQO)
    plan.apply(SetCells("kpis", ((row, "name", "Opportunities (SQO)"),)))
    assert plan.value("tracking", 0, "kpi") == "Opportunities (SQO)"
    assert dashboard(plan).overall.sqo == 3
