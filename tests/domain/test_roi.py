"""The worked figures of domain.md section 3, through the pure functions."""

from __future__ import annotations

import pytest

from smplanner.domain import roi
from smplanner.domain.roi import CostLine


def test_a_quarters_return() -> None:
    value = roi.roi(20_000, 45_000)
    assert value == pytest.approx(1.25)
    assert roi.as_percent(value) == "125 %"


def test_no_investment_is_not_applicable() -> None:
    assert roi.roi(0, 5_000) is None
    assert roi.as_percent(roi.roi(0, 5_000)) == "n/a"


def test_growth() -> None:
    assert roi.growth(1_000, 1_100) == pytest.approx(0.10)
    assert roi.growth(0, 50) is None
    assert roi.growth(None, 50) is None
    assert roi.growth(100, None) is None


def test_costs_split_and_cost_per_sqo() -> None:
    lines = [
        CostLine("organic", "tools", 300),
        CostLine("organic", "content", 1_200),
        CostLine("organic", roi.STAFF_TIME, hours=40),
        CostLine("paid", "ad spend", 1_500),
    ]
    spent = roi.investment(lines, hourly_rate=50)
    assert (spent.total, spent.organic, spent.paid) == (5_000, 3_500, 1_500)
    assert roi.cost_per(spent.total, 4) == 1_250
    assert roi.cost_per(spent.total, 0) is None


def test_customer_lifetime_value() -> None:
    assert roi.customer_lifetime_value(12_000, 0.60, 3, 2, 1_500) == pytest.approx(24_600)


def test_taking_less_now_gives_up_a_return() -> None:
    assert roi.implied_return(250, 350) == pytest.approx(0.40)


def test_weighted_pipeline() -> None:
    assert roi.weighted_pipeline([(10_000, 0.25), (20_000, 0.5), (5_000, 0.0)]) == 12_500
