"""The alignment chart as one page: marketing levers down, sales goals across, and in each
of the nine boxes the questions from both sides, the owner, status, due date and action.

The type is the largest at which every box's text fits its box (never below the legible
minimum); text that still does not fit is cut with an ellipsis and the foot says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import alignment, palette
from smplanner.domain.alignment_tables import (
    GOAL_TIPS,
    LEVER_TIPS,
    LEVERS,
    OPEN,
    SALES_GOALS,
    STATUSES,
)
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.page import (
    INK,
    MIN_TYPE,
    MUTED,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    font,
    measure,
)

TITLE = QT_TRANSLATE_NOOP("", "Sales and marketing alignment")
LARGEST = 11.0
LEVER_WIDTH = 86.0
GOAL_HEIGHT = 30.0
PAD = 5.0
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
OVERDUE = QColor(palette.OVERDUE)


def _colour(status: str) -> QColor:
    return QColor(palette.ALIGNMENT_STATUSES.get(status, palette.ALIGNMENT_STATUSES[OPEN]))


def _paragraphs(box: alignment.Box) -> list[tuple[str, bool, QColor]]:
    """(text, bold, colour) of a box below its status line, in reading order."""
    parts = [
        (tr("Marketing: {question}").format(question=box.marketing_question or "—"), False, MUTED),
        (tr("Sales: {question}").format(question=box.sales_question or "—"), False, MUTED),
        (tr("Action: {action}").format(action=box.action or "—"), True, INK),
    ]
    if box.notes:
        parts.append((box.notes, False, INK))
    return parts


def _height(box: alignment.Box, width: float, size: float) -> float:
    """How tall a box's text is at ``size`` points (status and due lines included)."""
    line = measure(font(size, bold=True)).height()
    total = (2 * line + 4) if box.due is not None else line + 3
    for text, bold, _ in _paragraphs(box):
        rect = measure(font(size, bold)).boundingRect(QRectF(0, 0, width, 10_000), WRAP, text)
        total += rect.height() + size * 0.4
    return total


def fitted_type(boxes: list[alignment.Box], width: float, height: float) -> float:
    """The largest size at which every box's text fits a box of ``width`` x ``height``."""
    size = LARGEST
    while size > MIN_TYPE and any(_height(b, width, size) > height for b in boxes):
        size -= 0.5
    return max(size, MIN_TYPE)


def _due(box: alignment.Box, today: date) -> str:
    """ "due 26/02/2027", "overdue: due 27/11/2026 (5 days)", or "" without a date."""
    if box.due is None:
        return ""
    due = tr("due {date}").format(date=formats.short_date(box.due))
    if box.overdue:
        late = (today - box.due).days
        return tr("overdue: {due} (%n day(s))", "", late).format(due=due)
    return due


