"""What the status bar says when cells were not set: the first reason, and how many more.

One sentence for every edit of many cells (typing, paste, clear) in every table, so the
user reads the same words wherever a value does not fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from smplanner.domain.text import tr


def not_set(problems: Sequence[str]) -> str:
    """ "Not set: row 3, Unit: 'x' is not allowed (and 2 more)"; empty when nothing was refused."""
    if not problems:
        return ""
    if len(problems) > 1:
        text = tr("Not set: {problem} (and %n more)", "", len(problems) - 1)
    else:
        text = tr("Not set: {problem}")
    return text.format(problem=problems[0])
