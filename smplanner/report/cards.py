"""Headline figures in a row: the first thing a reader of a printed page takes in.

Each card is a coloured edge, the figure in large bold type and what it is in small type
under it. All cards of a row share one type size, the largest at which every figure fits
its card, and never smaller than :data:`~smplanner.report.page.HEADLINE_TYPE`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from smplanner.report.page import (
    HEADLINE_TYPE,
    INK,
    MUTED,
    fitted_all,
    font,
    measure,
    wrapped_height,
)

EDGE = 4.0
GAP = 10.0


@dataclass(frozen=True)
class Card:
    """One headline figure: the figure as the screen writes it, what it is, its colour."""

    value: str
    label: str
    colour: QColor
    detail: str = ""
    """A second, smaller line under the label (a target, a share)."""
    value_colour: QColor | None = None


def card_height(size: float, label_size: float, lines: int = 1) -> float:
    return size * 1.45 + label_size * 1.35 * lines + 2


def draw_cards(
    painter: QPainter, box: QRectF, cards: Sequence[Card], largest: float = 30.0
) -> float:
    """The cards side by side across ``box``; returns the height they took."""
    if not cards:
        return 0.0
    width = box.width() / len(cards)
    room = width - GAP - EDGE - 6
    size = fitted_all([c.value for c in cards], room, largest, HEADLINE_TYPE, bold=True)
    label_size = fitted_all(
        [c.label for c in cards] + [c.detail for c in cards], room, 10.0, bold=False
    )
    label_lines = max(
        (
            round(wrapped_height(text, room, label_size) / (measure(font(label_size)).height()))
            for c in cards
            for text in (c.label, c.detail)
            if text
        ),
        default=1,
    )
    details = any(c.detail for c in cards)
    height = card_height(size, label_size, label_lines + (1 if details else 0))
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    for number, card in enumerate(cards):
        left = box.left() + number * width
        painter.fillRect(QRectF(left, box.top(), EDGE, height), card.colour)
        text_left = left + EDGE + 6
        painter.setFont(font(size, bold=True))
        painter.setPen(card.value_colour or INK)
        painter.drawText(
            QRectF(text_left, box.top(), room, size * 1.45),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            card.value,
        )
        y = box.top() + size * 1.45
        painter.setFont(font(label_size))
        painter.setPen(MUTED)
        label_height = wrapped_height(card.label, room, label_size)
        painter.drawText(QRectF(text_left, y, room, label_height + 2), wrap, card.label)
        if card.detail:
            y += label_size * 1.35 * label_lines
            painter.setPen(INK)
            painter.drawText(QRectF(text_left, y, room, label_size * 1.35 * 2), wrap, card.detail)
    return height
