"""Worked-out columns beside the Touches sheet: each touch's credit under every heuristic
model, as live formulas over the Touches, Deals and Plan settings sheets.

A colleague who edits a deal or a touch in Excel or LibreOffice sees the Attribution and ROI
sheets follow. The formulas apply the app's rules (domain.md 7a): a touch counts when its
deal is won and it is dated on or before the close date (any date while that is empty);
ties on a day keep the sheet's row order. The data-driven (Markov) model is worked out by
smplanner and written as numbers. Above :data:`LIVE_LIMIT` touches the columns are left
out (a spreadsheet recalculating counts over that many rows becomes slow) and the sheets
that use them hold values, saying so. The reader skips these columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from openpyxl.utils import get_column_letter

from smplanner.domain.attribution import prepare, row_credits
from smplanner.domain.deal_stages import book_of
from smplanner.domain.deal_tables import (
    DEALS,
    DEALS_TABLE,
    FIRST_TOUCH,
    LAST_TOUCH,
    LINEAR,
    MARKOV,
    OTHER_CHANNELS,
    POSITION_BASED,
    TIME_DECAY,
    TOUCHES,
    TOUCHES_TABLE,
)
from smplanner.domain.measures import deal_periods
from smplanner.domain.measuring_tables import PLAN_SETTINGS
from smplanner.domain.periods import Settings, period_start, settings_of
from smplanner.domain.pipeline_tables import PIPELINE_STAGES
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.tables import NETWORKS
from smplanner.io.layout import COMPUTED_SHEETS, quote_sheet

LIVE_LIMIT = 5_000
"""The most touches whose credits are written as formulas."""

COUNTED, WON_VALUE, TOUCH_COUNT, ORDER = "Counted", "Won value", "Touches of the deal", "Order"
DECAY_WEIGHT, PERIOD, SOCIAL, IN_USE = "Decay weight", "Period", "Social network", "Credited"
DEAL_WEIGHT, SOURCED, INFLUENCED = (
    "Deal's weighted value",
    "Sourced by social (weighted)",
    "Influenced by social (weighted)",
)
"""The pipeline's social part: each open deal's value x probability, held by its first
dated touch when that was social (sourced), by its first social touch (influenced)."""
PIPELINE_SHEET = COMPUTED_SHEETS[2]
PIPELINE_FIRST_STAGE_ROW = 14
PIPELINE_WEIGHT_COLUMN = "I"
"""The Pipeline sheet's first stage row, and its column of each stage's probability when
open (0 when closed); the sheet is set out in :mod:`smplanner.io.pipeline_sheet`."""
MODEL_COLUMNS = {
    FIRST_TOUCH: "First touch",
    LAST_TOUCH: "Last touch",
    LINEAR: "Linear",
    POSITION_BASED: "Position-based",
    TIME_DECAY: "Time decay",
}
"""The models worked out live, and their column titles."""
TITLES: tuple[str, ...] = (
    COUNTED,
    WON_VALUE,
    TOUCH_COUNT,
    ORDER,
    *MODEL_COLUMNS.values(),
    DECAY_WEIGHT,
    PERIOD,
    SOCIAL,
    IN_USE,
    DEAL_WEIGHT,
    SOURCED,
    INFLUENCED,
)
"""The worked-out columns' titles, after the Touches table's own columns."""


def column_of(title: str) -> str:
    """The letter of a worked-out column on the Touches sheet."""
    letter: str = get_column_letter(len(TOUCHES_TABLE.columns) + TITLES.index(title) + 1)
    return letter


def whole(title: str) -> str:
    """'Touches'!$F:$F for a worked-out column."""
    letter = column_of(title)
    return f"{quote_sheet(TOUCHES_TABLE.sheet)}!${letter}:${letter}"


def touch_column(name: str) -> str:
    """'Touches'!$C:$C for one of the table's own columns."""
    letter = get_column_letter(TOUCHES_TABLE.fixed_names.index(name) + 1)
    return f"{quote_sheet(TOUCHES_TABLE.sheet)}!${letter}:${letter}"


def deal_column(name: str) -> str:
    letter = get_column_letter(DEALS_TABLE.fixed_names.index(name) + 1)
    return f"{quote_sheet(DEALS_TABLE.sheet)}!${letter}:${letter}"


def setting_cell(name: str) -> str:
    letter = get_column_letter(PLAN_SETTINGS.fixed_names.index(name) + 1)
    return f"{quote_sheet(PLAN_SETTINGS.sheet)}!${letter}$2"


