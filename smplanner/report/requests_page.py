"""The connection-request log as one page: decisions in total, by network, by month,
and the latest requests with the reason for each decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import checklists, palette
from smplanner.domain.checklist_tables import REQUESTS
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.page import (
    INK,
    MUTED,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    font,
    measure,
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
COUNT_WIDTH = 96.0
"""Room right of a bar for "12 (25 % ignored)" (more where the language needs it)."""


def _totals(painter: QPainter, box: QRectF, counts: dict[str, int]) -> None:
    width = box.width() / 3
    for number, decision in enumerate(checklists.DECISIONS):
        cell = QRectF(box.left() + number * width, box.top(), width - 8, box.height())
        painter.fillRect(QRectF(cell.left(), cell.top(), 5, cell.height()), COLOURS[decision])
        painter.setPen(INK)
        painter.setFont(font(20, bold=True))
        painter.drawText(
            QRectF(cell.left() + 10, cell.top(), cell.width() - 10, 26),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            formats.integer(counts.get(decision, 0)),
        )
        painter.setFont(font(8))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(cell.left() + 10, cell.top() + 26, cell.width() - 10, 12),
            Qt.AlignmentFlag.AlignLeft,
            _decision(decision),
        )


def _stacked(
    painter: QPainter, box: QRectF, title: str, rows: list[tuple[str, dict[str, int]]]
) -> float:
    """One stacked bar per row (accept, reply first, ignore); returns the y below."""
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), title)
    y = box.top() + 20
    most = max((sum(c.values()) for _, c in rows), default=0) or 1
    label = box.width() * 0.3
    small = font(7.5)
    texts = [_count_text(counts) for _, counts in rows]
    widest = max((measure(small).horizontalAdvance(t) for t in texts), default=0.0)
    room = min(max(COUNT_WIDTH, widest + 8), box.width() - label - 20)
    for (name, counts), text in zip(rows, texts, strict=True):
        if y + 12 > box.bottom():
            break
        painter.setFont(small)
        painter.setPen(INK)
        painter.drawText(
            QRectF(box.left(), y, label - 4, 11),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            measure(small).elidedText(name, Qt.TextElideMode.ElideRight, label - 4),
        )
        x = box.left() + label
        scale = (box.width() - label - room) / most
        for decision in checklists.DECISIONS:
            count = counts.get(decision, 0)
            if count:
                painter.fillRect(QRectF(x, y + 1, count * scale, 9), COLOURS[decision])
                x += count * scale
        painter.drawText(
            QRectF(x + 4, y, room - 4, 11),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        y += 13
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
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), tr("Latest requests"))
    columns = (
        (tr("Date"), 0.13),
        (tr("Name"), 0.18),
        (tr("Network"), 0.12),
        (tr("Decision"), 0.21),
        (tr("Why"), 0.36),
    )
    y = box.top() + 20
    bold, small = font(7.5, bold=True), font(7.5)
    x = box.left()
    painter.setFont(bold)
    for title, share in columns:
        painter.drawText(QRectF(x, y, box.width() * share, 11), Qt.AlignmentFlag.AlignLeft, title)
        x += box.width() * share
    y += 13
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(box.left(), y - 1, box.right(), y - 1)
    shown = 0
    for record, check in decided[:LATEST]:
        if y + 11 > box.bottom():
            break
        day = record["date"]
        decision = _decision(check.decision)
        if check.override:
            decision += " " + tr("(yours)")
        cells = (
            _short_date(day),
            str(record["name"]),
            str(record["network"]),
            decision,
            check.verdict.reason
            if not check.override
            else tr("rule: {decision}").format(decision=_decision(check.verdict.decision)),
        )
        why_width = box.width() * columns[-1][1] - 4
        wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        height = measure(small).boundingRect(QRectF(0, 0, why_width, 100), wrap, cells[-1])
        row = max(11.0, height.height())  # the reason takes the lines it needs
        if y + row > box.bottom():
            break
        x = box.left()
        for number, ((_, share), text) in enumerate(zip(columns, cells, strict=True)):
            painter.setFont(bold if number == 3 else small)
            painter.setPen(INK)
            width = box.width() * share - 4
            if number == len(columns) - 1:
                painter.drawText(QRectF(x, y, width, row + 1), wrap, text)
            else:
                painter.drawText(
                    QRectF(x, y, width, 11),
                    Qt.AlignmentFlag.AlignLeft,
                    measure(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, width),
                )
            x += box.width() * share
        y += row + 2
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
    left = QRectF(area.left(), area.top(), area.width() * 0.42, area.height())
    right = QRectF(left.right() + 24, area.top(), area.right() - left.right() - 24, area.height())
    _totals(painter, QRectF(left.left(), left.top(), left.width(), 42), counts)
    y = _stacked(
        painter,
        QRectF(left.left(), left.top() + 56, left.width(), left.height() * 0.45),
        tr("By network (most ignored first)"),
        list(by_network.items()),
    )
    months = [
        (
            _month(month),
            {d: sum(c.get(d, 0) for c in networks.values()) for d in checklists.DECISIONS},
        )
        for month, networks in by_month.items()
    ]
    _stacked(
        painter,
        QRectF(left.left(), y + 10, left.width(), left.bottom() - y - 10),
        tr("By month"),
        months,
    )
    shown = _latest(painter, right, plan)
    notes = [
        tr("%n request(s) logged; decisions follow the rules unless marked (yours)", "", total)
    ]
    if shown < total:
        notes.append(
            tr("the latest {shown} of {total} are listed").format(
                shown=formats.integer(shown), total=formats.integer(total)
            )
        )
    legend = [LegendEntry(_decision(decision), colour) for decision, colour in COLOURS.items()]
    return PageFrame(tr(TITLE), plan, legend, notes)


REQUESTS_PAGE = SectionPage("requests", TITLE, lambda plan: True, draw_requests_page)
