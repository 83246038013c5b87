"""The ROI dashboard's charts: the funnel, the trend per network, investment against return.

Each chart is a pyqtgraph plot with readable axes (periods by name, amounts with their
currency, counts as counts) and a read-out line under it that says the values under the
mouse. ``readout_at`` is a plain method, so what the read-out says is testable without a
mouse. Loading this module loads pyqtgraph: do it when a chart is first shown.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smplanner.domain import palette
from smplanner.domain.measures import LEVEL_TITLES, LEVELS, Dashboard
from smplanner.domain.text import tr
from smplanner.report.formats import decimal_point, figures, write_number

INVESTMENT_COLOUR = palette.INVESTMENT
RETURN_COLOUR = palette.RETURN
FUNNEL_COLOURS = palette.FUNNEL
MAX_TICKS = 12
TICK_WIDTH = 58
"""Pixels one short period name needs under an axis."""

pg.setConfigOptions(antialias=True, background="w", foreground="#37474f")


def short_label(label: str) -> str:
    """A period's name short enough for an axis: "Jan 2027" -> "Jan 27", "2027-W05" -> "W05"."""
    if match := re.fullmatch(r"([A-Z][a-z]{2}) (\d{2})(\d{2})", label):
        return f"{match[1]} {match[3]}"
    if match := re.fullmatch(r"\d{4}-(W\d{2})", label):
        return match[1]
    if match := re.fullmatch(r"\d{2}(\d{2}) (Q\d)", label):
        return f"{match[2]} {match[1]}"
    if match := re.fullmatch(r"(\D+ )\d{2}(\d{2})", label):  # "Mär 2027", "Q1 2027"
        return f"{match[1]}{match[2]}"
    return label


def period_ticks(labels: list[str], room: int = MAX_TICKS) -> list[list[tuple[float, str]]]:
    """Period names under the x axis: every k-th one when more than ``room`` would crowd."""
    step = max(1, math.ceil(len(labels) / max(room, 1)))
    return [[(float(i), short_label(label)) for i, label in enumerate(labels) if i % step == 0]]


