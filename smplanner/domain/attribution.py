"""How much of each won deal a channel earned: the attribution models, vectorised.

Every won deal's value is credited exactly once, shared among its countable touches: those
with a date and a channel, dated on or before the deal's close date (or any date while the
close date is empty). A won deal without one is credited to :data:`NO_TOUCH`, never
dropped. Touches after the close are kept in the plan but not credited; they are counted
so that the user can be told. Ties on a day keep the order of the Touches table.

The heuristic models share each deal by its touches' positions or ages (domain.md 7a). The
data-driven model is a first-order Markov chain over every deal's path (won deals end in a
conversion, open and lost ones in the null state); each channel's share of the won value
and of the won deals is its removal effect over the sum of removal effects, which is what
the ChannelAttribution package's ``markov_model`` (order 1) estimates by simulation, here
worked out exactly with absorbing-chain linear algebra.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from smplanner.domain.deal_stages import DEFAULT_BOOK, Outcome, StageBook
from smplanner.domain.deal_tables import (
    DEFAULT_HALF_LIFE,
    FIRST_TOUCH,
    LAST_TOUCH,
    LINEAR,
    MARKOV,
    MODELS,
    POSITION_BASED,
    TIME_DECAY,
)
from smplanner.domain.text import QT_TRANSLATE_NOOP

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

NO_TOUCH = QT_TRANSLATE_NOOP("", "no recorded touch")
"""The channel credited with a won deal that has no countable touch."""
FIRST_SHARE = 0.4
LAST_SHARE = 0.4
MIDDLE_SHARE = 0.2
"""Position-based: the first and the last touch's shares, and what the touches between share."""


@dataclass(frozen=True)
class Journeys:
    """Deals and their countable touches as arrays, ready for every model.

    The credit rows are the countable touches of won deals, in time order per deal, then
    one :data:`NO_TOUCH` row per won deal without any.
    """

    channels: tuple[str, ...]
    deal_ids: tuple[str, ...]
    value: Floats
    """Per deal: its value when won, else 0."""
    won: Bools
    close: npt.NDArray[np.datetime64]
    deal: Ints
    channel: Ints
    position: Ints
    count: Ints
    days: Floats
    """Days from the touch to the close (to the deal's last touch while the close is empty)."""
    row: Ints
    """The Touches row of each credit row (-1 for a deal without a countable touch)."""
    path_deal: Ints
    path_channel: Ints
    """Every deal's path for the Markov chain, in time order (a deal without one: NO_TOUCH)."""
    after_close: int
    """Touches of won deals dated after the close: kept, not credited."""
    not_counted: int
    """Touches without a date, a channel or a known deal."""

    @property
    def won_value(self) -> float:
        return float(self.value.sum())

    @property
    def won_deals(self) -> int:
        return int(self.won.sum())

    @property
    def no_touch(self) -> int:
        return len(self.channels) - 1


def _days(values: pd.Series) -> npt.NDArray[np.datetime64]:
    """Dates (date objects, None) as day numbers; NaT where empty."""
    return pd.to_datetime(values, errors="coerce").to_numpy(dtype="datetime64[D]")


