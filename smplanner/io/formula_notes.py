"""Warnings for formulas saved without their value (some programs do): they read as empty.

The credit columns smplanner itself writes beside the Touches table are formulas too, and
are left out: they are worked out again on every save.
"""

from __future__ import annotations

from smplanner.domain.deal_tables import TOUCHES
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.io import layout
from smplanner.io.cells import fold
from smplanner.io.problems import Problem
from smplanner.io.safety import WorkbookScan

FORMULA_NOTE = QT_TRANSLATE_NOOP(
    "",
    "a formula saved without its value reads as empty, and saving drops it; open and "
    "save the workbook in Excel or LibreOffice first, so that its values are worked out",
)
"""Shown translated, with tr()."""


def formulas_without_values(scan: WorkbookScan) -> list[Problem]:
    """A warning per formula cell without a value (up to what the scan lists), and one
    counting the rest, per sheet; none for the computed sheets smplanner writes."""
    warnings: list[Problem] = []
    skipped = {fold(s) for s in layout.COMPUTED_SHEETS}
    worked_out = _worked_out_letters()
    for title, sheet in scan.sheets.items():
        if fold(title) in skipped or not sheet.formula_count:
            continue
        ours = worked_out.get(fold(title), set())
        if ours and all(cell.rstrip("0123456789") in ours for cell in sheet.formulas):
            continue  # the credit columns smplanner writes beside the Touches table
        for cell in sheet.formulas:
            warnings.append(Problem(title, cell, tr(FORMULA_NOTE), severity="warning"))
        rest = sheet.formula_count - len(sheet.formulas)
        if rest:
            more = tr("%n more cell(s) with a formula but no value read as empty", "", rest)
            warnings.append(Problem(title, "", more, severity="warning"))
    return warnings


def _worked_out_letters() -> dict[str, set[str]]:
    """Per folded sheet title: the letters of the formula columns smplanner writes there."""
    from smplanner.io.deal_formulas import TITLES, column_of

    return {fold(SCHEMAS[TOUCHES].sheet): {column_of(t) for t in TITLES}}
