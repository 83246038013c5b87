"""The tracking table pivoted for people: networks x KPIs down, periods across.

The plan keeps tracking in long form (network, KPI, period, target, actual), which any
number of KPIs and periods fits; people read and type it as a grid. Under each network's
KPI rows come its derived rows (follower growth, MQC / Followers, SQO / MQC), and a block
for all networks closes the grid. :func:`pivot` works out every cell in one vectorised
pass, the dashboard's trends included, so the grid and the dashboard can never disagree.

Of rows entered twice for one network, KPI and period (a workbook may hold them), the last
counts, and an edit goes to it (:data:`TRACKING_BY_KEY`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

import numpy as np
import numpy.typing as npt
import pandas as pd

from smplanner.domain.funnel import (
    LEVEL_TITLES,
    LEVELS,
    funnel_kpis,
    growth_series,
    ratio_series,
)
from smplanner.domain.keyed import Key, KeyedTable
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

Array = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]
FIELDS = ("target", "actual", "attainment")
"""The three columns of each period; target and actual are typed, attainment worked out."""
TYPED = ("target", "actual")
ALL_NETWORKS = QT_TRANSLATE_NOOP("", "All networks")
"""The network of the rows over all networks (shown translated)."""
TRACKING_BY_KEY = KeyedTable(TRACKING, ("network", "kpi", "period"))


class Kind(Enum):
    VALUE = "value"
    """A KPI of a network: editable target and actual."""
    TOTAL = "total"
    """A funnel level summed over all networks."""
    GROWTH = "growth"
    RATIO = "ratio"


@dataclass(frozen=True)
class GridRow:
    network: str
    kpi: str
    """The KPI's name (VALUE rows); the level (TOTAL, GROWTH); the numerator level (RATIO)."""
    kind: Kind
    title: str
    of: str = ""
    """RATIO rows: the denominator level."""

    @property
    def editable(self) -> bool:
        return self.kind is Kind.VALUE


@dataclass(frozen=True, eq=False)
class TrackingGrid:
    """Every cell of the grid: rows x periods per field, NaN where empty or undefined."""

    rows: tuple[GridRow, ...]
    periods: int
    funnel: Mapping[str, str | None]
    values: Mapping[str, Array]
    """"target", "actual" and "attainment" (VALUE rows only)."""
    fed: Mapping[str, Mask]
    """"target", "actual": whether the cell's own level has data in the period; an empty
    derived cell is then undefined ("n/a"), else just empty."""
    source: npt.NDArray[np.int64]
    """VALUE rows: the tracking row of each cell; -1 where there is none."""
    positions: Mapping[tuple[str, str], int] = field(repr=False)
    """(network, KPI) -> row, for VALUE rows."""
    level_rows: Mapping[str, list[int]] = field(repr=False)
    """Per funnel level: its VALUE rows, one per network."""

    def value(self, row: int, period: int, name: str) -> float | None:
        """The number of a cell (None: empty or undefined)."""
        found = float(self.values[name][row, period])
        return None if np.isnan(found) else found

    def row_of(self, network: str, kpi: str) -> int | None:
        return self.positions.get((network, kpi))

    def key(self, row: int, period: int) -> Key:
        """The tracking key of a VALUE cell: (network, KPI, period number)."""
        grid_row = self.rows[row]
        return (grid_row.network, grid_row.kpi, period + 1)

    def row_at(self, key: Key) -> int | None:
        """The tracking row holding ``key`` (see :data:`TRACKING_BY_KEY`), if there is one."""
        network, kpi, number = key
        row = self.positions.get((network, kpi))
        period = int(number) - 1
        if row is None or not 0 <= period < self.periods:
            return None
        found = int(self.source[row, period])
        return found if found >= 0 else None

    def level(self, network: str, level: str, name: str = "actual") -> Array:
        """A funnel level over the periods, for a network or :data:`ALL_NETWORKS`."""
        kpi = self.funnel.get(level)
        values = self.values[name]
        if kpi is None:
            return np.full(self.periods, np.nan)
        if network != ALL_NETWORKS:
            row = self.positions.get((network, kpi))
            return values[row] if row is not None else np.full(self.periods, np.nan)
        return _total(values[self.level_rows[level]], self.periods)

    def trends(self, networks: Sequence[str]) -> dict[str, Array]:
        """Per level: networks x periods of actual counts, NaN where there is no data."""
        return {
            level: np.array([self.level(n, level) for n in networks], dtype=np.float64).reshape(
                len(networks), self.periods
            )
            for level in LEVELS
        }


