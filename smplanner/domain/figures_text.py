"""How measured figures read: money, counts and rates, "n/a" where a figure is undefined.

Shared by the dashboard, the tracking grid and ``smplanner summary`` so that a figure
reads the same everywhere.
"""

from __future__ import annotations

NOT_APPLICABLE = "n/a"


def money(value: float | None, currency: str = "") -> str:
    """20000 -> "20,000.00" (with the currency after it when given)."""
    if value is None:
        return NOT_APPLICABLE
    text = f"{value:,.2f}"
    return f"{text} {currency}" if currency else text


def count(value: float | None) -> str:
    """1340 -> "1,340"; fractions keep up to two decimals."""
    if value is None:
        return NOT_APPLICABLE
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def percent(value: float | None, decimals: int = 0) -> str:
    """1.25 -> "125 %"; a rate such as 0.1167 with one decimal -> "11.7 %"."""
    if value is None:
        return NOT_APPLICABLE
    return f"{value * 100:,.{decimals}f} %"
