"""The sales pipeline's one-page reference ("eye chart"), with the plan's pipeline on it.

The stages stand side by side in their catalogue's order, each with its probability and
what the team agreed for it: what it means, the key activities, the milestone that proves
it, the control documents, the CRM tasks and the partner forecast. Under them the plan's
deals: how many are at each stage, their value and that value weighted by the stage's
probability, with a bar; above them the totals (weighted, best case, commit) and the social
part. The reference's type is the largest at which every text fits its box; rows that still
do not fit are left out from the last up, and the foot says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import palette
from smplanner.domain.deal_stages import Outcome, book_of
from smplanner.domain.pipeline_summary import figures
from smplanner.domain.pipeline_tables import COMMIT_PROBABILITY, PIPELINE_STAGES
from smplanner.domain.plan import Plan
from smplanner.domain.schema import is_blank
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.cards import Card, draw_cards
from smplanner.report.page import (
    INK,
    MIN_TYPE,
    MUTED,
    LegendEntry,
    PageFrame,
    SectionPage,
    fitted_all,
    font,
    wrapped_height,
)

TITLE = QT_TRANSLATE_NOOP("", "Pipeline")
OPEN_FILL = QColor("#1565c0")
WON_FILL = QColor(palette.RETURN)
LOST_FILL = QColor(palette.INVESTMENT)
BAR = QColor("#90caf9")
STRIPE = QColor("#f5f7f8")
LARGEST = 10.5
LABEL_SHARE = 0.12
"""The share of the width for the row labels on the left."""
FIGURES = 10.0
"""The largest type of the plan's figures under the stages."""
REFERENCE_ROWS: tuple[tuple[str, str], ...] = (
    ("summary", QT_TRANSLATE_NOOP("", "What it means")),
    ("activities", QT_TRANSLATE_NOOP("", "Key activities")),
    ("milestone", QT_TRANSLATE_NOOP("", "Milestone")),
    ("documents", QT_TRANSLATE_NOOP("", "Control documents")),
    ("crm_tasks", QT_TRANSLATE_NOOP("", "CRM tasks")),
    ("partner_forecast", QT_TRANSLATE_NOOP("", "Partner forecast")),
)
"""The catalogue's texts, in the order they are printed (and left out from the last)."""
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class StageColumn:
    """One stage as the page shows it: its reference texts and the plan's deals at it."""

    name: str
    probability: float
    outcome: str
    texts: dict[str, str]
    deals: int
    value: float
    weighted: float


@dataclass(frozen=True)
class PipelineChart:
    """What the page shows: the stages in order and the plan's pipeline figures."""

    currency: str
    stages: list[StageColumn]
    found: dict[str, Any]


def pipeline_chart(plan: Plan) -> PipelineChart:
    """The stage catalogue in order with each stage's texts and deals, and the totals."""
    found = figures(plan)
    book = book_of(plan)
    texts: dict[str, dict[str, str]] = {}
    for record in plan.frame(PIPELINE_STAGES).to_dict("records"):
        name = record["name"]
        if is_blank(name) or str(name) in texts:
            continue
        texts[str(name)] = {
            key: "" if is_blank(record.get(key)) else str(record[key]).strip()
            for key, _ in REFERENCE_ROWS
        }
    lines = {line["stage"]: line for line in found["by_stage"]}
    stages = [
        StageColumn(
            name,
            float(book.probability[name]),
            str(book.outcomes[name]),
            texts.get(name, {}),
            int(lines[name]["deals"]),
            float(lines[name]["value"]),
            float(lines[name]["weighted"]),
        )
        for name in book.names
    ]
    return PipelineChart(found["currency"], stages, found)


