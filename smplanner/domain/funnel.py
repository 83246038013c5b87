"""The funnel levels (Followers, MQC, SQO) and the period-over-period series built on them.

Shared by the tracking grid and the dashboard: which catalogue KPI is which level, and
growth and ratios over whole arrays, NaN wherever a figure is undefined.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from smplanner.domain.text import QT_TRANSLATE_NOOP

Array = npt.NDArray[np.float64]
LEVELS = ("followers", "mqc", "sqo")
LEVEL_TITLES = {
    "followers": QT_TRANSLATE_NOOP("", "Followers"),
    "mqc": QT_TRANSLATE_NOOP("", "MQC"),
    "sqo": QT_TRANSLATE_NOOP("", "SQO"),
}
"""English; the GUI shows ``tr(LEVEL_TITLES[level])``."""
_LEVEL_NAMES = {
    "followers": ("followers",),
    "mqc": ("mqc", "marketing qualified contacts", "marketing qualified contacts (mqc)"),
    "sqo": ("sqo", "sales qualified opportunities", "sales qualified opportunities (sqo)"),
}


def funnel_kpis(kpis: Sequence[str]) -> dict[str, str | None]:
    """The catalogue's KPI for each funnel level: by its usual name, else "(MQC)" in it.

    None when the catalogue has no such KPI (the user removed it).
    """
    found: dict[str, str | None] = {}
    for level in LEVELS:
        names = _LEVEL_NAMES[level]
        exact = [k for k in kpis if " ".join(k.split()).casefold() in names]
        tagged = [k for k in kpis if f"({level})" in k.casefold()]
        matches = exact or tagged
        found[level] = matches[0] if matches else None
    return found


def growth_series(values: Array) -> Array:
    """Period-over-period growth along the last axis; NaN where the previous is 0 or missing."""
    out = np.full(values.shape, np.nan)
    previous, current = values[..., :-1], values[..., 1:]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        grown = (current - previous) / previous
    out[..., 1:] = np.where(np.isfinite(grown) & (previous != 0), grown, np.nan)
    return out


def ratio_series(numerator: Array, denominator: Array) -> Array:
    """numerator / denominator element by element; NaN where undefined."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        result = numerator / denominator
    return np.where(np.isfinite(result) & (denominator != 0), result, np.nan)
