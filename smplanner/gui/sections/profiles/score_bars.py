"""Horizontal score bars: one labelled bar per account or network, 0 to 100 %.

Painted directly: a handful of named bars reads best as rows (name, bar, figure), and the
tab opens without loading a charting library.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from smplanner.domain import palette
from smplanner.domain.text import tr
from smplanner.report import formats

TRACK = QColor(palette.SCORE_TRACK)


def percent(score: float | None) -> str:
    """A score as the user's locale writes it: "67 %" ("67%" in Polish), or "n/a"."""
    return formats.percent(score)


def score_colour(score: float) -> QColor:
    """Green from 80 %, amber from 50 %, red below (as on the printed page)."""
    return QColor(palette.score_light(score).fill)


@dataclass(frozen=True)
class Bar:
    label: str
    score: float | None
    """0..1, or None when nothing applies (drawn as an empty track marked n/a)."""
    heading: bool = False
    """A row that names a group (bold, no bar)."""


class ScoreBars(QWidget):
    """A list of score bars; rows are as tall as one line of text plus a little air."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = tr("No scores yet: add an account")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        tips = [f"{b.label}: {percent(b.score)}" for b in self.bars if not b.heading]
        self.setToolTip("\n".join(tips))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.bars)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        if not self.bars:
            painter.setPen(QPen(self.palette().placeholderText().color()))
            align = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            painter.drawText(self.rect().adjusted(2, 2, 0, 0), int(align), self.empty_text)
            painter.end()
            return
        height = self._row_height()
        label_width = min(
            max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12,
            self.width() // 2,
        )
        figure_width = metrics.horizontalAdvance(percent(1.0)) + 10
        bar_left = label_width
        bar_width = max(self.width() - label_width - figure_width - 4, 10)
        text_colour = self.palette().text().color()
        for number, bar in enumerate(self.bars):
            top = 2 + number * height
            font = painter.font()
            font.setBold(bar.heading)
            painter.setFont(font)
            painter.setPen(QPen(text_colour))
            label_rect = QRectF(0, top, label_width - 8, height)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(label_rect, int(align), label)
            if bar.heading:
                continue
            track = QRectF(bar_left, top + 4, bar_width, height - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            if bar.score is not None and bar.score > 0:
                filled = QRectF(track)
                filled.setWidth(track.width() * min(bar.score, 1.0))
                painter.setBrush(score_colour(bar.score))
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(QPen(text_colour))
            figure = QRectF(bar_left + bar_width + 4, top, figure_width, height)
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(figure, int(right), percent(bar.score))
        painter.end()
