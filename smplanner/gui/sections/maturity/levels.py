"""Rating a maturity dimension: the keys that set a level and the edit they make.

The chosen rater's current or target level becomes the chosen level cell; pressing the
same key on the same level again clears it. Every change is one plan command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolBar

from smplanner.domain import maturity_report
from smplanner.domain.keyed import keyed_edit
from smplanner.domain.maturity_tables import LEVEL_CODES, LEVEL_NAMES
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    from smplanner.gui.sections.maturity.section import MaturitySection

CURRENT_KEY = QT_TRANSLATE_NOOP("", "C")
"""The key that sets the current level: the first letter of the language's word for it
(German A for aktuell); C works in every language."""
TARGET_KEY = QT_TRANSLATE_NOOP("", "T")
"""The key that sets the target level (German Z for Ziel); T works in every language."""


def level_keys(own: str, english: str) -> list[str]:
    """The language's key for a level, and the English one beside it when they differ."""
    return [own] if own == english else [own, english]


def set_level(section: MaturitySection, which: str, level: int | None) -> bool:
    """Make ``level`` the rater's ``which`` ("current" or "target") level of the chosen
    dimension; the level it already is clears it."""
    if level is None:
        section.message.emit(tr("Choose a level cell (I to V) first"))
        return False
    plan = section.plan
    dimension, rater = section.dimension(), section.rater
    if not rater:
        section.message.emit(tr("Add a rater first"))
        return False
    code = LEVEL_CODES[level - 1]
    row = maturity_report.rating_row(plan, rater, dimension)
    current = which == "current"
    clear = row is not None and plan.value(maturity_report.RATINGS, row, which) == code
    if clear:
        label = (
            tr("Clear current level of {dimension}")
            if current
            else tr("Clear target level of {dimension}")
        ).format(dimension=dimension)
    else:
        label = (
            tr("Set current level of {dimension} to {code}")
            if current
            else tr("Set target level of {dimension} to {code}")
        ).format(dimension=dimension, code=code)
    values = {(rater, dimension): {which: "" if clear else code}}
    edit = keyed_edit(plan, maturity_report.RATINGS_BY_KEY, values, label)
    if edit.command is None or not section.editor.execute(edit.command):
        return False
    section.message.emit(label if clear else f"{label} ({tr(LEVEL_NAMES[code])})")
    return True


def add_level_actions(section: MaturitySection, bar: QToolBar) -> None:
    """Set current and Set target, on ``bar`` and the grid's context menu."""
    section.add_action(
        bar,
        "current",
        tr("Set &current"),
        level_keys(tr(CURRENT_KEY), "C"),
        tr("Mark the chosen level as where the team stands today"),
        lambda: section.set_level("current"),
    )
    section.add_action(
        bar,
        "target",
        tr("Set &target"),
        level_keys(tr(TARGET_KEY), "T"),
        tr("Mark the chosen level as where the team wants to be"),
        lambda: section.set_level("target"),
    )