def won_stages(plan: Plan) -> tuple[str, ...]:
    """The names of the plan's won stages (at least the default one)."""
    return book_of(plan).won or (book_of(plan).won_name,)


def text(value: str) -> str:
    """A string literal for a formula."""
    return '"' + value.replace('"', '""') + '"'


def exactly(cell: str) -> str:
    """A COUNTIFS/SUMIFS criterion matching exactly the text in ``cell`` (its wildcards
    and comparison signs escaped): "="&SUBSTITUTE(...)."""
    escaped = f'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({cell},"~","~~"),"*","~*"),"?","~?")'
    return f'"="&{escaped}'


def pipeline_stage_rows(plan: Plan) -> list[int]:
    """The Pipeline stages sheet's rows the Pipeline sheet lists: those with a name."""
    names = plan.frame(PIPELINE_STAGES)["name"]
    return [number for number, name in enumerate(names, start=2) if not is_blank(name)]


def pipeline_column(letter: str, plan: Plan) -> str:
    """'Pipeline'!$H$14:$H$20: a column of the Pipeline sheet's stage rows."""
    last = PIPELINE_FIRST_STAGE_ROW + max(len(pipeline_stage_rows(plan)), 1) - 1
    sheet = quote_sheet(PIPELINE_SHEET)
    return f"{sheet}!${letter}${PIPELINE_FIRST_STAGE_ROW}:${letter}${last}"


def model_cell() -> str:
    """The settings' model, or the default while the cell is empty."""
    cell = setting_cell("attribution_model")
    default = PLAN_SETTINGS.column("attribution_model").default
    return f"IF({cell}={text('')},{text(default)},{cell})"


@dataclass(frozen=True)
class TouchHelpers:
    """The worked-out columns of one plan: titles and each row's cells."""

    titles: tuple[str, ...]
    row: Callable[[int, int], list[object]]
    """(sheet row, table row) -> the row's formula texts ("=..." ) and numbers."""


def live(plan: Plan) -> bool:
    """Whether the plan is small enough for live credit formulas."""
    return plan.row_count(TOUCHES) <= LIVE_LIMIT


def markov_per_touch(plan: Plan) -> list[float]:
    """Each Touches row's data-driven credit (0 for a touch not credited)."""
    settings = settings_of(plan)
    channels = [*plan.keys(NETWORKS.name), *plan.keys(OTHER_CHANNELS)]
    journeys = prepare(plan.frame(DEALS), plan.frame(TOUCHES), channels, book_of(plan))
    out = np.zeros(plan.row_count(TOUCHES))
    credits = row_credits(journeys, MARKOV, settings.half_life)
    touched = journeys.row >= 0
    out[journeys.row[touched]] = credits[touched]
    return [float(v) for v in out]


