"""One printed page: paper, the frame every page shares, and type that stays legible.

Every section's chart is exactly one page. A page is drawn in points (1/72 inch) on
any paint device (a PDF writer, a printer, an image), so the same code prints, exports
and previews. The frame says what the page is (title, plan, date), explains colours in
a legend, and says in a footnote what was left out when the plan is too big to fit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
)

from smplanner.domain import palette
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.report.formats import long_date

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN = 28.0
"""Points around the page (about 10 mm): inside what every printer can print."""
MIN_TYPE = 7.0
"""The smallest type a page uses, in points; below it a grid leaves rows out instead."""
HEADLINE_TYPE = 16.0
"""The smallest type of a page's headline figures: legible from across a room."""
FONT_FAMILY = "DejaVu Sans"
INK = QColor(palette.INK)
MUTED = QColor("#607d8b")
RULE = QColor("#b0bec5")


_type_scale = 1.0
"""Points asked for per point drawn: pages are drawn in points on devices of any
resolution, scaled to it, and Qt would scale type a second time (see :func:`draw_page`)."""


_device: QPaintDevice | None = None
"""The device being drawn on: type is measured as it will be drawn there."""


def measure(chosen: QFont) -> QFontMetricsF:
    """Metrics of ``chosen`` on the page being drawn (or the screen outside a page)."""
    return QFontMetricsF(chosen, _device) if _device is not None else QFontMetricsF(chosen)


def font(size: float, bold: bool = False) -> QFont:
    """A font of ``size`` points on the page (the family falls back to any sans serif)."""
    chosen = QFont(FONT_FAMILY)
    chosen.setStyleHint(QFont.StyleHint.SansSerif)
    chosen.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    chosen.setPointSizeF(size * _type_scale)
    chosen.setBold(bold)
    # No ligatures: "profile" must stay searchable text, not "pro" + an "fi" glyph
    for tag in ("liga", "clig"):
        chosen.setFeature(QFont.Tag(tag), 0)
    return chosen


def default_paper() -> str:
    """Letter where the locale uses it (the Americas' Letter countries), else A4."""
    from PySide6.QtCore import QLocale

    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    return "letter" if QLocale().territory() in letter else "a4"


def page_layout(paper: str, landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(PAPERS[paper]), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point
    )


def page_size(paper: str, landscape: bool) -> QSizeF:
    """The paper's size in points, turned as asked."""
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    return QSizeF(size.height(), size.width()) if landscape else size


@dataclass
class LegendEntry:
    """A swatch (fill, optional text on it) and what it means."""

    label: str
    fill: QColor
    mark: str = ""
    mark_colour: QColor = field(default_factory=lambda: QColor(palette.ON_DARK))


@dataclass
class PageFrame:
    """What a page says around its content."""

    title: str
    plan: Plan
    legend: Sequence[LegendEntry] = ()
    notes: list[str] = field(default_factory=list)
    """What was left out, or how to read the page; printed small at the foot."""
    basis: str = ""
    """Whose figures the page shows (a rater, the team, a model, how returns count),
    printed under the plan's name."""
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class SectionPage:
    """A section's one-page chart: its name (for the command line), title and painter."""

    name: str
    title: str
    """English, marked with QT_TRANSLATE_NOOP: ``tr(page.title)`` where shown."""
    landscape: Callable[[Plan], bool]
    draw: Callable[[QPainter, QRectF, Plan], PageFrame]
    """Draws the content into the rectangle and returns the frame to draw around it."""


HEADER_HEIGHT = 58.0
FOOTER_LINE = 10.0


def draw_page(painter: QPainter, size: QSizeF, page: SectionPage, plan: Plan) -> None:
    """The whole page, in points: content first (it decides the notes), then its frame.

    ``size`` is the page in points; the painter's device may have any resolution.
    """
    global _type_scale, _device
    _device = painter.device()
    dpi = _device.logicalDpiY() or 72
    painter.save()
    painter.scale(dpi / 72, dpi / 72)
    _type_scale = 72 / dpi
    try:
        area = QRectF(MARGIN, MARGIN, size.width() - 2 * MARGIN, size.height() - 2 * MARGIN)
        content = QRectF(area.left(), area.top() + HEADER_HEIGHT, area.width(), 0)
        content.setBottom(area.bottom() - 3 * FOOTER_LINE - 6)
        painter.save()
        frame = page.draw(painter, content, plan)
        painter.restore()
        _header(painter, area, frame)
        _footer(painter, area, frame)
    finally:
        _type_scale = 1.0
        _device = None
        painter.restore()


