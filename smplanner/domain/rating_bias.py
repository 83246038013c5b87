"""The raters' habits the maturity model warns of: most raters gravitate to the middle.

A rater who puts most dimensions at level III (Defined) may be rating the middle rather
than the team; the maturity tab names them so the ratings get a second look against the
evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.domain.plan import Plan

MIDDLE = "III"
MIN_RATED = 3
"""Fewer current levels than this say nothing about a habit."""


@dataclass(frozen=True)
class MiddleHeavy:
    """A rater most of whose current levels are III."""

    rater: str
    middle: int
    rated: int


def central_tendency(plan: Plan) -> list[MiddleHeavy]:
    """Raters (in the Raters order) with more than half of their current levels at III,
    counting each dimension once (the last rating of a dimension counts, as everywhere)."""
    levels: dict[str, dict[str, str]] = {}
    for record in plan.records("maturity_ratings"):
        if record["current"]:
            levels.setdefault(str(record["rater"]), {})[str(record["dimension"])] = str(
                record["current"]
            )
    found = []
    for rater in plan.keys("raters"):
        current = list(levels.get(rater, {}).values())
        middle = sum(1 for level in current if level == MIDDLE)
        if len(current) >= MIN_RATED and 2 * middle > len(current):
            found.append(MiddleHeavy(rater, middle, len(current)))
    return found
