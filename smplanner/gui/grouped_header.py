"""A header for many narrow columns: group bands on top, names turned on their side.

Forty-one KPI columns fit on a laptop screen only if each is a few characters wide; the
names then read bottom-to-top, as in a printed planner, and each KPI category is a
coloured band spanning its columns.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHeaderView, QWidget

from smplanner.gui.table_model import Role

BAND_HEIGHT = 22
NAME_HEIGHT = 168
CATEGORY_COLOURS = {
    "Reach": "#1565c0",
    "Engagement": "#6a1b9a",
    "Conversion": "#ef6c00",
    "Revenue": "#2e7d32",
    "Loyalty": "#ad1457",
    "Advocacy": "#00838f",
}
OTHER_COLOUR = "#546e7a"


def category_colour(group: str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(group, OTHER_COLOUR))


class GroupedHeader(QHeaderView):
    """Horizontal header: a band per group, rotated section titles beneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setFixedHeight(BAND_HEIGHT + NAME_HEIGHT)
        self.setDefaultSectionSize(26)
        self.setMinimumSectionSize(20)

    def _group(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(section, Qt.Orientation.Horizontal, Role.GROUP) or "")

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        painter.save()
        band = QRect(rect.left(), rect.top(), rect.width(), BAND_HEIGHT)
        painter.fillRect(band, category_colour(self._group(section)))
        names = QRect(
            rect.left(), rect.top() + BAND_HEIGHT, rect.width(), rect.height() - BAND_HEIGHT
        )
        selected = (
            self.selectionModel() is not None
            and self.selectionModel().columnIntersectsSelection(section, self.rootIndex())
        )
        painter.fillRect(names, QColor("#cfd8dc") if selected else QColor("#eceff1"))
        painter.setPen(QPen(QColor("#b0bec5")))
        painter.drawLine(names.topRight(), names.bottomRight())
        painter.drawLine(names.bottomLeft(), names.bottomRight())
        model = self.model()
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
        painter.setPen(QColor("#263238"))
        painter.translate(
            names.left() + names.width() / 2 + painter.fontMetrics().ascent() / 2 - 2,
            names.bottom() - 6,
        )
        painter.rotate(-90)
        room = names.height() - 12
        shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(0, 0, shown)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        count = self.count()
        if not count:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#ffffff"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        start = 0
        while start < count:
            group = self._group(start)
            end = start
            while end + 1 < count and self._group(end + 1) == group:
                end += 1
            visible = [s for s in range(start, end + 1) if not self.isSectionHidden(s)]
            if visible and group:
                left = self.sectionViewportPosition(visible[0])
                right = self.sectionViewportPosition(visible[-1]) + self.sectionSize(visible[-1])
                span = QRect(left, 0, right - left, BAND_HEIGHT)
                label = painter.fontMetrics().elidedText(
                    group, Qt.TextElideMode.ElideRight, span.width() - 6
                )
                painter.drawText(span, Qt.AlignmentFlag.AlignCenter, label)
                painter.setPen(QColor("#ffffff"))
                painter.drawLine(span.topRight(), span.bottomRight())
            start = end + 1
        painter.end()
