"""Plan -> .xlsx, a workbook that is pleasant to use in Excel or LibreOffice on its own.

openpyxl's write-only mode streams rows, which keeps saving a large plan fast; frozen
panes, drop-downs, conditional colours and filters are all set as it goes. Text a user
typed is always written as text: "=1+1" in a note must never become a formula.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from smplanner import __version__
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Column, Kind, TableSchema, format_value
from smplanner.domain.tables import PRIMARY, SCHEMAS, SECONDARY
from smplanner.io import layout
from smplanner.io.atomic import write_atomically

Row = list[Any]


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` to ``path`` atomically: the old file survives any failure."""
    write_atomically(path, lambda handle: write_plan(plan, handle))


def write_plan(plan: Plan, handle: BinaryIO) -> None:
    """Write the whole workbook to an open binary file."""
    book = Workbook(write_only=True)
    _about_sheet(book, plan)
    for schema in SCHEMAS.values():
        if schema.dynamic is not None:
            _grid_sheet(book, plan, schema)
        else:
            _table_sheet(book, plan, schema)
    for kept in plan.kept_sheets:
        sheet = book.create_sheet(kept.title)
        for values in kept.rows:
            sheet.append([_plain(sheet, v) for v in values])
    book.save(handle)


def _plain(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A value as it is, unless openpyxl would take it for a formula (a leading "=").

    Writing plain values instead of cell objects keeps large sheets fast to save.
    """
    if isinstance(value, str) and value.startswith("="):
        return _cell(sheet, value)
    return value


def _cell(sheet: WriteOnlyWorksheet, value: Any, **style: Any) -> WriteOnlyCell:
    """A cell whose text stays text (never a formula)."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _about_sheet(book: Workbook, plan: Plan) -> None:
    sheet = book.create_sheet(layout.ABOUT_SHEET)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 90
    sheet.append([_cell(sheet, "smplanner plan", font=layout.TITLE_FONT)])
    sheet.append([])
    for label, value in (
        (layout.PLAN_NAME_LABEL, plan.name),
        (layout.VERSION_LABEL, layout.FORMAT_VERSION),
        (layout.WRITER_LABEL, f"smplanner {__version__}"),
    ):
        sheet.append([_cell(sheet, label, font=layout.LABEL_FONT), _cell(sheet, value)])
    sheet.append([])
    for line in layout.ABOUT_TEXT:
        sheet.append([None, _cell(sheet, line)])


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


def _values(columns: Sequence[Column], record: dict[str, Any]) -> Row:
    row: Row = []
    for column in columns:
        value = record.get(column.name)
        if column.kind in (Kind.NUMBER, Kind.INTEGER, Kind.BOOL):
            row.append(value)
        else:
            row.append(format_value(column, value) or None)
    return row


def _table_sheet(book: Workbook, plan: Plan, schema: TableSchema) -> None:
    """A catalogue: header row, one row per entry, drop-downs for choice columns."""
    sheet = book.create_sheet(schema.sheet)
    columns = plan.columns(schema.name)
    rows = plan.row_count(schema.name)
    sheet.freeze_panes = "A2"
    for number, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
    _validations(sheet, plan, columns, first_row=2, last_row=rows + layout.EXTRA_VALIDATION_ROWS)
    sheet.append(_header(sheet, columns))
    for record in plan.records(schema.name):
        sheet.append([_plain(sheet, v) for v in _values(columns, record)])


def _grid_sheet(book: Workbook, plan: Plan, schema: TableSchema) -> None:
    """The KPI planner: category bands, rotated KPI names, frozen row and column headers."""
    sheet = book.create_sheet(schema.sheet)
    columns = plan.columns(schema.name)
    fixed = len(schema.columns)
    rows = plan.row_count(schema.name)
    first_data = layout.PLANNER_HEADER_ROW + 1
    last_data = max(first_data, rows + layout.PLANNER_HEADER_ROW)
    reach = last_data + layout.EXTRA_VALIDATION_ROWS
    sheet.freeze_panes = f"{get_column_letter(fixed + 1)}{first_data}"
    for number, column in enumerate(columns, 1):
        width = column.width if number <= fixed else 4.5
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.row_dimensions[layout.PLANNER_HEADER_ROW].height = 170
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{layout.PLANNER_HEADER_ROW}:{last}{last_data}"
    _validations(sheet, plan, columns[:fixed], first_row=first_data, last_row=reach)
    if len(columns) > fixed:
        area = f"{get_column_letter(fixed + 1)}{first_data}:{last}{reach}"
        roles = DataValidation(
            type="list",
            formula1=f'"{PRIMARY},{SECONDARY}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Primary or secondary",
            error=f"Type {PRIMARY} (primary), {SECONDARY} (secondary) or leave the cell empty.",
        )
        roles.add(area)
        sheet.data_validations.append(roles)
        for value, fill, font in (
            (PRIMARY, layout.PRIMARY_FILL, layout.PRIMARY_FONT),
            (SECONDARY, layout.SECONDARY_FILL, layout.SECONDARY_FONT),
        ):
            rule = CellIsRule(operator="equal", formula=[f'"{value}"'], fill=fill, font=font)
            sheet.conditional_formatting.add(area, rule)
    sheet.append(_bands(sheet, columns, fixed))
    header = _header(sheet, columns)
    for cell in header[:fixed]:
        cell.alignment = layout.WRAP_BOTTOM
    for cell in header[fixed:]:
        cell.alignment = layout.ROTATED
    sheet.append(header)
    for record in plan.records(schema.name):
        values = _values(columns, record)
        cells = [_plain(sheet, v) for v in values[:fixed]]
        cells += [_cell(sheet, v, alignment=layout.CENTER) if v else None for v in values[fixed:]]
        sheet.append(cells)


def _bands(sheet: WriteOnlyWorksheet, columns: Sequence[Column], fixed: int) -> Row:
    """Row 1: each KPI category's name centred over its columns, in its colour."""
    cells: Row = [_cell(sheet, None, fill=layout.HEADER_FILL) for _ in range(fixed)]
    previous = None
    for column in columns[fixed:]:
        group = column.group
        text = group if group != previous else None
        previous = group
        cells.append(
            _cell(
                sheet,
                text,
                fill=layout.category_fill(group),
                font=layout.HEADER_FONT,
                alignment=layout.BAND,
            )
        )
    return cells


def _validations(
    sheet: WriteOnlyWorksheet,
    plan: Plan,
    columns: Iterable[Column],
    first_row: int,
    last_row: int,
) -> None:
    """A drop-down for every choice column: fixed values, or the names on another sheet."""
    for number, column in enumerate(columns, 1):
        if column.kind is not Kind.CHOICE:
            continue
        if column.ref is not None:
            target = SCHEMAS[column.ref]
            count = max(plan.row_count(column.ref), 1)
            formula = f"'{target.sheet}'!$A$2:$A${count + 1}"
            error = f"Choose a name from the {target.sheet} sheet."
        else:
            formula = '"' + ",".join(column.choices) + '"'
            error = "Choose one of: " + ", ".join(column.choices)
        validation = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=column.title,
            error=error,
        )
        letter = get_column_letter(number)
        validation.add(f"{letter}{first_row}:{letter}{last_row}")
        sheet.data_validations.append(validation)
