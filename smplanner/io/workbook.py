"""Plan workbooks: the three things the rest of the app asks of them."""

from __future__ import annotations

import os

from smplanner.io.problems import PlanFileError, Problem
from smplanner.io.reader import LoadResult, load_plan
from smplanner.io.writer import save_plan

__all__ = ["LoadResult", "PlanFileError", "Problem", "load_plan", "save_plan", "validate_workbook"]


def validate_workbook(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of the workbook; a file that cannot be a plan gives its one reason."""
    try:
        return load_plan(path).problems
    except PlanFileError as error:
        return error.problems
