"""Plan -> .xlsx, a workbook that is pleasant to use in Excel or LibreOffice on its own.

openpyxl's write-only mode writes each sheet's frame (header row, frozen panes,
drop-downs, conditional colours, filters and print set-up); the rows of the plan's
tables are written straight as sheet XML a column at a time (:mod:`sheet_body`), which
keeps saving a large plan fast. Text a user typed is always written as text: "=1+1" in a
note must never become a formula, nor "#N/A" an error value.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from smplanner import __version__
from smplanner.domain.deal_tables import TOUCHES
from smplanner.domain.pipeline_tables import LEAD_POOLS
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Column, Kind, TableSchema, format_value
from smplanner.domain.tables import SCHEMAS
from smplanner.io import layout
from smplanner.io.atomic import write_atomically
from smplanner.io.attribution_sheet import write_attribution_sheet
from smplanner.io.deal_formulas import TouchHelpers, helpers, live
from smplanner.io.package_write import kept_parts, write_keeping_parts
from smplanner.io.pipeline_sheet import write_pipeline_sheet
from smplanner.io.roi_sheet import write_roi_sheet
from smplanner.io.sheet_body import BodyColumn, Cells, body_xml
from smplanner.io.sheets import append_xml, discard, new_sheet, save_book, style_index
from smplanner.io.sheets import cell as _cell
from smplanner.io.sheets import plain as _plain

Row = list[Any]


def _deal_sheets(book: Workbook, plan: Plan) -> None:
    write_roi_sheet(book, plan)
    write_attribution_sheet(book, plan)


COMPUTED_AFTER: dict[str, Callable[[Workbook, Plan], None]] = {
    TOUCHES: _deal_sheets,
    LEAD_POOLS: write_pipeline_sheet,
}
"""Sheets of formulas only (never read back), each written after the named table's sheet."""
ABOUT_WIDTH = 72
ABOUT_TEXT_ROW = 8
"""Title, blank, three labelled cells, blank, "How to use it", then the text."""


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` to ``path`` atomically: the old file survives any failure.

    Raises :class:`smplanner.io.atomic.SaveError` (an ``OSError``) saying why.
    """
    write_atomically(path, lambda handle: write_plan(plan, handle))


def write_plan(plan: Plan, handle: BinaryIO) -> None:
    """Write the whole workbook to an open binary file."""
    if kept_parts(plan):  # sheets of the user's own go back as they were
        write_keeping_parts(plan, handle, write_plan)
        return
    book = Workbook(write_only=True)
    try:
        _about_sheet(book, plan)
        counts = {name: plan.row_count(name) for name in SCHEMAS}
        for schema in SCHEMAS.values():
            if schema.dynamic is not None:
                _grid_sheet(book, plan, schema, counts)
            else:
                _table_sheet(book, plan, schema, counts)
            computed = COMPUTED_AFTER.get(schema.name)
            if computed is not None:
                computed(book, plan)
        for kept in plan.kept_sheets:
            sheet = new_sheet(book, kept.title)
            for values in kept.rows:
                sheet.append([_plain(sheet, v) for v in values])
        save_book(book, handle)
    except BaseException:
        discard(book)
        raise


def _about_sheet(book: Workbook, plan: Plan) -> None:
    sheet = new_sheet(book, layout.ABOUT_SHEET)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = ABOUT_WIDTH
    layout.set_up_printing(sheet, landscape=False, plan_name=plan.name)
    sheet.print_options.gridLines = False
    sheet.append([_cell(sheet, "smplanner plan", font=layout.TITLE_FONT)])
    sheet.append([])
    for label, value in (
        (layout.PLAN_NAME_LABEL, plan.name),
        (layout.VERSION_LABEL, layout.FORMAT_VERSION),
        (layout.WRITER_LABEL, f"smplanner {__version__}"),
    ):
        label_cell = _cell(sheet, label, font=layout.LABEL_FONT, alignment=layout.LEFT_TOP)
        sheet.append([label_cell, _cell(sheet, value, alignment=layout.LEFT_TOP)])
    sheet.append([])
    sheet.append([_cell(sheet, "How to use it", font=layout.LABEL_FONT)])
    for number, line in enumerate(layout.ABOUT_TEXT, ABOUT_TEXT_ROW):
        sheet.row_dimensions[number].height = layout.row_height([(line, ABOUT_WIDTH)])
        sheet.append([None, _cell(sheet, line, alignment=layout.WRAP_TOP)])


def _header(sheet: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[WriteOnlyCell]:
    return [
        _cell(
            sheet,
            c.title,
            font=layout.HEADER_FONT,
            fill=layout.HEADER_FILL,
            border=layout.HEADER_BORDER,
            alignment=layout.WRAP_TOP,
        )
        for c in columns
    ]


def _alignments(schema: TableSchema, columns: Sequence[Column]) -> list[Alignment]:
    """Top-aligned cells; free text wraps, so a long note never covers the next columns."""
    return [layout.WRAP_TOP if layout.wraps(c, schema.key) else layout.TOP for c in columns]


def _append_rows(
    sheet: WriteOnlyWorksheet,
    plan: Plan,
    schema: TableSchema,
    columns: Sequence[Column],
    fixed: int,
    first_row: int,
    extra: TouchHelpers | None = None,
) -> None:
    """The table's rows: the first ``fixed`` columns aligned, the rest as KPI marks, then
    the worked-out formulas of ``extra``; each row tall enough for its wrapped text."""
    frame = plan.frame(schema.name)
    count = len(frame)
    body: list[BodyColumn] = []
    wrapped: list[tuple[Sequence[object], float]] = []
    for column, alignment in zip(columns[:fixed], _alignments(schema, columns), strict=False):
        values = frame[column.name].tolist() if column.name in frame else [None] * count
        if column.kind in (Kind.NUMBER, Kind.INTEGER):  # real numbers: Excel sums them
            body.append(BodyColumn(Cells.NUMBER, style_index(sheet, alignment=alignment), values))
            continue
        if column.kind is Kind.DATE:  # real dates: Excel sorts them
            style = style_index(sheet, alignment=alignment, number_format=layout.DATE_FORMAT)
            body.append(BodyColumn(Cells.DATE, style, values))
            continue
        texts = _texts(column, values)
        body.append(BodyColumn(Cells.TEXT, style_index(sheet, alignment=alignment), texts))
        if layout.wraps(column, schema.key):
            wrapped.append((texts, column.width))
    marks = style_index(sheet, alignment=layout.CENTER_TOP)
    for column in columns[fixed:]:
        values = frame[column.name].tolist() if column.name in frame else []
        body.append(BodyColumn(Cells.TEXT, marks, _texts(column, values)))
    if extra is not None:
        formulas = [extra.row(first_row + i, i) for i in range(count)]
        style = style_index(sheet, alignment=layout.TOP)
        for index in range(len(extra.titles)):
            body.append(BodyColumn(Cells.FORMULA, style, [row[index] for row in formulas]))
    append_xml(sheet, body_xml(body, first_row, layout.row_heights(wrapped, count)))


def _texts(column: Column, values: list[Any]) -> list[Any]:
    """A column's values as the text a person sees ("" when empty); text and choices are
    stored as that text already."""
    if column.kind in (Kind.TEXT, Kind.CHOICE):
        return values
    return [format_value(column, v) for v in values]


def _table_sheet(book: Workbook, plan: Plan, schema: TableSchema, counts: dict[str, int]) -> None:
    """A catalogue: header row, one row per entry, drop-downs for choice columns."""
    sheet = new_sheet(book, schema.sheet)
    columns = plan.columns(schema.name)
    rows = counts[schema.name]
    extra = helpers(plan) if schema.name == TOUCHES and live(plan) else None
    sheet.freeze_panes = "A2"
    for number, (column, alignment) in enumerate(
        zip(columns, _alignments(schema, columns), strict=True), 1
    ):
        dimension = sheet.column_dimensions[get_column_letter(number)]
        dimension.width = column.width
        dimension.alignment = alignment  # rows typed below the table are aligned alike
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
    layout.set_up_printing(
        sheet,
        landscape=layout.is_wide([c.width for c in columns]),
        title_rows="1:1",
        plan_name=plan.name,
    )
    last_row = rows + 1 + layout.EXTRA_VALIDATION_ROWS
    for validation in layout.choice_validations(columns, counts, 2, last_row):
        sheet.data_validations.append(validation)
    header = _header(sheet, columns)
    if extra is not None:
        header += _worked_out_header(sheet, extra)
        for number in range(len(columns) + 1, len(columns) + len(extra.titles) + 1):
            sheet.column_dimensions[get_column_letter(number)].width = 12
    sheet.append(header)
    _append_rows(sheet, plan, schema, columns, len(columns), 2, extra)


def _worked_out_header(sheet: WriteOnlyWorksheet, extra: TouchHelpers) -> list[WriteOnlyCell]:
    """Titles of the columns smplanner works out (grey: not typed in)."""
    return [
        _cell(
            sheet,
            title,
            font=layout.LABEL_FONT,
            fill=layout.WORKED_OUT_FILL,
            border=layout.HEADER_BORDER,
            alignment=layout.WRAP_TOP,
        )
        for title in extra.titles
    ]


def _grid_sheet(book: Workbook, plan: Plan, schema: TableSchema, counts: dict[str, int]) -> None:
    """The KPI planner: category bands, rotated KPI names, frozen row and column headers."""
    sheet = new_sheet(book, schema.sheet)
    columns = plan.columns(schema.name)
    fixed = len(schema.columns)
    rows = counts[schema.name]
    header = layout.PLANNER_HEADER_ROW
    first_data = header + 1
    last_data = max(first_data, rows + header)
    reach = last_data + layout.EXTRA_VALIDATION_ROWS
    fixed_last = get_column_letter(fixed)
    last = get_column_letter(len(columns))
    sheet.freeze_panes = f"{get_column_letter(fixed + 1)}{first_data}"
    for number, column in enumerate(columns, 1):
        dimension = sheet.column_dimensions[get_column_letter(number)]
        if number <= fixed:
            dimension.width = column.width
        else:  # so that a P typed in Excel below the data is centred like the others
            dimension.width = layout.KPI_COLUMN_WIDTH
            dimension.alignment = layout.CENTER_TOP
    sheet.row_dimensions[header].height = layout.KPI_HEADER_HEIGHT
    sheet.auto_filter.ref = f"A{header}:{last}{last_data}"
    layout.set_up_printing(
        sheet,
        landscape=True,
        title_rows=f"1:{header}",
        title_columns=f"A:{fixed_last}",
        plan_name=plan.name,
    )
    validations = layout.choice_validations(columns[:fixed], counts, first_data, reach)
    if len(columns) > fixed:
        area = f"{get_column_letter(fixed + 1)}{first_data}:{last}{reach}"
        validations.append(layout.role_validation(area))
        for rule in layout.role_rules():
            sheet.conditional_formatting.add(area, rule)
    for validation in validations:
        sheet.data_validations.append(validation)
    sheet.append(_bands(sheet, columns, fixed))
    header_cells = _header(sheet, columns)
    for cell in header_cells[:fixed]:
        cell.alignment = layout.WRAP_BOTTOM
    for cell in header_cells[fixed:]:
        cell.alignment = layout.ROTATED
    sheet.append(header_cells)
    _append_rows(sheet, plan, schema, columns, fixed, first_data)


def _bands(sheet: WriteOnlyWorksheet, columns: Sequence[Column], fixed: int) -> Row:
    """Row 1: each KPI category's name over its columns (merged), in its colour."""
    cells: Row = [_cell(sheet, None, fill=layout.HEADER_FILL) for _ in range(fixed)]
    start = fixed + 1
    for number, column in enumerate(columns[fixed:], fixed + 1):
        group = column.group
        first = number == fixed + 1 or columns[number - 2].group != group
        if first:
            start = number
        cells.append(
            _cell(
                sheet,
                group if first else None,
                fill=layout.category_fill(group),
                font=layout.HEADER_FONT,
                alignment=layout.BAND,
            )
        )
        closes = number == len(columns) or columns[number].group != group
        if closes and number > start:
            sheet.merged_cells.add(f"{get_column_letter(start)}1:{get_column_letter(number)}1")
    return cells
