"""The Measuring tab as one page: where the funnel stands, its trend, targets per network.

First the three funnel levels' latest totals against their targets (the figures the
tracking grid's "(total)" rows show), then each level's trend per network (actual
solid, target dashed), then the tracking grid itself: target, actual and attainment per
network, KPI and period, attainment coloured as on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import palette
from smplanner.domain.figures_text import FiguresText
from smplanner.domain.funnel import LEVEL_TITLES, LEVELS
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.periods import settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.domain.tracking_grid import ALL_NETWORKS, Kind, TrackingGrid, pivot
from smplanner.domain.tracking_summary import LevelStatus, funnel_status
from smplanner.report import formats
from smplanner.report.cards import Card, draw_cards
from smplanner.report.line_chart import Series, draw_line_chart
from smplanner.report.page import (
    INK,
    MIN_TYPE,
    MUTED,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    fitted_all,
    font,
    measure,
)

TITLE = QT_TRANSLATE_NOOP("", "Measuring: targets and actuals")
ON_TARGET = QColor(palette.GOOD.ink)
BELOW_TARGET = QColor(palette.POOR.ink)
TOTAL_FILL = QColor("#eceff1")
STRIPE = QColor("#f5f7f8")
FUNNEL = dict(zip(LEVELS, (QColor(c) for c in palette.FUNNEL), strict=True))


def tracking_grid(plan: Plan) -> TrackingGrid:
    """The tracking grid as the Measuring tab pivots it (networks with data only)."""
    periods = settings_of(plan).periods
    return pivot(plan.frame(TRACKING), plan.keys("networks"), plan.keys("kpis"), periods, True)


def directions(plan: Plan) -> dict[str, str]:
    names = plan.column_values("kpis", "name")
    return dict(zip(names, plan.column_values("kpis", "direction"), strict=True))


def on_target(attainment: float, direction: str) -> bool:
    """Reached (or, for a KPI where less is better, kept under) the target."""
    return attainment >= 1 if direction != "down" else attainment <= 1


def status_cards(grid: TrackingGrid, plan: Plan, labels: list[str]) -> list[Card]:
    """One card per funnel level: latest total, its target and attainment."""
    figures = formats.figures()
    ways = directions(plan)
    cards = []
    for status in funnel_status(grid):
        cards.append(_card(status, grid, ways, labels, figures))
    return cards


def _card(
    status: LevelStatus,
    grid: TrackingGrid,
    ways: dict[str, str],
    labels: list[str],
    figures: FiguresText,
) -> Card:
    level = status.level
    name = tr(LEVEL_TITLES[level])
    if status.period is None:
        return Card(figures.count(None), name, FUNNEL[level], tr("no counts yet"))
    reached = status.attainment
    colour = None
    detail = tr("target {target}").format(target=figures.count(status.target))
    if reached is not None:
        kpi = grid.funnel.get(level) or ""
        good = on_target(reached, ways.get(kpi, "up"))
        colour = ON_TARGET if good else BELOW_TARGET
        detail += " · " + tr("attained {share}").format(share=figures.percent(reached))
    label = tr("{level}, {period}").format(level=name, period=labels[status.period])
    return Card(figures.count(status.actual), label, FUNNEL[level], detail, colour)


def _trends(
    painter: QPainter, box: QRectF, grid: TrackingGrid, labels: list[str], networks: list[str]
) -> None:
    """One small chart per funnel level: each network's actual (solid) and target (dashed)."""
    gap = 18.0
    width = (box.width() - 2 * gap) / 3
    for number, level in enumerate(LEVELS):
        series = []
        for shown, network in enumerate(networks):
            colour = QColor(palette.network_colour(shown))
            series.append(Series(network, colour, grid.level(network, level, "actual")))
            series.append(Series(network, colour, grid.level(network, level, "target"), True))
        title = tr("{level}: trend per network").format(level=tr(LEVEL_TITLES[level]))
        chart = QRectF(box.left() + number * (width + gap), box.top(), width, box.height())
        draw_line_chart(painter, chart, title, labels, series)


