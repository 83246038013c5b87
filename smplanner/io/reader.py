""".xlsx -> Plan, forgiving of what people do to a workbook in Excel, strict about values.

Accepted: rows in another order, blank rows, trailing spaces, other letter case, columns
and sheets of the user's own (columns are ignored with a warning, sheets are kept).
Refused, naming sheet and cell: values outside the allowed set. Refused whole (as
:class:`PlanFileError`): anything that is not a plan workbook.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from smplanner.domain.catalogue import default_catalogues
from smplanner.domain.plan import KeptSheet, Plan
from smplanner.domain.schema import (
    Column,
    InvalidValue,
    TableSchema,
    coerce_in_table,
    dynamic_column,
    empty_value,
    is_blank,
)
from smplanner.domain.tables import SCHEMAS
from smplanner.io import layout
from smplanner.io.problems import PlanFileError, Problem
from smplanner.io.safety import check_workbook_file

Records = list[dict[str, Any]]


@dataclass
class LoadResult:
    """The plan read from a workbook and what was wrong with it.

    When ``problems`` holds errors, ``plan`` is the valid part: every refused cell is left
    empty (and a row whose name is refused is left out). The caller decides whether to
    open it that way; nothing is opened silently.
    """

    plan: Plan
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def column_letters(column: int) -> str:
    """Spreadsheet letters of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """A1-style name of a 0-based (row, column); reading needs no openpyxl."""
    return f"{column_letters(column)}{row + 1}"


def load_plan(path: str | os.PathLike[str]) -> LoadResult:
    """Read a plan workbook; raise :class:`PlanFileError` when it cannot be a plan."""
    source = Path(path)
    check_workbook_file(source)
    sheets = _read_sheets(source)
    return _Reader(source, sheets).read()


