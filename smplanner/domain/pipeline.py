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

from smplanner.domain import roi
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
    stage = deals["stage"].astype(str).to_numpy(dtype=str)
    value = pd.to_numeric(deals["value"], errors="coerce").fillna(0.0).to_numpy(dtype=np.float64)
    outcome = book.of(deals["stage"])
    close = pd.to_datetime(deals["close"], errors="coerce").to_numpy(dtype="datetime64[D]")
    sourced, influenced = social_flags(ids, touches, networks)
    return Deals(
        ids=ids,
        stage=stage,
        value=value,
        probability=book.weights(deals["stage"]),
        open=outcome == str(Outcome.OPEN),
        close=close,
        sourced=sourced,
        influenced=influenced,
    )


def social_flags(
    ids: npt.NDArray[np.str_], touches: pd.DataFrame, networks: Sequence[str]
) -> tuple[Bools, Bools]:
    """Per deal: first dated touch on a network (sourced); any touch on one (influenced).

    Ties on the first day keep the Touches table's order, as attribution does.
    """
    index = pd.Index(ids).drop_duplicates()
    deal = index.get_indexer(pd.Index(touches["deal"].astype(str)))
    social = touches["channel"].astype(str).isin(list(networks)).to_numpy()
    known = deal >= 0
    influenced = np.zeros(len(ids), dtype=bool)
    sourced = np.zeros(len(ids), dtype=bool)
    hit = np.zeros(len(index), dtype=bool)
    hit[deal[known & social]] = True
    date = pd.to_datetime(touches["date"], errors="coerce").to_numpy(dtype="datetime64[D]")
    dated = known & ~np.isnat(date)
    first = np.zeros(len(index), dtype=bool)
    if dated.any():
        rows = np.flatnonzero(dated)
        order = np.lexsort((rows, date[rows].astype(np.int64), deal[rows]))
        ranked = rows[order]
        starts = np.r_[True, deal[ranked][1:] != deal[ranked][:-1]]
        leaders = ranked[starts]
        first[deal[leaders]] = social[leaders]
    where = index.get_indexer(pd.Index(ids))
    influenced[:] = hit[where]
    sourced[:] = first[where]
    return sourced, influenced


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
        weighted=float(
            roi.weighted_pipeline(zip(value.tolist(), probability.tolist(), strict=True))
        ),
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
