"""The Pipeline tab's forecast: per period of expected close, the weighted pipeline beside
the best case and the commit, bars side by side.

The best case is every open value, the commit the open deals at 75 % or more, the weighted
value x probability; so the weighted bar sits below the best case and the gap between them
is how much of the pipeline is hope. Loading this module loads pyqtgraph: do it when the
chart is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.domain import palette
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.charts.roi_charts import period_ticks, still_plot, swatch
from smplanner.report.formats import figures

SERIES = (
    ("best_case", QT_TRANSLATE_NOOP("", "Best case"), palette.FUNNEL[0]),
    ("weighted", QT_TRANSLATE_NOOP("", "Weighted"), palette.FUNNEL[1]),
    ("commit", QT_TRANSLATE_NOOP("", "Commit"), palette.FUNNEL[2]),
)
BAR_ROOM = 0.8
"""The share of a period's slot its three bars fill."""


class ForecastChart(QWidget):
    """Grouped bars: periods across, best case, weighted and commit in each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline.forecast")
        self.labels: list[str] = []
        self.forecast: list[dict[str, Any]] = []
        self.currency = ""
        title = tr("Forecast per period of expected close")
        heading = QLabel(f"<b>{title}</b>", self)
        self.plot = still_plot(self, 160)
        self.plot.setObjectName("pipeline.forecast.plot")
        width = BAR_ROOM / len(SERIES)
        self.bars = []
        for _key, _title, colour in SERIES:
            bars = pg.BarGraphItem(x=[], height=[], width=width, brush=colour, pen=None)
            self.plot.addItem(bars)
            self.bars.append(bars)
        self.empty = QLabel(self)
        self.empty.setObjectName("pipeline.forecast.empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.key = QLabel(
            "  ".join(swatch(colour, tr(title)) for _k, title, colour in SERIES), self
        )
        self.readout = QLabel(tr("Point at the chart to read its values"), self)
        self.readout.setObjectName("pipeline.forecast.readout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.key)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def show_forecast(
        self, labels: Sequence[str], forecast: Sequence[dict[str, Any]], currency: str
    ) -> None:
        """Draw ``forecast_by_period`` of the pipeline figures, periods named ``labels``."""
        self.labels, self.forecast, self.currency = list(labels), list(forecast), currency
        x = np.arange(len(self.forecast), dtype=float)
        width = BAR_ROOM / len(SERIES)
        top = 1.0
        for number, ((key, _title, _colour), bars) in enumerate(
            zip(SERIES, self.bars, strict=True)
        ):
            heights = [float(period[key]) for period in self.forecast]
            bars.setOpts(x=x + (-BAR_ROOM / 2 + width * (number + 0.5)), height=heights)
            top = max([top, *heights])
        self.plot.getAxis("bottom").setTicks(period_ticks(self.labels))
        self.plot.setLabel("left", currency)
        self.plot.setXRange(-0.6, max(len(self.forecast) - 0.4, 0.6), padding=0)
        self.plot.setYRange(0, top * 1.08, padding=0)
        nothing = not any(period["deals"] for period in self.forecast)
        self.plot.setVisible(not nothing)
        self.empty.setVisible(nothing)
        self.key.setVisible(not nothing)
        self.readout.setVisible(not nothing)
        self.empty.setText(
            tr(
                "No open deal is expected to close in the plan's periods: give open deals a"
                " close date inside them to see the forecast."
            )
            if nothing
            else ""
        )

    def _moved(self, position: QPointF) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        text = self.readout_at(point.x())
        if text:
            self.readout.setText(text)

    def readout_at(self, x: float) -> str:
        """The period at ``x``: its open deals, best case, weighted and commit."""
        slot = round(x)
        if not 0 <= slot < len(self.forecast):
            return ""
        period = self.forecast[slot]
        money = figures().money
        values = " · ".join(
            f"{tr(title)} {money(period[key], self.currency)}" for key, title, _c in SERIES
        )
        deals = tr("%n open deal(s)", "", period["deals"])
        return f"{self.labels[slot]}: {deals}; {values}"