def tick_room(plot: pg.PlotWidget) -> int:
    """How many period names fit under a plot of its present width."""
    return max(2, min(MAX_TICKS, int(plot.width()) // TICK_WIDTH))


class NumberAxis(pg.AxisItem):
    """Tick values with the locale's thousands separators (20,000 or 20.000, not 20000)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing < 1:
            texts = list(super().tickStrings(values, scale, spacing))
            point = decimal_point()
            return [t.replace(".", point) for t in texts] if point != "." else texts
        write = write_number()
        return [write(v * scale, 0) for v in values]


def still_plot(parent: QWidget, minimum_height: int) -> pg.PlotWidget:
    """A plot that does not pan, zoom or offer its menu (the figures are read, not
    explored), with locale numbers up the side and light horizontal lines."""
    plot = pg.PlotWidget(parent, axisItems={"left": NumberAxis("left")})
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMinimumHeight(minimum_height)
    return plot


def swatch(colour: str, name: str) -> str:
    """A coloured square and a name, as rich text for a chart's key."""
    return f'<span style="color:{colour}">■</span> {name}'


class Chart(QWidget):
    """A titled plot with a read-out of the values under the mouse."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Dashboard | None = None
        self.heading = QLabel(f"<b>{title}</b>", self)
        self.plot = still_plot(self, 200)
        self.key = QLabel(self)
        self.key.setObjectName("chart.key")
        self.readout = QLabel(self)
        self.readout.setObjectName("chart.readout")
        self.readout.setStyleSheet("color: #37474f;")
        self.readout.setText(tr("Point at the chart to read its values"))
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading)
        self.top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(self.top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.key)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def _moved(self, position: QPointF) -> None:
        if self.board is None:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        text = self.readout_at(point.x(), point.y())
        if text:
            self.readout.setText(text)

    def readout_at(self, x: float, y: float) -> str:
        """What the read-out says with the mouse at (x, y) in the chart's own units."""
        raise NotImplementedError

    def show_board(self, board: Dashboard) -> None:
        raise NotImplementedError


class FunnelChart(Chart):
    """Followers -> MQC -> SQO as bars, each with its count and conversion rate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Funnel: Followers → MQC → SQO (latest counts)"), parent)
        self.plot.hideAxis("bottom")
        self.plot.getAxis("left").setTicks(
            [[(2 - i, tr(LEVEL_TITLES[lvl])) for i, lvl in enumerate(LEVELS)]]
        )
        self.plot.showGrid(x=False, y=False)
        self.bars = pg.BarGraphItem(x0=[0, 0, 0], y=[2, 1, 0], height=0.7, width=[0, 0, 0])
        self.plot.getAxis("left").setStyle(tickLength=0)
        self.plot.addItem(self.bars)
        self.texts = []
        font = QFont()
        font.setBold(True)
        for _ in LEVELS:
            text = pg.TextItem(color=palette.INK, anchor=(0.0, 0.5))
            text.setFont(font)
            self.plot.addItem(text)
            self.texts.append(text)
        self.plot.setYRange(-0.6, 2.6, padding=0)
        self.plot.setXRange(0, 1, padding=0.01)

    def lines(self, board: Dashboard) -> list[str]:
        """One line per level: its count and the share of the level above."""
        funnel = board.funnel
        shown = figures()
        rates = (None, board.mqc_rate, board.sqo_rate)
        above = ("", tr("{rate} of followers"), tr("{rate} of MQC"))
        out = []
        for level, rate, of in zip(LEVELS, rates, above, strict=True):
            line = f"{tr(LEVEL_TITLES[level])} {shown.count(funnel[level])}"
            if of:
                line += " · " + of.format(rate=shown.percent(rate, 1))
            out.append(line)
        return out

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        counts = [board.funnel[level] or 0.0 for level in LEVELS]
        top = max(counts) or 1.0
        # the true share of the longest bar, but never shorter than a sliver, to stay visible
        widths = [max(c / top, 0.015) if c else 0.0 for c in counts]
        self.bars.setOpts(
            x0=[0.0] * len(widths),
            width=widths,
            brushes=[pg.mkBrush(c) for c in FUNNEL_COLOURS],
            pens=[pg.mkPen(None)] * 3,
        )
        for text, line, y, width in zip(
            self.texts, self.lines(board), (2, 1, 0), widths, strict=True
        ):
            text.setText(line)
            inside = width > 0.55
            text.setColor(palette.ON_DARK if inside else palette.INK)
            text.setPos(0.02 if inside else width + 0.02, y)

    def readout_at(self, x: float, y: float) -> str:
        if self.board is None:
            return ""
        index = 2 - round(y)
        if not 0 <= index < len(LEVELS):
            return ""
        return self.lines(self.board)[index]


class TrendChart(Chart):
    """One line per network over the periods, for the level chosen above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Trend per network"), parent)
        self.level = QComboBox(self)
        self.level.setObjectName("chart.trend.level")
        for level in LEVELS:
            self.level.addItem(tr(LEVEL_TITLES[level]), level)
        self.level.setToolTip(tr("The measure to follow over the periods"))
        self.level.currentIndexChanged.connect(self._show_level)
        self.top.addWidget(self.level)
        self.plot.setLabel("left", tr("count"))
        self.plot.setLabel("bottom", tr("period"))

    def chosen(self) -> str:
        return str(self.level.currentData())

    def _show_level(self) -> None:
        if self.board is not None:
            self.show_board(self.board)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        level = self.chosen()
        self.plot.clear()
        keys = []
        values = board.trends[level]
        self.plot.setLabel("left", tr("{level} (count)").format(level=tr(LEVEL_TITLES[level])))
        self.plot.setLabel("bottom", _period_axis(board))
        self.plot.getAxis("bottom").setTicks(period_ticks(board.labels, tick_room(self.plot)))
        x = np.arange(len(board.labels), dtype=float)
        shown = 0
        for row, name in enumerate(board.networks):
            series = values[row] if len(values) else np.array([])
            if not len(series) or np.all(np.isnan(series)):
                continue
            colour = palette.network_colour(shown)
            shown += 1
            keys.append(swatch(colour, name))
            self.plot.plot(
                x,
                series,
                name=name,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=colour,
                symbolPen=None,
                connect="finite",
            )
        self.key.setText(
            "  ".join(keys) if keys else tr("No counts yet: fill in the Tracking grid")
        )
        self.plot.setXRange(-0.5, max(len(board.labels) - 0.5, 0.5), padding=0)
        self.plot.enableAutoRange(axis="y")

    def readout_at(self, x: float, y: float) -> str:
        board = self.board
        if board is None:
            return ""
        period = round(x)
        if not 0 <= period < len(board.labels):
            return ""
        level = self.chosen()
        values = board.trends[level]
        count = figures().count
        parts = [
            f"{name} {count(float(values[row, period]))}"
            for row, name in enumerate(board.networks)
            if len(values) and not np.isnan(values[row, period])
        ]
        said = " · ".join(parts) if parts else tr("no data")
        return f"{board.labels[period]}, {tr(LEVEL_TITLES[level])}: {said}"


class MoneyChart(Chart):
    """Investment and return side by side for each period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Investment and return per period"), parent)
        invested, returned = tr("Investment"), tr("Return")
        self.invested = pg.BarGraphItem(
            x=[], height=[], width=0.38, brush=INVESTMENT_COLOUR, pen=None, name=invested
        )
        self.returned = pg.BarGraphItem(
            x=[], height=[], width=0.38, brush=RETURN_COLOUR, pen=None, name=returned
        )
        self.plot.addItem(self.invested)
        self.plot.addItem(self.returned)
        self.key.setText(
            f"{swatch(INVESTMENT_COLOUR, invested)}  {swatch(RETURN_COLOUR, returned)}"
        )

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        x = np.arange(len(board.labels), dtype=float)
        self.invested.setOpts(x=x - 0.2, height=board.investment_per_period)
        self.returned.setOpts(x=x + 0.2, height=board.return_per_period)
        self.plot.setLabel(
            "left", tr("amount ({currency})").format(currency=board.settings.currency)
        )
        self.plot.setLabel("bottom", _period_axis(board))
        self.plot.getAxis("bottom").setTicks(period_ticks(board.labels, tick_room(self.plot)))
        self.plot.setXRange(-0.6, max(len(board.labels) - 0.4, 0.6), padding=0)
        top = max([*board.investment_per_period, *board.return_per_period, 1.0])
        self.plot.setYRange(0, top * 1.08, padding=0)

    def readout_at(self, x: float, y: float) -> str:
        board = self.board
        if board is None:
            return ""
        period = round(x)
        if not 0 <= period < len(board.labels):
            return ""
        currency = board.settings.currency
        shown = figures()
        return tr("{period}: investment {investment}, return {returned}, ROI {roi}").format(
            period=board.labels[period],
            investment=shown.money(board.investment_per_period[period], currency),
            returned=shown.money(board.return_per_period[period], currency),
            roi=shown.percent(board.roi_per_period[period]),
        )


def _period_axis(board: Dashboard) -> str:
    """The x axis's title: "period (month)"."""
    unit = board.settings.period_unit
    return tr("period ({unit})").format(unit=tr(unit))


def make_charts(parent: QWidget) -> tuple[FunnelChart, TrendChart, MoneyChart]:
    """The three charts (the first call loads pyqtgraph)."""
    return FunnelChart(parent), TrendChart(parent), MoneyChart(parent)


__all__ = ["Chart", "FunnelChart", "MoneyChart", "TrendChart", "make_charts", "period_ticks"]
