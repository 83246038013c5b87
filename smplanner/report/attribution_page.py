"""The attribution models side by side as one page: the won value, what the plan's chosen
model credits the social networks, and every channel's credit under every model, with a
bar per model beside each channel's row.

The table's type is the largest at which every figure fits its column and every row fits
the page (never below the legible minimum); channels that still do not fit are left out
and the foot says how many.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import palette
from smplanner.domain.attribution import NO_TOUCH, Credit, all_credits
from smplanner.domain.attribution_summary import journeys_of
from smplanner.domain.deal_tables import MODELS
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.cards import Card, draw_cards
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
    wrapped_height,
)

TITLE = QT_TRANSLATE_NOOP("", "Attribution")
HEADING = 11.0
LARGEST = 10.0
WON = QColor(palette.RETURN)
SOCIAL = QColor(palette.network_colour(0))
SHARE = QColor(palette.INVESTMENT)
WRAP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom) | int(
    Qt.TextFlag.TextWordWrap
)


def model_colour(number: int) -> QColor:
    """The ``number``-th model's bars and legend swatch: the palette's series colours."""
    return QColor(palette.network_colour(number))


@dataclass(frozen=True)
class Row:
    """One table row: its name, each model's credited value (in MODELS order), strong or not."""

    name: str
    values: tuple[float, ...]
    strong: bool = False
    bars: bool = True


@dataclass(frozen=True)
class Attribution:
    """What the page shows: the won deals, every model's credit, the chosen model."""

    currency: str
    won_value: float
    won_deals: int
    after_close: int
    chosen: str
    networks: tuple[str, ...]
    credits: dict[str, Credit]

    def social(self, model: str) -> float:
        """The model's credit to the social networks, each network counted once."""
        found = self.credits[model]
        return float(
            sum(v for c, v in zip(found.channels, found.value, strict=True) if c in self.networks)
        )


def attribution_of(plan: Plan) -> Attribution:
    settings = settings_of(plan)
    journeys = journeys_of(plan)
    return Attribution(
        settings.currency,
        journeys.won_value,
        journeys.won_deals,
        journeys.after_close,
        settings.attribution_model,
        tuple(plan.keys("networks")),
        all_credits(journeys, settings.half_life),
    )


def table_rows(found: Attribution) -> list[Row]:
    """Every channel some model credits: networks first, then the other channels, then the
    won deals without a touch; then the social networks' and all channels' totals (each
    model's total is the won value)."""
    credited = [found.credits[m] for m in MODELS]
    channels = credited[0].channels
    values = {c: tuple(float(model.value[n]) for model in credited) for n, c in enumerate(channels)}
    used = [c for c in channels if any(values[c])]
    ordered = (
        [c for c in used if c in found.networks]
        + [c for c in used if c not in found.networks and c != NO_TOUCH]
        + [c for c in used if c == NO_TOUCH]
    )
    rows = [Row(tr(c) if c == NO_TOUCH else c, values[c]) for c in ordered]
    social = tuple(found.social(m) for m in MODELS)
    total = tuple(float(model.value.sum()) for model in credited)
    rows.append(Row(tr("Social networks"), social, strong=True, bars=False))
    rows.append(Row(tr("All channels"), total, strong=True, bars=False))
    return rows


def headline_cards(found: Attribution) -> list[Card]:
    """Won value; the chosen model's credit to the social networks; that credit's share."""
    won = found.won_value
    social = found.social(found.chosen)
    share = social / won if won else None
    return [
        Card(
            formats.money(won, found.currency),
            tr("Won value (%n won deal(s))", "", found.won_deals),
            WON,
        ),
        Card(
            formats.money(social, found.currency),
            tr("Credited to the social networks ({model})").format(model=tr(found.chosen)),
            SOCIAL,
        ),
        Card(formats.percent(share), tr("Share of the won value"), SHARE),
    ]


def _words(header: str) -> list[str]:
    """The pieces a header may wrap into: words, split again after their hyphens."""
    return [p for word in header.split() for p in re.findall(r"[^-]+-?", word)]


