"""The weighted pipeline and its forecast, as pure functions over the Deals frame.

Only open deals are in the pipeline (won and lost ones are closed; :mod:`deal_stages`
decides which is which). Weighted = value x stage probability; best case = the open
values; commit = the open deals at a stage of 75 % or more. A deal is sourced by social
when its first dated touch was on a social network, influenced when any touch was. An
open deal whose expected close date is past is overdue: flagged, still counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from smplanner.domain.deal_stages import Outcome, StageBook
from smplanner.domain.pipeline_tables import COMMIT_PROBABILITY
from smplanner.domain.schema import is_blank

Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Deals:
    """The Deals frame as arrays the figures share."""

    ids: npt.NDArray[np.str_]
    stage: npt.NDArray[np.str_]
    value: Floats
    probability: Floats
    open: Bools
    close: npt.NDArray[np.datetime64]
    sourced: Bools
    influenced: Bools


def deal_arrays(
    deals: pd.DataFrame, touches: pd.DataFrame, book: StageBook, networks: Sequence[str]
) -> Deals:
    """Arrays per deal; ``networks`` are the social networks (the plan's Networks)."""
    ids = deals["deal_id"].astype(str).to_numpy(dtype=str)
    stages = deals["stage"].astype(str)
    value = pd.to_numeric(deals["value"], errors="coerce").fillna(0.0).to_numpy(dtype=np.float64)
    probability, is_open = stage_lookup(stages, book)
    sourced, influenced = social_flags(ids, touches, networks)
    return Deals(
        ids=ids,
        stage=stages.to_numpy(dtype=str),
        value=value,
        probability=probability,
        open=is_open,
        close=days(deals["close"]),
        sourced=sourced,
        influenced=influenced,
    )


def stage_lookup(stages: pd.Series, book: StageBook) -> tuple[Floats, Bools]:
    """Each deal's stage probability (0..1) and whether it is open, in one look-up: as
    :meth:`StageBook.weights` and :meth:`StageBook.of` say (a stage not in the catalogue
    is open at 0 %)."""
    names = list(book.outcomes)
    at = pd.Index(names).get_indexer(pd.Index(stages))
    known = at >= 0
    chances = np.array([book.probability.get(n, 0.0) for n in names] + [0.0], dtype=np.float64)
    opens = np.array([book.outcomes[n] is Outcome.OPEN for n in names] + [True], dtype=bool)
    where = np.where(known, at, len(names))
    return chances[where], opens[where]


def days(dates: pd.Series) -> npt.NDArray[np.datetime64]:
    """Dates as days; anything that is not a date becomes NaT."""
    found = pd.to_datetime(dates, errors="coerce", cache=False)
    return np.asarray(found.to_numpy(dtype="datetime64[D]"))


def _as_text(values: pd.Series) -> pd.Series:
    """The values as text (as ``astype(str)``), without a copy when they are text already."""
    if values.dtype == object and pd.api.types.infer_dtype(values, skipna=False) == "string":
        return values
    return values.astype(str)


def social_flags(
    ids: npt.NDArray[np.str_], touches: pd.DataFrame, networks: Sequence[str]
) -> tuple[Bools, Bools]:
    """Per deal: first dated touch on a network (sourced); any touch on one (influenced).

    Ties on the first day keep the Touches table's order, as attribution does: of the
    touches on a deal's first day, the one in the earliest row leads.
    """
    index = pd.Index(ids).drop_duplicates()
    deal = index.get_indexer(pd.Index(_as_text(touches["deal"])))
    social = _as_text(touches["channel"]).isin(list(networks)).to_numpy(dtype=bool)
    known = deal >= 0
    hit = np.zeros(len(index), dtype=bool)
    hit[deal[known & social]] = True
    day = days(touches["date"])
    rows = np.flatnonzero(known & ~np.isnat(day))
    first = np.zeros(len(index), dtype=bool)
    if len(rows):
        owner, number = deal[rows], day[rows].astype(np.int64)
        earliest = np.full(len(index), np.iinfo(np.int64).max)
        np.minimum.at(earliest, owner, number)
        on_first_day = rows[number == earliest[owner]]
        leaders = on_first_day[np.unique(deal[on_first_day], return_index=True)[1]]
        first[deal[leaders]] = social[leaders]
    if len(index) == len(ids):
        return first, hit
    where = index.get_indexer(pd.Index(ids))
    return first[where], hit[where]


@dataclass(frozen=True)
class Totals:
    """Weighted, best case and commit over a set of open deals, and how many."""

    deals: int
    weighted: float
    best_case: float
    commit: float


def totals(d: Deals, mask: Bools | None = None) -> Totals:
    """The pipeline's totals over the open deals (and ``mask``, when given)."""
    chosen = d.open if mask is None else d.open & mask
    value, probability = d.value[chosen], d.probability[chosen]
    committed = probability >= COMMIT_PROBABILITY / 100 - 1e-12
    return Totals(
        deals=int(chosen.sum()),
        weighted=float(value @ probability),  # roi.weighted_pipeline, as one dot product
        best_case=float(value.sum()),
        commit=float(value[committed].sum()),
    )


@dataclass(frozen=True)
class StageLine:
    stage: str
    outcome: str
    probability: float
    deals: int
    value: float
    weighted: float


def by_stage(d: Deals, book: StageBook) -> list[StageLine]:
    """Per catalogue stage, in order: deals, value, value x probability."""
    lines = []
    for name in book.names:
        mine = d.stage == name
        value = float(d.value[mine].sum())
        p = float(book.probability[name])
        lines.append(
            StageLine(name, str(book.outcomes[name]), p, int(mine.sum()), value, value * p)
        )
    return lines


@dataclass(frozen=True)
class PoolLine:
    pool: str
    stages: tuple[str, ...]
    totals: Totals
    expected_from: dt.date | None
    expected_to: dt.date | None
    """Today plus the pool's time to convert: when its deals are expected to close."""


def by_pool(d: Deals, pools: pd.DataFrame, today: dt.date) -> list[PoolLine]:
    """Per lead pool: its open deals (by stage), their totals and the expected close."""
    lines = []
    for name, stages, low, high in zip(
        pools["name"], pools["stages"], pools["min_days"], pools["max_days"], strict=True
    ):
        if is_blank(name):
            continue
        covered = tuple(stages) if isinstance(stages, (tuple, list)) else ()
        mine = np.isin(d.stage, list(covered))
        lines.append(
            PoolLine(
                str(name),
                covered,
                totals(d, mine),
                None if is_blank(low) else today + dt.timedelta(days=int(low)),
                None if is_blank(high) else today + dt.timedelta(days=int(high)),
            )
        )
    return lines


def without_pool(d: Deals, pools: pd.DataFrame) -> int:
    """Open deals whose stage no pool covers."""
    covered = {s for stages in pools["stages"] if isinstance(stages, (tuple, list)) for s in stages}
    return int((d.open & ~np.isin(d.stage, list(covered))).sum())


def forecast_by_period(d: Deals, periods: Floats, count: int) -> list[Totals]:
    """Per period 1..``count`` of the expected close date: the totals of its open deals;
    ``periods`` gives each deal's period (NaN without one)."""
    return [totals(d, periods == number) for number in range(1, count + 1)]


def overdue(d: Deals, today: dt.date) -> Bools:
    """Open deals whose expected close date is before ``today``."""
    past = ~np.isnat(d.close) & (d.close < np.datetime64(today, "D"))
    return np.asarray(d.open & past, dtype=np.bool_)
