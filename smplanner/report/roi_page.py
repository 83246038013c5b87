"""The ROI dashboard as one page: the headline figures, each network's return, the
investment against the return per period, and the Followers -> MQC -> SQO funnel.

Amounts and rates are written the way the user's locale writes them; "n/a" stands
wherever a figure is undefined (no investment, no count), never infinity.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import measures, palette
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
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

INVESTMENT = QColor(palette.INVESTMENT)
RETURN = QColor(palette.RETURN)
FUNNEL = tuple(QColor(colour) for colour in palette.FUNNEL)


def _fitting(texts: list[str], width: float, largest: float, smallest: float, bold: bool) -> float:
    """The largest type size (down to ``smallest``) at which every text fits ``width``."""
    size = largest
    while size > smallest and any(
        measure(font(size, bold)).horizontalAdvance(text) > width for text in texts
    ):
        size -= 0.5
    return max(size, smallest)


def _cards(painter: QPainter, box: QRectF, cards: list[tuple[str, str]]) -> None:
    """The headline figures, all in one type size, the largest at which each fits."""
    width = box.width() / len(cards)
    size = _fitting([value for _, value in cards], width - 16, 15, 9, bold=True)
    for number, (label, value) in enumerate(cards):
        cell = QRectF(box.left() + number * width, box.top(), width - 8, box.height())
        painter.fillRect(QRectF(cell.left(), cell.top(), 3, cell.height()), RETURN)
        painter.setPen(INK)
        big = font(size, bold=True)
        painter.setFont(big)
        shown = measure(big).elidedText(value, Qt.TextElideMode.ElideRight, cell.width() - 8)
        painter.drawText(
            QRectF(cell.left() + 8, cell.top(), cell.width() - 8, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown,
        )
        painter.setFont(font(7.5))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(cell.left() + 8, cell.top() + 22, cell.width() - 8, 12),
            Qt.AlignmentFlag.AlignLeft,
            label,
        )


def _network_table(
    painter: QPainter, box: QRectF, board: measures.Dashboard, currency: str
) -> float:
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), tr("By network"))
    columns = (
        (tr("Network"), 0.24),
        (tr("Investment"), 0.19),
        (tr("Return"), 0.19),
        (tr("ROI"), 0.14),
        (tr("Cost per SQO"), 0.24),
    )
    y = box.top() + 20
    slices = [
        (name, board.per_network[name])
        for name in board.networks
        if board.per_network[name].investment or board.per_network[name].returned
    ]
    idle = len(board.networks) - len(slices)
    if board.unattributed.investment or board.unattributed.returned:
        slices.append((tr("not tied to a network"), board.unattributed))
    overall = board.overall

    def cells(name: str, figures: measures.Figures) -> list[str]:
        return [
            name,
            formats.money(figures.investment, currency),
            formats.money(figures.returned, currency),
            formats.percent(figures.roi),
            formats.money(figures.cost_per_sqo, currency),
        ]

    lines = [cells(name, figures) for name, figures in slices]
    total = cells(tr("All networks"), overall)
    # one type size for the table: the largest at which every figure fits its column
    size = min(
        _fitting(
            [line[n] for line in [*lines, total]], box.width() * share - 4, 7.5, MIN_TYPE, True
        )
        for n, (_, share) in enumerate(columns)
        if n
    )
    bold, regular = font(size, bold=True), font(size)

    def row(cells: list[str], strong: bool = False) -> None:
        nonlocal y
        x = box.left()
        painter.setFont(bold if strong else regular)
        for number, ((_, share), text) in enumerate(zip(columns, cells, strict=True)):
            width = box.width() * share - 4
            align = Qt.AlignmentFlag.AlignLeft if number == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(
                QRectF(x, y, width, 11),
                align | Qt.AlignmentFlag.AlignVCenter,
                measure(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            x += box.width() * share
        y += 13

    painter.setPen(INK)
    row([title for title, _ in columns], strong=True)
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(box.left(), y - 1), QPointF(box.right(), y - 1))
    painter.setPen(INK)
    for line in lines:
        if y + 12 > box.bottom() - 30:
            break
        row(line)
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(box.left(), y - 1), QPointF(box.right(), y - 1))
    painter.setPen(INK)
    row(total, strong=True)
    painter.setFont(font(7.5))
    painter.setPen(MUTED)
    line = tr("Organic {organic} · paid {paid}").format(
        organic=formats.money(board.organic, currency), paid=formats.money(board.paid, currency)
    )
    if idle:
        line += " · " + tr("%n network(s) without costs or returns not listed", "", idle)
    painter.drawText(QRectF(box.left(), y + 2, box.width(), 11), Qt.AlignmentFlag.AlignLeft, line)
    return y + 16


def _per_period(painter: QPainter, box: QRectF, board: measures.Dashboard, currency: str) -> None:
    """Investment and return side by side for every period."""
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), 16),
        tr("Investment and return per period ({currency})").format(currency=currency),
    )
    plot = QRectF(box.left() + 44, box.top() + 22, box.width() - 48, box.height() - 40)
    values = list(board.investment_per_period) + list(board.return_per_period)
    top = max(values, default=0.0) or 1.0
    periods = len(board.labels)
    if not periods:
        return
    painter.setPen(QPen(RULE, 0.4))
    painter.setFont(font(MIN_TYPE + 0.5))
    for step in range(5):
        value = top * step / 4
        y = plot.bottom() - plot.height() * step / 4
        painter.setPen(QPen(RULE, 0.4))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(box.left(), y - 5, 40, 10),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            formats.number(value),
        )
    group = plot.width() / periods
    bar = min(group * 0.36, 18.0)
    small = font(MIN_TYPE + 0.5)
    for number, label in enumerate(board.labels):
        left = plot.left() + number * group + (group - 2 * bar) / 2
        for offset, (colour, value) in enumerate(
            (
                (INVESTMENT, board.investment_per_period[number]),
                (RETURN, board.return_per_period[number]),
            )
        ):
            height = plot.height() * (value or 0) / top
            painter.fillRect(
                QRectF(left + offset * bar, plot.bottom() - height, bar * 0.94, height), colour
            )
        painter.setPen(INK)
        painter.setFont(small)
        painter.drawText(
            QRectF(plot.left() + number * group, plot.bottom() + 2, group, 10),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            measure(small).elidedText(label, Qt.TextElideMode.ElideRight, group),
        )


def _funnel(painter: QPainter, box: QRectF, board: measures.Dashboard) -> None:
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), tr("Funnel (latest counts)"))
    levels = (
        (tr("Followers"), board.funnel["followers"], None),
        (tr("MQC"), board.funnel["mqc"], board.mqc_rate),
        (tr("SQO"), board.funnel["sqo"], board.sqo_rate),
    )
    most = max((v or 0 for _, v, _ in levels), default=0) or 1
    y = box.top() + 22
    height = min((box.height() - 26) / 3 - 4, 24.0)
    for (name, value, rate), colour in zip(levels, FUNNEL, strict=True):
        width = max(box.width() * 0.55 * (value or 0) / most, 2.0)
        left = box.left() + (box.width() * 0.55 - width) / 2
        painter.fillRect(QRectF(left, y, width, height), colour)
        text_box = QRectF(box.left() + box.width() * 0.58, y, box.width() * 0.42, height)
        painter.setPen(INK)
        painter.setFont(font(8, bold=True))
        painter.drawText(
            text_box,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{name}: {formats.count(value)}",
        )
        if name != levels[0][0]:
            painter.setFont(font(7))
            painter.setPen(MUTED)
            painter.drawText(
                text_box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                tr("{rate} of the level above").format(rate=formats.percent(rate, 1)),
            )
        y += height + 4


def draw_roi_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    worked_out = measures.dashboard(plan)
    # periods named as the dashboard tab names them, in the user's language
    board = replace(worked_out, labels=formats.period_labels(worked_out.settings))
    currency = board.settings.currency
    overall = board.overall
    cards = [
        (tr("Investment"), formats.money(overall.investment, currency)),
        (tr("Return"), formats.money(overall.returned, currency)),
        (tr("ROI"), formats.percent(overall.roi)),
        (tr("Cost per follower gained"), formats.money(overall.cost_per_follower, currency)),
        (tr("Cost per MQC"), formats.money(overall.cost_per_mqc, currency)),
        (tr("Cost per SQO"), formats.money(overall.cost_per_sqo, currency)),
    ]
    _cards(painter, QRectF(area.left(), area.top(), area.width(), 38), cards)
    body = QRectF(area.left(), area.top() + 52, area.width(), area.height() - 52)
    left = QRectF(body.left(), body.top(), body.width() * 0.44, body.height())
    right = QRectF(left.right() + 22, body.top(), body.right() - left.right() - 22, body.height())
    below = _network_table(painter, left, board, currency)
    _funnel(painter, QRectF(left.left(), below + 8, left.width(), left.bottom() - below - 8), board)
    _per_period(painter, right, board, currency)
    notes = [
        tr("Return: the {model} model's credit to the networks for won deals").format(
            model=tr(board.settings.attribution_model)
        ),
        tr("ROI = (return - investment) / investment"),
    ]
    if board.clv is not None:
        notes.append(
            tr("customer lifetime value {value}").format(value=formats.money(board.clv, currency))
        )
    if board.left_out:
        notes.append(
            tr("%n cost or return line(s) outside the plan's periods left out", "", board.left_out)
        )
    legend = [LegendEntry(tr("Investment"), INVESTMENT), LegendEntry(tr("Return"), RETURN)]
    return PageFrame(tr("ROI dashboard"), plan, legend, notes)


ROI_PAGE = SectionPage("roi", "ROI dashboard", lambda plan: True, draw_roi_page)
