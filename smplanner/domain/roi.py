"""Return on investment and the funnel figures, as pure functions.

Every ratio that is undefined (a zero or missing denominator) is None, shown as "n/a":
never infinity, never an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Spend = Literal["organic", "paid"]
STAFF_TIME = "staff time"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator / denominator, or None when either is missing or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def roi(investment: float | None, returned: float | None) -> float | None:
    """(return - investment) / investment."""
    if returned is None or investment is None:
        return None
    return ratio(returned - investment, investment)


def growth(previous: float | None, current: float | None) -> float | None:
    """Period-over-period growth; None when the previous value is 0 or missing."""
    if current is None:
        return None
    return ratio(None if previous is None else current - previous, previous)


def cost_per(investment: float | None, count: float | None) -> float | None:
    """Cost per follower gained, per MQC or per SQO."""
    return ratio(investment, count)


def customer_lifetime_value(
    annual_revenue: float,
    gross_margin: float,
    years: float,
    referrals: float = 0,
    referral_value: float = 0,
) -> float:
    """Annual revenue x margin x years as a customer + referrals x value of a referral."""
    return annual_revenue * gross_margin * years + referrals * referral_value


def weighted_pipeline(opportunities: Iterable[tuple[float, float]]) -> float:
    """Sum of value x stage probability over open opportunities."""
    return sum(value * probability for value, probability in opportunities)


def implied_return(now: float, later: float) -> float | None:
    """The return someone gives up by taking ``now`` rather than ``later``."""
    return ratio(later - now, now)


@dataclass(frozen=True)
class CostLine:
    spend: Spend
    category: str
    amount: float = 0.0
    hours: float = 0.0


def line_cost(line: CostLine, hourly_rate: float) -> float:
    """A line's money: staff time is hours x the hourly rate, the rest its amount."""
    if line.category == STAFF_TIME:
        return line.hours * hourly_rate + line.amount
    return line.amount


@dataclass(frozen=True)
class Investment:
    total: float
    organic: float
    paid: float


def investment(lines: Sequence[CostLine], hourly_rate: float) -> Investment:
    """The investment, split into organic and paid."""
    by_spend: Mapping[str, float] = {
        spend: sum(line_cost(line, hourly_rate) for line in lines if line.spend == spend)
        for spend in ("organic", "paid")
    }
    return Investment(by_spend["organic"] + by_spend["paid"], by_spend["organic"], by_spend["paid"])


def as_percent(value: float | None) -> str:
    """1.25 -> "125 %"; None -> "n/a"."""
    if value is None:
        return "n/a"
    return f"{value * 100:.0f} %"
