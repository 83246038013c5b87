""".xlsx -> Plan, forgiving of what people do to a workbook in Excel, strict about values.

Accepted: rows in another order, blank rows, trailing spaces, other letter case, columns
and sheets of the user's own (columns are ignored with a warning, sheets are kept).
Refused, naming sheet and cell: values outside the allowed set. Refused whole (as
:class:`PlanFileError`): anything that is not a plan workbook.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from smplanner.domain.catalogue import default_tables
from smplanner.domain.deal_tables import TOUCHES
from smplanner.domain.plan import KeptSheet, Plan
from smplanner.domain.schema import (
    Column,
    Names,
    TableSchema,
    dynamic_column,
    is_blank,
)
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.io import layout, legacy
from smplanner.io.atomic import clean_dead_saves
from smplanner.io.cells import (
    Cells,
    Merged,
    cell_name,
    find_header_row,
    fold,
    read_sheets,
    trimmed,
)
from smplanner.io.earlier_format import take_in_earlier_format
from smplanner.io.formula_notes import formulas_without_values
from smplanner.io.merged_cells import unmerged
from smplanner.io.own_sheets import kept_title
from smplanner.io.problems import PlanFileError, Problem
from smplanner.io.safety import WorkbookScan, check_workbook
from smplanner.io.sheet_gate import SheetGate
from smplanner.io.table_rows import read_rows

Records = list[dict[str, Any]]
KEPT_NOTE = QT_TRANSLATE_NOOP(
    "",
    "a sheet of your own; smplanner saves it back as it is, with its formulas, formatting, "
    "charts, pictures and comments",
)
KEPT_VALUES_NOTE = QT_TRANSLATE_NOOP(
    "",
    "a sheet of your own; its cell values are kept when smplanner saves, "
    "its formatting and formulas are not",
)
RENAMED_NOTE = QT_TRANSLATE_NOOP(
    "",
    "a sheet of your own named like a sheet smplanner writes; its cell values are"
    " kept as the sheet '{name}' when smplanner saves",
)
KEPT_CHART_NOTE = QT_TRANSLATE_NOOP(
    "", "a chart sheet of your own; smplanner saves it back as it is"
)
"""Shown translated, with tr(); sheet names and column titles in these notes stay as the
workbook has them (English), since that is where the user looks for them."""


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


def load_plan(path: str | os.PathLike[str]) -> LoadResult:
    """Read a plan workbook, with every problem found, naming sheet and cell.

    Raises :class:`PlanFileError` when the file cannot be a plan at all (not a workbook,
    password-protected, damaged, a zip bomb, no "KPI planner" sheet, a newer format).
    Otherwise the result holds the problems and the plan built from the valid part:
    when there are errors, the refused cells are empty and refused names left out, so
    the caller (GUI or CLI) can offer to open it that way or refuse; nothing is decided
    here.
    """
    source = Path(path)
    clean_dead_saves(source)
    order = [layout.ABOUT_SHEET, *(schema.sheet for schema in _dependency_order())]
    gate = SheetGate(check_workbook(source, order))  # scanned in a thread, in reading order
    try:
        return _read(source, order, gate)
    except Exception:
        refusal = gate.refusal()  # a sheet refused: that is the answer, whatever came after
        if refusal is not None:
            raise refusal from None
        raise
    finally:
        gate.close()


def _read(source: Path, order: list[str], gate: SheetGate) -> LoadResult:
    gate.wait_for_any()  # opening the workbook reads its shared strings
    # each parsed once scanned; two at once once the strings may be read twice
    sheets, other = read_sheets(source, order, gate.wait_for, gate.second_copy)
    try:
        return _Reader(source, sheets, other, sheets.merged, gate.result).read()
    finally:
        sheets.close()


def _dependency_order() -> list[TableSchema]:
    """Tables whose names others refer to come first (stages before KPIs before goals)."""
    ordered: list[TableSchema] = []
    pending = list(SCHEMAS.values())
    while pending:
        for schema in pending:
            needs = {r for c in schema.columns for r in c.refs} - {schema.name}
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
    def __init__(
        self,
        path: Path,
        sheets: Mapping[str, Cells],
        other: Sequence[str] = (),
        merged: Mapping[str, Merged] | None = None,
        scan: Callable[[], WorkbookScan] = WorkbookScan,
    ) -> None:
        self.path = path
        self.sheets = sheets
        self.other = other
        self.merged = merged or {}
        self.scan = scan
        self.by_fold = {fold(name): name for name in sheets}
        self.problems: list[Problem] = []
        self.tables: dict[str, Records | pd.DataFrame] = {}
        self._key_columns: dict[str, int] = {}
        self._names: dict[tuple[str, ...], Names] = {}

    def read(self) -> LoadResult:
        name = self._about()
        for schema in _dependency_order():
            self.tables[schema.name] = self._table(schema)
        migrated, found = take_in_earlier_format(
            self.tables, self.sheets, self._allowed_keys("networks")
        )
        self.problems += found
        plan = Plan(name, self.tables)
        known = {fold(s) for s in (*layout.PLAN_SHEETS, *layout.COMPUTED_SHEETS)}
        if migrated:
            known.add(fold(legacy.RETURNS_SHEET))
        own = [
            (t, k)
            for t, rows in self.sheets.items()
            if (k := kept_title(t, rows, known, self.sheets))
        ]
        parts = _parts(self.path, [*(t for t, k in own if k == t), *self.other])
        for title, kept in own:
            rows = trimmed(self.sheets[title])
            if kept == title:
                whole = parts.get(title)
                plan.kept_sheets.append(KeptSheet(title, rows, whole))
                self._warning(title, "", tr(KEPT_NOTE if whole else KEPT_VALUES_NOTE))
            else:  # renamed: its parts would carry the old name, so its values are kept
                plan.kept_sheets.append(KeptSheet(kept, rows))
                self._warning(title, "", tr(RENAMED_NOTE).format(name=kept))
        for title in self.other:
            if title in parts:
                plan.kept_sheets.append(KeptSheet(title, [], parts[title]))
                self._warning(title, "", tr(KEPT_CHART_NOTE))
            else:
                self._warning(title, "", tr("a chart sheet; it is not kept when smplanner saves"))
        # formulas of sheets kept as they are stay formulas: their values are not needed
        self.problems += [p for p in formulas_without_values(self.scan()) if p.sheet not in parts]
        return LoadResult(plan, self.problems)

    def _problem(self, sheet: str, row: int, col: int, message: str, expected: str = "") -> None:
        cell = cell_name(row, col) if row >= 0 else ""
        self.problems.append(Problem(sheet, cell, message, expected))

    def _warning(self, sheet: str, cell: str, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message, severity="warning"))

    # ----------------------------------------------------------------- About
    def _about(self) -> str:
        title = self.by_fold.get(fold(layout.ABOUT_SHEET))
        if title is None:
            missing = tr("sheet missing; the plan is named after the file")
            self._warning(layout.ABOUT_SHEET, "", missing)
            return self.path.stem
        name = self.path.stem
        for number, row in enumerate(self.sheets[title]):
            if len(row) < 2:
                continue
            label, value = fold(row[0]), row[1]
            if label == fold(layout.PLAN_NAME_LABEL) and not is_blank(value):
                name = str(value).strip()
            elif label == fold(layout.VERSION_LABEL):
                self._check_version(title, number, value)
        return name

    def _check_version(self, sheet: str, row: int, value: Any) -> None:
        if is_blank(value):
            return
        try:
            version = float(value)
        except (TypeError, ValueError):
            message = tr("'{value}' is not a format version").format(value=value)
            self._problem(sheet, row, 1, message, tr("a whole number"))
            return
        if version > layout.FORMAT_VERSION:
            cell = cell_name(row, 1)
            shown = f"{version:g}"
            problem = Problem(
                sheet,
                cell,
                tr("format version {version} is newer than this smplanner reads").format(
                    version=shown
                ),
                tr("{version} or lower: update smplanner to open this plan").format(
                    version=layout.FORMAT_VERSION
                ),
            )
            text = tr(
                "{name} was written by a newer smplanner (format version {version}, cell "
                "{cell} of sheet '{sheet}'); this version reads format {readable}. Please "
                "update smplanner."
            )
            raise PlanFileError(
                text.format(
                    name=self.path.name,
                    version=shown,
                    cell=cell,
                    sheet=sheet,
                    readable=layout.FORMAT_VERSION,
                ),
                [problem],
            )

    # ---------------------------------------------------------------- tables
    def _allowed(self, column: Column) -> tuple[str, ...]:
        if column.ref is None:
            return column.choices
        names = self._names.get(column.refs)
        if names is None:
            keys = [key for ref in column.refs for key in self._allowed_keys(ref)]
            names = self._names[column.refs] = Names(keys)
        return names

    def _table(self, schema: TableSchema) -> Records | pd.DataFrame:
        title = self.by_fold.get(fold(schema.sheet))
        if title is None:
            defaults = default_tables().get(schema.name, [])
            if defaults:
                self._warning(schema.sheet, "", tr("sheet missing; the default list is used"))
            else:
                self._warning(schema.sheet, "", tr("sheet missing; the table is left empty"))
            return defaults
        rows = self.sheets[title]
        columns = list(schema.columns)
        if schema.dynamic is not None:
            template = schema.dynamic
            columns += [dynamic_column(template, k) for k in self._allowed_keys(template.source)]
        header_row = find_header_row(schema, rows)
        if header_row is None:
            self._problem(title, -1, 0, tr("no header row found"), _header_words(schema))
            return []
        rows, found = unmerged(title, rows, self.merged.get(title, []), header_row)
        self.problems += found
        mapping = self._map_header(title, schema, columns, rows[header_row], header_row)
        return self._records(title, schema, columns, mapping, rows, header_row)

    def _allowed_keys(self, table: str) -> list[str]:
        key = SCHEMAS[table].key
        found = self.tables.get(table, [])
        if key is None:
            return []
        if isinstance(found, pd.DataFrame):
            return [str(v) for v in found[key].tolist()]
        return [str(r[key]) for r in found]

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
            names.setdefault(fold(column.title), column)
            names.setdefault(fold(column.name), column)
        mapping: dict[int, Column] = {}
        seen: set[str] = set()
        for number, value in enumerate(header):
            if is_blank(value):
                continue
            found = names.get(fold(value))
            if found is None and fold(value) in _worked_out(schema):
                continue
            if found is None or found.name in seen:
                if schema.dynamic and found is not None:
                    text = tr("'{value}' is a second KPI of the KPIs sheet; ignored")
                elif schema.dynamic:
                    text = tr("'{value}' is not a KPI of the KPIs sheet; ignored")
                elif found is not None:
                    text = tr("'{value}' is a second column of this sheet; ignored")
                else:
                    text = tr("'{value}' is not a column of this sheet; ignored")
                self._warning(sheet, cell_name(row, number), text.format(value=value))
                continue
            seen.add(found.name)
            mapping[number] = found
        key = schema.key
        if key is not None and key not in seen:
            missing_names = tr("the names column is missing")
            self._problem(sheet, row, 0, missing_names, _header_words(schema))
        if key is not None:
            self._key_columns[schema.name] = next(
                (i for i, c in mapping.items() if c.name == key), 0
            )
        missing = [c.title for c in columns if c.name not in seen and c.name != key]
        if missing:
            shown = ", ".join(f"'{m}'" for m in missing[:5]) + (" …" if len(missing) > 5 else "")
            self._warning(
                sheet, "", tr("no column for {columns}; left empty").format(columns=shown)
            )
        return mapping

    def _records(
        self,
        sheet: str,
        schema: TableSchema,
        columns: Sequence[Column],
        mapping: dict[int, Column],
        rows: list[list[Any]],
        header_row: int,
    ) -> pd.DataFrame:
        key_column = self._key_columns.get(schema.name, 0)
        frame, found = read_rows(
            sheet, schema, columns, mapping, rows, header_row, self._allowed, key_column
        )
        self.problems += found
        return frame


def _parts(path: Path, titles: list[str]) -> dict[str, Any]:
    """The sheets of the user's own as parts of the workbook, where they can be kept so."""
    if not titles:
        return {}
    from smplanner.io.package_read import read_kept_parts  # lxml: only for such sheets

    return dict(read_kept_parts(path, titles))


def _worked_out(schema: TableSchema) -> set[str]:
    """Titles of the formula columns smplanner writes beside the table, and of columns an
    earlier smplanner wrote that are read apart (see :mod:`smplanner.io.legacy`)."""
    from smplanner.io.deal_formulas import TITLES

    if schema.name == TOUCHES:
        return {fold(t) for t in TITLES}
    if schema.name == "settings":
        return set(legacy.BASIS_TITLES)
    return set()


def _header_words(schema: TableSchema) -> str:
    titles = ", ".join(c.title for c in schema.columns)  # as the workbook has them
    return tr("a header row with {titles}").format(titles=titles)
