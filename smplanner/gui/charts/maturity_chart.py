"""The maturity profile as a chart: current, target and evidenced level per dimension.

Horizontal bars, one group per dimension (names stay readable, however long), levels
I to V along the bottom; the overall level is the title. pyqtgraph is imported here,
so only a window that shows the chart pays for it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.domain import maturity_report, palette
from smplanner.domain.maturity_tables import LEVEL_CODES
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

SERIES = tuple(palette.MATURITY_SERIES.items())
"""The series' keys (in :attr:`MaturityChart.values`) and colours; the legend says
:data:`SERIES_NAMES`."""
SERIES_NAMES = {
    "Current": QT_TRANSLATE_NOOP("", "Current"),
    "Target": QT_TRANSLATE_NOOP("", "Target"),
    "Evidenced": QT_TRANSLATE_NOOP("", "Evidenced"),
}
BAR = 0.26
WRAP = 22


def _short(name: str) -> str:
    """A dimension's name on at most two lines, so the axis stays narrow."""
    if len(name) <= WRAP:
        return name
    cut = name.rfind(" ", 0, WRAP + 1)
    cut = cut if cut > 0 else WRAP
    rest = name[cut:].strip()
    return name[:cut] + "\n" + (rest if len(rest) <= WRAP else rest[: WRAP - 1] + "…")


class MaturityChart(QWidget):
    """A bar chart of one profile; :meth:`show_profile` redraws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("maturity.chart")
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.25)
        bottom = item.getAxis("bottom")
        bottom.setTicks([[(level, code) for level, code in enumerate(LEVEL_CODES, 1)]])
        bottom.setLabel(tr("Level"), color="#37474f")
        for axis in ("bottom", "left"):
            item.getAxis(axis).setTextPen("#37474f")
            item.getAxis(axis).setPen("#90a4ae")
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        item.getAxis("left").setStyle(tickFont=font)
        item.setXRange(0, 5.4, padding=0)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for offset, (name, colour) in enumerate(SERIES):
            bars = pg.BarGraphItem(
                x0=[0],
                y=[0],
                height=BAR,
                width=[0],
                brush=QColor(colour),
                pen=pg.mkPen(None),
                name=name,
            )
            item.addItem(bars)
            self.bars[name] = bars
            bars._offset = (offset - 1) * BAR
        self.heading = QLabel(self)
        self.heading.setObjectName("maturity.chart_title")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-weight: bold; color: #263238;")
        self.legend = QLabel(
            "&nbsp;&nbsp;".join(
                f"<span style='color:{colour}'>■</span>&nbsp;{tr(SERIES_NAMES[name])}"
                for name, colour in SERIES
            ),
            self,
        )
        self.legend.setObjectName("maturity.chart_legend")
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.values: dict[str, list[int]] = {}
        self.title = ""

    def show_profile(self, profile: Sequence[maturity_report.DimensionProfile], title: str) -> None:
        """Draw these dimensions (top to bottom) under this title."""
        names = [p.dimension for p in profile]
        self.values = {
            "Current": [p.current or 0 for p in profile],
            "Target": [p.target or 0 for p in profile],
            "Evidenced": [p.evidenced for p in profile],
        }
        rows = list(range(len(names)))
        for name, bars in self.bars.items():
            offset: float = bars._offset
            bars.setOpts(x0=[0] * len(rows), y=[r + offset for r in rows], width=self.values[name])
        item = self.plot.getPlotItem()
        item.getAxis("left").setTicks([[(r, _short(n)) for r, n in zip(rows, names, strict=True)]])
        item.setYRange(-0.6, max(len(rows) - 0.4, 0.6), padding=0)
        self.title = title
        self.heading.setText(title)
