"""The Pipeline sheet: the weighted pipeline, per stage, lead pool and period, as live
formulas over the Deals, Pipeline stages, Lead pools and Touches sheets.

A colleague who moves a deal to another stage, changes its value or close date, or a
stage's probability, in Excel or LibreOffice sees the figures follow. The formulas apply
the app's rules (:mod:`smplanner.domain.pipeline`): only open deals are in the pipeline,
a deal whose stage is not in the catalogue is open at 0 %, commit is the open deals at
75 % or more. The stage table's grey columns are worked out for the formulas below it.
The social part is summed from worked-out columns of the Touches sheet
(:mod:`smplanner.io.deal_formulas`); above its row limit those columns are left out and
the two figures are values worked out by smplanner, which the sheet says. Written again on
every save and skipped when a plan is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from smplanner.domain.deal_stages import book_of, stage_problems
from smplanner.domain.periods import first_day_of_period, period_labels, settings_of
from smplanner.domain.pipeline_summary import figures
from smplanner.domain.pipeline_tables import (
    COMMIT_PROBABILITY,
    LEAD_POOLS,
    LEAD_POOLS_TABLE,
    PIPELINE_STAGES,
    PIPELINE_STAGES_TABLE,
)
from smplanner.domain.plan import Plan
from smplanner.domain.pool_problems import pool_problems
from smplanner.domain.schema import is_blank
from smplanner.io import layout
from smplanner.io.deal_formulas import (
    INFLUENCED,
    PIPELINE_FIRST_STAGE_ROW,
    PIPELINE_SHEET,
    PIPELINE_WEIGHT_COLUMN,
    SOURCED,
    deal_column,
    exactly,
    live,
    pipeline_stage_rows,
    whole,
)
from smplanner.io.roi_sheet import MONEY, _Writer
from smplanner.io.sheets import new_sheet

PIPELINE_TITLE = "Pipeline: the open deals, weighted by their stage"
"""The sheet's first cell: how the reader tells it from a user's own sheet of that name."""
PERCENT = "0%"
DATE = layout.DATE_FORMAT
OPEN, WON, LOST = "open", "won", "lost"
STAGE_HEADER_ROW = PIPELINE_FIRST_STAGE_ROW - 1
WEIGHTED_ROW, BEST_CASE_ROW, COMMIT_ROW = 5, 6, 7
"""The totals the forecast's last row takes its periods from."""
UNKNOWN_STAGE = "Not in the catalogue"
STAGE_TITLES = (
    "Stage",
    "Probability",
    "Outcome",
    "Deals",
    "Value",
    "Value x probability",
)
HELPER_TITLES = ("Counted", "Open", "Weight if open", "Commit", "Match", "In a pool")
"""Grey columns beside the stages, worked out for the other formulas: counted (a named
stage, the first of its name), open, its probability if open, open at the commit
probability, the exact-match criterion, named by a lead pool."""
COUNTED, IS_OPEN, WEIGHT, COMMITS, MATCH, IN_POOL = "GHIJKL"
assert WEIGHT == PIPELINE_WEIGHT_COLUMN  # the Touches sheet's social columns read it


def _catalogue(column: str, row: int, table: str = PIPELINE_STAGES) -> str:
    schema = PIPELINE_STAGES_TABLE if table == PIPELINE_STAGES else LEAD_POOLS_TABLE
    letter = get_column_letter(schema.fixed_names.index(column) + 1)
    return f"{layout.quote_sheet(schema.sheet)}!${letter}${row}"


def _pool_list(cell: str) -> str:
    """A pool's stages as ",a,b," (commas, semicolons and line breaks as the reader
    splits them), for SEARCH."""
    norm = f'SUBSTITUTE(SUBSTITUTE(TRIM({cell}),CHAR(10),","),";",",")'
    return f'","&SUBSTITUTE(SUBSTITUTE({norm},", ",",")," ,",",")&","'


