"""The Attribution sheet: every model's credit per channel, side by side.

The heuristic models' credits are live formulas over the worked-out columns of the Touches
sheet (see :mod:`smplanner.io.deal_formulas`); the data-driven model's are values worked
out by smplanner, labelled so. Its channel column (networks, then other channels) is also
the list the Touches sheet's channel drop-down offers. Written again on every save and
skipped when a plan is read.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from smplanner.domain.attribution import NO_TOUCH, all_credits
from smplanner.domain.attribution_summary import journeys_of
from smplanner.domain.deal_tables import MARKOV, MODELS, OTHER_CHANNELS
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.tables import NETWORKS
from smplanner.io import layout
from smplanner.io.deal_formulas import (
    MODEL_COLUMNS,
    deal_column,
    live,
    model_cell,
    text,
    touch_column,
    whole,
    won_stages,
)
from smplanner.io.roi_sheet import MONEY, _Writer
from smplanner.io.sheets import new_sheet

ATTRIBUTION_SHEET = layout.COMPUTED_SHEETS[1]
HEADER_ROW = layout.CHANNEL_LIST_FIRST_ROW - 1
"""The channels table's header; the channels follow, the channel drop-down reads them."""
DEALS_FORMAT = "0.00"


def name_cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A channel's name as text, never a formula ("=x" stays a name)."""
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell


def write_attribution_sheet(book: Workbook, plan: Plan) -> None:
    """Add the Attribution sheet to a write-only workbook."""
    sheet = new_sheet(book, ATTRIBUTION_SHEET)
    sheet.column_dimensions["A"].width = 26
    for letter in "BCDEFGHIJKLMN":
        sheet.column_dimensions[letter].width = 14
    layout.set_up_printing(sheet, landscape=True, plan_name=plan.name)
    settings = settings_of(plan)
    journeys = journeys_of(plan)
    credits = all_credits(journeys, settings.half_life)
    index = {c: i for i, c in enumerate(journeys.channels)}
    formulas = live(plan)
    out = _Writer(sheet)
    out.append(
        out.cell(
            "Attribution: each won deal's value shared among its touches", font=layout.TITLE_FONT
        )
    )
    how = (
        "First touch, last touch, linear, position-based and time decay are formulas over "
        "the Touches and Deals sheets; the data-driven (Markov) model is worked out by "
        "smplanner (values), as are the deal counts."
        if formulas
        else "Every figure here is a value worked out by smplanner: the plan has too many "
        "touches for live formulas."
    )
    out.append(out.cell(how))
    out.append(
        out.cell("Model used for the return", font=layout.LABEL_FONT), out.formula(model_cell())
    )
    titles = [*(m[:1].upper() + m[1:] for m in MODELS)]
    titles[-1] += " (values)"
    out.header("Channel", "Kind", *titles, *(f"Deals: {m}" for m in MODELS))
    assert out.row == HEADER_ROW
    channels = [*plan.keys(NETWORKS.name), *plan.keys(OTHER_CHANNELS)]
    extra = [c for c in journeys.channels if c not in channels and c != NO_TOUCH]
    first = out.row + 1
    networks = set(plan.keys(NETWORKS.name))
    for name in [*channels, *extra]:
        i = index.get(name)
        cells: list[object] = [
            name_cell(sheet, name),
            out.cell("network" if name in networks else "other"),
        ]
        for model in MODELS:
            value = 0.0 if i is None else float(credits[model].value[i])
            if formulas and model != MARKOV:
                column = whole(MODEL_COLUMNS[model])
                criterion = text(
                    "=" + name.replace("~", "~~").replace("*", "~*").replace("?", "~?")
                )
                cells.append(
                    out.formula(
                        f"SUMIFS({column},{touch_column('channel')},{criterion})",
                        number_format=MONEY,
                    )
                )
            else:
                cells.append(out.cell(value, number_format=MONEY))
        for model in MODELS:
            deals = 0.0 if i is None else float(credits[model].deals[i])
            cells.append(out.cell(deals, number_format=DEALS_FORMAT))
        out.append(*cells)
    last = out.row
    bare = index[NO_TOUCH]
    won = "+".join(
        f"SUMIFS({deal_column('value')},{deal_column('stage')},{text(name)})"
        for name in won_stages(plan)
    )
    cells = [out.cell("No recorded touch"), out.cell("")]
    for number, model in enumerate(MODELS):
        if formulas and model != MARKOV:
            letter = "CDEFGH"[number]
            cells.append(
                out.formula(f"{won}-SUM({letter}{first}:{letter}{last})", number_format=MONEY)
            )
        else:
            cells.append(out.cell(float(credits[model].value[bare]), number_format=MONEY))
    cells += [out.cell(float(credits[m].deals[bare]), number_format=DEALS_FORMAT) for m in MODELS]
    out.append(*cells)
    total = ["Won deals", ""]
    row = out.append(
        out.cell(total[0], font=layout.LABEL_FONT),
        out.cell(""),
        *(out.formula(f"SUM({c}{first}:{c}{last + 1})", number_format=MONEY) for c in "CDEFGH"),
        *(
            out.formula(f"SUM({c}{first}:{c}{last + 1})", number_format=DEALS_FORMAT)
            for c in "IJKLMN"
        ),
    )
    del row
    out.append()
    note = (
        f"Touches after their deal's close date (kept, not credited): {journeys.after_close}. "
        f"Touches without a date, a channel or a known deal: {journeys.not_counted}."
    )
    out.append(out.cell(note))
