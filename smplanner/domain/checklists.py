"""The social profile checklists' rules (issue 4): profile scores, request verdicts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Status = Literal["done", "partly", "missing", "not applicable"]
Rating = Literal["fine", "doubtful", "red flag"]

STATUS_CREDIT: Mapping[str, float] = {"done": 1.0, "partly": 0.5, "missing": 0.0}
KNOWN_RELATIONSHIPS = ("ally", "acquaintance", "colleague/collaborator/client")
WARNING_SIGNS = (
    "photo",
    "contact details",
    "proofreading",
    "history",
    "connections",
    "message",
    "activity",
)
ACCEPT, REPLY_FIRST, IGNORE = "accept", "reply first", "ignore"


def profile_score(
    statuses: Sequence[Status], weights: Sequence[float] | None = None
) -> float | None:
    """Share of the applicable items done, "partly" counting half; None if none applies."""
    weights = weights or [1.0] * len(statuses)
    applicable = [(s, w) for s, w in zip(statuses, weights, strict=True) if s != "not applicable"]
    total = sum(w for _, w in applicable)
    if not total:
        return None
    return sum(STATUS_CREDIT[s] * w for s, w in applicable) / total


@dataclass(frozen=True)
class Verdict:
    decision: str
    reason: str


def request_verdict(
    relationship: str, personalised: bool, ratings: Mapping[str, Rating]
) -> Verdict:
    """Accept, reply first or ignore a connection request, with the reason in words.

    Two or more red flags: ignore. A known relationship and no red flag: accept.
    Otherwise reply first and ask what the connection is for. A personalised message
    counts in the requester's favour: the reason says so, the rule stays as it is.
    """
    red = [sign for sign in WARNING_SIGNS if ratings.get(sign) == "red flag"]
    doubtful = [sign for sign in WARNING_SIGNS if ratings.get(sign) == "doubtful"]
    if len(red) >= 2:
        return Verdict(IGNORE, f"{len(red)} red flags: {', '.join(red)}")
    if relationship in KNOWN_RELATIONSHIPS and not red:
        return Verdict(ACCEPT, f"known {relationship}, no red flag")
    reasons = []
    if red:
        reasons.append(f"1 red flag: {red[0]}")
    if doubtful:
        reasons.append(f"doubtful: {', '.join(doubtful)}")
    if relationship not in KNOWN_RELATIONSHIPS:
        reasons.append("no known relationship")
    if personalised:
        reasons.append("a personalised message in their favour")
    return Verdict(REPLY_FIRST, "; ".join(reasons) + " — ask what the connection is for")