def pivot(
    tracking: pd.DataFrame,
    networks: Sequence[str],
    kpis: Sequence[str],
    periods: int,
    only_with_data: bool = False,
) -> TrackingGrid:
    """The grid of the tracking rows (in the plan's columns) for these catalogues.

    Followers, MQC and SQO have a row on every network; another KPI has one where it is
    tracked. ``only_with_data`` leaves out the networks that have no tracking rows.
    Tracking rows of other networks or KPIs, or outside the periods, are not shown.
    """
    funnel = funnel_kpis(kpis)
    kpi_codes = pd.Index(list(kpis)).get_indexer(pd.Index(tracking["kpi"]))
    # networks are looked up only where the KPI is known: few rows when the dashboard
    # pivots just the funnel's KPIs
    known = np.flatnonzero(kpi_codes >= 0)
    network_codes = np.full(len(tracking), -1, dtype=np.int64)
    names = pd.Index(tracking["network"].to_numpy()[known])
    network_codes[known] = pd.Index(list(networks)).get_indexer(names)
    rows = _layout(networks, kpis, funnel, network_codes, kpi_codes, only_with_data)
    positions = {(r.network, r.kpi): n for n, r in enumerate(rows) if r.kind is Kind.VALUE}
    where = np.full((len(networks) + 1, len(kpis) + 1), -1, dtype=np.int64)
    network_at = {n: i for i, n in enumerate(networks)}
    kpi_at = {k: i for i, k in enumerate(kpis)}
    for (network, kpi), row in positions.items():
        where[network_at[network], kpi_at[kpi]] = row
    source = _sources(tracking, where[network_codes, kpi_codes], (len(rows), periods))
    levels_at = {
        level: [n for (_, k), n in positions.items() if k == kpi]
        for level, kpi in funnel.items()
        if kpi is not None
    }
    return refill(
        TrackingGrid(rows, periods, funnel, {}, {}, source, positions, levels_at), tracking
    )


def refill(grid: TrackingGrid, tracking: pd.DataFrame) -> TrackingGrid:
    """``grid``'s rows and cells with the targets and actuals of ``tracking`` worked out
    again: after an edit of values only (no key changed, no row added or removed), which
    cannot move a cell, this is :func:`pivot` without finding each row's cell again."""
    values: dict[str, Array] = {}
    for name in TYPED:
        column = tracking[name].to_numpy(dtype=np.float64, na_value=np.nan)
        values[name] = np.append(column, np.nan)[grid.source]  # -1, no row: the NaN at the end
    typed = replace(grid, values=values, fed={})
    fed = _derive(typed, values)
    return replace(typed, fed=fed)


