"""The ROI dashboard as one page: the headline figures, each network's return, the
investment against the return per period, and the Followers -> MQC -> SQO funnel.

Amounts and rates are written the way the user's locale writes them; "n/a" stands
wherever a figure is undefined (no investment, no count), never infinity.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import measures, palette
from smplanner.domain.funnel import LEVEL_TITLES, LEVELS
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.report import formats
from smplanner.report.cards import Card, draw_cards
from smplanner.report.line_chart import Series, draw_line_chart
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
    wrapped_height,
)

INVESTMENT = QColor(palette.INVESTMENT)
RETURN = QColor(palette.RETURN)
FUNNEL = tuple(QColor(colour) for colour in palette.FUNNEL)

HEADING = 11.0


def _network_table(
    painter: QPainter, box: QRectF, board: measures.Dashboard, currency: str
) -> float:
    painter.setFont(font(HEADING, bold=True))
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
        fitted_all(
            [line[n] for line in [*lines, total, [c for c, _ in columns]]],
            box.width() * share - 4,
            9.5,
            MIN_TYPE,
            True,
        )
        for n, (_, share) in enumerate(columns)
    )
    bold, regular = font(size, bold=True), font(size)
    step = size * 1.75

    def row(cells: list[str], strong: bool = False) -> None:
        nonlocal y
        x = box.left()
        painter.setFont(bold if strong else regular)
        for number, ((_, share), text) in enumerate(zip(columns, cells, strict=True)):
            width = box.width() * share - 4
            align = Qt.AlignmentFlag.AlignLeft if number == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(x, y, width, step), align | Qt.AlignmentFlag.AlignVCenter, text)
            x += box.width() * share
        y += step

    painter.setPen(INK)
    row([title for title, _ in columns], strong=True)
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(box.left(), y - 1), QPointF(box.right(), y - 1))
    painter.setPen(INK)
    for line in lines:
        if y + step > box.bottom() - 30:
            break
        row(line)
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(box.left(), y - 1), QPointF(box.right(), y - 1))
    painter.setPen(INK)
    row(total, strong=True)
    note = tr("Organic {organic} · paid {paid}").format(
        organic=formats.money(board.organic, currency), paid=formats.money(board.paid, currency)
    )
    if idle:
        note += " · " + tr("%n network(s) without costs or returns not listed", "", idle)
    size = max(size - 0.5, MIN_TYPE)
    height = wrapped_height(note, box.width(), size)
    painter.setFont(font(size))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(box.left(), y + 3, box.width(), height + 2), int(Qt.TextFlag.TextWordWrap), note
    )
    return y + height + 6


def _per_period(painter: QPainter, box: QRectF, board: measures.Dashboard, currency: str) -> None:
    """Investment and return side by side for every period."""
    painter.setFont(font(HEADING, bold=True))
    painter.setPen(INK)
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), 16),
        tr("Investment and return per period ({currency})").format(currency=currency),
    )
    plot = QRectF(box.left() + 44, box.top() + 22, box.width() - 48, box.height() - 38)
    values = list(board.investment_per_period) + list(board.return_per_period)
    top = max(values, default=0.0) or 1.0
    periods = len(board.labels)
    if not periods:
        return
    painter.setPen(QPen(RULE, 0.4))
    painter.setFont(font(8))
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
    bar = min(group * 0.36, 24.0)
    widest = max(measure(font(MIN_TYPE)).horizontalAdvance(label) for label in board.labels)
    every = max(1, math.ceil((widest + 6) / group))
    small = font(fitted_all(board.labels, group, 8.5))
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
        if number % every == 0:
            painter.drawText(
                QRectF(plot.left() + number * group - group, plot.bottom() + 2, 3 * group, 12),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )


def _funnel(painter: QPainter, box: QRectF, board: measures.Dashboard) -> None:
    """Followers, MQC and SQO as bars as long as their counts (a sliver at the least, as
    on screen), each count large beside its bar, the share of the level above under it."""
    painter.setFont(font(HEADING, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), tr("Funnel (latest counts)"))
    figures = formats.figures()
    levels = (
        (tr("Followers"), board.funnel["followers"], None, ""),
        (tr("MQC"), board.funnel["mqc"], board.mqc_rate, tr("{rate} of followers")),
        (tr("SQO"), board.funnel["sqo"], board.sqo_rate, tr("{rate} of MQC")),
    )
    most = max((v or 0 for _, v, _, _ in levels), default=0) or 1
    top = box.top() + 22
    row = (box.bottom() - top) / 3
    texts = [f"{name} {figures.count(value)}" for name, value, _, _ in levels]
    rates = [of.format(rate=figures.percent(rate, 1)) for _, _, rate, of in levels if of]
    label_width = box.width() * 0.4
    big = fitted_all(texts, label_width - 8, min(row * 0.42, 18.0), bold=True)
    small = fitted_all(rates, label_width - 8, min(big * 0.7, 11.0))
    bar_room = box.width() - label_width
    height = min(row * 0.7, 48.0)
    for number, ((_, value, _, of), colour) in enumerate(zip(levels, FUNNEL, strict=True)):
        y = top + number * row
        share = (value or 0) / most
        width = bar_room * max(share, 0.015) if value else 0.0
        painter.fillRect(QRectF(box.left(), y + (row - height) / 2, width, height), colour)
        text_box = QRectF(box.left() + bar_room + 8, y, label_width - 8, row)
        painter.setPen(INK)
        painter.setFont(font(big, bold=True))
        painter.drawText(
            QRectF(text_box.left(), y, text_box.width(), row / 2 + big * 0.2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            texts[number],
        )
        if of:
            painter.setFont(font(small))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(text_box.left(), y + row / 2 + big * 0.25, text_box.width(), row / 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                rates[number - 1],
            )


def _trends(painter: QPainter, box: QRectF, board: measures.Dashboard) -> None:
    """Each funnel level's count per network over the periods (the dashboard's trend)."""
    gap = 12.0
    width = (box.width() - 2 * gap) / 3
    for number, level in enumerate(LEVELS):
        values = board.trends[level]
        series = [
            Series(name, QColor(palette.network_colour(shown)), values[row])
            for shown, (row, name) in enumerate(
                (row, name)
                for row, name in enumerate(board.networks)
                if len(values) and not np.all(np.isnan(values[row]))
            )
        ]
        chart = QRectF(box.left() + number * (width + gap), box.top(), width, box.height())
        draw_line_chart(painter, chart, tr(LEVEL_TITLES[level]), board.labels, series, 8.5)


def trended_networks(board: measures.Dashboard) -> list[str]:
    """The networks with a count of any level: the trend charts' lines, in their colours."""
    return [
        name
        for row, name in enumerate(board.networks)
        if any(
            len(board.trends[level]) and not np.all(np.isnan(board.trends[level][row]))
            for level in LEVELS
        )
    ]


