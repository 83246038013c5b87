"""Follower columns read as a level (the count each day) or as gains (the day's new ones).

Exports disagree: one gives "Follower count" each day, another "Organic followers" and
"Sponsored followers" gained that day, and one network's page export calls its daily
gains "Total followers". For each follower-like source (a column, or a row label of a
long or wide-by-period table: a name with "follower" in it, or one the caller reads
through ``readings``), :func:`read_followers` decides how it is read:

- said by the caller (``readings={"Total followers": "gains"}``), else
- guessed by :func:`guess_reading` from the values: gains that stay under a fifth of the
  follower count the plan already holds; a level that never falls by much (by more than
  5 % in one step, at most one step in ten) and is large against its steps (the median
  step at most a tenth of the median value); anything else, gains; too few values to
  tell (or a constant series): the name says it ("new", "gained", "organic", "sponsored",
  "paid", "net" mean gains).

A level goes to the KPI its name matches when that KPI is a level, else to the
catalogue's follower level KPI (Followers). Gains become that level when the plan knows
the count just before the file's first day (the network's actual of the period before,
the file starting on a period's first day with no day missing): level = that count plus
the gains summed day by day, each period taking its last day's. Otherwise they go to a
KPI that counts new followers (a count KPI with "follower" in its name) when the
catalogue has one, else they are not imported, with the reason in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from smplanner.domain.kpi_names import COUNT, LEVEL, RATE, squash
from smplanner.domain.periods import Settings, first_day_of_period, period_label, period_start
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr

GAINS = "gains"
READINGS = (LEVEL, GAINS)
GAIN_WORDS = ("new", "gained", "gain", "organic", "sponsored", "paid", "net", "daily")
SMALL_SHARE = 0.2
"""Gains stay under this share of the follower count the plan already holds."""


@dataclass
class FollowerReadings:
    """How each follower-like source was read, why, and what could not be imported."""

    cells: pd.DataFrame
    readings: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    not_imported: dict[str, str] = field(default_factory=dict)


def follower_like(name: str, kpi: str | None, kind: Mapping[str, str]) -> bool:
    """A source that counts followers (not a rate such as Follower growth rate)."""
    if kpi is not None and kind.get(kpi) == RATE:
        return False
    return "follower" in squash(name) or (kpi is not None and "follower" in squash(kpi))


def _by_name(name: str) -> str:
    words = str(name).casefold().replace("-", " ").split()
    return GAINS if any(w in GAIN_WORDS for w in words) else LEVEL


def guess_reading(
    series: list[np.ndarray], name: str, known: list[tuple[float, float]] | None = None
) -> tuple[str, str]:
    """The reading of a source from its values (one array per network, in date order) and
    why, in words. ``known``: per network, its values' median and the count the plan holds."""
    for median, count in known or []:
        if count > 0 and median < SMALL_SHARE * count:
            return GAINS, tr(
                "its values (median {median:,.0f}) are small against the {count:,.0f} "
                "followers the plan already counts"
            ).format(median=median, count=count)
    values = np.concatenate(series) if series else np.array([])
    steps = [np.diff(s) for s in series if len(s) > 1]
    before = [s[:-1] for s in series if len(s) > 1]
    if sum(len(s) for s in steps) < 2 or np.all(values == values[0]):
        return _by_name(name), tr("too few different values to tell: read by its name")
    step = np.concatenate(steps)
    median = float(np.median(values))
    change = float(np.median(np.abs(step)))
    if median <= 0:
        return GAINS, tr("most of its values are 0")
    falls = float(np.mean(step < -0.05 * np.maximum(np.concatenate(before), 1.0)))
    if falls <= 0.1 and change <= 0.1 * median:
        return LEVEL, tr(
            "it never falls by much and its steps (about {change:,.0f}) are small against "
            "it (median {median:,.0f})"
        ).format(change=change, median=median)
    return GAINS, tr(
        "its values are small and vary (median {median:,.0f}, steps of about {change:,.0f})"
    ).format(change=change, median=median)


