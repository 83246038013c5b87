"""The maturity profile as one page: a bar chart, the levels in a table, the verdict.

Levels are the team's (the rounded-down mean of the raters), so the page speaks for the
whole team; with several raters, dimensions they disagree on are marked.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import maturity_report, palette
from smplanner.domain.maturity import READINESS_QUESTIONS, READY
from smplanner.domain.maturity_tables import LEVEL_CODES
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report.page import (
    INK,
    MIN_TYPE,
    MUTED,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    fitted_all,
    font,
    measure,
)

SERIES = (
    (QT_TRANSLATE_NOOP("", "Current"), QColor(palette.MATURITY_SERIES["Current"])),
    (QT_TRANSLATE_NOOP("", "Target"), QColor(palette.MATURITY_SERIES["Target"])),
    (QT_TRANSLATE_NOOP("", "Evidenced"), QColor(palette.MATURITY_SERIES["Evidenced"])),
)
TITLE = QT_TRANSLATE_NOOP("", "CRM capability maturity")
ANSWERS = {
    "yes": QT_TRANSLATE_NOOP("", "yes"),
    "no": QT_TRANSLATE_NOOP("", "no"),
    "unsure": QT_TRANSLATE_NOOP("", "unsure"),
}
"""The stored answers of the readiness check, as the page says them."""
WARNING = QColor(palette.NOT_READY)
READY_INK = QColor(palette.READY)


def _wrapped_height(text: str, width: float, size: float, bold: bool = False) -> float:
    flags = int(Qt.TextFlag.TextWordWrap)
    return measure(font(size, bold)).boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()


def _draw_chart(
    painter: QPainter, box: QRectF, profile: list[maturity_report.DimensionProfile]
) -> None:
    """Horizontal bars: a group of three per dimension, levels I to V along the bottom."""
    count = max(len(profile), 1)
    size = max(min(11.0, box.height() / count / 3.2), MIN_TYPE)
    label_width = box.width() * 0.34
    plot = QRectF(box.left() + label_width, box.top(), box.width() - label_width, box.height() - 16)
    group = plot.height() / count
    bar = min(group * 0.27, 14.0)
    unit = plot.width() / 5.2
    painter.setPen(QPen(RULE, 0.4))
    painter.setFont(font(9))
    for level, code in enumerate(LEVEL_CODES, 1):
        x = plot.left() + level * unit
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(INK)
        painter.drawText(
            QRectF(x - 15, plot.bottom() + 2, 30, 12), Qt.AlignmentFlag.AlignCenter, code
        )
        painter.setPen(QPen(RULE, 0.4))
    painter.setPen(QPen(MUTED, 0.8))
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    for number, dimension in enumerate(profile):
        top = plot.top() + number * group
        painter.setPen(INK)
        painter.setFont(font(size))
        painter.drawText(
            QRectF(box.left(), top, label_width - 6, group),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            dimension.dimension,
        )
        values = (dimension.current or 0, dimension.target or 0, dimension.evidenced)
        start = top + (group - 3 * bar) / 2
        for offset, ((_, colour), value) in enumerate(zip(SERIES, values, strict=True)):
            if value:
                painter.fillRect(
                    QRectF(plot.left(), start + offset * bar, value * unit, bar * 0.92), colour
                )


def _draw_table(
    painter: QPainter, box: QRectF, plan: Plan, profile: list[maturity_report.DimensionProfile]
) -> float:
    """Dimension, levels and marks; returns the y under the table."""
    spreads = maturity_report.spreads(plan)
    several = plan.row_count(maturity_report.RATERS) > 1
    columns = [
        (tr("Dimension"), 0.5),
        (tr("Current"), 0.14),
        (tr("Target"), 0.13),
        (tr("Evid."), 0.13),
        ("", 0.1),
    ]
    size = min(
        fitted_all([p.dimension for p in profile], box.width() * 0.5 - 4, 10.0),
        *(
            fitted_all([title], box.width() * share - 4, 10.0, bold=True)
            for title, share in columns[1:4]
        ),
    )
    line = size * 1.9
    x_positions = []
    x = box.left()
    for _, share in columns:
        x_positions.append(x)
        x += box.width() * share
    painter.setFont(font(size, bold=True))
    painter.setPen(INK)
    y = box.top()
    for (title, share), left in zip(columns, x_positions, strict=True):
        painter.drawText(
            QRectF(left + 2, y, box.width() * share - 4, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
    y += line
    painter.setPen(QPen(RULE, 0.6))
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    regular = font(size)
    for dimension in profile:
        painter.setFont(regular)
        painter.setPen(INK)
        name = dimension.dimension
        cells = [
            name,
            LEVEL_CODES[dimension.current - 1] if dimension.current else "–",
            LEVEL_CODES[dimension.target - 1] if dimension.target else "–",
            LEVEL_CODES[dimension.evidenced - 1] if dimension.evidenced else "–",
        ]
        for (_, share), left, text in zip(columns, x_positions, cells, strict=False):
            painter.drawText(
                QRectF(left + 2, y, box.width() * share - 4, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        marks = []
        if dimension.gap:
            marks.append("⚠")
        if several and spreads[dimension.dimension].disagree:
            marks.append("≠")
        painter.setPen(WARNING)
        painter.drawText(
            QRectF(x_positions[-1] + 2, y, box.width() * 0.12 - 4, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            " ".join(marks),
        )
        y += line
        painter.setPen(QPen(RULE, 0.3))
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    return y


def draw_maturity_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    profile = maturity_report.profile(plan)
    whole = maturity_report.overall(profile)
    chart = QRectF(area.left(), area.top() + 30, area.width() * 0.5, area.height() - 30)
    side = QRectF(chart.right() + 18, area.top(), area.right() - chart.right() - 18, area.height())
    painter.setPen(INK)
    sentence = whole.sentence()
    if whole.target:
        sentence += "; " + tr("target {level}").format(
            level=maturity_report.level_words(whole.target)
        )
    size = fitted_all([sentence], area.width(), 16.0, bold=True)
    painter.setFont(font(size, bold=True))
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), 22),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        sentence,
    )
    _draw_chart(painter, chart, profile)
    y = _draw_table(painter, QRectF(side.left(), side.top() + 30, side.width(), 0), plan, profile)
    verdict, reason = maturity_report.readiness(plan)
    y += 14
    said = tr("Readiness: {verdict}").format(verdict=verdict)
    painter.setFont(font(fitted_all([said], side.width(), 13.0, bold=True), bold=True))
    painter.setPen(READY_INK if verdict == tr(READY) else WARNING)
    painter.drawText(QRectF(side.left(), y, side.width(), 18), Qt.AlignmentFlag.AlignLeft, said)
    y += 22
    painter.setFont(font(10))
    painter.setPen(INK)
    height = _wrapped_height(reason, side.width(), 10)
    painter.drawText(
        QRectF(side.left(), y, side.width(), height + 2), int(Qt.TextFlag.TextWordWrap), reason
    )
    y += height + 8
    questions = plan.records(maturity_report.READINESS)
    for record in questions:
        answer = record["answer"]
        said = tr(ANSWERS[answer]) if answer in ANSWERS else str(answer or tr("not answered"))
        question = str(record["question"])
        if question in READINESS_QUESTIONS:  # the standard questions, in the user's language
            question = tr(question)
        text = f"{question}  —  {said}"
        height = _wrapped_height(text, side.width(), 9.5)
        if y + height > side.bottom():
            break
        painter.setFont(font(9.5))
        painter.drawText(
            QRectF(side.left(), y, side.width(), height + 2), int(Qt.TextFlag.TextWordWrap), text
        )
        y += height + 3
    raters = ", ".join(
        f"{r['name']} ({r['role']})" if r["role"] else str(r["name"])
        for r in plan.records(maturity_report.RATERS)
    )
    notes = []
    basis = tr("Levels: the team's, the rounded-down mean of its raters ({raters})").format(
        raters=raters or tr("none")
    )
    gaps = [p.dimension for p in profile if p.gap]
    extra = "⚠ " + tr("rated above its evidence") if gaps else ""
    if plan.row_count(maturity_report.RATERS) > 1:
        extra += ("; " if extra else "") + "≠ " + tr("raters two levels or more apart")
    if extra:
        notes.append(extra)
    legend = [LegendEntry(tr(name), colour) for name, colour in SERIES]
    return PageFrame(tr(TITLE), plan, legend, notes, basis)


MATURITY_PAGE = SectionPage("maturity", TITLE, lambda plan: True, draw_maturity_page)