def headline_cards(chart: PipelineChart) -> list[Card]:
    """Weighted pipeline, best case, commit, and the weighted value social sourced (and
    influenced, under it)."""
    found, currency = chart.found, chart.currency
    return [
        Card(
            formats.money(found["weighted"], currency),
            tr("Weighted pipeline (%n open deal(s))", "", found["open_deals"]),
            OPEN_FILL,
        ),
        Card(formats.money(found["best_case"], currency), tr("Best case"), LOST_FILL),
        Card(
            formats.money(found["commit"], currency),
            tr("Commit (stages of {percent} % and more)").format(percent=f"{COMMIT_PROBABILITY:g}"),
            WON_FILL,
        ),
        Card(
            formats.money(found["sourced_by_social"], currency),
            tr("Sourced by social (weighted)"),
            QColor(palette.network_colour(3)),
            tr("Influenced by social: {value}").format(
                value=formats.money(found["influenced_by_social"], currency)
            ),
        ),
    ]


def stage_fill(outcome: str) -> QColor:
    if outcome == str(Outcome.WON):
        return WON_FILL
    if outcome == str(Outcome.LOST):
        return LOST_FILL
    return OPEN_FILL


def _figure_rows(currency: str) -> list[str]:
    """The labels of the plan's figures under the stages."""
    value = tr("Value ({currency})").format(currency=currency) if currency else tr("Value")
    return [tr("Deals"), value, tr("Weighted")]


def _fit(
    stages: list[StageColumn],
    rows: list[tuple[str, str]],
    widths: tuple[float, float],
    room: float,
) -> tuple[float, list[float]] | None:
    """The largest type at which the ``rows`` of texts fit ``room``, and each row's height;
    None when they do not fit even at the smallest type."""
    label, column = widths
    size = LARGEST
    while size >= MIN_TYPE:
        heights = [
            max(
                [wrapped_height(s.texts.get(key, ""), column - 6, size) for s in stages]
                + [wrapped_height(tr(title), label - 6, size, bold=True)]
            )
            + 6
            for key, title in rows
        ]
        if sum(heights) <= room:
            return size, heights
        size -= 0.5
    return None


