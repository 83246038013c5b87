"""How a plan looks in Excel: sheet order, styles, colours and the About sheet's cells.

Kept apart from the writer so that the reader and the documentation agree with it.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from smplanner.domain.tables import SCHEMAS

FORMAT_VERSION = 1
ABOUT_SHEET = "About"
PLAN_NAME_LABEL = "Plan name"
VERSION_LABEL = "Format version"
WRITER_LABEL = "Written by"

PLANNER_HEADER_ROW = 2
"""The planner sheet's header row; row 1 holds the KPI category bands."""
CATALOGUE_HEADER_ROW = 1
EXTRA_VALIDATION_ROWS = 500
"""Drop-downs reach this far below the data, so rows a colleague adds get them too."""

PLAN_SHEETS = [ABOUT_SHEET, *(schema.sheet for schema in SCHEMAS.values())]

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="37474F")
TITLE_FONT = Font(bold=True, size=14)
LABEL_FONT = Font(bold=True)
THIN = Side(style="thin", color="B0BEC5")
HEADER_BORDER = Border(bottom=THIN, right=THIN)
WRAP_TOP = Alignment(vertical="top", wrap_text=True)
WRAP_BOTTOM = Alignment(vertical="bottom", wrap_text=True)
ROTATED = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
BAND = Alignment(horizontal="centerContinuous", vertical="center")
CENTER = Alignment(horizontal="center", vertical="center")

PRIMARY_FILL = PatternFill("solid", fgColor="00695C", bgColor="00695C")
PRIMARY_FONT = Font(bold=True, color="FFFFFF")
SECONDARY_FILL = PatternFill("solid", fgColor="B2DFDB", bgColor="B2DFDB")
SECONDARY_FONT = Font(color="004D40")

CATEGORY_COLOURS = {
    "Reach": "1565C0",
    "Engagement": "6A1B9A",
    "Conversion": "EF6C00",
    "Revenue": "2E7D32",
    "Loyalty": "AD1457",
    "Advocacy": "00838F",
}
OTHER_CATEGORY_COLOUR = "546E7A"


def category_fill(category: str) -> PatternFill:
    colour = CATEGORY_COLOURS.get(category, OTHER_CATEGORY_COLOUR)
    return PatternFill("solid", fgColor=colour)


ABOUT_TEXT = (
    "This workbook is a smplanner plan. You can open, edit and print it in Excel or "
    "LibreOffice and open it again in smplanner.",
    "KPI planner: one row per stage, goal and tactic; mark a KPI P (primary: the row is "
    "judged by it) or S (secondary: watched). One to three primaries per row.",
    "The drop-downs list the allowed values; the names come from the Stages, Goals, "
    "Tactics, Networks and KPIs sheets.",
    "Sheets of your own are kept when smplanner saves the plan again (their values, not "
    "their formatting).",
)
