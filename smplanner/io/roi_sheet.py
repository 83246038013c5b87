"""The ROI sheet: investment, return and ROI as live formulas over the plan's own sheets.

A colleague who changes a cost in Excel or LibreOffice sees the ROI follow, without
smplanner. The formulas apply the app's rules: only periods 1 to the plan's number of
periods count, staff time is hours x the hourly rate, the return is what the attribution
model chosen in the plan settings credits the networks for won deals (in the period each
closed in; see :mod:`smplanner.io.deal_formulas`), and a zero investment gives "n/a". The
sheet is written again on every save and skipped when a plan is read: it holds nothing of
its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from smplanner.domain.deal_stages import book_of
from smplanner.domain.measures import social_return
from smplanner.domain.measuring_tables import COSTS, DEFAULT_PERIODS, SETTINGS
from smplanner.domain.periods import period_labels, settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.roi import STAFF_TIME
from smplanner.domain.tables import SCHEMAS
from smplanner.io import layout, sheets

ROI_SHEET = layout.COMPUTED_SHEETS[0]
MONEY = "#,##0.00"
PERCENT = "0%"
HOURLY_RATE, PERIODS, BASIS, CURRENCY = "$B$4", "$B$5", "$B$6", "$B$7"
"""Cells of the sheet that the formulas below refer to."""
FIRST_TABLE_ROW = 10
"""Header of the networks table; row 11 is "All networks"."""


def _ref(table: str, column: str, absolute_row: int | None = None) -> str:
    """'Costs'!$E:$E, or 'Plan settings'!$E$2 with a row."""
    schema = SCHEMAS[table]
    letter = get_column_letter(schema.fixed_names.index(column) + 1)
    sheet = "'" + schema.sheet.replace("'", "''") + "'"
    if absolute_row is None:
        return f"{sheet}!${letter}:${letter}"
    return f"{sheet}!${letter}${absolute_row}"


def _text(value: str) -> str:
    """A string literal for a formula."""
    return '"' + value.replace('"', '""') + '"'


def equals(value: str) -> str:
    """A SUMIFS criterion matching exactly ``value`` (no wildcards, no comparisons)."""
    escaped = value.replace("~", "~~").replace("*", "~*").replace("?", "~?")
    return _text("=" + escaped)


def _in_periods(table: str) -> list[str]:
    period = _ref(table, "period")
    return [period, '">=1"', period, f'"<="&{PERIODS}']


def investment_formula(criteria: Sequence[str] = ()) -> str:
    """Amounts plus staff hours x the hourly rate, over the plan's periods."""
    where = [*_in_periods(COSTS), *criteria]
    amounts = f"SUMIFS({', '.join([_ref(COSTS, 'amount'), *where])})"
    staff = [_ref(COSTS, "hours"), _ref(COSTS, "category"), _text(STAFF_TIME), *where]
    return f"{amounts}+{HOURLY_RATE}*SUMIFS({', '.join(staff)})"


def return_formula(criteria: Sequence[str] = ()) -> str:
    """The credit the chosen model gives the networks, over the plan's periods."""
    from smplanner.io.deal_formulas import IN_USE, PERIOD, SOCIAL, whole

    period = whole(PERIOD)
    where = [period, '">=1"', period, f'"<="&{PERIODS}', whole(SOCIAL), "1", *criteria]
    return f"SUMIFS({', '.join([whole(IN_USE), *where])})"


def roi_formula(row: int) -> str:
    return f'IF(B{row}=0,"n/a",(C{row}-B{row})/B{row})'


def _settings_cell(column: str, fallback: str) -> str:
    cell = _ref(SETTINGS, column, 2)
    return f'IF({cell}="",{fallback},{cell})'


def _returns(plan: Plan, networks: list[str]) -> Callable[[str | None, int | None], str]:
    """The return of a network and/or period: a formula over the Touches sheet's credit
    columns, or (a plan too large for them) the app's figure as a constant."""
    from smplanner.domain.deal_tables import DEALS, TOUCHES
    from smplanner.io.deal_formulas import PERIOD, live, touch_column, whole

    if live(plan):

        def formula(network: str | None, period: int | None) -> str:
            criteria: list[str] = []
            if network is not None:
                criteria += [touch_column("channel"), equals(network)]
            if period is not None:
                criteria += [whole(PERIOD), str(period)]
            return return_formula(criteria)

        return formula
    deals, touches = plan.frame(DEALS), plan.frame(TOUCHES)
    credited = social_return(settings_of(plan), networks, deals, touches, book_of(plan))[0]

    def value(network: str | None, period: int | None) -> str:
        frame = credited if network is None else credited[[network]]
        if period is not None:
            frame = frame.loc[[period]]
        return repr(float(frame.to_numpy().sum()))

    return value


