"""Names people use for our KPIs and networks, and how a KPI's days make up a period.

Exports and home-made sheets say "Follower count", "MQLs" or "opportunities"; the plan
says "Followers", "Marketing qualified contacts (MQC)" and "Sales qualified opportunities
(SQO)". Names are compared blind to case, spaces and punctuation, a KPI also by the
abbreviation in its brackets, and through :data:`KPI_ALIASES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank

LEVEL, COUNT, RATE = "level", "count", "rate"
RATE_UNITS = ("%", "score", "seconds", "days", "hours")
"""Units whose period value is a mean of the days'."""
LEVEL_WORDS = ("followers", "subscribers", "fans", "members", "connections", "audience")
"""A KPI named after a standing total takes the period's last value."""
KPI_ALIASES: Mapping[str, str] = {
    "followercount": "followers",
    "totalfollowers": "followers",
    "pagefollowers": "followers",
    "followerstotal": "followers",
    "mql": "mqc",
    "mqls": "mqc",
    "marketingqualifiedleads": "mqc",
    "marketingqualifiedlead": "mqc",
    "sql": "sqo",
    "sqls": "sqo",
    "salesqualifiedleads": "sqo",
    "opportunity": "sqo",
    "opportunities": "sqo",
    "clicks": "linkclicks",
    "ctr": "clickthroughrate",
    "views": "videoviews",
    "registrations": "eventregistrations",
    "downloads": "contentdownloads",
    "engagementrate": "engagementrate",
    "likes": "reactions",
    "reposts": "shares",
}
"""Squashed other names -> a squashed name (or bracketed abbreviation) of a catalogue KPI."""


def squash(text: object) -> str:
    """A name as compared: lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", str(text)).casefold()


def default_aggregation(name: str, unit: str) -> str:
    """Level for standing totals (followers), rate for %, scores and times, else count."""
    words = str(name).casefold()
    if unit in RATE_UNITS or "rate" in words.split() or words.startswith(("average", "cost per")):
        return RATE
    if any(word in words for word in LEVEL_WORDS) and not words.startswith(("new", "gained")):
        return LEVEL
    return COUNT


def aggregations(plan: Plan) -> dict[str, str]:
    """Each catalogue KPI's aggregation: the one set in the catalogue, else the default."""
    found: dict[str, str] = {}
    for row in plan.records("kpis"):
        chosen = row.get("aggregation")
        name = str(row["name"])
        found[name] = (
            str(chosen)
            if not is_blank(chosen)
            else default_aggregation(name, str(row.get("unit") or ""))
        )
    return found


class NameMatcher:
    """Finds the catalogue name another spelling means, or None."""

    def __init__(self, names: Iterable[str], aliases: Mapping[str, str] | None = None) -> None:
        self._by: dict[str, str] = {}
        for name in names:
            self._by.setdefault(squash(name), name)
        for name in names:
            bracket = re.search(r"\(([^)]*)\)\s*$", name)
            if bracket:
                self._by.setdefault(squash(bracket.group(1)), name)
                self._by.setdefault(squash(name[: bracket.start()]), name)
        self._aliases = aliases or {}

    def match(self, text: object) -> str | None:
        key = squash(text)
        if not key:
            return None
        for candidate in (key, self._aliases.get(key, ""), key.removesuffix("s")):
            if candidate and candidate in self._by:
                return self._by[candidate]
        return None


def kpi_matcher(plan: Plan) -> NameMatcher:
    return NameMatcher(plan.keys("kpis"), KPI_ALIASES)


def network_matcher(plan: Plan) -> NameMatcher:
    return NameMatcher(plan.keys("networks"), {"twitter": "x", "fb": "facebook", "ig": "instagram"})