class _Stages:
    """Ranges of the stage table: the named stages, and with the unknown row."""

    def __init__(self, count: int) -> None:
        self.first = PIPELINE_FIRST_STAGE_ROW
        self.last = self.first + count - 1
        self.unknown = self.last + 1
        self.count = count

    def known(self, letter: str) -> str:
        return f"${letter}${self.first}:${letter}${max(self.last, self.first)}"

    def every(self, letter: str) -> str:
        return f"${letter}${self.first}:${letter}${self.unknown}"

    def split(self, measure: str, where: Sequence[str]) -> tuple[str, str]:
        """Per stage (as an array over the named stages) and over every deal: COUNTIFS or
        SUMIFS ``measure`` (a column, or "" to count) under the criteria ``where``."""
        stage = deal_column("stage")
        head = f"SUMIFS({measure}," if measure else "COUNTIFS("
        per_stage = f"{head}{stage},{self.known(MATCH)}{''.join(',' + w for w in where)})"
        if where:
            every = f"{head}{','.join(where)})"
        else:
            every = f"SUM({measure})" if measure else f"COUNTA({deal_column('deal_id')})-1"
        return per_stage, every

    def open_total(self, measure: str, where: Sequence[str]) -> str:
        """Over the open deals: the named open stages', plus the deals at no named stage."""
        if not self.count:
            return self.split(measure, where)[1]
        per_stage, every = self.split(measure, where)
        return (
            f"SUMPRODUCT({per_stage},{self.known(IS_OPEN)})"
            f"+{every}-SUMPRODUCT({per_stage},{self.known(COUNTED)})"
        )

    def weighted(self, flags: str, where: Sequence[str]) -> str:
        """Value x ``flags`` (a helper column) over the named stages' deals."""
        if not self.count:
            return "0"
        per_stage = self.split(deal_column("value"), where)[0]
        return f"SUMPRODUCT({per_stage},{self.known(flags)})"


def write_pipeline_sheet(book: Workbook, plan: Plan) -> None:
    """Add the Pipeline sheet to a write-only workbook."""
    sheet = _set_up(book, plan)
    out = _Writer(sheet)
    rows = pipeline_stage_rows(plan)
    stages = _Stages(len(rows))
    formulas = live(plan)
    found = figures(plan) if not formulas else None
    out.append(out.cell(PIPELINE_TITLE, font=layout.TITLE_FONT))
    how = (
        "Worked out by formulas from the Deals, Pipeline stages, Lead pools and Touches sheets;"
        " smplanner writes this sheet again each time it saves the plan."
    )
    if not formulas:
        how += (
            " The social part is a value worked out by smplanner: the plan has too many touches"
            " for live formulas."
        )
    out.append(out.cell(how))
    out.append()
    out.header("Figure", "Amount", "Deals")
    assert out.row + 1 == WEIGHTED_ROW
    _totals(out, stages, found)
    out.append()
    out.append(out.cell("By stage", font=layout.LABEL_FONT))
    _stage_header(out)
    assert out.row == STAGE_HEADER_ROW
    for number, row in enumerate(rows):
        _stage_row(out, row, stages.first + number, stages, plan)
    _unknown_row(out, stages)
    out.append()
    _pools(out, plan, stages)
    out.append()
    _forecast(out, plan, stages)
    stage_book = book_of(plan)
    problems = stage_problems(plan.frame(PIPELINE_STAGES))
    problems += pool_problems(plan.frame(LEAD_POOLS), stage_book)
    if problems:
        out.append()
        out.append(out.cell("Problems with the stages and pools", font=layout.LABEL_FONT))
        for problem in problems:
            out.append(out.cell(problem))


def _set_up(book: Workbook, plan: Plan) -> WriteOnlyWorksheet:
    sheet = new_sheet(book, PIPELINE_SHEET)
    widths = (34, 16, 14, 10, 16, 18, 11, 11, 13, 8, 14, 9)
    for number, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    layout.set_up_printing(sheet, landscape=True, plan_name=plan.name)
    return sheet


