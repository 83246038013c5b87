"""The CRM capability maturity rules: levels, evidence, raters, readiness.

Pure functions over plain values, so the rules are tested without any table or widget.
Self-raters tend to rate too high; a level therefore counts as evidenced only when its
own evidence and the evidence of every level below it is confirmed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import mean
from typing import Any, Literal

from smplanner.domain.schema import InvalidValue, is_blank

LEVELS = (1, 2, 3, 4, 5)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
NAMES = {1: "Initial", 2: "Repeatable", 3: "Defined", 4: "Managed", 5: "Optimizing"}
LEVEL_EXPECTED = "a level from I to V (or 1 to 5)"
DISAGREEMENT = 2
"""Raters this many levels apart or more disagree about a dimension."""

Answer = Literal["yes", "no", "unsure"]


def parse_level(raw: Any) -> int | None:
    """A level from what a person wrote: I..V or 1..5, any case; None when blank."""
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        raise InvalidValue(raw, LEVEL_EXPECTED)
    if isinstance(raw, (int, float)):
        if float(raw).is_integer() and int(raw) in LEVELS:
            return int(raw)
        raise InvalidValue(raw, LEVEL_EXPECTED)
    text = str(raw).strip().upper()
    for level, numeral in ROMAN.items():
        if text in (numeral, str(level)):
            return level
    raise InvalidValue(raw, LEVEL_EXPECTED)


def roman(level: int | None) -> str:
    """The level as written in the workbook ("" for none)."""
    return ROMAN.get(level or 0, "")


def evidenced_level(confirmed: Mapping[int, Sequence[bool]]) -> int:
    """The highest level whose evidence, and that of every level below it, is all confirmed.

    0 means not even level I is evidenced. A level without any evidence statement cannot
    be evidenced, so it stops the climb too.
    """
    reached = 0
    for level in LEVELS:
        statements = confirmed.get(level, ())
        if not statements or not all(statements):
            break
        reached = level
    return reached


def rating_gap(rated: int | None, evidenced: int) -> int:
    """How many levels a self-rating stands above its evidence (0 when it does not)."""
    return max((rated or 0) - evidenced, 0)


def overall_level(current: Mapping[str, int | None]) -> int | None:
    """The rounded-down mean of the rated dimensions' current levels."""
    rated = [level for level in current.values() if level]
    if not rated:
        return None
    return math.floor(mean(rated))


def weakest(current: Mapping[str, int | None]) -> list[str]:
    """The dimensions at the lowest rated level: a chain is as strong as its weakest link."""
    rated = {name: level for name, level in current.items() if level}
    if not rated:
        return []
    low = min(rated.values())
    return [name for name, level in rated.items() if level == low]


@dataclass(frozen=True)
class RaterSpread:
    """Several raters' levels for one dimension."""

    levels: Mapping[str, int]
    mean: float | None
    spread: int
    disagree: bool


def rater_spread(levels: Mapping[str, int | None]) -> RaterSpread:
    """Each rater's level, the mean and the spread (highest minus lowest) of those given."""
    given = {rater: level for rater, level in levels.items() if level}
    if not given:
        return RaterSpread({}, None, 0, False)
    spread = max(given.values()) - min(given.values())
    return RaterSpread(given, mean(given.values()), spread, spread >= DISAGREEMENT)


READINESS_QUESTIONS = (
    "Are the basic sales and marketing processes in place?",
    "Are those processes working?",
    "Are there people, time and money to close the gaps?",
)
_NOT_SO = (
    "the basic processes are not in place",
    "the processes are not working",
    "there are no resources to close the gaps",
)
_UNKNOWN = (
    "the basic processes are in place",
    "they work",
    "there are resources to close the gaps",
)


def _sentence(parts: list[str]) -> str:
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text[0].upper() + text[1:]


def readiness(answers: Sequence[Answer | None]) -> tuple[str, str]:
    """The verdict of the readiness check and its reason.

    Any "no" means a readiness project comes first: automating a missing or broken
    process only makes it fail faster. "Unsure" or unanswered is not a yes.
    """
    padded = list(answers)[: len(READINESS_QUESTIONS)]
    padded += [None] * (len(READINESS_QUESTIONS) - len(padded))
    noes = [_NOT_SO[i] for i, a in enumerate(padded) if a == "no"]
    doubts = [_UNKNOWN[i] for i, a in enumerate(padded) if a not in ("yes", "no")]
    if noes:
        return (
            "Do a readiness project first",
            _sentence(noes) + ": do not automate a missing or broken process.",
        )
    if doubts:
        return (
            "Do a readiness project first",
            "Not yet known whether "
            + " or whether ".join(doubts)
            + ": find out before buying automation.",
        )
    return "Ready to implement", "The processes are in place, they work, and there are resources."
