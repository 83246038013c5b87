"""A plan's self-assessment in figures: per dimension, per rater, overall, readiness.

The rules live in :mod:`smplanner.domain.maturity`; this module reads the plan's
maturity tables and applies them, for the Maturity tab, its chart and ``summary``.

With several raters, the team's level of a dimension is the rounded-down mean of the
raters' levels: like the overall level, it errs on the side of modesty, which counters
the known bias of self-raters towards rating too high.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import mean
from typing import Any

from smplanner.domain import maturity
from smplanner.domain.keyed import KeyedTable, rows_by_key
from smplanner.domain.maturity_tables import LEVEL_CODES, LEVEL_NAMES
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr

DIMENSIONS = "maturity"
EVIDENCE = "maturity_evidence"
RATERS = "raters"
RATINGS = "maturity_ratings"
RATINGS_BY_KEY = KeyedTable(RATINGS, ("rater", "dimension"))
"""A rater's levels of a dimension; a later duplicate row wins (see :func:`ratings`)."""
READINESS = "readiness"


def level_number(code: Any) -> int | None:
    """1..5 from a stored Roman code; None when blank."""
    return LEVEL_CODES.index(code) + 1 if code in LEVEL_CODES else None


def level_words(level: int | None) -> str:
    """ "III Defined", or "none" for no level, in the user's language."""
    if not level:
        return tr("none")
    code = LEVEL_CODES[level - 1]
    return f"{code} {tr(LEVEL_NAMES[code])}"


@dataclass(frozen=True)
class DimensionProfile:
    """One dimension as one rater (or the team) sees it, beside its evidence."""

    dimension: str
    current: int | None
    target: int | None
    evidenced: int
    unconfirmed: tuple[str, ...] = ()
    """Statements still to confirm at the first level above the evidenced one."""

    @property
    def gap(self) -> int:
        return maturity.rating_gap(self.current, self.evidenced)

    def gap_text(self) -> str:
        """Why the rating stands above its evidence, in words; "" when it does not."""
        if not self.gap:
            return ""
        if self.evidenced:
            words = tr("Rated {rated}, but the evidence supports only {evidenced}.").format(
                rated=level_words(self.current), evidenced=level_words(self.evidenced)
            )
        else:
            words = tr("Rated {rated}, but the evidence supports no level yet.").format(
                rated=level_words(self.current)
            )
        if self.unconfirmed:
            next_level = LEVEL_CODES[self.evidenced]
            shown = "\n".join(f"• {s}" for s in self.unconfirmed[:4])
            more = len(self.unconfirmed) - 4
            if more > 0:
                shown += "\n• " + tr("… and %n more", "", more)
            words += "\n" + tr("Still to confirm at level {level}:").format(level=next_level)
            words += "\n" + shown
        elif self.evidenced < len(LEVEL_CODES):
            words += "\n" + tr("Level {level} has no evidence statements yet.").format(
                level=LEVEL_CODES[self.evidenced]
            )
        return words