def _totals(out: _Writer, stages: _Stages, found: dict[str, Any] | None) -> None:
    money = {"number_format": MONEY}
    value = deal_column("value")
    past = [deal_column("close"), '"<"&TODAY()']
    every_value, every_open = stages.every("E"), stages.every(IS_OPEN)
    count_open = f"SUMPRODUCT({stages.every('D')},{every_open})"
    out.append(
        out.cell("Weighted pipeline"),
        out.formula(f"SUMPRODUCT({every_value},{stages.every(WEIGHT)})", **money),
        out.formula(count_open),
    )
    out.append(
        out.cell("Best case (every open deal's value)"),
        out.formula(f"SUMPRODUCT({every_value},{every_open})", **money),
        out.formula(count_open),
    )
    out.append(
        out.cell(f"Commit (open deals at {COMMIT_PROBABILITY:g} % or more)"),
        out.formula(f"SUMPRODUCT({every_value},{stages.every(COMMITS)})", **money),
        out.formula(f"SUMPRODUCT({stages.every('D')},{stages.every(COMMITS)})"),
    )
    for label, title, key in (
        ("Sourced by social (weighted)", SOURCED, "sourced_by_social"),
        ("Influenced by social (weighted)", INFLUENCED, "influenced_by_social"),
    ):
        figure = (
            out.formula(f"SUM({whole(title)})", **money)
            if found is None
            else out.cell(float(found[key]), **money)
        )
        out.append(out.cell(label), figure)
    out.append(
        out.cell("Overdue (open, past the close date)"),
        out.formula(stages.open_total(value, past), **money),
        out.formula(stages.open_total("", past)),
    )


def _stage_header(out: _Writer) -> None:
    """The stage table's titles, then its helper columns' in grey (not typed in)."""
    border = layout.HEADER_BORDER
    style = {"font": layout.HEADER_FONT, "fill": layout.HEADER_FILL, "border": border}
    grey = {"font": layout.LABEL_FONT, "fill": layout.WORKED_OUT_FILL, "border": border}
    out.append(
        *(out.cell(t, **style) for t in STAGE_TITLES),
        *(out.cell(t, **grey) for t in HELPER_TITLES),
    )


def _stage_row(out: _Writer, source: int, row: int, stages: _Stages, plan: Plan) -> None:
    name, raw = _catalogue("name", source), _catalogue("probability", source)
    a = f"$A{row}"
    folded = f"LOWER(TRIM({a}))"
    probability = (
        f'IF({a}="",0,IF(ISNUMBER({raw}),MIN(MAX({raw},0),100)/100,IF({folded}="won",1,0)))'
    )
    outcome = (
        f'IF({a}="","",IF(ISNUMBER({raw}),IF({raw}>=100,"{WON}",IF({raw}<=0,"{LOST}","{OPEN}")),'
        f'IF({folded}="won","{WON}",IF({folded}="lost","{LOST}","{OPEN}"))))'
    )
    criterion = f"${MATCH}{row}"
    earlier = f"COUNTIF($A${stages.first}:$A{row - 1},{criterion})" if row > stages.first else "0"
    counted = f'IF(OR({a}="",{earlier}>0),0,1)'
    is_open = f'IF(AND(${COUNTED}{row}=1,$C{row}="{OPEN}"),1,0)'
    threshold = COMMIT_PROBABILITY / 100 - 1e-9
    pools = _pool_rows(plan)
    needle = f'","&MID({criterion},2,1000)&","'
    in_pool = (
        f"IF(SUMPRODUCT(ISNUMBER(SEARCH({needle},{_pool_list(_pool_range(pools))}))*1)>0,1,0)"
        if pools
        else "0"
    )
    stage = deal_column("stage")
    out.append(
        out.formula(f'IF({name}="","",{name}&"")'),
        out.formula(probability, number_format=PERCENT),
        out.formula(outcome),
        out.formula(f"${COUNTED}{row}*COUNTIFS({stage},{criterion})"),
        out.formula(
            f"${COUNTED}{row}*SUMIFS({deal_column('value')},{stage},{criterion})",
            number_format=MONEY,
        ),
        out.formula(f"$E{row}*$B{row}", number_format=MONEY),
        out.formula(counted),
        out.formula(is_open),
        out.formula(f"${IS_OPEN}{row}*$B{row}"),
        out.formula(f"IF(AND(${IS_OPEN}{row}=1,$B{row}>={threshold!r}),1,0)"),
        out.formula(exactly(a)),
        out.formula(in_pool),
    )


def _unknown_row(out: _Writer, stages: _Stages) -> None:
    """The deals whose stage is not a named stage: open at 0 %."""
    known_deals = f"SUM({stages.known('D')})" if stages.count else "0"
    known_value = f"SUM({stages.known('E')})" if stages.count else "0"
    out.append(
        out.cell(UNKNOWN_STAGE),
        out.cell(0, number_format=PERCENT),
        out.cell(OPEN),
        out.formula(f"COUNTA({deal_column('deal_id')})-1-{known_deals}"),
        out.formula(f"SUM({deal_column('value')})-{known_value}", number_format=MONEY),
        out.cell(0, number_format=MONEY),
        out.cell(0),
        out.cell(1),
        out.cell(0),
        out.cell(0),
        out.cell(""),
        out.cell(0),
    )


