"""The colours that mean something, shared by the window, the printed pages and the workbook.

A colour that says "return", "Reach", "primary KPI" or "good" must say it the same way on
screen, on paper and in the saved workbook, so each is written once, here, as a
``#rrggbb`` string: the window and the pages make a ``QColor`` of it, the workbook writer
an Excel colour (:func:`excel`). It sits in the Qt-free core because the workbook layer,
below the painting code, colours the same things.
"""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.domain.checklists import ACCEPT, IGNORE, REPLY_FIRST

INK = "#263238"
"""Text and lines on white."""
ON_DARK = "#ffffff"
"""Text on a strong fill."""


@dataclass(frozen=True)
class Light:
    """One traffic-light state in three strengths."""

    fill: str
    """Bars and swatches."""
    tint: str
    """Cell backgrounds, under ordinary text."""
    ink: str
    """Text that carries the verdict itself."""


GOOD = Light(fill="#2e7d32", tint="#c8e6c9", ink="#1b5e20")
FAIR = Light(fill="#f9a825", tint="#fff3c4", ink="#b35400")
POOR = Light(fill="#c62828", tint="#ffcdd2", ink="#b71c1c")


def score_light(score: float) -> Light:
    """A 0..1 score (a checklist, an attainment): green from 80 %, amber from 50 %, red below."""
    return GOOD if score >= 0.8 else FAIR if score >= 0.5 else POOR


# ---------------------------------------------------------------- KPI categories
CATEGORY_COLOURS = {
    "Reach": "#1565c0",
    "Engagement": "#6a1b9a",
    "Conversion": "#ef6c00",
    "Revenue": "#2e7d32",
    "Loyalty": "#ad1457",
    "Advocacy": "#00838f",
}
"""The band over a KPI category's columns (planner grid, page, workbook)."""
OTHER_CATEGORY = "#546e7a"
"""Categories a user added."""


def category_colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, OTHER_CATEGORY)


# ---------------------------------------------------------------- P/S marks
@dataclass(frozen=True)
class Mark:
    fill: str
    ink: str


PRIMARY = Mark(fill="#00695c", ink=ON_DARK)
SECONDARY = Mark(fill="#b2dfdb", ink="#004d40")
NO_FOCUS = "#fff3e0"
"""A planner row without a primary KPI."""

# ---------------------------------------------------------------- ROI
INVESTMENT = "#90a4ae"
RETURN = GOOD.fill
"""Money coming back: the green of Revenue."""
FUNNEL = (
    CATEGORY_COLOURS["Reach"],
    CATEGORY_COLOURS["Engagement"],
    CATEGORY_COLOURS["Conversion"],
)
"""Followers, MQC, SQO: the colours of the categories whose KPIs they count, so the
funnel keeps green and red for good and bad."""

NETWORK_LINES = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#ad1457", "#00838f", "#5d4037")
"""One colour per network in the trend charts (screen and paper), in the networks' order."""


def network_colour(number: int) -> str:
    """The line colour of the ``number``-th network drawn."""
    return NETWORK_LINES[number % len(NETWORK_LINES)]


# ---------------------------------------------------------------- checklists
RATINGS = {
    "done": GOOD.tint,
    "partly": FAIR.tint,
    "missing": POOR.tint,
    "not applicable": "#eceff1",
}
"""A profile item's status."""
UNRATED = "#ffffff"
DECISIONS = {ACCEPT: GOOD, REPLY_FIRST: FAIR, IGNORE: POOR}
"""A connection request's decision."""
SCORE_TRACK = "#eceff1"
"""The empty part of a score bar."""

# ---------------------------------------------------------------- maturity
MATURITY_SERIES = {"Current": "#3b78c3", "Target": "#7cbf6b", "Evidenced": "#9aa5b1"}
READY = GOOD.ink
NOT_READY = FAIR.ink


def excel(colour: str) -> str:
    """``#00695c`` as openpyxl writes it: ``00695C``."""
    return colour.removeprefix("#").upper()