def _layout(
    networks: Sequence[str],
    kpis: Sequence[str],
    funnel: Mapping[str, str | None],
    network_codes: npt.NDArray[np.int64],
    kpi_codes: npt.NDArray[np.int64],
    only_with_data: bool,
) -> tuple[GridRow, ...]:
    """The rows: each network's KPIs and derived rows, then the block for all networks."""
    core = [k for k in funnel.values() if k is not None]
    known = (network_codes >= 0) & (kpi_codes >= 0)
    tracked = np.zeros((len(networks), len(kpis)), dtype=bool)
    tracked[network_codes[known], kpi_codes[known]] = True
    used = tracked.sum(axis=1) > 0
    rows: list[GridRow] = []
    for number, network in enumerate(networks):
        if only_with_data and not used[number]:
            continue
        shown = core + [k for n, k in enumerate(kpis) if k not in core and tracked[number, n]]
        rows += [GridRow(network, k, Kind.VALUE, k) for k in shown]
        rows += _derived_rows(network, funnel)
    for level in LEVELS:
        if funnel[level] is not None:
            title = tr("{level} (total)").format(level=tr(LEVEL_TITLES[level]))
            rows.append(GridRow(ALL_NETWORKS, level, Kind.TOTAL, title))
    rows += _derived_rows(ALL_NETWORKS, funnel)
    return tuple(rows)


def _sources(
    tracking: pd.DataFrame, at: npt.NDArray[np.int64], shape: tuple[int, int]
) -> npt.NDArray[np.int64]:
    """Per cell, the tracking row that fills it (-1: none); ``at``: each row's grid row."""
    source = np.full(shape, -1, dtype=np.int64)
    if not len(tracking) or not shape[1]:
        return source
    period = tracking["period"].to_numpy(dtype=np.float64, na_value=np.nan) - 1
    keep = np.flatnonzero((at >= 0) & (period >= 0) & (period < shape[1]))
    cells = (at[keep], period[keep].astype(np.int64))
    source[cells] = keep
    if np.any(source[cells] < keep):  # the last row of a key wins, whatever order numpy
        np.maximum.at(source, cells, keep)  # assigned repeated cells in
    return source


def _derived_rows(network: str, funnel: Mapping[str, str | None]) -> list[GridRow]:
    rows = []
    if funnel["followers"] is not None:
        rows.append(GridRow(network, "followers", Kind.GROWTH, tr("Follower growth")))
    for top, bottom in (("mqc", "followers"), ("sqo", "mqc")):
        if funnel[top] is not None and funnel[bottom] is not None:
            title = f"{tr(LEVEL_TITLES[top])} / {tr(LEVEL_TITLES[bottom])}"
            rows.append(GridRow(network, top, Kind.RATIO, title, bottom))
    return rows


def _derive(typed: TrackingGrid, values: dict[str, Array]) -> dict[str, Mask]:
    """Fill the derived rows and attainment into ``values`` (the typed grid's own arrays,
    while it is being built); return what feeds each cell. One array operation per kind
    of row, not one per row."""
    derived = [(n, r) for n, r in enumerate(typed.rows) if r.kind is not Kind.VALUE]
    numbers = [n for n, _ in derived]
    shape = (len(derived), typed.periods)
    growth = np.array([r.kind is Kind.GROWTH for _, r in derived], dtype=bool)[:, None]
    ratio = np.array([r.kind is Kind.RATIO for _, r in derived], dtype=bool)[:, None]
    fed: dict[str, Mask] = {}
    for name in TYPED:
        own = np.array([typed.level(r.network, r.kpi, name) for _, r in derived]).reshape(shape)
        of = np.array([typed.level(r.network, r.of, name) for _, r in derived]).reshape(shape)
        worked = np.where(growth, growth_series(own), np.where(ratio, ratio_series(own, of), own))
        fed[name] = ~np.isnan(values[name])
        values[name][numbers] = worked
        fed[name][numbers] = ~np.isnan(own)
    editable = np.array([r.editable for r in typed.rows], dtype=bool)[:, None]
    attainment = ratio_series(values["actual"], values["target"])
    values["attainment"] = np.where(editable, attainment, np.nan)
    return fed


def _total(block: Array, periods: int) -> Array:
    """Column sums over the values present; NaN where no row has a value."""
    if not len(block):
        return np.full(periods, np.nan)
    sums = np.nansum(block, axis=0)
    return np.where(np.all(np.isnan(block), axis=0), np.nan, sums)