def evidence_levels(plan: Plan) -> dict[str, dict[int, list[bool]]]:
    """Per dimension and level, whether each evidence statement is confirmed."""
    found: dict[str, dict[int, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for record in plan.records(EVIDENCE):
        level = level_number(record["level"])
        if record["dimension"] and level:
            found[str(record["dimension"])][level].append(bool(record["confirmed"]))
    return {name: dict(levels) for name, levels in found.items()}


def _unconfirmed(plan: Plan, dimension: str, level: int) -> tuple[str, ...]:
    code = LEVEL_CODES[level - 1] if 1 <= level <= len(LEVEL_CODES) else None
    return tuple(
        str(r["statement"])
        for r in plan.records(EVIDENCE)
        if r["dimension"] == dimension and r["level"] == code and not r["confirmed"]
    )


def ratings(plan: Plan) -> dict[str, dict[str, tuple[int | None, int | None]]]:
    """Per rater, per dimension: (current, target). A later duplicate row wins."""
    found: dict[str, dict[str, tuple[int | None, int | None]]] = defaultdict(dict)
    for record in plan.records(RATINGS):
        levels = (level_number(record["current"]), level_number(record["target"]))
        found[str(record["rater"])][str(record["dimension"])] = levels
    return dict(found)


def rating_row(plan: Plan, rater: str, dimension: str) -> int | None:
    """The ratings row of this rater and dimension, if there is one."""
    return rows_by_key(plan, RATINGS_BY_KEY).get((rater, dimension))


def _team_level(levels: list[int | None]) -> int | None:
    given = [level for level in levels if level]
    return math.floor(mean(given)) if given else None


def profile(plan: Plan, rater: str | None = None) -> list[DimensionProfile]:
    """Every dimension: the rater's levels (the team's when ``rater`` is None) and evidence."""
    evidence = evidence_levels(plan)
    given = ratings(plan)
    raters = [rater] if rater is not None else plan.keys(RATERS)
    result = []
    for dimension in plan.keys(DIMENSIONS):
        pairs = [given.get(r, {}).get(dimension, (None, None)) for r in raters]
        evidenced = maturity.evidenced_level(evidence.get(dimension, {}))
        result.append(
            DimensionProfile(
                dimension,
                _team_level([p[0] for p in pairs]),
                _team_level([p[1] for p in pairs]),
                evidenced,
                _unconfirmed(plan, dimension, evidenced + 1),
            )
        )
    return result


@dataclass(frozen=True)
class Overall:
    """The overall levels of a profile, and its weakest dimensions."""

    current: int | None
    target: int | None
    evidenced: int | None
    weakest: list[str] = field(default_factory=list)
    weakest_level: int | None = None

    def sentence(self) -> str:
        """ "Overall level II Repeatable; weakest: Data quality (I Initial)", translated."""
        if self.current is None:
            return tr("No dimension rated yet")
        text = tr("Overall level {level}").format(level=level_words(self.current))
        if self.weakest:
            names = ", ".join(self.weakest[:3]) + (" …" if len(self.weakest) > 3 else "")
            text += tr("; weakest: {names} ({level})").format(
                names=names, level=level_words(self.weakest_level)
            )
        return text


def overall(dimensions: list[DimensionProfile]) -> Overall:
    """Rounded-down means of current, target and evidenced levels, beside the weakest."""
    current = {d.dimension: d.current for d in dimensions}
    weakest = maturity.weakest(current)
    return Overall(
        maturity.overall_level(current),
        maturity.overall_level({d.dimension: d.target for d in dimensions}),
        math.floor(mean(d.evidenced for d in dimensions)) if dimensions else None,
        weakest,
        current[weakest[0]] if weakest else None,
    )


def spreads(plan: Plan) -> dict[str, maturity.RaterSpread]:
    """Per dimension, the raters' current levels, their mean and spread."""
    given = ratings(plan)
    raters = plan.keys(RATERS)
    return {
        dimension: maturity.rater_spread(
            {r: given.get(r, {}).get(dimension, (None, None))[0] for r in raters}
        )
        for dimension in plan.keys(DIMENSIONS)
    }


def readiness_answers(plan: Plan) -> list[maturity.Answer | None]:
    answers: list[maturity.Answer | None] = []
    for record in plan.records(READINESS):
        answer = record["answer"]
        answers.append(answer if answer in ("yes", "no", "unsure") else None)
    return answers


def readiness(plan: Plan) -> tuple[str, str]:
    """The readiness verdict and its reason, from the readiness table's answers."""
    return maturity.readiness(readiness_answers(plan))


def summary(plan: Plan) -> dict[str, Any]:
    """The self-assessment's headline figures, JSON-ready (levels as Roman numerals)."""
    team = profile(plan)
    whole = overall(team)
    spread = spreads(plan)
    verdict, reason = readiness(plan)
    return {
        "raters": [{"name": r["name"], "role": r["role"]} for r in plan.records(RATERS)],
        "overall": {
            "current": maturity.roman(whole.current),
            "target": maturity.roman(whole.target),
            "evidenced": maturity.roman(whole.evidenced),
            "weakest": whole.weakest,
            "weakest_level": maturity.roman(whole.weakest_level),
        },
        "dimensions": [
            {
                "dimension": d.dimension,
                "current": maturity.roman(d.current),
                "target": maturity.roman(d.target),
                "evidenced": maturity.roman(d.evidenced),
                "gap": d.gap,
                "raters": {r: maturity.roman(v) for r, v in spread[d.dimension].levels.items()},
                "mean": spread[d.dimension].mean,
                "spread": spread[d.dimension].spread,
                "disagree": spread[d.dimension].disagree,
            }
            for d in team
        ],
        "gaps": [d.dimension for d in team if d.gap],
        "readiness": {
            "answers": [a or "" for a in readiness_answers(plan)],
            "verdict": verdict,
            "reason": reason,
        },
    }


def _code_words(code: str) -> str:
    return f"{code} {LEVEL_NAMES[code]}" if code in LEVEL_NAMES else "none"


def summary_lines(figures: dict[str, Any]) -> list[str]:
    """The self-assessment part of ``smplanner summary``."""
    whole = figures["overall"]
    raters = ", ".join(r["name"] for r in figures["raters"]) or "none"
    lines = [f"Maturity self-assessment (raters: {raters})"]
    if not whole["current"]:
        lines.append("  No dimension rated yet")
    else:
        lines.append(
            f"  Overall: current {_code_words(whole['current'])}, target "
            f"{_code_words(whole['target'])}, evidenced {_code_words(whole['evidenced'])}"
        )
        lines.append(
            f"  Weakest: {', '.join(whole['weakest'])} ({_code_words(whole['weakest_level'])})"
        )
    width = max((len(d["dimension"]) for d in figures["dimensions"]), default=0)
    several = len(figures["raters"]) > 1
    for d in figures["dimensions"]:
        line = (
            f"  {d['dimension']:<{width}}  current {d['current'] or '-':<3}  "
            f"target {d['target'] or '-':<3}  evidenced {d['evidenced'] or '-':<3}"
        )
        if d["gap"]:
            line += f"  rated {d['gap']} above evidence"
        if several and d["disagree"]:
            line += f"  raters disagree (spread {d['spread']})"
        lines.append(line.rstrip())
    ready = figures["readiness"]
    lines.append(f"  Readiness: {ready['verdict']}. {ready['reason']}")
    return lines
