"""What is wrong with a workbook, said so a person can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from smplanner.domain.text import tr

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where (sheet, cell), what, and what was expected."""

    sheet: str
    cell: str
    message: str
    expected: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        if self.sheet and self.cell:
            where = tr("Sheet '{sheet}', cell {cell}").format(sheet=self.sheet, cell=self.cell)
        elif self.sheet:
            where = tr("Sheet '{sheet}'").format(sheet=self.sheet)
        elif self.cell:
            where = tr("Workbook, cell {cell}").format(cell=self.cell)
        else:
            where = tr("Workbook")
        text = f"{where}: {self.message}"
        if self.expected and "expected" not in self.message:
            text += tr("; expected {expected}").format(expected=self.expected)
        return text

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class PlanFileError(Exception):
    """The file cannot be read as a plan at all; the message says why and what to do."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [Problem("", "", message)]
