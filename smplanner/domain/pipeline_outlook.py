"""The pipeline figures with what they point to: the funnel worked backwards from the
revenue target, and the bottlenecks, for ``smplanner pipeline`` and the summary.

The pipeline's own keys come unchanged from :mod:`smplanner.domain.pipeline_summary`;
this adds ``funnel_backwards`` and ``bottlenecks`` beside them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from smplanner.domain import pipeline_summary
from smplanner.domain.bottlenecks import bottlenecks
from smplanner.domain.figures_text import count, money, percent
from smplanner.domain.funnel_backwards import RATE_TITLES, backwards, rounded_up
from smplanner.domain.plan import Plan


def figures(plan: Plan, today: dt.date | None = None) -> dict[str, Any]:
    """:func:`pipeline_summary.figures` plus the backwards funnel and the bottlenecks."""
    found = pipeline_summary.figures(plan, today)
    found["funnel_backwards"] = backwards(plan).as_json()
    found["bottlenecks"] = bottlenecks(plan, today).as_json()
    return found


def rate_text(name: str, value: float | None, currency: str) -> str:
    """A rate as read: the deal size in money, the others in per cent; "n/a" when missing."""
    return money(value, currency) if name == "deal_size" else percent(value, 1)


def lines(found: dict[str, Any]) -> list[str]:
    """The pipeline's lines, then the funnel worked backwards and the bottlenecks."""
    out = pipeline_summary.lines(found)
    c = found["currency"]
    funnel = found.get("funnel_backwards")
    if funnel is not None:
        if funnel["revenue_target"] is None:
            out.append("  funnel backwards: no revenue target in the plan settings")
        else:
            needs = []
            for level in funnel["levels"][1:]:
                need = rounded_up(level["needed"])
                needs.append(f"{level['level']} {'n/a' if need is None else count(need)}")
            out.append(
                f"  funnel backwards from {money(funnel['revenue_target'], c)}: " + ", ".join(needs)
            )
        for name, rate in funnel["rates"].items():
            out.append(
                f"    {RATE_TITLES[name]}: {rate_text(name, rate['value'], c)}"
                f" ({rate['source']}: {rate['basis']})"
            )
    blocked = found.get("bottlenecks")
    if blocked is not None:
        out += [f"  bottleneck: {sentence}" for sentence in blocked["text"]]
    return out
