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
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

LEVELS = (1, 2, 3, 4, 5)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
NAMES = {
    1: QT_TRANSLATE_NOOP("", "Initial"),
    2: QT_TRANSLATE_NOOP("", "Repeatable"),
    3: QT_TRANSLATE_NOOP("", "Defined"),
    4: QT_TRANSLATE_NOOP("", "Managed"),
    5: QT_TRANSLATE_NOOP("", "Optimizing"),
}
"""The level names, English as stored and read; ``tr(NAMES[level])`` where shown."""
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
    QT_TRANSLATE_NOOP("", "Are the basic sales and marketing processes in place?"),
    QT_TRANSLATE_NOOP("", "Are those processes working?"),
    QT_TRANSLATE_NOOP("", "Are there people, time and money to close the gaps?"),
)
"""The questions of the readiness check (English as stored; ``tr()`` where shown)."""
_NOT_SO = (
    QT_TRANSLATE_NOOP("", "the basic processes are not in place"),
    QT_TRANSLATE_NOOP("", "the processes are not working"),
    QT_TRANSLATE_NOOP("", "there are no resources to close the gaps"),
)
_UNKNOWN = (
    QT_TRANSLATE_NOOP("", "whether the basic processes are in place"),
    QT_TRANSLATE_NOOP("", "whether they work"),
    QT_TRANSLATE_NOOP("", "whether there are resources to close the gaps"),
)
NOT_READY = QT_TRANSLATE_NOOP("", "Do a readiness project first")
READY = QT_TRANSLATE_NOOP("", "Ready to implement")


def _sentence(parts: list[str]) -> str:
    if len(parts) == 1:
        text = parts[0]
    else:
        text = tr("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
    return text[0].upper() + text[1:]


def readiness(answers: Sequence[Answer | None]) -> tuple[str, str]:
    """The verdict of the readiness check and its reason, in the user's language.

    Any "no" means a readiness project comes first: automating a missing or broken
    process only makes it fail faster. "Unsure" or unanswered is not a yes. The verdict
    is ``tr(READY)`` or ``tr(NOT_READY)``.
    """
    padded = list(answers)[: len(READINESS_QUESTIONS)]
    padded += [None] * (len(READINESS_QUESTIONS) - len(padded))
    noes = [tr(_NOT_SO[i]) for i, a in enumerate(padded) if a == "no"]
    doubts = [tr(_UNKNOWN[i]) for i, a in enumerate(padded) if a not in ("yes", "no")]
    if noes:
        return (
            tr(NOT_READY),
            tr("{reasons}: do not automate a missing or broken process.").format(
                reasons=_sentence(noes)
            ),
        )
    if doubts:
        return (
            tr(NOT_READY),
            tr("Not yet known {whether}: find out before buying automation.").format(
                whether=tr(" or ").join(doubts)
            ),
        )
    return tr(READY), tr("The processes are in place, they work, and there are resources.")