def _pool_rows(plan: Plan) -> list[int]:
    """The Lead pools sheet's rows (all of them: a pool without a name still covers)."""
    return list(range(2, plan.row_count(LEAD_POOLS) + 2))


def _pool_range(rows: list[int]) -> str:
    letter = get_column_letter(LEAD_POOLS_TABLE.fixed_names.index("stages") + 1)
    sheet = layout.quote_sheet(LEAD_POOLS_TABLE.sheet)
    return f"{sheet}!${letter}${rows[0]}:${letter}${rows[-1]}"


def _pools(out: _Writer, plan: Plan, stages: _Stages) -> None:
    out.append(out.cell("By lead pool (open deals)", font=layout.LABEL_FONT))
    out.header("Pool", "Stages", "Deals", "Best case", "Weighted", "Commit", "Closes from", "to")
    money = {"number_format": MONEY}
    names = plan.frame(LEAD_POOLS)["name"]
    for row, name in zip(_pool_rows(plan), names, strict=True):
        if is_blank(name):
            continue
        title, covered = _catalogue("name", row, LEAD_POOLS), _catalogue("stages", row, LEAD_POOLS)
        needle = f'","&MID({stages.known(MATCH)},2,1000)&","'
        inside = f"ISNUMBER(SEARCH({needle},{_pool_list(covered)}))*1"

        def share(measure: str, flags: str, inside: str = inside) -> str:
            if not stages.count:
                return "0"
            return f"SUMPRODUCT({inside},{stages.known(measure)},{stages.known(flags)})"

        days = [_catalogue(c, row, LEAD_POOLS) for c in ("min_days", "max_days")]
        out.append(
            out.formula(f'IF({title}="","",{title}&"")'),
            out.formula(f'{covered}&""'),
            out.formula(share("D", IS_OPEN)),
            out.formula(share("E", IS_OPEN), **money),
            out.formula(share("E", WEIGHT), **money),
            out.formula(share("E", COMMITS), **money),
            *(out.formula(f'IF({d}="","",TODAY()+{d})', number_format=DATE) for d in days),
        )
    every = f"SUMPRODUCT({stages.every('D')},{stages.every(IS_OPEN)},1-{stages.every(IN_POOL)})"
    out.append(out.cell("In no pool"), out.cell(""), out.formula(every))


def _forecast(out: _Writer, plan: Plan, stages: _Stages) -> None:
    """Per period of the expected close date, the open deals' totals; then the rest."""
    settings = settings_of(plan)
    out.append(out.cell("Forecast by expected close date (open deals)", font=layout.LABEL_FONT))
    out.header("Period", "Deals", "Best case", "Weighted", "Commit", "From", "Before")
    money = {"number_format": MONEY}
    value, close = deal_column("value"), deal_column("close")
    first = out.row + 1
    for number, label in enumerate(period_labels(settings), 1):
        start = first_day_of_period(settings, number)
        end = first_day_of_period(settings, number + 1)
        if start is None or end is None:
            out.append(out.cell(label), *(out.cell(0) for _ in range(4)))
            continue
        where = [close, f'">="&{_date(start)}', close, f'"<"&{_date(end)}']
        out.append(
            out.cell(label),
            out.formula(stages.open_total("", where)),
            out.formula(stages.open_total(value, where), **money),
            out.formula(stages.weighted(WEIGHT, where), **money),
            out.formula(stages.weighted(COMMITS, where), **money),
            out.cell(start, number_format=DATE),
            out.cell(end, number_format=DATE),
        )
    last = out.row
    totals = {
        "B": f"$C${WEIGHTED_ROW}",
        "C": f"$B${BEST_CASE_ROW}",
        "D": f"$B${WEIGHTED_ROW}",
        "E": f"$B${COMMIT_ROW}",
    }
    cells = [
        out.formula(f"{totals[c]}-SUM({c}{first}:{c}{last})", **({} if c == "B" else money))
        for c in "BCDE"
    ]
    out.append(out.cell("Outside the periods, or no close date"), *cells)


def _date(day: dt.date) -> str:
    return f"DATE({day.year},{day.month},{day.day})"