def _read_sheets(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's cell values, from A1, by sheet name; only for a plan workbook."""
    try:
        book = CalamineWorkbook.from_path(str(path))
        try:
            planner = SCHEMAS["planner"].sheet
            if _fold(planner) not in {_fold(n) for n in book.sheet_names}:
                found = ", ".join(f"'{s}'" for s in book.sheet_names) or "none"
                raise PlanFileError(
                    f"{path.name} is not a smplanner plan workbook: it has no "
                    f"'{planner}' sheet (its sheets: {found})"
                )
            return {
                name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                for name in book.sheet_names
            }
        finally:
            book.close()
    except PlanFileError:
        raise
    except Exception as error:  # the reader's own errors vary by damage; all mean the same
        raise PlanFileError(
            f"{path.name} is damaged and cannot be read ({type(error).__name__}: {error})"
        ) from None


def _fold(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def _dependency_order() -> list[TableSchema]:
    """Tables whose names others refer to come first (stages before KPIs before goals)."""
    ordered: list[TableSchema] = []
    pending = list(SCHEMAS.values())
    while pending:
        for schema in pending:
            needs = {c.ref for c in schema.columns if c.ref} - {schema.name}
            if schema.dynamic is not None:
                needs.add(schema.dynamic.source)
            if needs <= {s.name for s in ordered}:
                ordered.append(schema)
                pending.remove(schema)
                break
        else:
            raise AssertionError("references between tables form a cycle")
    return ordered


class _Reader:
    def __init__(self, path: Path, sheets: dict[str, list[list[Any]]]) -> None:
        self.path = path
        self.sheets = sheets
        self.by_fold = {_fold(name): name for name in sheets}
        self.problems: list[Problem] = []
        self.tables: dict[str, Records] = {}

    def read(self) -> LoadResult:
        name = self._about()
        for schema in _dependency_order():
            self.tables[schema.name] = self._table(schema)
        plan = Plan(name, self.tables)
        known = {_fold(s) for s in layout.PLAN_SHEETS}
        for title, rows in self.sheets.items():
            if _fold(title) not in known:
                plan.kept_sheets.append(KeptSheet(title, _trimmed(rows)))
        return LoadResult(plan, self.problems)

    def _problem(self, sheet: str, row: int, col: int, message: str, expected: str = "") -> None:
        cell = cell_name(row, col) if row >= 0 else ""
        self.problems.append(Problem(sheet, cell, message, expected))

    def _warning(self, sheet: str, cell: str, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message, severity="warning"))

    # ----------------------------------------------------------------- About
    def _about(self) -> str:
        title = self.by_fold.get(_fold(layout.ABOUT_SHEET))
        if title is None:
            self._warning(layout.ABOUT_SHEET, "", "sheet missing; the plan is named after the file")
            return self.path.stem
        name = self.path.stem
        for number, row in enumerate(self.sheets[title]):
            if len(row) < 2:
                continue
            label, value = _fold(row[0]), row[1]
            if label == _fold(layout.PLAN_NAME_LABEL) and not is_blank(value):
                name = str(value).strip()
            elif label == _fold(layout.VERSION_LABEL):
                self._check_version(title, number, value)
        return name

    def _check_version(self, sheet: str, row: int, value: Any) -> None:
        try:
            version = int(float(value))
        except (TypeError, ValueError):
            self._problem(sheet, row, 1, f"'{value}' is not a format version", "a whole number")
            return
        if version > layout.FORMAT_VERSION:
            raise PlanFileError(
                f"{self.path.name} was written by a newer smplanner (format version "
                f"{version}, cell {cell_name(row, 1)} of sheet '{sheet}'); this version reads "
                f"format {layout.FORMAT_VERSION}. Please update smplanner."
            )

    # ---------------------------------------------------------------- tables
    def _allowed(self, column: Column) -> tuple[str, ...]:
        if column.ref is not None:
            key = SCHEMAS[column.ref].key
            return tuple(str(r[key]) for r in self.tables.get(column.ref, ()) if key)
        return column.choices

    def _table(self, schema: TableSchema) -> Records:
        title = self.by_fold.get(_fold(schema.sheet))
        if title is None:
            if schema.dynamic is None:
                self._warning(schema.sheet, "", "sheet missing; the default list is used")
                return default_catalogues()[schema.name]
            return []
        rows = self.sheets[title]
        columns = list(schema.columns)
        if schema.dynamic is not None:
            template = schema.dynamic
            columns += [dynamic_column(template, k) for k in self._allowed_keys(template.source)]
        header_row = self._header_row(schema, rows)
        if header_row is None:
            self._problem(title, -1, 0, "no header row found", _header_words(schema))
            return []
        mapping = self._map_header(title, schema, columns, rows[header_row], header_row)
        return self._records(title, schema, columns, mapping, rows, header_row)

    def _allowed_keys(self, table: str) -> list[str]:
        key = SCHEMAS[table].key
        return [str(r[key]) for r in self.tables.get(table, ())] if key else []

    @staticmethod
    def _header_row(schema: TableSchema, rows: list[list[Any]]) -> int | None:
        """The first row (of the first ten) that holds the table's first column title."""
        first = schema.columns[0]
        wanted = {_fold(first.title), _fold(first.name)}
        for number, row in enumerate(rows[:10]):
            if any(_fold(v) in wanted for v in row if isinstance(v, str)):
                return number
        return None

    def _map_header(
        self,
        sheet: str,
        schema: TableSchema,
        columns: Sequence[Column],
        header: list[Any],
        row: int,
    ) -> dict[int, Column]:
        names: dict[str, Column] = {}
        for column in columns:
            names.setdefault(_fold(column.title), column)
            names.setdefault(_fold(column.name), column)
        mapping: dict[int, Column] = {}
        seen: set[str] = set()
        for number, value in enumerate(header):
            if is_blank(value):
                continue
            found = names.get(_fold(value))
            if found is None or found.name in seen:
                what = "a second" if found is not None else "not a"
                where = "KPI of the KPIs sheet" if schema.dynamic else "column of this sheet"
                self._warning(
                    sheet, cell_name(row, number), f"'{value}' is {what} {where}; ignored"
                )
                continue
            seen.add(found.name)
            mapping[number] = found
        key = schema.key
        if key is not None and key not in seen:
            self._problem(sheet, row, 0, "the names column is missing", _header_words(schema))
        return mapping

    def _records(
        self,
        sheet: str,
        schema: TableSchema,
        columns: Sequence[Column],
        mapping: dict[int, Column],
        rows: list[list[Any]],
        header_row: int,
    ) -> Records:
        records: Records = []
        keys: dict[str, int] = {}
        for number in range(header_row + 1, len(rows)):
            row = rows[number]
            if all(is_blank(v) for v in row):
                continue
            record = {c.name: empty_value(c) for c in columns}
            for index, column in mapping.items():
                raw = row[index] if index < len(row) else ""
                try:
                    value = coerce_in_table(schema, column, raw, self._allowed(column))
                except InvalidValue as error:
                    self._problem(sheet, number, index, f"{column.title}: {error}", error.expected)
                    continue
                record[column.name] = value
                if column.required and is_blank(value) and column.name != schema.key:
                    self._warning(sheet, cell_name(number, index), f"{column.title} is empty")
            if schema.key is not None and not self._key_ok(sheet, schema, record, number, keys):
                continue
            records.append(record)
        return records

    def _key_ok(
        self,
        sheet: str,
        schema: TableSchema,
        record: dict[str, Any],
        number: int,
        keys: dict[str, int],
    ) -> bool:
        assert schema.key is not None
        key = str(record[schema.key])
        if not key:
            self._problem(sheet, number, 0, f"this {schema.row_noun} has no name", "a name")
            return False
        folded = key.casefold()
        if folded in keys:
            self._problem(
                sheet,
                number,
                0,
                f"'{key}' is listed twice (first in row {keys[folded] + 1})",
                "each name once",
            )
            return False
        keys[folded] = number
        return True


def _header_words(schema: TableSchema) -> str:
    return "a header row with " + ", ".join(c.title for c in schema.columns)


def _trimmed(rows: list[list[Any]]) -> list[list[Any]]:
    """Cell values without trailing empty rows and columns."""
    kept = [list(r) for r in rows]
    while kept and all(is_blank(v) for v in kept[-1]):
        kept.pop()
    width = max((_used_width(r) for r in kept), default=0)
    return [[None if is_blank(v) else v for v in r[:width]] for r in kept]


def _used_width(row: list[Any]) -> int:
    for index in range(len(row), 0, -1):
        if not is_blank(row[index - 1]):
            return index
    return 0
