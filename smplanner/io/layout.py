"""How a plan looks in Excel: sheet order, styles, drop-downs, print set-up, About cells.

Everything here is derived from the schemas in :mod:`smplanner.domain.tables`, so a new
table gets a tidy sheet with drop-downs without new code. Kept apart from the writer so
that the reader and the documentation agree with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.formatting.rule import CellIsRule, Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from smplanner.domain import palette
from smplanner.domain.palette import excel
from smplanner.domain.schema import LAST_SERIAL, Column, Kind, expected_text
from smplanner.domain.tables import PRIMARY, ROLE_LABELS, SCHEMAS, SECONDARY

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
EXTRA_LIST_ROWS = 100
"""A drop-down of names reads this many rows beyond the names on their sheet, so a name a
colleague adds there is offered at once."""
KPI_COLUMN_WIDTH = 4.5
KPI_HEADER_HEIGHT = 170
"""Points: room for the longest default KPI name, rotated."""

DATE_FORMAT = "yyyy-mm-dd"
"""Dates as year-month-day in every locale, the way they are typed back in."""

PLAN_SHEETS = [ABOUT_SHEET, *(schema.sheet for schema in SCHEMAS.values())]
COMPUTED_SHEETS = ["ROI", "Attribution", "Pipeline"]
"""Sheets smplanner writes as formulas over the others: skipped when a plan is read."""
CHANNEL_LIST_FIRST_ROW = 5
"""The Attribution sheet lists the channels (networks, then other channels) from this row;
the Touches sheet's channel drop-down offers that list."""

FONT = "Calibri"
"""The workbook's body font; styled cells name it too, or LibreOffice shows them in serif."""
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="37474F")
WORKED_OUT_FILL = PatternFill("solid", fgColor="CFD8DC")
"""Headers of columns smplanner works out with formulas."""
TITLE_FONT = Font(name=FONT, bold=True, size=14)
LABEL_FONT = Font(name=FONT, bold=True)
THIN = Side(style="thin", color="B0BEC5")
HEADER_BORDER = Border(bottom=THIN, right=THIN)
TOP = Alignment(vertical="top")
LEFT_TOP = Alignment(horizontal="left", vertical="top")
WRAP_TOP = Alignment(vertical="top", wrap_text=True)
WRAP_BOTTOM = Alignment(vertical="bottom", wrap_text=True)
ROTATED = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
BAND = Alignment(horizontal="center", vertical="center")
CENTER_TOP = Alignment(horizontal="center", vertical="top")

_PRIMARY, _SECONDARY = excel(palette.PRIMARY.fill), excel(palette.SECONDARY.fill)
PRIMARY_FILL = PatternFill("solid", fgColor=_PRIMARY, bgColor=_PRIMARY)
PRIMARY_FONT = Font(name=FONT, bold=True, color=excel(palette.PRIMARY.ink))
SECONDARY_FILL = PatternFill("solid", fgColor=_SECONDARY, bgColor=_SECONDARY)
SECONDARY_FONT = Font(name=FONT, color=excel(palette.SECONDARY.ink))

CATEGORY_COLOURS = {name: excel(colour) for name, colour in palette.CATEGORY_COLOURS.items()}
OTHER_CATEGORY_COLOUR = excel(palette.OTHER_CATEGORY)


def category_fill(category: str) -> PatternFill:
    colour = CATEGORY_COLOURS.get(category, OTHER_CATEGORY_COLOUR)
    return PatternFill("solid", fgColor=colour)


def wraps(column: Column, key: str | None) -> bool:
    """Free text and lists wrap in their cell instead of spilling over the next columns."""
    return column.kind in (Kind.TEXT, Kind.LIST) and column.name != key


LINE_HEIGHT = 15.0
"""Points per line of 11 pt text."""
MAX_LINES = 10
"""A wrapped cell shows at most this many lines; the rest is in the cell, one click away."""


def row_height(texts: Iterable[tuple[str, float]]) -> float | None:
    """The height (points) that shows every wrapped ``(text, column width)`` of a row.

    Neither Excel nor LibreOffice sizes rows to wrapped text on opening a file that
    does not say, so the writer says. None when one line is enough.
    """
    lines = 1
    for text, width in texts:
        per_line = max(int(width * 1.1) - 2, 1)  # wide enough for DejaVu as well as Calibri
        count = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
        lines = max(lines, count)
    return None if lines == 1 else LINE_HEIGHT * min(lines, MAX_LINES)


def row_heights(
    columns: Sequence[tuple[Sequence[object], float]], count: int
) -> list[float | None]:
    """:func:`row_height` of each of ``count`` rows of wrapped ``(texts, column width)``
    (a value that is no text takes one line).

    Only rows with a text longer than its column's line, or of several lines, are measured.
    """
    heights: list[float | None] = [None] * count
    tall: set[int] = set()
    for texts, width in columns:
        per_line = max(int(width * 1.1) - 2, 1)
        tall.update(
            i
            for i, text in enumerate(texts)
            if isinstance(text, str) and (len(text) > per_line or "\n" in text)
        )
    for i in sorted(tall):
        heights[i] = row_height(
            (text, width) for texts, width in columns if isinstance(text := texts[i], str) and text
        )
    return heights


ABOUT_TEXT = (
    "This workbook is a smplanner plan. You can open, edit and print it in Excel or "
    "LibreOffice and open it again in smplanner.",
    "KPI planner: one row per stage, goal and tactic; mark a KPI P (primary: the row is "
    "judged by it) or S (secondary: watched). One to three primaries per row.",
    "The drop-downs list the allowed values; the names come from the Stages, Goals, "
    "Tactics, Networks, KPIs, Accounts and Profile items sheets. Add a name there first, "
    "then use it.",
    "Profile status: one row per account and profile item (an item without a row is not "
    "checked yet). Connection requests: rate each warning sign fine, doubtful or red flag; "
    "smplanner works out whether to accept, reply first or ignore.",
    "Keep the sheet names and the header rows as they are; rows may be sorted, moved, "
    "added or deleted freely.",
    "Sheets of your own are kept as they are when smplanner saves the plan again, with "
    "their formulas, formatting, charts and pictures.",
)


