"""Whether a deal is a sales qualified opportunity: it meets all its framework's criteria.

The plan names a framework (MAN, BANT or SCOTSMAN, in the Plan settings); a deal's row on
the Qualification sheet may name its own. A deal without a row meets no criterion.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from smplanner.domain.pipeline_tables import BANT, FRAMEWORK_CRITERIA
from smplanner.domain.schema import is_blank


def ticked(value: Any) -> bool:
    """A criterion's cell counts as met only when it holds yes (True)."""
    return isinstance(value, (bool, np.bool_)) and bool(value)


def _ticks(values: pd.Series) -> npt.NDArray[np.bool_]:
    """:func:`ticked` over a column, at once when it holds only yes and no."""
    if values.dtype == bool:
        return np.asarray(values.to_numpy(dtype=bool), dtype=np.bool_)
    return np.asarray(values.map(ticked).to_numpy(dtype=bool), dtype=np.bool_)


def is_sqo(framework: str, ticks: Mapping[str, Any]) -> bool:
    """True when every criterion of ``framework`` is ticked in ``ticks`` (criterion: bool)."""
    return not missing(framework, ticks)


def missing(framework: str, ticks: Mapping[str, Any]) -> tuple[str, ...]:
    """The criteria of ``framework`` not yet ticked, in the framework's order."""
    criteria = FRAMEWORK_CRITERIA.get(framework, FRAMEWORK_CRITERIA[BANT])
    return tuple(name for name in criteria if not ticked(ticks.get(name)))


def sqo_flags(
    deal_ids: pd.Series, qualification: pd.DataFrame, plan_framework: str
) -> npt.NDArray[np.bool_]:
    """Per deal (in ``deal_ids`` order): whether it is a sales qualified opportunity.

    A deal with several Qualification rows takes its first; one with none is not an SQO.
    """
    rows = qualification.drop_duplicates("deal", keep="first")
    own = rows["framework"].map(lambda v: "" if is_blank(v) else str(v))
    framework = own.where(own != "", plan_framework)
    framework = framework.where(framework.isin(list(FRAMEWORK_CRITERIA)), BANT)
    passed = np.zeros(len(rows), dtype=bool)
    for name, criteria in FRAMEWORK_CRITERIA.items():
        uses = (framework == name).to_numpy()
        if not uses.any():
            continue
        met = np.ones(len(rows), dtype=bool)
        for criterion in criteria:
            met &= _ticks(rows[criterion])
        passed |= uses & met
    known = pd.Series(passed, index=rows["deal"].astype(str).to_numpy())
    found = deal_ids.astype(str).map(known)
    return np.asarray(found.eq(True).to_numpy(dtype=bool), dtype=np.bool_)  # unknown: not met
