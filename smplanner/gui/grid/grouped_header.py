"""A header for many narrow columns: group bands on top, names turned on their side.

Forty-one KPI columns fit on a laptop screen only if each is a few characters wide; the
names then read bottom-to-top, as in a printed planner, and each KPI category is a
coloured band spanning its columns. The frozen pane uses the same header unrotated, with
one neutral band, so both headers line up as one.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHeaderView, QWidget

from smplanner.domain import palette
from smplanner.gui.grid.table_model import Role

BAND_HEIGHT = 22
MIN_NAME_HEIGHT = 60
MAX_NAME_HEIGHT = 200
"""Longer names are elided (the tooltip has them in full)."""
NEUTRAL_BAND = "#455a64"
NAME_BACKGROUND = QColor("#eceff1")
NAME_SELECTED = QColor("#b0bec5")
LINE = QColor("#b0bec5")
TEXT = QColor(palette.INK)


def category_colour(group: str) -> QColor:
    """The band colour of a KPI category; unknown categories share one slate colour."""
    return QColor(palette.category_colour(group))


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
        model: QAbstractItemModel | None = self.model()  # None before a model is set
        if model is None:
            return ""
        return str(model.headerData(section, Qt.Orientation.Horizontal, Role.GROUP) or "")

    def _visible_sections(self) -> list[int]:
        """Logical indexes of the sections in view, left to right."""
        if not self.count():
            return []
        first = self.visualIndexAt(0)
        last = self.visualIndexAt(self.viewport().width() - 1)
        first = 0 if first < 0 else first
        last = self.count() - 1 if last < 0 else last
        shown = (self.logicalIndex(v) for v in range(first, last + 1))
        return [s for s in shown if not self.isSectionHidden(s)]

    def paintEvent(self, event: QPaintEvent) -> None:
        """The whole header in one pass: sections, then each group's name over its band.

        One Python call per repaint rather than one per section (``paintSection``):
        cheaper, and PySide6 6.12.0 loses a reference to None on every call of a
        Python override.
        """
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), NAME_BACKGROUND)
        sections = self._visible_sections()
        model = self.model()
        selection = self.selectionModel()
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        groups: list[tuple[str, int, int]] = []  # (group, left, right) runs in view
        height = self.viewport().height()
        for section in sections:
            left = self.sectionViewportPosition(section)
            rect = QRect(left, 0, self.sectionSize(section), height)
            group = self._group(section)
            text = str(model.headerData(section, self.orientation()) or "") if model else ""
            selected = selection is not None and selection.columnIntersectsSelection(
                section, self.rootIndex()
            )
            self._paint_section(painter, rect, group, text, selected, metrics, bold)
            if groups and groups[-1][0] == group:
                groups[-1] = (group, groups[-1][1], rect.right())
            else:
                groups.append((group, rect.left(), rect.right()))
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff"))
        bold_metrics = QFontMetrics(bold)
        for group, left, right in groups:
            label = group or self.band_text
            # a group's band may start or end out of view: label the whole band's middle
            span = QRect(left, 0, right - left + 1, BAND_HEIGHT)
            if label:
                shown = bold_metrics.elidedText(
                    label, Qt.TextElideMode.ElideRight, span.width() - 6
                )
                painter.drawText(span, Qt.AlignmentFlag.AlignCenter, shown)
            painter.drawLine(span.topRight(), span.bottomRight())
        painter.end()

    def _paint_section(
        self,
        painter: QPainter,
        rect: QRect,
        group: str,
        text: str,
        selected: bool,
        metrics: QFontMetrics,
        bold: QFont,
    ) -> None:
        band = QRect(rect.left(), rect.top(), rect.width(), BAND_HEIGHT)
        painter.fillRect(band, category_colour(group) if group else QColor(NEUTRAL_BAND))
        names = QRect(
            rect.left(), rect.top() + BAND_HEIGHT, rect.width(), rect.height() - BAND_HEIGHT
        )
        painter.fillRect(names, NAME_SELECTED if selected else NAME_BACKGROUND)
        painter.setPen(QPen(LINE))
        painter.drawLine(names.topRight(), names.bottomRight())
        painter.drawLine(names.bottomLeft(), names.bottomRight())
        font = bold if selected or not self.rotated else self.font()
        painter.setFont(font)
        painter.setPen(TEXT)
        shown_metrics = QFontMetrics(font)
        if self.rotated:
            painter.save()
            painter.translate(
                names.left()
                + (names.width() + shown_metrics.ascent() - shown_metrics.descent()) / 2,
                names.bottom() - 7,
            )
            painter.rotate(-90)
            room = names.height() - 14
            painter.drawText(
                0, 0, shown_metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            )
            painter.restore()
        else:
            inner = names.adjusted(6, 0, -4, -5)
            shown = shown_metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, shown
            )
