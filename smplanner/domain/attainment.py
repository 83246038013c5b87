"""Whether a KPI met its target: green, amber within a tolerance band, red below it.

The tracking grid and every page colour an attainment (actual / target) the same way, so
the rule lives here once; the band is the plan's own setting (``attainment_band``, in per
cent), saved with its workbook.
"""

from __future__ import annotations

from smplanner.domain.palette import FAIR, GOOD, POOR, Light


def attainment_band(ratio: float, band: float, *, better_up: bool = True) -> Light:
    """The light for ``ratio`` = actual / target with an amber ``band`` (0.10 for 10 %).

    For a KPI where more is better, at or above 1 is green, from ``1 - band`` amber, below
    red. For one where less is better (a cost per lead), at or below 1 is green, up to
    ``1 + band`` amber, above red.
    """
    short = 1.0 - ratio if better_up else ratio - 1.0
    if short <= 0:
        return GOOD
    return FAIR if short <= band + 1e-12 else POOR