def _follower_kpi(kind: Mapping[str, str], wanted: str) -> str | None:
    return next((k for k, v in kind.items() if v == wanted and "follower" in squash(k)), None)


def _known_counts(plan: Plan, level_kpi: str | None) -> dict[tuple[str, int], float]:
    """(network, period) -> the follower count the plan holds."""
    if level_kpi is None:
        return {}
    frame = plan.frame("tracking")
    rows = frame[(frame["kpi"] == level_kpi) & frame["actual"].notna()]
    return {
        (str(n), int(p)): float(a)
        for n, p, a in rows[["network", "period", "actual"]].itertuples(index=False)
        if pd.notna(p)
    }


def read_followers(
    plan: Plan,
    cells: pd.DataFrame,
    valid: pd.Series,
    kind: Mapping[str, str],
    settings: Settings,
    readings: Mapping[str, str],
    sources: Mapping[str, str | None],
) -> FollowerReadings:
    """The cells with follower sources read (kpi and number set, gains turned into levels
    where the count before is known), and what was decided for each source. ``sources``:
    each source name in the cells and the KPI its name matches; ``cells`` is changed."""
    said = {squash(k): v for k, v in readings.items()}
    chosen = [
        (source, kpi)
        for source, kpi in sources.items()
        if source and (squash(source) in said or follower_like(source, kpi, kind))
    ]
    found = FollowerReadings(cells)
    if not chosen:
        return found
    level_kpi = _follower_kpi(kind, LEVEL)
    counts = _known_counts(plan, level_kpi)
    gains: list[str] = []
    for source, kpi in chosen:
        mine = valid & (cells["source"] == source)
        if not mine.any():
            continue
        if squash(source) in said:
            reading = said[squash(source)]
            found.reasons[source] = tr("as you said")
        else:
            reading, found.reasons[source] = _guess(cells[mine], source, counts)
        found.readings[source] = reading
        if reading == LEVEL:
            target = kpi if kpi is not None and kind.get(kpi) == LEVEL else level_kpi
            if target is None:
                found.not_imported[source] = tr("the plan has no KPI for the follower count")
            cells.loc[mine, "kpi"] = target
        else:
            gains.append(source)
    extra = None
    if gains:
        extra = _place_gains(cells, valid, gains, found, kind, settings, counts, level_kpi)
    if extra is not None:
        extra.index = pd.RangeIndex(len(cells), len(cells) + len(extra))
        cells = pd.concat([cells.reset_index(drop=True), extra])
    found.cells = cells
    return found


def _guess(
    cells: pd.DataFrame, source: str, counts: Mapping[tuple[str, int], float]
) -> tuple[str, str]:
    series: list[np.ndarray] = []
    known: list[tuple[float, float]] = []
    needed = cells[["network", "order", "row", "number", "period"]]
    for network, part in needed.sort_values(["order", "row"], kind="stable").groupby("network"):
        values = part["number"].dropna().to_numpy(dtype=float)
        if not len(values):
            continue
        series.append(values)
        first = part["period"].min()
        before = [p for (n, p), _ in counts.items() if n == network and p < first]
        if before and not np.isnan(first):
            known.append((float(np.median(values)), counts[(str(network), max(before))]))
    return guess_reading(series, source, known)