def prepare(
    deals: pd.DataFrame,
    touches: pd.DataFrame,
    channels: Sequence[str] = (),
    book: StageBook = DEFAULT_BOOK,
) -> Journeys:
    """Arrays for the models from the Deals and Touches frames (the plan's columns).

    ``channels`` orders the channels (networks, then other channels); channels only the
    touches name follow, and :data:`NO_TOUCH` is last. ``book`` says which stages are won
    and which open (the plan's Pipeline stages).
    """
    ids = deals["deal_id"].astype(str).to_numpy()
    first = ~pd.Index(ids).duplicated()
    lookup = pd.Index(ids[first])
    numbers = np.flatnonzero(first)
    stage = book.of(deals["stage"])
    won = stage == str(Outcome.WON)
    value = np.where(won, pd.to_numeric(deals["value"], errors="coerce").fillna(0.0), 0.0)
    value = value.astype(np.float64)
    close = _days(deals["close"])

    found = lookup.get_indexer(pd.Index(touches["deal"].astype(str)))
    deal = np.append(numbers, -1)[found]  # -1: no such deal
    date = _days(touches["date"])
    names = touches["channel"].astype(str).to_numpy()
    order = list(dict.fromkeys([*channels, *pd.unique(names[names != ""])]))
    order = [c for c in order if c != NO_TOUCH] + [NO_TOUCH]
    channel = pd.Index(order).get_indexer(names)
    usable = (deal >= 0) & ~np.isnat(date) & (names != "")
    closes = np.append(close, np.datetime64("NaT"))[deal]
    late = usable & ~np.isnat(closes) & (date > closes)
    won_touch = np.append(won, False)[deal]
    credited = usable & ~late & won_touch
    on_path = usable & (~late | (np.append(stage, "")[deal] == str(Outcome.OPEN)))

    row = np.arange(len(touches))
    day = date.astype("int64")
    ranked = np.lexsort((row[credited], day[credited], deal[credited]))
    c_deal = deal[credited][ranked]
    c_channel = channel[credited][ranked]
    c_day = day[credited][ranked]
    c_row = row[credited][ranked]
    position, count = _positions(c_deal)
    ends = close.astype("int64")[c_deal]
    last_day = np.full(len(ids), np.iinfo(np.int64).min)
    np.maximum.at(last_day, c_deal, c_day)
    ends = np.where(np.isnat(close[c_deal]), last_day[c_deal], ends)
    days = (ends - c_day).astype(np.float64)

    touched = np.zeros(len(ids), dtype=bool)
    touched[c_deal] = True
    bare = np.flatnonzero(won & ~touched)
    no_touch = len(order) - 1

    path_rank = np.lexsort((row[on_path], day[on_path], deal[on_path]))
    p_deal = deal[on_path][path_rank]
    p_channel = channel[on_path][path_rank]
    on_any = np.zeros(len(ids), dtype=bool)
    on_any[p_deal] = True
    empty = np.flatnonzero(~on_any)
    p_deal = np.concatenate([p_deal, empty])
    p_channel = np.concatenate([p_channel, np.full(len(empty), no_touch)])
    path_order = np.argsort(p_deal, kind="stable")

    return Journeys(
        channels=tuple(order),
        deal_ids=tuple(str(i) for i in ids),
        value=value,
        won=won,
        close=close,
        deal=np.concatenate([c_deal, bare]).astype(np.int64),
        channel=np.concatenate([c_channel, np.full(len(bare), no_touch)]).astype(np.int64),
        position=np.concatenate([position, np.zeros(len(bare), dtype=np.int64)]),
        count=np.concatenate([count, np.ones(len(bare), dtype=np.int64)]),
        days=np.concatenate([days, np.zeros(len(bare))]),
        row=np.concatenate([c_row, np.full(len(bare), -1)]).astype(np.int64),
        path_deal=p_deal[path_order].astype(np.int64),
        path_channel=p_channel[path_order].astype(np.int64),
        after_close=int((late & won_touch).sum()),
        not_counted=int((~usable).sum()),
    )


def _positions(deal: Ints) -> tuple[Ints, Ints]:
    """Each row's place within its deal's run (0 first) and the run's length; ``deal``
    is sorted so that a deal's rows are together."""
    if not len(deal):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy()
    starts = np.flatnonzero(np.r_[True, deal[1:] != deal[:-1]])
    lengths = np.diff(np.r_[starts, len(deal)])
    position = np.arange(len(deal)) - np.repeat(starts, lengths)
    return position.astype(np.int64), np.repeat(lengths, lengths).astype(np.int64)


def shares(journeys: Journeys, model: str, half_life: float = DEFAULT_HALF_LIFE) -> Floats:
    """Each credit row's share of its deal (a deal's shares add up to 1)."""
    j = journeys
    position, count = j.position, j.count
    if model == FIRST_TOUCH:
        return np.asarray(position == 0, dtype=np.float64)
    if model == LAST_TOUCH:
        return np.asarray(position == count - 1, dtype=np.float64)
    if model == LINEAR:
        return np.asarray(1.0 / count, dtype=np.float64)
    if model == POSITION_BASED:
        middle = MIDDLE_SHARE / np.maximum(count - 2, 1)
        ends = np.where(position == 0, FIRST_SHARE, LAST_SHARE)
        edge = (position == 0) | (position == count - 1)
        share = np.where(edge, ends, middle)
        share = np.where(count == 2, 0.5, share)
        return np.where(count == 1, 1.0, share).astype(np.float64)
    if model == TIME_DECAY:
        life = half_life if half_life > 0 else DEFAULT_HALF_LIFE
        weight = np.exp2(-j.days / life)
        return np.asarray(weight / _per_deal_sum(j, weight), dtype=np.float64)
    if model == MARKOV:
        effect = removal_effects(j)
        weight = effect[j.channel]
        total = _per_deal_sum(j, weight)
        return np.where(total > 0, weight / np.where(total > 0, total, 1.0), 1.0 / count)
    raise ValueError(f"no attribution model called {model!r}")


def _per_deal_sum(journeys: Journeys, weight: Floats) -> Floats:
    sums = np.bincount(journeys.deal, weights=weight, minlength=len(journeys.value))
    return np.asarray(sums[journeys.deal], dtype=np.float64)