def _status_line(
    painter: QPainter, box: alignment.Box, rect: QRectF, size: float, today: date
) -> float:
    """Owner left, the status chip right, the due date under them; returns their height."""
    bold = font(size, bold=True)
    metrics = measure(bold)
    line = metrics.height()
    words = tr(box.status)
    chip_width = metrics.horizontalAdvance(words) + 8
    chip = QRectF(rect.right() - chip_width, rect.top(), chip_width, line)
    painter.fillRect(chip, _colour(box.status))
    painter.setFont(bold)
    painter.setPen(INK)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, words)
    painter.setPen(INK if box.owner else MUTED)
    room = rect.width() - chip_width - 6
    painter.drawText(
        QRectF(rect.left(), rect.top(), room, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(box.owner or tr("no owner"), Qt.TextElideMode.ElideRight, room),
    )
    due = _due(box, today)
    if not due:
        return line + 3
    painter.setFont(bold if box.overdue else font(size))
    painter.setPen(OVERDUE if box.overdue else MUTED)
    painter.drawText(
        QRectF(rect.left(), rect.top() + line + 1, rect.width(), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        due,
    )
    return 2 * line + 4


def _box(painter: QPainter, cell: QRectF, box: alignment.Box, size: float, today: date) -> bool:
    """One box; False when some of its text had to be cut."""
    painter.fillRect(QRectF(cell.left(), cell.top(), 4, cell.height()), _colour(box.status))
    painter.setPen(QPen(OVERDUE, 1.6) if box.overdue else QPen(RULE, 0.6))
    painter.drawRect(cell)
    inner = cell.adjusted(4 + PAD, PAD, -PAD, -PAD)
    y = inner.top() + _status_line(painter, box, inner, size, today)
    whole = True
    for text, bold, colour in _paragraphs(box):
        chosen = font(size, bold)
        metrics = measure(chosen)
        room = inner.bottom() - y
        if room < metrics.height():
            whole = False
            break
        needed = metrics.boundingRect(QRectF(0, 0, inner.width(), 10_000), WRAP, text).height()
        shown, height = text, needed
        if needed > room:
            lines = max(int(room // metrics.lineSpacing()), 1)
            flat = text.replace("\n", " ")
            shown = metrics.elidedText(flat, Qt.TextElideMode.ElideRight, inner.width() * lines)
            height, whole = lines * metrics.lineSpacing(), False
        painter.setFont(chosen)
        painter.setPen(colour)
        painter.drawText(QRectF(inner.left(), y, inner.width(), height + 1), WRAP, shown)
        y += height + size * 0.4
    return whole


def _headings(painter: QPainter, area: QRectF, width: float, height: float) -> None:
    for number, goal in enumerate(SALES_GOALS):
        cell = QRectF(area.left() + LEVER_WIDTH + number * width, area.top(), width, GOAL_HEIGHT)
        painter.setFont(font(11, bold=True))
        painter.setPen(INK)
        painter.drawText(cell.adjusted(4, 0, -4, -13), Qt.AlignmentFlag.AlignCenter, tr(goal))
        painter.setFont(font(7))
        painter.setPen(MUTED)
        painter.drawText(
            cell.adjusted(4, 16, -4, 0), Qt.AlignmentFlag.AlignCenter, tr(GOAL_TIPS[goal])
        )
    for number, lever in enumerate(LEVERS):
        top = area.top() + GOAL_HEIGHT + number * height
        cell = QRectF(area.left(), top, LEVER_WIDTH - 6, height)
        painter.setFont(font(11, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(cell.left(), cell.top() + 4, cell.width(), 16),
            Qt.AlignmentFlag.AlignLeft,
            tr(lever),
        )
        painter.setFont(font(7))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(cell.left(), cell.top() + 22, cell.width(), cell.height() - 26),
            WRAP,
            tr(LEVER_TIPS[lever]),
        )


def draw_alignment_page(
    painter: QPainter, area: QRectF, plan: Plan, today: date | None = None
) -> PageFrame:
    day = today or date.today()
    boxes = alignment.boxes(plan, day)
    width = (area.width() - LEVER_WIDTH) / len(SALES_GOALS)
    height = (area.height() - GOAL_HEIGHT) / len(LEVERS)
    _headings(painter, area, width, height)
    inner_width = width - 2 * PAD - 4 - 4
    inner_height = height - 2 * PAD - 4
    size = fitted_type(boxes, inner_width, inner_height)
    cut = []
    for number, box in enumerate(boxes):
        row, column = divmod(number, len(SALES_GOALS))
        cell = QRectF(
            area.left() + LEVER_WIDTH + column * width + 2,
            area.top() + GOAL_HEIGHT + row * height + 2,
            width - 4,
            height - 4,
        )
        if not _box(painter, cell, box, size, day):
            cut.append(box.name)
    figures = alignment.figures(plan, day)
    notes = [
        tr("{agreed} of {boxes} crossings agreed, {done} done, {overdue} overdue").format(
            agreed=figures["agreed"],
            boxes=figures["boxes"],
            done=figures["done"],
            overdue=len(figures["overdue"]),
        )
    ]
    if cut:
        notes.append(
            tr("text cut short in {boxes}; the Alignment tab shows all of it").format(
                boxes=", ".join(cut)
            )
        )
    legend = [LegendEntry(tr(status), _colour(status)) for status in STATUSES]
    legend.append(LegendEntry(tr("overdue"), OVERDUE))
    return PageFrame(tr(TITLE), plan, legend, notes, today=day)


ALIGNMENT_PAGE = SectionPage("alignment", TITLE, lambda plan: True, draw_alignment_page)
