"""Which sheets of a workbook are the user's own, kept when the plan is saved again.

The plan's sheets and the sheets smplanner works out are not kept: those are written
again. A sheet named like one smplanner began writing later (a user's own "Pipeline" in a
plan saved before smplanner wrote one) is told apart by its first cell, which holds the
title smplanner writes there; it is kept under a name of its own, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Collection

from smplanner.io import layout
from smplanner.io.cells import Cells, fold
from smplanner.io.pipeline_sheet import PIPELINE_TITLE

COMPUTED_TITLES = {fold(layout.COMPUTED_SHEETS[2]): PIPELINE_TITLE}
"""Computed sheets recognised by their first cell; the others by their name alone."""


def kept_title(title: str, rows: Cells, known: Collection[str], taken: Collection[str]) -> str:
    """The title ``title`` is kept under as the user's own ("" when it is not kept).

    ``known`` holds the folded titles of the plan's and smplanner's sheets, ``taken`` the
    workbook's sheet titles (a renamed sheet takes a title none of them has).
    """
    folded = fold(title)
    if folded not in known:
        return title
    expected = COMPUTED_TITLES.get(folded)
    if expected is None or _first_cell(rows) == expected:
        return ""
    used = {fold(t) for t in taken} | set(known)
    number = 1
    while True:
        name = f"{title} ({number})" if number > 1 else f"{title} (own)"
        if fold(name) not in used:
            return name[:31]
        number += 1


def _first_cell(rows: Cells) -> str:
    return str(rows[0][0]) if rows and rows[0] else ""
