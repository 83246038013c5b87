"""What the request log's colours mean: ratings, the user's decision, rows to finish.

A red flag is a strong red, doubtful a pale amber, fine is left plain so the eye goes to
what is wrong. The user's own decision is bold on a lilac tint: it stands out as an
override of the rule. Rows without a date, name or network, or with signs not rated yet,
get the warning mark in their header, with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor

from smplanner.domain import checklists, palette
from smplanner.domain.checklist_tables import REQUESTS, SIGN_COLUMNS
from smplanner.domain.checklists import ACCEPT, IGNORE, REPLY_FIRST, RequestCheck, word
from smplanner.domain.plan import Plan
from smplanner.domain.schema import Column, is_blank
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.table_model import CellStyle, CellStyler

RED_FLAG = QColor("#e57373")
DOUBTFUL = QColor("#ffe082")
OVERRIDE = QColor("#e1bee7")
DECISION_COLOURS = {
    decision: QColor(palette.DECISIONS[decision].tint) for decision in (ACCEPT, REPLY_FIRST, IGNORE)
}
NEEDED = {
    "date": QT_TRANSLATE_NOOP("", "a date"),
    "name": QT_TRANSLATE_NOOP("", "a name"),
    "network": QT_TRANSLATE_NOOP("", "a network"),
}
"""What a row needs, in words (shown translated)."""


class RequestStyler(CellStyler):
    """Colours ratings and overrides; flags rows that are not finished."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._checks: list[RequestCheck] | None = None
        self._problems: list[str | None] | None = None

    def checks(self) -> list[RequestCheck]:
        """Each row's verdict, worked out once per change of the log."""
        if self._checks is None:
            self._checks = checklists.request_checks(self.plan)
        return self._checks

    def check(self, row: int) -> RequestCheck | None:
        checks = self.checks()
        return checks[row] if row < len(checks) else None

    def invalidate(self) -> None:
        self._checks = None
        self._problems = None

    def row_problems(self) -> Sequence[str | None]:
        if self._problems is not None:
            return self._problems
        problems: list[str | None] = []
        records = checklists.table_records(self.plan, REQUESTS)
        for record, check in zip(records, self.checks(), strict=True):
            missing = [tr(words) for name, words in NEEDED.items() if is_blank(record[name])]
            lines = []
            if missing:
                lines.append(tr("Give it {what}.").format(what=tr(" and ").join(missing)))
            if check.unrated:
                signs = ", ".join(word(sign) for sign in check.unrated)
                lines.append(tr("Not rated yet: {signs}.").format(signs=signs))
            problems.append("\n".join(lines) or None)
        self._problems = problems
        return problems

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        if column.name in SIGN_COLUMNS:
            sign = word(SIGN_COLUMNS[column.name])
            if not value:
                tip = tr("{sign}: not rated yet (F fine, D doubtful, R red flag)")
                return CellStyle(tooltip=tip.format(sign=sign))
            tip = tr("{sign}: {rating}").format(sign=sign, rating=word(str(value)))
            if value == "red flag":
                return CellStyle(RED_FLAG, bold=True, tooltip=tip)
            if value == "doubtful":
                return CellStyle(DOUBTFUL, tooltip=tip)
            return CellStyle(tooltip=tip)
        if column.name == "override" and value:
            check = self.check(row)
            rule = check.verdict.decision if check is not None else ""
            tip = tr("Your decision: {decision} (the rule says {rule})").format(
                decision=word(str(value)), rule=word(rule)
            )
            return CellStyle(OVERRIDE, bold=True, tooltip=tip)
        if column.name == "note" and value:
            return CellStyle(tooltip=str(value))
        return None

    def verdict_style(self, row: int) -> CellStyle | None:
        """The Verdict column: the decision in effect, coloured; the reason in the tooltip."""
        check = self.check(row)
        if check is None:
            return None
        tip = tr("The rule says {decision}: {reason}").format(
            decision=word(check.verdict.decision), reason=check.verdict.reason
        )
        if check.override:
            tip = tr("Your decision: {decision}. {rule}").format(
                decision=word(check.override), rule=tip
            )
        return CellStyle(
            DECISION_COLOURS.get(check.decision), bold=bool(check.override), tooltip=tip
        )

    def verdict_text(self, row: int) -> str:
        check = self.check(row)
        if check is None:
            return ""
        if check.override and check.override != check.verdict.decision:
            return tr("{decision} (yours)").format(decision=word(check.override))
        return word(check.decision)

    def reason_text(self, row: int) -> str:
        check = self.check(row)
        return check.verdict.reason if check is not None else ""
