"""The connection-request log as one page: decisions in total, by network, by month,
and the latest requests with the reason for each decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import checklists, palette
from smplanner.domain.checklist_tables import REQUESTS
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.cards import Card, draw_cards
from smplanner.report.page import (
    INK,
    MIN_TYPE,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    fitted_all,
    font,
    measure,
    wrapped_height,
)

COLOURS = {decision: QColor(light.fill) for decision, light in palette.DECISIONS.items()}
DECISION_WORDS = {
    checklists.ACCEPT: QT_TRANSLATE_NOOP("", "accept"),
    checklists.REPLY_FIRST: QT_TRANSLATE_NOOP("", "reply first"),
    checklists.IGNORE: QT_TRANSLATE_NOOP("", "ignore"),
}
"""The stored decisions, as the page says them."""
TITLE = QT_TRANSLATE_NOOP("", "Connection requests")
NO_DATE = "no date"
"""The month of requests without a date (see checklists.counts_by_month_and_network)."""
LATEST = 18
HEADING = 12.0


def _totals(painter: QPainter, box: QRectF, counts: dict[str, int]) -> float:
    """The three decisions' counts, large; returns the height taken."""
    cards = [
        Card(formats.integer(counts.get(decision, 0)), _decision(decision), COLOURS[decision])
        for decision in checklists.DECISIONS
    ]
    return draw_cards(painter, box, cards, largest=36)