class _Writer:
    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.row = 0

    def cell(self, value: object, **style: object) -> WriteOnlyCell:
        """Text stays text: a network called "=x" is a name, not a formula."""
        return sheets.cell(self.sheet, value, **style)

    def formula(self, text: str, **style: object) -> WriteOnlyCell:
        """One of this sheet's own formulas (``text`` without its "=")."""
        return sheets.formula(self.sheet, text, **style)

    def append(self, *cells: object) -> int:
        self.sheet.append(list(cells))
        self.row += 1
        return self.row

    def header(self, *titles: str) -> int:
        style = {
            "font": layout.HEADER_FONT,
            "fill": layout.HEADER_FILL,
            "border": layout.HEADER_BORDER,
        }
        return self.append(*(self.cell(t, **style) for t in titles))

    def figures(self, label: str, investment: str, returned: str | None) -> int:
        row = self.row + 1
        cells: list[object] = [
            self.cell(label, alignment=layout.TOP),
            self.formula(investment, number_format=MONEY),
        ]
        if returned is not None:
            cells += [
                self.formula(returned, number_format=MONEY),
                self.formula(roi_formula(row), number_format=PERCENT),
            ]
        return self.append(*cells)


def write_roi_sheet(book: Workbook, plan: Plan) -> None:
    """Add the ROI sheet to a write-only workbook."""
    sheet = sheets.new_sheet(book, ROI_SHEET)
    for letter, width in zip("ABCDE", (30, 16, 16, 10, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    layout.set_up_printing(sheet, landscape=False, plan_name=plan.name)
    settings = settings_of(plan)
    out = _Writer(sheet)
    out.append(out.cell("Return on investment", font=layout.TITLE_FONT))
    out.append(
        out.cell(
            "Worked out by formulas from the Costs, Deals, Touches and Plan settings sheets; "
            "smplanner writes this sheet again each time it saves the plan."
        )
    )
    out.append()
    for label, formula in (
        ("Hourly rate", _settings_cell("hourly_rate", "0")),
        ("Number of periods", _settings_cell("periods", str(DEFAULT_PERIODS))),
        ("Attribution model", _settings_cell("attribution_model", _text("position-based"))),
        ("Currency", _settings_cell("currency", '""')),
    ):
        out.append(out.cell(label, font=layout.LABEL_FONT), out.formula(formula))
    out.append()
    out.append(out.cell("By network", font=layout.LABEL_FONT))
    assert out.row + 1 == FIRST_TABLE_ROW
    out.header("Network", "Investment", "Return", "ROI")
    networks = plan.keys("networks")
    returned = _returns(plan, networks)
    total = out.figures("All networks", investment_formula(), returned(None, None))
    first = out.row + 1
    for name in networks:
        criteria = (_ref(COSTS, "network"), equals(name))
        out.figures(name, investment_formula(criteria), returned(name, None))
    last = out.row
    rest = [f"{c}{total}-SUM({c}{first}:{c}{last})" if networks else f"{c}{total}" for c in "BC"]
    out.figures("Not tied to a network", *rest)
    for spend in ("organic", "paid"):
        out.figures(
            spend.capitalize(), investment_formula((_ref(COSTS, "spend"), _text(spend))), None
        )
    out.append()
    out.append(out.cell("By period", font=layout.LABEL_FONT))
    out.header("Period", "Investment", "Return", "ROI")
    for number, label in enumerate(period_labels(settings), 1):
        costs = (_ref(COSTS, "period"), str(number))
        out.figures(label, investment_formula(costs), returned(None, number))
    out.append()
    clv = [_ref(SETTINGS, c, 2) for c in ("clv_revenue", "clv_margin", "clv_years")]
    referrals = [_ref(SETTINGS, c, 2) for c in ("clv_referrals", "clv_referral_value")]
    blank = ",".join(f"{c}={_text('')}" for c in clv)
    formula = f'IF(OR({blank}),"n/a",{clv[0]}*{clv[1]}/100*{clv[2]}+{referrals[0]}*{referrals[1]})'
    out.append(
        out.cell("Customer lifetime value", font=layout.LABEL_FONT),
        out.formula(formula, number_format=MONEY),
    )