# --------------------------------------------------------------------- Markov
def removal_effects(journeys: Journeys) -> Floats:
    """Per channel: 1 - P(conversion without it) / P(conversion), 0 when nothing converts.

    States: start, the channels, then conversion and null (absorbing). Removing a channel
    sends every transition into it to null.
    """
    j = journeys
    k = len(j.channels)
    start, conversion, null = 0, k + 1, k + 2
    counts = np.zeros((k + 3, k + 3))
    deal, state = j.path_deal, j.path_channel + 1
    if not len(deal):
        return np.zeros(k)
    first = np.r_[True, deal[1:] != deal[:-1]]
    last = np.r_[deal[1:] != deal[:-1], True]
    np.add.at(counts, (np.full(int(first.sum()), start), state[first]), 1.0)
    same = deal[1:] == deal[:-1]
    np.add.at(counts, (state[:-1][same], state[1:][same]), 1.0)
    ending = np.where(j.won[deal[last]], conversion, null)
    np.add.at(counts, (state[last], ending), 1.0)
    transient = k + 1
    np.fill_diagonal(counts[:transient, :transient], 0.0)  # a repeat does not move the chain
    totals = counts[:transient].sum(axis=1, keepdims=True)
    probabilities = counts[:transient] / np.where(totals > 0, totals, 1.0)
    q = probabilities[:, :transient]
    to_conversion = probabilities[:, conversion]
    base = _absorbed(q, to_conversion)
    if base <= 0:
        return np.zeros(k)
    effects = np.zeros(k)
    for channel in range(k):
        cut = q.copy()
        cut[:, channel + 1] = 0.0
        kept = to_conversion.copy()
        kept[channel + 1] = 0.0
        effects[channel] = 1.0 - _absorbed(cut, kept) / base
    return np.clip(effects, 0.0, None)


def _absorbed(q: Floats, to_conversion: Floats) -> float:
    """The chance of reaching conversion from the start state (state 0)."""
    system = np.eye(len(q)) - q
    try:
        solved = np.linalg.solve(system, to_conversion)
    except np.linalg.LinAlgError:
        solved = np.linalg.lstsq(system, to_conversion, rcond=None)[0]
    return float(solved[0])


# --------------------------------------------------------------------- credits
@dataclass(frozen=True)
class Credit:
    """One model's credit per channel: won deals (shares of deals) and value."""

    model: str
    channels: tuple[str, ...]
    deals: Floats
    value: Floats

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            c: {"deals": float(d), "value": float(v)}
            for c, d, v in zip(self.channels, self.deals, self.value, strict=True)
        }


def credit(journeys: Journeys, model: str, half_life: float = DEFAULT_HALF_LIFE) -> Credit:
    """The model's credit per channel; the values add up to the won value."""
    j = journeys
    k = len(j.channels)
    if model == MARKOV:
        effect = removal_effects(j)
        total = effect.sum()
        part = effect / total if total > 0 else np.zeros(k, dtype=np.float64)
        return Credit(model, j.channels, part * j.won_deals, part * j.won_value)
    share = shares(j, model, half_life)
    deals = np.bincount(j.channel, weights=share, minlength=k).astype(np.float64)
    value = np.bincount(j.channel, weights=share * j.value[j.deal], minlength=k)
    return Credit(model, j.channels, deals, value.astype(np.float64))


def all_credits(journeys: Journeys, half_life: float = DEFAULT_HALF_LIFE) -> dict[str, Credit]:
    """Every model's credit, in the order of :data:`MODELS`."""
    return {model: credit(journeys, model, half_life) for model in MODELS}


def channels_of_won_deals(journeys: Journeys) -> tuple[str, ...]:
    """The channels some won deal's credit rows name, in channel order."""
    used = np.zeros(len(journeys.channels), dtype=bool)
    used[journeys.channel] = True
    return tuple(c for c, u in zip(journeys.channels, used, strict=True) if u)


def row_credits(journeys: Journeys, model: str, half_life: float) -> Floats:
    """Each credit row's credited value; they add up per channel to :func:`credit`.

    The Markov model has no per-deal rule: its channel totals (removal effects) are shared
    over a channel's rows as its removal effect shares each deal.
    """
    j = journeys
    value = shares(j, model, half_life) * j.value[j.deal]
    if model != MARKOV:
        return np.asarray(value, dtype=np.float64)
    totals = credit(j, model, half_life).value
    own = np.bincount(j.channel, weights=value, minlength=len(j.channels))
    scale = np.divide(totals, own, out=np.zeros_like(totals), where=own > 0)
    return np.asarray(value * scale[j.channel], dtype=np.float64)


def credit_by_period(
    journeys: Journeys, model: str, periods: Floats, half_life: float, count: int
) -> Floats:
    """Credited value per period 1..``count`` (rows) and channel (columns, as in
    ``journeys.channels``); ``periods`` gives each deal's period (NaN without one)."""
    j = journeys
    k = len(j.channels)
    period = periods[j.deal]
    inside = (period >= 1) & (period <= count)
    cell = (period[inside].astype(np.int64) - 1) * k + j.channel[inside]
    value = row_credits(j, model, half_life)[inside]
    table = np.bincount(cell, weights=value, minlength=count * k)
    return np.asarray(table.reshape(count, k), dtype=np.float64)