def _reference(
    painter: QPainter, box: QRectF, stages: list[StageColumn], figures_height: float
) -> tuple[float, list[str]]:
    """The stage heads and texts; returns where the figures go and the rows left out."""
    label_width = box.width() * LABEL_SHARE
    column = (box.width() - label_width) / max(len(stages), 1)
    heads = [s.name for s in stages]
    head_size = fitted_all(heads, column - 8, 11.0, bold=True)
    head_height = head_size * 1.4 + 14
    rows = list(REFERENCE_ROWS)
    room = box.height() - head_height - figures_height
    fit = _fit(stages, rows, (label_width, column), room)
    while fit is None and rows:
        rows.pop()
        fit = _fit(stages, rows, (label_width, column), room)
    left_out = [tr(title) for _, title in REFERENCE_ROWS[len(rows) :]]
    size, heights = fit if fit is not None else (MIN_TYPE, [])
    y = box.top()
    for number, stage in enumerate(stages):
        x = box.left() + label_width + number * column
        head = QRectF(x + 1, y, column - 2, head_height - 2)
        painter.fillRect(head, stage_fill(stage.outcome))
        painter.setPen(QColor(palette.ON_DARK))
        painter.setFont(font(head_size, bold=True))
        painter.drawText(
            QRectF(head.left() + 4, head.top() + 2, head.width() - 8, head_size * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            stage.name,
        )
        painter.setFont(font(MIN_TYPE + 1))
        painter.drawText(
            QRectF(head.left() + 4, head.top() + head_size * 1.4, head.width() - 8, 12),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            formats.percent(stage.probability),
        )
    y += head_height
    for line, ((key, title), height) in enumerate(zip(rows, heights, strict=True)):
        if line % 2 == 0:
            painter.fillRect(QRectF(box.left(), y, box.width(), height), STRIPE)
        painter.setPen(INK)
        painter.setFont(font(size, bold=True))
        painter.drawText(
            QRectF(box.left() + 2, y + 3, label_width - 6, height - 4), WRAP, tr(title)
        )
        painter.setFont(font(size))
        for number, stage in enumerate(stages):
            x = box.left() + label_width + number * column
            painter.drawText(
                QRectF(x + 3, y + 3, column - 6, height - 4), WRAP, stage.texts.get(key, "")
            )
        y += height
    return y, left_out


def _figures(painter: QPainter, box: QRectF, chart: PipelineChart) -> None:
    """Per stage: deals, value and weighted value, and a bar of the weighted value."""
    stages = chart.stages
    label_width = box.width() * LABEL_SHARE
    column = (box.width() - label_width) / max(len(stages), 1)
    painter.setPen(QPen(INK, 0.8))
    painter.drawLine(box.topLeft(), box.topRight())
    cells = [
        [
            formats.integer(s.deals),
            formats.number(s.value),
            formats.number(s.weighted) if s.outcome == str(Outcome.OPEN) else "–",
        ]
        for s in stages
    ]
    labels = _figure_rows(chart.currency)
    size = min(
        fitted_all([t for row in cells for t in row], column - 10, FIGURES, bold=True),
        fitted_all(labels, label_width - 6, FIGURES, bold=True),
    )
    step = size * 1.6
    y = box.top() + 3
    for line, label in enumerate(labels):
        painter.setFont(font(size, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(box.left() + 2, y, label_width - 6, step),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        for number, (stage, texts) in enumerate(zip(stages, cells, strict=True)):
            x = box.left() + label_width + number * column
            painter.setFont(font(size, bold=stage.outcome == str(Outcome.OPEN) and line == 2))
            painter.drawText(
                QRectF(x + 3, y, column - 10, step),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                texts[line],
            )
        y += step
    top = max((s.weighted for s in stages if s.outcome == str(Outcome.OPEN)), default=0.0)
    bar_height = box.bottom() - y - 4
    for number, stage in enumerate(stages):
        if stage.outcome != str(Outcome.OPEN) or not top or bar_height <= 2:
            continue
        x = box.left() + label_width + number * column
        width = (column - 8) * stage.weighted / top
        painter.fillRect(QRectF(x + 3, y + 2, width, bar_height), BAR)


def draw_pipeline_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    chart = pipeline_chart(plan)
    found = chart.found
    y = area.top()
    y += draw_cards(painter, QRectF(area.left(), y, area.width(), 0), headline_cards(chart), 22)
    y += 10
    notes: list[str] = []
    if chart.stages:
        figures_height = 3 * FIGURES * 1.6 + 18
        box = QRectF(area.left(), y, area.width(), area.bottom() - y)
        bottom, left_out = _reference(painter, box, chart.stages, figures_height)
        _figures(painter, QRectF(area.left(), bottom + 4, area.width(), figures_height), chart)
        if left_out:
            notes.append(tr("Left out for want of room: {rows}").format(rows=", ".join(left_out)))
    else:
        painter.setFont(font(LARGEST + 1))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(area.left(), y, area.width(), 20),
            tr("No pipeline stages yet: add them on the Pipeline stages sheet."),
        )
    if found["unknown_stage"]:
        notes.append(
            tr(
                "%n deal(s) at a stage not in the catalogue: open at 0 %",
                "",
                found["unknown_stage"],
            )
        )
    if found["overdue"]["deals"]:
        notes.append(
            tr("%n open deal(s) past the expected close date", "", found["overdue"]["deals"])
        )
    notes.append(
        tr(
            "Weighted: each open deal's value x its stage's probability; sourced by social:"
            " the deal's first touch was on a social network; influenced: any touch was"
        )
    )
    notes += found["problems"]
    legend = [
        LegendEntry(tr("Open stage"), OPEN_FILL),
        LegendEntry(tr("Won"), WON_FILL),
        LegendEntry(tr("Lost"), LOST_FILL),
    ]
    basis = tr("The stages in order, what each asks for, and the plan's deals at each")
    return PageFrame(tr(TITLE), plan, legend, notes, basis)


PIPELINE_PAGE = SectionPage("pipeline", TITLE, lambda plan: True, draw_pipeline_page)
