"""Whether a deal is won, lost or open, decided once from the stage catalogue.

A stage at 100 % is won, one at 0 % lost, any other open. A stage with no probability
is judged by its name (the default catalogue's "Won" and "Lost"); a deal whose stage is
not in the catalogue (or empty) is open at 0 %, so it never counts as a return.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt
import pandas as pd

from smplanner.domain.pipeline_tables import (
    DEFAULT_STAGES,
    LOST_NAME,
    PIPELINE_STAGES,
    PIPELINE_STAGES_TABLE,
    WON_NAME,
)
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr


class Outcome(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


def outcome(name: str, probability: float | None) -> Outcome:
    """A stage's outcome from its probability (%), else from its name."""
    if probability is None or (isinstance(probability, float) and np.isnan(probability)):
        folded = name.strip().casefold()
        if folded == WON_NAME.casefold():
            return Outcome.WON
        if folded == LOST_NAME.casefold():
            return Outcome.LOST
        return Outcome.OPEN
    if probability >= 100:
        return Outcome.WON
    if probability <= 0:
        return Outcome.LOST
    return Outcome.OPEN


@dataclass(frozen=True)
class StageBook:
    """The stage catalogue as the figures need it: order, probability (0..1), outcome."""

    names: tuple[str, ...]
    probability: Mapping[str, float]
    outcomes: Mapping[str, Outcome]

    @property
    def won(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if self.outcomes[n] is Outcome.WON)

    @property
    def lost(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if self.outcomes[n] is Outcome.LOST)

    @property
    def open(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if self.outcomes[n] is Outcome.OPEN)

    @property
    def won_name(self) -> str:
        """The won stage (the first, if several); the default name when there is none."""
        return self.won[0] if self.won else WON_NAME

    @property
    def first_open(self) -> str:
        """Where a new deal starts: the first open stage."""
        return self.open[0] if self.open else (self.names[0] if self.names else "")

    def of(self, stages: pd.Series) -> npt.NDArray[np.str_]:
        """Each deal's outcome ("open", "won", "lost") from its stage."""
        table = {name: str(found) for name, found in self.outcomes.items()}
        mapped = stages.astype(str).map(table).fillna(str(Outcome.OPEN))
        return mapped.to_numpy(dtype=str)

    def weights(self, stages: pd.Series) -> npt.NDArray[np.float64]:
        """Each deal's stage probability (0..1); 0 for a stage not in the catalogue."""
        mapped = stages.astype(str).map(dict(self.probability)).fillna(0.0)
        return np.asarray(mapped.to_numpy(dtype=np.float64), dtype=np.float64)


def stage_book(stages: pd.DataFrame) -> StageBook:
    """The book of a Pipeline stages frame (the plan's columns)."""
    names: list[str] = []
    probability: dict[str, float] = {}
    outcomes: dict[str, Outcome] = {}
    for name, raw in zip(stages["name"], stages["probability"], strict=True):
        if is_blank(name) or str(name) in outcomes:
            continue
        name = str(name)
        percent = None if is_blank(raw) else float(raw)
        names.append(name)
        outcomes[name] = outcome(name, percent)
        if percent is None:
            percent = 100.0 if outcomes[name] is Outcome.WON else 0.0
        probability[name] = min(max(percent, 0.0), 100.0) / 100.0
    return StageBook(tuple(names), probability, outcomes)


def book_of(plan: Plan) -> StageBook:
    """The plan's stage catalogue as a book."""
    return stage_book(plan.frame(PIPELINE_STAGES))


DEFAULT_BOOK = StageBook(
    tuple(name for name, _ in DEFAULT_STAGES),
    {name: percent / 100 for name, percent in DEFAULT_STAGES},
    {name: outcome(name, percent) for name, percent in DEFAULT_STAGES},
)
"""The default catalogue's book, for callers without a plan."""


def stage_problems(stages: pd.DataFrame) -> list[str]:
    """What is wrong with a stage catalogue, each naming the sheet, row and what is expected.

    Besides probabilities outside 0 to 100 %, the order is checked: the open stages come
    first, each at least as likely as the one before it (the reference chart and the pools
    read the stages in that order), then the won and lost stages.
    """
    sheet = PIPELINE_STAGES_TABLE.sheet
    problems: list[str] = []
    won = 0
    highest: tuple[str, float] | None = None
    closed: str | None = None
    for number, (name, raw) in enumerate(
        zip(stages["name"], stages["probability"], strict=True), start=2
    ):
        if is_blank(name):
            continue
        if is_blank(raw):
            problems.append(
                tr("{sheet}, row {row}: '{name}' has no probability; expected 0 to 100 %").format(
                    sheet=sheet, row=number, name=name
                )
            )
            continue
        percent = float(raw)
        if not 0 <= percent <= 100:
            problems.append(
                tr(
                    "{sheet}, row {row}: '{name}' has a probability of {value} %;"
                    " expected 0 to 100 %"
                ).format(sheet=sheet, row=number, name=name, value=f"{percent:g}")
            )
            continue
        found = outcome(str(name), percent)
        if found is not Outcome.OPEN:
            won += found is Outcome.WON
            closed = closed or str(name)
            continue
        if closed is not None:
            problems.append(
                tr(
                    "{sheet}, row {row}: the open stage '{name}' comes after '{closed}', which"
                    " closes a deal; expected the open stages first, then the won and lost ones"
                ).format(sheet=sheet, row=number, name=name, closed=closed)
            )
        if highest is not None and percent < highest[1]:
            problems.append(
                tr(
                    "{sheet}, row {row}: '{name}' at {value} % comes after '{before}' at"
                    " {higher} %; expected the open stages in order of rising probability"
                ).format(
                    sheet=sheet,
                    row=number,
                    name=name,
                    value=f"{percent:g}",
                    before=highest[0],
                    higher=f"{highest[1]:g}",
                )
            )
        if highest is None or percent >= highest[1]:
            highest = (str(name), percent)
    if not won:
        problems.append(
            tr(
                "{sheet}: no won stage; expected one stage at 100 % (such as '{won}'), or"
                " no deal can be won"
            ).format(sheet=sheet, won=WON_NAME)
        )
    return problems