def helpers(plan: Plan) -> TouchHelpers:
    """The worked-out columns for ``plan``'s Touches sheet."""
    settings = settings_of(plan)
    markov = markov_per_touch(plan)
    period = _period_formula(settings)
    deal_ids, stage, close, value = (deal_column(n) for n in ("deal_id", "stage", "close", "value"))
    networks = f"{quote_sheet(NETWORKS.sheet)}!$A:$A"
    life = setting_cell("half_life")
    half_life = f"IF({life}={text('')},7,{life})"
    model = model_cell()
    f = {t: column_of(t) for t in TITLES}
    won = won_stages(plan)
    stage_names = pipeline_column("A", plan)
    open_weights = pipeline_column(PIPELINE_WEIGHT_COLUMN, plan)

    def row(r: int, index: int) -> list[object]:
        a, b, c = f"$A{r}", f"$B{r}", f"$C{r}"
        match = f"MATCH({a},{deal_ids},0)"
        close_of = f"INDEX({close},{match})"
        counted = (
            f'=IF(AND({a}<>"",{b}<>"",{c}<>"",ISNUMBER({match})),'
            f"IF(OR({','.join(f'INDEX({stage},{match})={text(w)}' for w in won)}),"
            f'IF(OR({close_of}="",{b}<={close_of}),1,0),0),0)'
        )
        k, g, h, i = (f"{f[t]}{r}" for t in (COUNTED, WON_VALUE, TOUCH_COUNT, ORDER))
        a_col, b_col, k_col = touch_column("deal"), touch_column("date"), whole(COUNTED)
        above = f"$A$1:$A{r - 1}", f"${f[COUNTED]}$1:${f[COUNTED]}{r - 1}", f"$B$1:$B{r - 1}"
        order = (
            f'=IF({k}=1,COUNTIFS({a_col},{a},{k_col},1,{b_col},"<"&{b})'
            f"+COUNTIFS({above[0]},{a},{above[1]},1,{above[2]},{b})+1,0)"
        )
        end = f'IF({close_of}="",_xlfn.MAXIFS({b_col},{a_col},{a},{k_col},1),{close_of})'
        weight = f"{f[DECAY_WEIGHT]}{r}"
        cells: dict[str, object] = {
            COUNTED: counted,
            WON_VALUE: f"=IF({k}=1,N(INDEX({value},{match})),0)",
            TOUCH_COUNT: f"=IF({k}=1,COUNTIFS({a_col},{a},{k_col},1),0)",
            ORDER: order,
            MODEL_COLUMNS[FIRST_TOUCH]: f"=IF(AND({k}=1,{i}=1),{g},0)",
            MODEL_COLUMNS[LAST_TOUCH]: f"=IF(AND({k}=1,{i}={h}),{g},0)",
            MODEL_COLUMNS[LINEAR]: f"=IF({k}=1,{g}/{h},0)",
            MODEL_COLUMNS[POSITION_BASED]: (
                f"=IF({k}<>1,0,IF({h}=1,{g},IF({h}=2,{g}/2,"
                f"IF(OR({i}=1,{i}={h}),0.4*{g},0.2*{g}/({h}-2)))))"
            ),
            DECAY_WEIGHT: f"=IF({k}=1,2^(-({end}-{b})/{half_life}),0)",
            MODEL_COLUMNS[TIME_DECAY]: (
                f"=IF({k}=1,{g}*{weight}/SUMIFS({whole(DECAY_WEIGHT)},{a_col},{a}),0)"
            ),
            PERIOD: f'=IF({k}=1,{period.format(close=close_of)},"")' if period else '=""',
            SOCIAL: f"=IF(ISNUMBER(MATCH({c},{networks},0)),1,0)",
            IN_USE: _in_use(model, {t: f"{f[t]}{r}" for t in TITLES}, markov, index),
        }
        social, weighted, deal = f"{f[SOCIAL]}{r}", f"{f[DEAL_WEIGHT]}{r}", exactly(a)
        stage_of = exactly(f'INDEX({stage},{match})&""')
        cells[DEAL_WEIGHT] = (
            f"=IF(ISNUMBER({match}),"
            f"N(INDEX({value},{match}))*SUMIFS({open_weights},{stage_names},{stage_of}),0)"
        )
        first_day = f"_xlfn.MINIFS({b_col},{a_col},{deal})"
        cells[SOURCED] = (
            f"=IF(AND({social}=1,ISNUMBER({match}),ISNUMBER({b})),"
            f"IF(AND({b}={first_day},COUNTIFS({above[0]},{deal},{above[2]},{b})=0),{weighted},0),0)"
        )
        earlier_social = f"${f[SOCIAL]}$1:${f[SOCIAL]}{r - 1}"
        cells[INFLUENCED] = (
            f"=IF(AND({social}=1,ISNUMBER({match})),"
            f"IF(COUNTIFS({above[0]},{deal},{earlier_social},1)=0,{weighted},0),0)"
        )
        return [cells[t] for t in TITLES]

    return TouchHelpers(TITLES, row)


def _in_use(model: str, cells: dict[str, str], markov: Sequence[float], index: int) -> str:
    """The credit under the model the settings name (the Markov credit as a number)."""
    fallback = f"{markov[index]!r}" if index < len(markov) else "0"
    formula = fallback
    for name, title in reversed(MODEL_COLUMNS.items()):
        formula = f"IF({model}={text(name)},{cells[title]},{formula})"
    return "=" + formula


def _period_formula(settings: Settings) -> str:
    """The period of a close date ``{close}``, as a formula template; empty when the
    periods have no dates."""
    start = period_start(settings)
    if start is None:
        return ""
    day = f"DATE({start.year},{start.month},{start.day})"
    months = f"((YEAR({{close}})-{start.year})*12+MONTH({{close}})-{start.month})"
    if settings.period_unit == "week":
        return f"INT(({{close}}-{day})/7)+1"
    if settings.period_unit == "quarter":
        return f"INT({months}/3)+1"
    return f"{months}+1"


def deal_period_numbers(plan: Plan) -> list[float]:
    """Each deal's period (NaN without one), as the app works it out."""
    return [float(p) for p in deal_periods(settings_of(plan), plan.frame(DEALS)["close"])]