def headline_cards(board: measures.Dashboard) -> tuple[list[Card], list[Card]]:
    """The dashboard's cards, as its tab writes them: the result, then the unit costs."""
    currency = board.settings.currency
    overall = board.overall
    money = formats.money
    first = [
        Card(money(overall.investment, currency), tr("Investment"), INVESTMENT),
        Card(money(overall.returned, currency), tr("Return"), RETURN),
        Card(formats.percent(overall.roi), tr("ROI"), RETURN),
    ]
    second = [
        Card(money(overall.cost_per_follower, currency), tr("Cost per follower gained"), FUNNEL[0]),
        Card(money(overall.cost_per_mqc, currency), tr("Cost per MQC"), FUNNEL[1]),
        Card(money(overall.cost_per_sqo, currency), tr("Cost per SQO"), FUNNEL[2]),
        Card(money(board.clv, currency), tr("Customer lifetime value"), RETURN),
    ]
    return first, second


def draw_roi_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    worked_out = measures.dashboard(plan)
    # periods named as the dashboard tab names them, in the user's language
    board = replace(worked_out, labels=formats.period_labels(worked_out.settings))
    currency = board.settings.currency
    first, second = headline_cards(board)
    y = area.top()
    y += draw_cards(painter, QRectF(area.left(), y, area.width() * 0.75, 0), first, 30) + 8
    y += draw_cards(painter, QRectF(area.left(), y, area.width(), 0), second, 18) + 14
    body = QRectF(area.left(), y, area.width(), area.bottom() - y)
    left = QRectF(body.left(), body.top(), body.width() * 0.5, body.height())
    right = QRectF(left.right() + 22, body.top(), body.right() - left.right() - 22, body.height())
    below = _network_table(painter, left, board, currency)
    _funnel(painter, QRectF(left.left(), below + 8, left.width(), left.bottom() - below - 8), board)
    money_height = right.height() * 0.52
    _per_period(
        painter, QRectF(right.left(), right.top(), right.width(), money_height), board, currency
    )
    trend = QRectF(right.left(), right.top() + money_height + 12, right.width(), 0)
    trend.setBottom(right.bottom())
    _trends(painter, trend, board)
    notes = [tr("ROI = (return - investment) / investment")]
    if board.left_out:
        notes.append(
            tr("%n cost or return line(s) outside the plan's periods left out", "", board.left_out)
        )
    legend = [LegendEntry(tr("Investment"), INVESTMENT), LegendEntry(tr("Return"), RETURN)]
    legend += [
        LegendEntry(name, QColor(palette.network_colour(n)))
        for n, name in enumerate(trended_networks(board))
    ]
    basis = tr("Return: the {model} model's credit to the networks for won deals").format(
        model=tr(board.settings.attribution_model)
    )
    return PageFrame(tr("ROI dashboard"), plan, legend, notes, basis)


ROI_PAGE = SectionPage("roi", "ROI dashboard", lambda plan: True, draw_roi_page)