def _header(painter: QPainter, area: QRectF, frame: PageFrame) -> None:
    """Title and date; the plan's name beside the legend; whose figures these are."""
    painter.setPen(INK)
    painter.setFont(font(16, bold=True))
    title_box = QRectF(area.left(), area.top(), area.width() * 0.7, 24)
    painter.drawText(
        title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, frame.title
    )
    painter.setFont(font(9))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(area.left() + area.width() * 0.7, area.top(), area.width() * 0.3, 24),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        long_date(frame.today),
    )
    legend_width = _legend(
        painter, QRectF(area.left(), area.top() + 24, area.width(), 14), frame.legend
    )
    plan_name = frame.plan.name or tr("Untitled plan")
    room = area.width() - legend_width - (12 if legend_width else 0)
    size = fitted_size(plan_name, room, 9)
    painter.setFont(font(size))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(area.left(), area.top() + 24, room, 14),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        plan_name,
    )
    if frame.basis:
        size = fitted_size(frame.basis, area.width(), 8.5)
        painter.setFont(font(size, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(area.left(), area.top() + 38, area.width(), 13),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            frame.basis,
        )
    painter.setPen(QPen(RULE, 0.8))
    y = area.top() + HEADER_HEIGHT - 5
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))


def _legend(painter: QPainter, box: QRectF, entries: Sequence[LegendEntry]) -> float:
    """Swatches and labels, right-aligned in ``box``; returns the width they take."""
    if not entries:
        return 0.0
    small = font(8)
    metrics = measure(small)
    swatch = 9.0
    gap = 10.0
    widths = [swatch + 3 + metrics.horizontalAdvance(e.label) for e in entries]
    taken = sum(widths) + gap * (len(entries) - 1)
    x = box.right() - taken
    y = box.center().y()
    painter.setFont(small)
    for entry, width in zip(entries, widths, strict=True):
        rect = QRectF(x, y - swatch / 2, swatch, swatch)
        painter.fillRect(rect, entry.fill)
        painter.setPen(QPen(RULE, 0.5))
        painter.drawRect(rect)
        if entry.mark:
            painter.setFont(font(MIN_TYPE, bold=True))
            painter.setPen(entry.mark_colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, entry.mark)
            painter.setFont(small)
        painter.setPen(INK)
        painter.drawText(
            QRectF(x + swatch + 3, box.top(), width, box.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            entry.label,
        )
        x += width + gap
    return taken


def _footer(painter: QPainter, area: QRectF, frame: PageFrame) -> None:
    """The notes, wrapped over the footer's three lines (never cut off), and the app."""
    painter.setPen(QPen(RULE, 0.8))
    top = area.bottom() - 3 * FOOTER_LINE
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top))
    painter.setPen(MUTED)
    box = QRectF(area.left(), top + 2, area.width() * 0.88, 3 * FOOTER_LINE - 2)
    text = "; ".join(frame.notes)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    size = MIN_TYPE + 1.5
    while (
        size > MIN_TYPE
        and measure(font(size)).boundingRect(box, flags, text).height() > box.height()
    ):
        size -= 0.5
    painter.setFont(font(size))
    painter.drawText(box, flags, text)
    painter.setFont(font(MIN_TYPE))
    painter.drawText(
        QRectF(box.right(), top + 2, area.right() - box.right(), FOOTER_LINE),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        "smplanner",
    )


def fitted_size(text: str, width: float, largest: float, smallest: float = MIN_TYPE) -> float:
    """The largest type size (down to ``smallest``) at which ``text`` fits ``width``."""
    size = largest
    while size > smallest and measure(font(size)).horizontalAdvance(text) > width:
        size -= 0.5
    return max(size, smallest)


def fitted_all(
    texts: Sequence[str],
    width: float,
    largest: float,
    smallest: float = MIN_TYPE,
    bold: bool = False,
) -> float:
    """The largest type size (down to ``smallest``) at which every one of ``texts`` fits."""
    size = largest
    while size > smallest and any(
        measure(font(size, bold)).horizontalAdvance(text) > width for text in texts
    ):
        size -= 0.5
    return max(size, smallest)


def wrapped_height(text: str, width: float, size: float, bold: bool = False) -> float:
    """The height ``text`` takes wrapped to ``width`` at ``size`` points."""
    flags = int(Qt.TextFlag.TextWordWrap)
    box = QRectF(0, 0, width, 100_000)
    return measure(font(size, bold)).boundingRect(box, flags, text).height()