def _place_gains(
    cells: pd.DataFrame,
    valid: pd.Series,
    gains: list[str],
    found: FollowerReadings,
    kind: Mapping[str, str],
    settings: Settings,
    counts: Mapping[tuple[str, int], float],
    level_kpi: str | None,
) -> pd.DataFrame | None:
    """Gains to levels per network where the count before is known, else to a KPI of
    new followers, else not imported (cells' kpi set to None, the reason noted); returns
    the level cells made from gains, to be added."""
    counted = _follower_kpi(kind, COUNT)
    is_gain = valid & cells["source"].isin(gains)
    levels = valid & ~is_gain & (cells["kpi"] == level_kpi)
    level_networks = set(cells.loc[levels, "network"])
    reasons: dict[str, list[str]] = {}
    added: list[pd.DataFrame] = []
    for network, part in cells[is_gain].groupby("network"):
        why = (
            tr("the file gives the follower count itself")
            if network in level_networks
            else _unknown_start(part, str(network), settings, counts)
        )
        if why is None and level_kpi is not None:
            added.append(_levels(part, str(network), level_kpi, settings, counts))
            cells.loc[part.index, "kpi"] = None
            cells.loc[part.index, "number"] = np.nan
            continue
        if counted is not None:
            cells.loc[part.index, "kpi"] = counted
            continue
        cells.loc[part.index, "kpi"] = None
        reasons.setdefault(str(network), []).append(why or "")
    for source in gains:
        mine = is_gain & (cells["source"] == source)
        networks = sorted(n for n in reasons if (mine & (cells["network"] == n)).any())
        if networks:
            found.not_imported[source] = "; ".join(f"{n}: {reasons[n][0]}" for n in networks) + tr(
                "; the catalogue has no KPI counting new followers"
            )
    return pd.concat(added, ignore_index=True) if added else None


def _unknown_start(
    part: pd.DataFrame, network: str, settings: Settings, counts: Mapping[tuple[str, int], float]
) -> str | None:
    """Why the count before the network's first day is not known; None when it is."""
    days = pd.to_datetime(part["order"].dropna()).dt.normalize().drop_duplicates().sort_values()
    if days.empty:
        return tr("its dates are not known")
    first = days.iloc[0].date()
    number = _first_period(part)
    if first_day_of_period(settings, number) != first:
        return tr(
            "the file starts on {day}, not on a period's first day, so the count before "
            "it is not known"
        ).format(day=first.isoformat())
    if number <= 1:
        return tr("the file starts in the plan's first period, so the count before it is not known")
    if (network, number - 1) not in counts:
        name = period_label(settings.period_unit, period_start(settings), number - 1)
        return tr(
            "the plan holds no follower count for {period}, the period before the file's "
            "first day ({day})"
        ).format(period=name, day=first.isoformat())
    span = (days.iloc[-1] - days.iloc[0]).days + 1
    starts = {first_day_of_period(settings, int(p)) for p in part["period"].dropna().unique()}
    monthly = all(d.date() in starts for d in days) and len(days) == part["period"].nunique()
    if span != len(days) and not (monthly and _consecutive(part["period"])):
        return tr("days are missing between its first and last day")
    return None


def _first_period(part: pd.DataFrame) -> int:
    """The period of the earliest cell."""
    ordered = part.sort_values("order", kind="stable")
    return int(ordered["period"].iloc[0])


def _consecutive(periods: pd.Series) -> bool:
    numbers = sorted(int(p) for p in periods.dropna().unique())
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _levels(
    part: pd.DataFrame,
    network: str,
    level_kpi: str,
    settings: Settings,
    counts: Mapping[tuple[str, int], float],
) -> pd.DataFrame:
    """One cell per day: the count before the first day plus the gains summed so far."""
    first_period = _first_period(part)
    start = counts[(network, first_period - 1)]
    day = pd.to_datetime(part["order"]).dt.normalize()
    daily = (
        part.assign(day=day)
        .groupby("day", sort=True)
        .agg(row=("row", "min"), period=("period", "first"), number=("number", "sum"))
    )
    daily["number"] = start + daily["number"].cumsum()
    return pd.DataFrame(
        {
            "row": daily["row"].to_numpy(),
            "column": ", ".join(sorted(set(part["column"].astype(str)))),
            "network": network,
            "metric": level_kpi,
            "source": level_kpi,
            "kpi": level_kpi,
            "when": daily.index.to_numpy(),
            "value": daily["number"].to_numpy(),
            "period": daily["period"].to_numpy(),
            "order": daily.index.to_numpy(),
            "number": daily["number"].to_numpy(),
            "good": True,
        }
    )