def _grid(
    painter: QPainter,
    box: QRectF,
    grid: TrackingGrid,
    labels: list[str],
    ways: dict[str, str],
) -> tuple[int, int]:
    """Target, actual and attainment per KPI row and period; returns (rows, periods) shown."""
    rows = [n for n, r in enumerate(grid.rows) if r.kind in (Kind.VALUE, Kind.TOTAL)]
    if not rows or not grid.periods:
        painter.setFont(font(10))
        painter.setPen(MUTED)
        painter.drawText(
            box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            tr("No counts yet: fill in the Tracking grid"),
        )
        return 0, 0
    figures = formats.figures()
    cells: dict[tuple[int, int, str], str] = {}
    for row in rows:
        for period in range(grid.periods):
            for name in ("target", "actual", "attainment"):
                value = grid.value(row, period, name)
                if name == "attainment":
                    cells[row, period, name] = figures.percent(value) if value is not None else ""
                else:
                    cells[row, period, name] = figures.count(value) if value is not None else ""
    titles = [(tr("Target"), "target"), (tr("Actual"), "actual"), (tr("Att."), "attainment")]
    network_titles = [
        tr(ALL_NETWORKS) if r.network == ALL_NETWORKS else r.network for r in grid.rows
    ]
    row_titles = [grid.rows[r].title for r in rows]
    line = box.height() / (len(rows) + 2.2) if rows else 14.0
    size = max(min(9.5, line / 1.45), MIN_TYPE)
    size = fitted_all([*network_titles, *row_titles], box.width() * 0.22, size)

    def widths(size: float) -> tuple[float, float, float]:
        regular, bold = measure(font(size)), measure(font(size, bold=True))
        network_width = max(regular.horizontalAdvance(t) for t in network_titles) + size
        kpi_width = max(bold.horizontalAdvance(t) for t in row_titles) + size
        widest = max(
            [bold.horizontalAdvance(t) for t in cells.values()]
            + [regular.horizontalAdvance(t) for t, _ in titles]
        )
        return network_width, kpi_width, widest + size * 0.6

    # the largest type at which every period fits; else the latest periods at the smallest
    while (
        size > MIN_TYPE and sum(widths(size)[:2]) + 3 * grid.periods * widths(size)[2] > box.width()
    ):
        size -= 0.5
    network_width, kpi_width, widest = widths(size)
    bold, regular = font(size, bold=True), font(size)
    room = box.width() - network_width - kpi_width
    periods = max(min(grid.periods, int(room // (3 * widest))), 1) if grid.periods else 0
    first = grid.periods - periods  # the latest periods, where the plan stands now
    column = room / max(periods * 3, 1)
    line = min(max(size * 1.5, (box.height() - size * 4) / max(len(rows), 1)), size * 2.2)
    y = box.top()
    painter.setPen(INK)
    painter.setFont(bold)
    left = box.left() + network_width + kpi_width
    for shown in range(periods):
        x = left + shown * 3 * column
        painter.drawText(
            QRectF(x, y, 3 * column, size * 1.6),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            labels[first + shown],
        )
        painter.setPen(QPen(RULE, 0.5))
        painter.drawLine(QPointF(x, y), QPointF(x, y + size * 3.2 + line * len(rows)))
        painter.setPen(INK)
    y += size * 1.6
    painter.setFont(regular)
    painter.setPen(MUTED)
    for shown in range(periods):
        for part, (title, _) in enumerate(titles):
            x = left + (shown * 3 + part) * column
            painter.drawText(
                QRectF(x, y, column - 3, size * 1.6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
    y += size * 1.6
    painter.setPen(QPen(RULE, 0.6))
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    previous = None
    for number, row in enumerate(rows):
        grid_row = grid.rows[row]
        band = QRectF(box.left(), y, box.width(), line)
        if grid_row.kind is Kind.TOTAL:
            painter.fillRect(band, TOTAL_FILL)
        elif number % 2:
            painter.fillRect(band, STRIPE)
        painter.setPen(INK)
        painter.setFont(regular)
        if grid_row.network != previous:
            painter.drawText(
                QRectF(box.left() + 2, y, network_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                network_titles[row],
            )
            previous = grid_row.network
        painter.setFont(bold if grid_row.kind is Kind.TOTAL else regular)
        painter.drawText(
            QRectF(box.left() + network_width, y, kpi_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            grid_row.title,
        )
        for shown in range(periods):
            period = first + shown
            for part, (_, name) in enumerate(titles):
                text = cells[row, period, name]
                if not text:
                    continue
                painter.setFont(regular if name == "target" else bold)
                painter.setPen(MUTED if name == "target" else INK)
                if name == "attainment":
                    reached = grid.value(row, period, name)
                    assert reached is not None
                    good = on_target(reached, ways.get(grid_row.kpi, "up"))
                    painter.setPen(ON_TARGET if good else BELOW_TARGET)
                x = left + (shown * 3 + part) * column
                painter.drawText(
                    QRectF(x, y, column - 3, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
        y += line
    painter.setPen(QPen(RULE, 0.6))
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    return len(rows), periods


def draw_measuring_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    grid = tracking_grid(plan)
    labels = formats.period_labels(settings_of(plan))
    networks = list(dict.fromkeys(r.network for r in grid.rows if r.kind is Kind.VALUE))
    ways = directions(plan)
    taken = draw_cards(painter, area, status_cards(grid, plan, labels), largest=28)
    top = area.top() + taken + 14
    rest = area.bottom() - top
    rows = sum(1 for r in grid.rows if r.kind in (Kind.VALUE, Kind.TOTAL))
    table_height = min(rest * 0.55, (rows + 3) * 20.0)
    chart = QRectF(area.left(), top, area.width(), rest - table_height - 14)
    _trends(painter, chart, grid, labels, networks)
    table = QRectF(area.left(), chart.bottom() + 14, area.width(), table_height)
    _, periods = _grid(painter, table, grid, labels, ways)
    notes = [tr("Attainment = actual / target; green on target, red below")]
    if periods < grid.periods:
        notes.append(
            tr("the table shows the latest {shown} of {total} periods").format(
                shown=formats.integer(periods), total=formats.integer(grid.periods)
            )
        )
    missing = len(plan.keys("networks")) - len(networks)
    if missing > 0:
        notes.append(tr("%n network(s) without tracking rows not shown", "", missing))
    legend = [
        LegendEntry(network, QColor(palette.network_colour(n)))
        for n, network in enumerate(networks)
    ] + [
        LegendEntry(tr("on target"), ON_TARGET),
        LegendEntry(tr("below target"), BELOW_TARGET),
    ]
    basis = tr(
        "Targets and actuals as typed in the Tracking grid; charts: actual solid, "
        "target dashed; cards: the latest period with counts, all networks"
    )
    return PageFrame(tr(TITLE), plan, legend, notes, basis)


MEASURING_PAGE = SectionPage("measuring", TITLE, lambda plan: True, draw_measuring_page)
