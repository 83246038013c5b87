"""The parts of ``smplanner summary``: one per section, each figures plus their text.

A section adds its part here; the command line prints them in this order, and puts
each part's figures under its key in the JSON output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smplanner.domain import (
    alignment,
    attribution_summary,
    checklist_summary,
    maturity_report,
    pipeline_outlook,
    roi_summary,
)
from smplanner.domain.plan import Plan

Figures = dict[str, Any]


@dataclass(frozen=True)
class SummaryPart:
    """A section's headline figures (JSON-ready) and the lines that say them."""

    key: str
    figures: Callable[[Plan], Figures]
    lines: Callable[[Figures], list[str]]


PARTS: tuple[SummaryPart, ...] = (
    SummaryPart("maturity", maturity_report.summary, maturity_report.summary_lines),
    SummaryPart("checklists", checklist_summary.figures, checklist_summary.lines),
    SummaryPart("measuring", roi_summary.figures, roi_summary.lines),
    SummaryPart("alignment", alignment.figures, alignment.lines),
    SummaryPart("attribution", attribution_summary.figures, attribution_summary.lines),
    SummaryPart("pipeline", pipeline_outlook.figures, pipeline_outlook.lines),
)


def section_figures(plan: Plan) -> dict[str, Figures]:
    """Every section's figures, by key."""
    return {part.key: part.figures(plan) for part in PARTS}


def section_lines(figures: dict[str, Any]) -> list[str]:
    """The text of every section part present in ``figures``, a blank line before each."""
    lines: list[str] = []
    for part in PARTS:
        if part.key in figures:
            lines += ["", *part.lines(figures[part.key])]
    return lines