def _stacked(
    painter: QPainter, box: QRectF, title: str, rows: list[tuple[str, dict[str, int]]]
) -> float:
    """One stacked bar per row (accept, reply first, ignore), as large as ``box`` allows;
    returns the y below."""
    painter.setFont(font(HEADING, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 18), title)
    y = box.top() + 24
    most = max((sum(c.values()) for _, c in rows), default=0) or 1
    line = min((box.bottom() - y) / max(len(rows), 1), 34.0)
    texts = [_count_text(counts) for _, counts in rows]
    names = [name for name, _ in rows]
    size = fitted_all(names, box.width() * 0.3 - 6, min(line / 2.0, 11.0))
    small = font(size)
    label = max((measure(small).horizontalAdvance(n) for n in names), default=0.0) + size
    widest = max((measure(small).horizontalAdvance(t) for t in texts), default=0.0)
    room = min(widest + 8, box.width() - label - 20)
    bar = min(line * 0.6, size * 2.0)
    for (name, counts), text in zip(rows, texts, strict=True):
        if y + size * 1.6 > box.bottom():
            break
        painter.setFont(small)
        painter.setPen(INK)
        painter.drawText(
            QRectF(box.left(), y, label, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        x = box.left() + label
        scale = (box.width() - label - room) / most
        for decision in checklists.DECISIONS:
            count = counts.get(decision, 0)
            if count:
                top = y + (line - bar) / 2
                painter.fillRect(QRectF(x, top, count * scale, bar), COLOURS[decision])
                x += count * scale
        painter.drawText(
            QRectF(x + 4, y, room + 4, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        y += line
    return y


def _count_text(counts: dict[str, int]) -> str:
    """ "12 (25 % ignored)", or "12" when none was ignored."""
    total = sum(counts.values())
    ignored = counts.get(checklists.IGNORE, 0)
    if not ignored:
        return formats.integer(total)
    return tr("{total} ({percent} ignored)").format(
        total=formats.integer(total), percent=formats.percent(ignored / total)
    )


def _latest(painter: QPainter, box: QRectF, plan: Plan) -> int:
    """The most recent requests with their decisions; returns how many are shown."""
    records = checklists.table_records(plan, REQUESTS)
    decided = list(zip(records, checklists.request_checks(plan), strict=True))
    decided.sort(key=lambda pair: str(pair[0]["date"] or ""), reverse=True)
    painter.setFont(font(HEADING, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 18), tr("Latest requests"))
    columns = (
        (tr("Date"), 0.13),
        (tr("Name"), 0.18),
        (tr("Network"), 0.12),
        (tr("Decision"), 0.21),
        (tr("Why"), 0.36),
    )
    y = box.top() + 24
    titles = [title for title, _ in columns]
    rows = []
    for record, check in decided[:LATEST]:
        decision = _decision(check.decision)
        if check.override:
            decision += " " + tr("(yours)")
        reason = (
            check.verdict.reason
            if not check.override
            else tr("rule: {decision}").format(decision=_decision(check.verdict.decision))
        )
        rows.append(
            (
                _short_date(record["date"]),
                str(record["name"]),
                str(record["network"]),
                decision,
                reason,
            )
        )
    wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)

    def layout(size: float) -> tuple[list[float], float]:
        """Column widths at ``size`` (whole names; the reason takes the rest) and height."""
        widths = []
        for n in range(4):
            metrics = measure(font(size, bold=True))
            widest = max(metrics.horizontalAdvance(r[n]) for r in [tuple(titles), *rows])
            widths.append(widest + size)
        widths.append(box.width() - sum(widths))
        height = size * 1.45 + 2
        for r in rows:
            height += max(size * 1.45, wrapped_height(r[4], widths[4] - 4, size)) + size * 0.5
        return widths, height

    size = 11.0
    while size > MIN_TYPE:
        widths, height = layout(size)
        if widths[4] >= box.width() * 0.26 and y + height <= box.bottom():
            break
        size -= 0.5
    widths, _ = layout(size)
    line = size * 1.45
    bold, small = font(size, bold=True), font(size)
    x = box.left()
    painter.setFont(bold)
    for title, width in zip(titles, widths, strict=True):
        painter.drawText(QRectF(x, y, width, line), Qt.AlignmentFlag.AlignLeft, title)
        x += width
    y += line + 2
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(box.left(), y - 1), QPointF(box.right(), y - 1))
    shown = 0
    for cells in rows:
        row = max(line, wrapped_height(cells[4], widths[4] - 4, size))
        if y + row > box.bottom():
            break
        x = box.left()
        for number, (width, text) in enumerate(zip(widths, cells, strict=True)):
            painter.setFont(bold if number == 3 else small)
            painter.setPen(INK)
            painter.drawText(QRectF(x, y, width - 4, row + 1), wrap, text)
            x += width
        y += row + size * 0.5
        shown += 1
    return shown


def _decision(decision: str) -> str:
    return tr(DECISION_WORDS[decision]) if decision in DECISION_WORDS else decision


def _short_date(day: object) -> str:
    """The day as the Requests grid writes it; "no date" for none."""
    if not isinstance(day, date) or day != day:  # none, or pandas' NaT
        return tr("no date")
    return formats.short_date(day)


def _month(month: str) -> str:
    """A month key ("2026-03") named as the Requests tab names it (Mar 2026)."""
    if month == NO_DATE:
        return tr("no date")
    return formats.month(month)


def draw_requests_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    checks = checklists.request_checks(plan)
    counts = checklists.decision_counts(plan, checks)
    by_month = checklists.counts_by_month_and_network(plan, checks)
    by_network = checklists.counts_by_network(by_month)
    total = len(checks)
    left = QRectF(area.left(), area.top(), area.width() * 0.36, area.height())
    right = QRectF(left.right() + 24, area.top(), area.right() - left.right() - 24, area.height())
    taken = _totals(painter, QRectF(left.left(), left.top(), left.width(), 0), counts)
    months = [
        (
            _month(month),
            {d: sum(c.get(d, 0) for c in networks.values()) for d in checklists.DECISIONS},
        )
        for month, networks in by_month.items()
    ]
    networks = list(by_network.items())
    top = left.top() + taken + 18
    # the two charts share the height by their rows (a title counts as one and a half)
    weight = len(networks) + 1.5, len(months) + 1.5
    split = top + (left.bottom() - top) * weight[0] / sum(weight)
    _stacked(
        painter,
        QRectF(left.left(), top, left.width(), split - top - 8),
        tr("By network (most ignored first)"),
        networks,
    )
    _stacked(
        painter,
        QRectF(left.left(), split + 8, left.width(), left.bottom() - split - 8),
        tr("By month"),
        months,
    )
    shown = _latest(painter, right, plan)
    notes = []
    if shown < total:
        notes.append(
            tr("the latest {shown} of {total} are listed").format(
                shown=formats.integer(shown), total=formats.integer(total)
            )
        )
    legend = [LegendEntry(_decision(decision), colour) for decision, colour in COLOURS.items()]
    basis = tr("%n request(s) logged; decisions follow the rules unless marked (yours)", "", total)
    return PageFrame(tr(TITLE), plan, legend, notes, basis)


REQUESTS_PAGE = SectionPage("requests", TITLE, lambda plan: True, draw_requests_page)
