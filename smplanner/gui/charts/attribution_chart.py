"""The Attribution tab's chart: each channel's credit under every model, bars side by side.

Where the models agree the bars of a channel are level; where they disagree the spread is
plain to see. The read-out under the chart names the channel under the mouse and its
credit per model. Loading this module loads pyqtgraph: do it when the chart is first shown.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.domain import palette
from smplanner.domain.deal_tables import MODEL_KEYS, MODELS
from smplanner.domain.text import tr
from smplanner.gui.charts.roi_charts import still_plot, swatch
from smplanner.report.formats import figures

PALETTE = palette.NETWORK_LINES
"""One colour per model, as the trend chart gives one per network."""
BAR_ROOM = 0.84
"""The share of a channel's slot its bars fill."""


class AttributionChart(QWidget):
    """Grouped bars: channels across, one bar per model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: dict[str, Any] | None = None
        self.channels: list[str] = []
        title = tr("Credit per channel under each model")
        heading = QLabel(f"<b>{title}</b>", self)
        self.plot = still_plot(self, 180)
        self.plot.setObjectName("attribution.chart")
        width = BAR_ROOM / len(MODELS)
        self.bars = []
        for number in range(len(MODELS)):
            colour = PALETTE[number % len(PALETTE)]
            bars = pg.BarGraphItem(x=[], height=[], width=width, brush=colour, pen=None)
            self.plot.addItem(bars)
            self.bars.append(bars)
        self.key = QLabel(
            "  ".join(swatch(PALETTE[n % len(PALETTE)], tr(m)) for n, m in enumerate(MODELS)),
            self,
        )
        self.key.setWordWrap(True)
        self.readout = QLabel(tr("Point at the chart to read its values"), self)
        self.readout.setObjectName("attribution.readout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.key)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def show_figures(self, found: dict[str, Any]) -> None:
        """Draw the credits of ``attribution_summary.figures``."""
        self.found = found
        models = found["models"]
        self.channels = list(next(iter(models.values())).keys()) if models else []
        x = np.arange(len(self.channels), dtype=float)
        width = BAR_ROOM / len(MODELS)
        top = 1.0
        for number, (model, bars) in enumerate(zip(MODELS, self.bars, strict=True)):
            heights = [models[MODEL_KEYS[model]][c]["value"] for c in self.channels]
            offset = -BAR_ROOM / 2 + width * (number + 0.5)
            bars.setOpts(x=x + offset, height=heights)
            top = max([top, *heights])
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(float(i), c) for i, c in enumerate(self.channels)]])
        self.plot.setLabel("left", tr("credited ({currency})").format(currency=found["currency"]))
        self.plot.setXRange(-0.6, max(len(self.channels) - 0.4, 0.6), padding=0)
        self.plot.setYRange(0, top * 1.08, padding=0)

    def _moved(self, position: QPointF) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        text = self.readout_at(point.x())
        if text:
            self.readout.setText(text)

    def readout_at(self, x: float) -> str:
        """The channel at ``x`` and its credit under every model."""
        if self.found is None:
            return ""
        slot = round(x)
        if not 0 <= slot < len(self.channels):
            return ""
        channel = self.channels[slot]
        money = figures().money
        parts = [
            f"{tr(m)} {money(self.found['models'][MODEL_KEYS[m]][channel]['value'])}"
            for m in MODELS
        ]
        return f"{channel}: " + " · ".join(parts)
