"""A header for many narrow columns: group bands on top, names turned on their side.

Forty-one KPI columns fit on a laptop screen only if each is a few characters wide; the
names then read bottom-to-top, as in a printed planner, and each KPI category is a
coloured band spanning its columns. The frozen pane uses the same header unrotated, with
one neutral band, so both headers line up as one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHeaderView, QWidget

from smplanner.gui.table_model import Role

BAND_HEIGHT = 22
MIN_NAME_HEIGHT = 60
MAX_NAME_HEIGHT = 200
"""Longer names are elided (the tooltip has them in full)."""
CATEGORY_COLOURS = {
    "Reach": "#1565c0",
    "Engagement": "#6a1b9a",
    "Conversion": "#e65100",
    "Revenue": "#2e7d32",
    "Loyalty": "#ad1457",
    "Advocacy": "#00838f",
}
OTHER_COLOUR = "#546e7a"
NEUTRAL_BAND = "#455a64"
NAME_BACKGROUND = QColor("#eceff1")
NAME_SELECTED = QColor("#b0bec5")
LINE = QColor("#b0bec5")
TEXT = QColor("#263238")


def category_colour(group: str) -> QColor:
    """The band colour of a KPI category; unknown categories share one slate colour."""
    return QColor(CATEGORY_COLOURS.get(group, OTHER_COLOUR))


class GroupedHeader(QHeaderView):
    """Horizontal header: a band per group (``Role.GROUP``), section titles beneath.

    ``rotated`` turns the titles to read bottom-to-top; ``band_text`` labels a band over
    sections without a group (the frozen columns).
    """

    rotated = True
    band_text = ""
    # class defaults: Qt asks for sizeHint() while the base class is still being built

    def __init__(
        self, rotated: bool = True, band_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.rotated = rotated
        self.band_text = band_text
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        if rotated:
            self.setDefaultSectionSize(26)
            self.setMinimumSectionSize(20)

    # ------------------------------------------------------------------ sizes
    def name_height(self) -> int:
        """Room for the longest title on its side (rotated), or one line of text."""
        metrics = QFontMetrics(self.font())
        if not self.rotated:
            return metrics.height() + 10
        model = self.model()
        longest = 0
        if model is not None:
            for section in range(model.columnCount(self.rootIndex())):
                if self.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, self.orientation()) or "")
                longest = max(longest, metrics.horizontalAdvance(text))
        return max(MIN_NAME_HEIGHT, min(MAX_NAME_HEIGHT, longest + 14))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), BAND_HEIGHT + self.name_height())

    # ---------------------------------------------------------------- painting
    def _group(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(section, Qt.Orientation.Horizontal, Role.GROUP) or "")

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        painter.save()
        group = self._group(section)
        band = QRect(rect.left(), rect.top(), rect.width(), BAND_HEIGHT)
        painter.fillRect(band, category_colour(group) if group else QColor(NEUTRAL_BAND))
        names = QRect(
            rect.left(), rect.top() + BAND_HEIGHT, rect.width(), rect.height() - BAND_HEIGHT
        )
        selection = self.selectionModel()
        selected = selection is not None and selection.columnIntersectsSelection(
            section, self.rootIndex()
        )
        painter.fillRect(names, NAME_SELECTED if selected else NAME_BACKGROUND)
        painter.setPen(QPen(LINE))
        painter.drawLine(names.topRight(), names.bottomRight())
        painter.drawLine(names.bottomLeft(), names.bottomRight())
        model = self.model()
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
        font = painter.font()
        font.setBold(selected or not self.rotated)
        painter.setFont(font)
        painter.setPen(TEXT)
        metrics = painter.fontMetrics()
        if self.rotated:
            painter.translate(
                names.left() + (names.width() + metrics.ascent() - metrics.descent()) / 2,
                names.bottom() - 7,
            )
            painter.rotate(-90)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, names.height() - 14)
            painter.drawText(0, 0, shown)
        else:
            inner = names.adjusted(6, 0, -4, -5)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(inner, align, shown)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Sections first, then each group's name once, centred over its band."""
        super().paintEvent(event)
        count = self.count()
        if not count:
            return
        painter = QPainter(self.viewport())
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
            label = group or self.band_text
            if visible and label:
                left = self.sectionViewportPosition(visible[0])
                right = self.sectionViewportPosition(visible[-1]) + self.sectionSize(visible[-1])
                span = QRect(left, 0, right - left, BAND_HEIGHT)
                shown = painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, span.width() - 6
                )
                painter.setPen(QColor("#ffffff"))
                painter.drawText(span, Qt.AlignmentFlag.AlignCenter, shown)
                painter.drawLine(span.topRight(), span.bottomRight())
            start = end + 1
        painter.end()
