"""Where the pipeline sticks: the stage where open deals wait longest, and the funnel step
that converts worst against the plan's targets, named in words.

Deals carry no date of entering their stage, only the date they were created; so the
wait is each open deal's age since it was created, averaged per stage, and the text says
so. Lost deals keep no record of the stage they were lost at, so where deals fall out is
not known, and the text says that too rather than guess. A funnel step's conversion is the
lower level over the upper one on the latest tracked counts (as the ROI dashboard reads
them); against its target it is that rate over the same rate of the targets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.deal_stages import Outcome, StageBook, book_of
from smplanner.domain.deal_tables import DEALS
from smplanner.domain.figures_text import count, percent
from smplanner.domain.funnel_backwards import latest_counts
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

STEPS = (("followers", "mqc"), ("mqc", "sqo"))
"""The funnel steps the tracking has targets for: Followers to MQC, MQC to SQO."""
STEP_TITLES = {
    ("followers", "mqc"): QT_TRANSLATE_NOOP("", "Followers to MQC"),
    ("mqc", "sqo"): QT_TRANSLATE_NOOP("", "MQC to SQO"),
}
WAIT_BASIS = QT_TRANSLATE_NOOP(
    "",
    "The wait is each deal's age since it was created: deals keep no date of entering their stage.",
)
FALL_OUT_UNKNOWN = QT_TRANSLATE_NOOP(
    "",
    "Where deals fall out is not known: a lost deal keeps no record of the stage it was lost at.",
)


@dataclass(frozen=True)
class StageWait:
    """Open deals of one stage: how many, and their mean and longest age in days."""

    stage: str
    deals: int
    dated: int
    """Of them, how many have a created date up to today (only those have an age)."""
    mean_days: float | None
    longest_days: int | None


@dataclass(frozen=True)
class Step:
    """A funnel step's conversion beside its target's."""

    upper: str
    lower: str
    actual: float | None
    target: float | None

    @property
    def against_target(self) -> float | None:
        """actual / target rate; None unless both are known and the target is above 0."""
        if self.actual is None or not self.target:
            return None
        return self.actual / self.target


def waits(
    stages: pd.Series, created: pd.Series, open_: np.ndarray, book: StageBook, today: dt.date
) -> list[StageWait]:
    """Per open stage of the catalogue, in order: its open deals' ages since created."""
    days = pd.to_datetime(created, errors="coerce").to_numpy(dtype="datetime64[D]")
    age = (np.datetime64(today, "D") - days).astype("timedelta64[D]").astype(np.float64)
    age[np.isnat(days) | (age < 0)] = np.nan  # created after today: no age yet
    names = stages.astype(str).to_numpy(dtype=str)
    found = []
    for stage in book.open:
        mine = open_ & (names == stage)
        ages = age[mine]
        known = ages[~np.isnan(ages)]
        found.append(
            StageWait(
                stage,
                int(mine.sum()),
                len(known),
                float(known.mean()) if len(known) else None,
                int(known.max()) if len(known) else None,
            )
        )
    return found


def longest_wait(found: list[StageWait]) -> StageWait | None:
    """The stage whose dated open deals are oldest on average (the first of equals)."""
    dated = [w for w in found if w.mean_days is not None]
    return max(dated, key=lambda w: w.mean_days or 0.0) if dated else None


def steps(counts: Mapping[str, Mapping[str, float | None]]) -> list[Step]:
    """Each step's rate on the latest actual counts and on the latest targets."""
    found = []
    for upper, lower in STEPS:
        rates = {}
        for field in ("actual", "target"):
            top, bottom = counts[field][lower], counts[field][upper]
            rates[field] = None if top is None or not bottom else top / bottom
        found.append(Step(upper, lower, rates["actual"], rates["target"]))
    return found


def weakest_step(found: list[Step]) -> Step | None:
    """The step furthest below its target (lowest actual / target); None when no step has
    both rates."""
    judged = [s for s in found if s.against_target is not None]
    return min(judged, key=lambda s: s.against_target or 0.0) if judged else None


@dataclass(frozen=True)
class Bottlenecks:
    waits: list[StageWait]
    longest: StageWait | None
    undated_open: int
    steps: list[Step]
    weakest: Step | None

    def sentences(self) -> list[str]:
        """The bottlenecks in words (the user's language)."""
        out = []
        if self.longest is not None:
            w = self.longest
            out.append(
                tr(
                    "Deals wait longest at {stage}: %n open deal(s), on average {days} days"
                    " old, the oldest {oldest} days.",
                    "",
                    w.deals,
                ).format(
                    stage=w.stage,
                    days=count(round(w.mean_days or 0.0)),
                    oldest=count(w.longest_days),
                )
                + " "
                + tr(WAIT_BASIS)
            )
        else:
            out.append(
                tr("No open deal has a created date up to today, so no stage's wait is known.")
            )
        if self.undated_open:
            out.append(
                tr(
                    "Left out of the wait, with no created date or one after today:"
                    " %n open deal(s).",
                    "",
                    self.undated_open,
                )
            )
        out.append(tr(FALL_OUT_UNKNOWN))
        if self.weakest is not None:
            s = self.weakest
            if (s.against_target or 0.0) >= 1:
                words = tr(
                    "Every funnel step meets its target; the closest to falling short is"
                    " {step}: {actual} against a target of {target} ({share} of target)."
                )
            else:
                words = tr(
                    "The weakest funnel step is {step}: {actual} against a target of"
                    " {target} ({share} of target)."
                )
            out.append(
                words.format(
                    step=tr(STEP_TITLES[(s.upper, s.lower)]),
                    actual=percent(s.actual, 1),
                    target=percent(s.target, 1),
                    share=percent(s.against_target),
                )
            )
        else:
            out.append(
                tr(
                    "No funnel step can be judged against a target yet: track the actual and"
                    " target counts of Followers, MQC and SQO."
                )
            )
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "wait_basis": WAIT_BASIS,
            "waits": [asdict(w) for w in self.waits],
            "longest_wait": None if self.longest is None else asdict(self.longest),
            "open_without_created": self.undated_open,
            "fall_out": None,
            "fall_out_note": FALL_OUT_UNKNOWN,
            "steps": [{**asdict(s), "against_target": s.against_target} for s in self.steps],
            "weakest_step": None
            if self.weakest is None
            else {**asdict(self.weakest), "against_target": self.weakest.against_target},
            "text": self.sentences(),
        }


def bottlenecks(plan: Plan, today: dt.date | None = None) -> Bottlenecks:
    """The plan's bottlenecks as of ``today``."""
    today = today or dt.date.today()
    book = book_of(plan)
    deals = plan.frame(DEALS)
    open_ = book.of(deals["stage"]) == str(Outcome.OPEN)
    open_ &= np.isin(deals["stage"].astype(str).to_numpy(dtype=str), list(book.open))
    found = waits(deals["stage"], deals["created"], open_, book, today)
    settings = settings_of(plan)
    counts = latest_counts(
        plan.frame(TRACKING), plan.keys("networks"), plan.keys("kpis"), settings.periods
    )
    judged = steps(counts)
    return Bottlenecks(
        found,
        longest_wait(found),
        sum(w.deals - w.dated for w in found),
        judged,
        weakest_step(judged),
    )