# ------------------------------------------------------------------ drop-downs
def choice_validations(
    columns: Iterable[Column], row_counts: dict[str, int], first_row: int, last_row: int
) -> list[DataValidation]:
    """A check for each column that has one: a list of names or choices, or a number.

    ``row_counts`` gives the number of names on each referenced table's sheet.
    """
    validations = []
    for number, column in enumerate(columns, 1):
        validation = _validation(column, row_counts)
        if validation is None:
            continue
        letter = get_column_letter(number)
        validation.add(f"{letter}{first_row}:{letter}{last_row}")
        validations.append(validation)
    return validations


def _validation(column: Column, row_counts: dict[str, int]) -> DataValidation | None:
    if column.kind is Kind.CHOICE and column.also_refs:
        names = sum(row_counts.get(ref, 0) for ref in column.refs)
        first = CHANNEL_LIST_FIRST_ROW
        last = first + max(names, 1) - 1
        sheets = " or ".join(SCHEMAS[ref].sheet for ref in column.refs)
        return _list_check(
            column,
            f"{quote_sheet(COMPUTED_SHEETS[1])}!$A${first}:$A${last}",
            f"Choose a name from the {sheets} sheet (add it there first).",
        )
    if column.kind is Kind.CHOICE and column.ref is not None:
        target = SCHEMAS[column.ref]
        last = row_counts.get(column.ref, 0) + 1 + EXTRA_LIST_ROWS
        return _list_check(
            column,
            f"{quote_sheet(target.sheet)}!$A$2:$A${last}",
            f"Choose a name from the {target.sheet} sheet (add it there first).",
        )
    if column.kind is Kind.CHOICE:
        shown = [f"{c} ({column.labels[c]})" if c in column.labels else c for c in column.choices]
        return _list_check(
            column, '"' + ",".join(column.choices) + '"', "Choose one of: " + ", ".join(shown)
        )
    if column.kind is Kind.BOOL:
        # yes/no as text: LibreOffice shows a workbook's truth values as 1 and 0
        return _list_check(column, '"yes,no"', "Choose yes or no.")
    if column.kind is Kind.DATE:
        return DataValidation(
            type="date",
            operator="between",
            formula1="1",
            formula2=str(LAST_SERIAL),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=column.title,
            error=f"Type {expected_text(column, ())}.",
        )
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        low = -9.99e307 if column.minimum is None else column.minimum
        high = 9.99e307 if column.maximum is None else column.maximum
        return DataValidation(
            type="whole" if column.kind is Kind.INTEGER else "decimal",
            operator="between",
            formula1=f"{low:g}",
            formula2=f"{high:g}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=column.title,
            error=f"Type {expected_text(column, ())}.",
        )
    return None


def _list_check(column: Column, formula: str, error: str) -> DataValidation:
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=column.title,
        error=error,
    )


def role_validation(area: str) -> DataValidation:
    """The P / S drop-down of every KPI cell of the planner."""
    validation = DataValidation(
        type="list",
        formula1=f'"{PRIMARY},{SECONDARY}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Primary or secondary",
        error=(
            f"Type {PRIMARY} ({ROLE_LABELS[PRIMARY].lower()}), {SECONDARY} "
            f"({ROLE_LABELS[SECONDARY].lower()}) or leave the cell empty."
        ),
    )
    validation.add(area)
    return validation


def role_rules() -> list[Rule]:
    """Colours that follow P and S as they are typed in Excel (conditional formatting)."""
    return [
        CellIsRule(operator="equal", formula=[f'"{value}"'], fill=fill, font=font)
        for value, fill, font in (
            (PRIMARY, PRIMARY_FILL, PRIMARY_FONT),
            (SECONDARY, SECONDARY_FILL, SECONDARY_FONT),
        )
    ]


# ------------------------------------------------------------------ printing
def set_up_printing(
    sheet: Worksheet | WriteOnlyWorksheet,
    landscape: bool,
    title_rows: str = "",
    title_columns: str = "",
    plan_name: str = "",
) -> None:
    """Each sheet prints on one page: fitted wide and tall, headers repeated, the plan named.

    The paper size is left to the printer's default (A4 or Letter).
    """
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    if title_rows:
        sheet.print_title_rows = title_rows
    if title_columns:
        sheet.print_title_cols = title_columns
    name = ILLEGAL_CHARACTERS_RE.sub("", plan_name)[:HEADER_NAME_LENGTH]
    if name:  # "&" starts a code in Excel's header language; "&&" is a plain "&"
        sheet.oddHeader.center.text = name.replace("&", "&&") + " — &A"
        sheet.oddHeader.center.size = 9
        sheet.oddFooter.right.text = "&D"
        sheet.oddFooter.right.size = 8


def is_wide(widths: list[int]) -> bool:
    """Landscape when the columns (in characters) are wider than a portrait page holds."""
    return sum(widths) > PORTRAIT_CHARACTERS


PORTRAIT_CHARACTERS = 110
HEADER_NAME_LENGTH = 100
"""Excel refuses a header longer than 255 characters, codes included."""


def quote_sheet(title: str) -> str:
    """A sheet name as formulas write it: 'KPI planner', with inner quotes doubled."""
    return "'" + title.replace("'", "''") + "'"
