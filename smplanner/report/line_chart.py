"""A small line chart on paper: series over the plan's periods, gaps where data is missing.

Used for the funnel levels' trends (the ROI and Measuring pages). The y axis starts at
zero, so a line's height compares with another's; ticks are written in the locale's
numbers, period names along the bottom (every k-th one when they would crowd).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from smplanner.report import formats
from smplanner.report.page import INK, MIN_TYPE, MUTED, RULE, font, measure

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Series:
    name: str
    colour: QColor
    values: Array
    dashed: bool = False


def nice_top(value: float) -> float:
    """A round number at or above ``value`` for the top of an axis (1, 2, 2.5, 5 x 10^n)."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    power: float = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def draw_line_chart(
    painter: QPainter,
    box: QRectF,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    type_size: float = 9.0,
) -> None:
    """``title`` over a plot of ``series`` against ``labels`` (the periods), in ``box``."""
    painter.setFont(font(type_size + 1, bold=True))
    painter.setPen(INK)
    heading = type_size * 1.7
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), heading),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        title,
    )
    small = font(max(type_size - 1, MIN_TYPE))
    metrics = measure(small)
    present = [float(v) for s in series for v in s.values if not np.isnan(v)]
    top = nice_top(max(present, default=0.0))
    decimals = 0 if (top / 4).is_integer() else 1 if (top * 10 / 4).is_integer() else 2
    ticks = [formats.number(top * step / 4, decimals) for step in range(5)]
    axis = max(metrics.horizontalAdvance(t) for t in ticks) + 4
    plot = QRectF(
        box.left() + axis,
        box.top() + heading + 4,
        box.width() - axis - 6,
        box.height() - heading - 4 - metrics.height() - 4,
    )
    painter.setFont(small)
    for step, text in enumerate(ticks):
        y = plot.bottom() - plot.height() * step / 4
        painter.setPen(QPen(RULE, 0.4))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(box.left(), y - 6, axis - 4, 12),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    count = len(labels)
    if not count:
        return
    step_x = plot.width() / count

    def x_of(period: int) -> float:
        return plot.left() + step_x * (period + 0.5)

    widest = max(metrics.horizontalAdvance(label) for label in labels) + 6
    every = max(1, math.ceil(widest / step_x))
    painter.setPen(INK)
    for period, label in enumerate(labels):
        if period % every:
            continue
        painter.drawText(
            QRectF(x_of(period) - widest / 2, plot.bottom() + 2, widest, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            label,
        )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for line in series:
        pen = QPen(line.colour, 1.6)
        if line.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.1)
        path = QPainterPath()
        drawing = False
        points = []
        for period, value in enumerate(line.values[:count]):
            if np.isnan(value):
                drawing = False
                continue
            point = QPointF(x_of(period), plot.bottom() - plot.height() * float(value) / top)
            points.append(point)
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if not line.dashed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(line.colour)
            for point in points:
                painter.drawEllipse(point, 1.8, 1.8)
    painter.setBrush(Qt.BrushStyle.NoBrush)