def _table(
    painter: QPainter, box: QRectF, rows: list[Row], chosen: int, chart: QRectF | None
) -> int:
    """The channels against the models' credit, the chosen model's column in bold, and a
    bar per model beside each channel in ``chart``; returns how many channels were left out."""
    headers = [tr(m) for m in MODELS]
    name_share = 0.22
    name_width = box.width() * name_share - 4
    column = box.width() * (1 - name_share) / len(MODELS)
    cells = [[formats.number(v) for v in row.values] for row in rows]
    size = min(
        fitted_all([r.name for r in rows], name_width, LARGEST, bold=True),
        fitted_all([t for line in cells for t in line], column - 4, LARGEST, bold=True),
        fitted_all([w for h in headers for w in _words(h)], column - 4, LARGEST, bold=True),
    )
    header_height = max(wrapped_height(h, column - 4, size, True) for h in headers) + 4
    room = box.height() - header_height - 4
    # the largest type at which every row fits, down to the minimum
    while size > MIN_TYPE and len(rows) * size * 1.6 > room:
        size -= 0.5
        header_height = max(wrapped_height(h, column - 4, size, True) for h in headers) + 4
        room = box.height() - header_height - 4
    size = max(size, MIN_TYPE)
    step = min(size * 2.2, room / max(len(rows), 1))
    channels = [r for r in rows if r.bars]
    totals = [r for r in rows if not r.bars]
    fitting = max(int((room + 0.01) // step) - len(totals), 0)
    left_out = max(len(channels) - fitting, 0)
    shown = channels[:fitting] + totals
    y = box.top()
    painter.setPen(INK)
    for number, header in enumerate(headers):
        painter.setFont(font(size, bold=True))
        x = box.left() + box.width() * name_share + number * column
        painter.drawText(QRectF(x, y, column - 4, header_height - 2), WRAP, header)
    painter.setFont(font(size, bold=True))
    painter.drawText(
        QRectF(box.left(), y, name_width, header_height - 2),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        tr("Channel"),
    )
    y += header_height
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    top = max((v for r in channels for v in r.values), default=0.0) or 1.0
    if chart is not None:
        painter.setPen(MUTED)
        painter.setFont(font(max(size - 1, MIN_TYPE)))
        for part, align in (
            (0.0, Qt.AlignmentFlag.AlignLeft),
            (0.5, Qt.AlignmentFlag.AlignHCenter),
            (1.0, Qt.AlignmentFlag.AlignRight),
        ):
            x = chart.left() + chart.width() * part - 40 * (part * 2)
            painter.drawText(
                QRectF(x, y - header_height, 80, header_height - 2),
                align | Qt.AlignmentFlag.AlignBottom,
                formats.number(top * part),
            )
    for line, row in enumerate(shown):
        if not row.bars:
            painter.setPen(QPen(RULE, 0.5))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(INK)
        painter.setFont(font(size, bold=row.strong))
        painter.drawText(
            QRectF(box.left(), y, name_width, step),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            row.name,
        )
        for number, value in enumerate(row.values):
            painter.setFont(font(size, bold=row.strong or number == chosen))
            x = box.left() + box.width() * name_share + number * column
            painter.drawText(
                QRectF(x, y, column - 4, step),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                formats.number(value),
            )
        if chart is not None and row.bars:
            if line % 2 == 0:
                painter.fillRect(QRectF(chart.left(), y, chart.width(), step), QColor("#f5f7f8"))
            bar = (step - 2) / len(row.values)
            for number, value in enumerate(row.values):
                painter.fillRect(
                    QRectF(chart.left(), y + 1 + number * bar, chart.width() * value / top, bar),
                    model_colour(number),
                )
        y += step
    if chart is not None:
        painter.setPen(QPen(RULE, 0.5))
        bottom = box.top() + header_height + step * (len(shown) - len(totals))
        for part in (0.0, 0.5, 1.0):
            x = chart.left() + chart.width() * part
            painter.drawLine(QPointF(x, box.top() + header_height), QPointF(x, bottom))
    return left_out


def draw_attribution_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    found = attribution_of(plan)
    chosen = MODELS.index(found.chosen)
    model = tr(found.chosen)
    y = area.top()
    y += draw_cards(painter, QRectF(area.left(), y, area.width(), 0), headline_cards(found), 28)
    y += 14
    painter.setFont(font(HEADING, bold=True))
    painter.setPen(INK)
    painter.drawText(
        QRectF(area.left(), y, area.width(), 16),
        tr("Credited value of won deals per channel ({currency})").format(currency=found.currency),
    )
    y += 22
    notes: list[str] = []
    rows = table_rows(found)
    if found.won_deals:
        table = QRectF(area.left(), y, area.width() * 0.68, area.bottom() - y)
        chart = QRectF(table.right() + 16, y, area.right() - table.right() - 24, table.height())
        left_out = _table(painter, table, rows, chosen, chart if chart.width() > 100 else None)
        if left_out:
            notes.append(tr("%n channel(s) left out for want of room", "", left_out))
    else:
        painter.setFont(font(LARGEST))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(area.left(), y, area.width(), 20),
            tr("No won deals yet: there is nothing to credit."),
        )
    notes.append(
        tr(
            "Every model shares each won deal's value among its touches; "
            "the bars beside a row are its credit under each model."
        )
    )
    if found.after_close:
        notes.append(
            tr(
                "%n touch(es) after their deal's close date kept but not credited",
                "",
                found.after_close,
            )
        )
    legend = [LegendEntry(tr(m), model_colour(n)) for n, m in enumerate(MODELS)]
    basis = tr("Won deals credited by {count} models; the plan's return uses the {model} model")
    return PageFrame(tr(TITLE), plan, legend, notes, basis.format(count=len(MODELS), model=model))


ATTRIBUTION_PAGE = SectionPage("attribution", TITLE, lambda plan: True, draw_attribution_page)
