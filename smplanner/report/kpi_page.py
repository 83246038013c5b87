"""The KPI planner as one page: rows of stage, goal and tactic against the KPIs.

The type shrinks (down to the legible minimum) until the whole grid fits. When even that
is not enough, the page keeps what matters most and says what it left out: first the
KPIs no row uses, then rows without a primary KPI, then the rows past the page, and
the least-used KPIs last.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import palette
from smplanner.domain.kpi_planner import focus_problems, kpi_names
from smplanner.domain.plan import Plan
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.page import (
    HEADLINE_TYPE,
    INK,
    MIN_TYPE,
    MUTED,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    fitted_size,
    font,
    measure,
    wrapped_height,
)

PRIMARY_FILL = QColor(palette.PRIMARY.fill)
SECONDARY_FILL = QColor(palette.SECONDARY.fill)
SECONDARY_INK = QColor(palette.SECONDARY.ink)
NO_FOCUS_FILL = QColor(palette.NO_FOCUS)
STRIPE = QColor("#f5f7f8")
CATEGORY_COLOURS = {name: QColor(colour) for name, colour in palette.CATEGORY_COLOURS.items()}
OTHER_COLOUR = QColor(palette.OTHER_CATEGORY)
LARGEST = 11.0
LABELS = (
    ("stage", QT_TRANSLATE_NOOP("", "Stage"), 78.0),
    ("goal", QT_TRANSLATE_NOOP("", "Goal"), 105.0),
    ("tactic", QT_TRANSLATE_NOOP("", "Tactic"), 105.0),
)
"""The row-header columns (titles translated where drawn), with the width each keeps at
8 pt when the grid is too wide for whole names (points)."""
HEADLINE = 34.0
"""The height of the headline figures over the grid (points)."""
TITLE = QT_TRANSLATE_NOOP("", "KPI planner")


@dataclass
class GridFit:
    """What the page shows and at what size."""

    size: float
    rows: list[int]
    kpis: list[str]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Metrics:
    """Sizes of the grid's parts at one type size."""

    size: float
    line: float
    column: float
    labels: tuple[float, ...]
    band: float
    names: float
    lines: int = 1
    """Lines of the tallest row: two where stage, goal or tactic names wrap to fit."""
    row_lines: tuple[int, ...] = ()
    """Lines of each planner row (one where none is given)."""

    @property
    def header(self) -> float:
        return self.band + self.names

    @property
    def row(self) -> float:
        return self.line * self.lines

    def row_height(self, row: int) -> float:
        return self.line * (self.row_lines[row] if row < len(self.row_lines) else 1)

    def fits(self, rows: Sequence[int], height: float) -> bool:
        return self.header + sum(self.row_height(r) for r in rows) <= height

    def rows_fitting(self, height: float) -> int:
        return max(int((height - self.header) // self.row), 0)

    def kpis_fitting(self, width: float) -> int:
        return max(int((width - sum(self.labels)) // self.column), 0)


def _metrics(size: float, plan: Plan, kpis: Sequence[str], width: float = 0.0) -> Metrics:
    """Sizes at ``size``: whole names on one line where ``width`` has room, else on two."""
    regular, bold = measure(font(size)), measure(font(size, bold=True))
    column = size * 1.6
    texts = {
        name: [tr(title)]
        + [str(plan.value("planner", r, name)) for r in range(plan.row_count("planner"))]
        for name, title, _ in LABELS
    }
    natural = [
        max(
            [bold.horizontalAdvance(tr(title))]
            + [(bold if name == "stage" else regular).horizontalAdvance(t) for t in texts[name]]
        )
        + size * 0.8
        for name, title, _ in LABELS
    ]
    labels = natural
    lines = 1
    room = width - len(kpis) * column
    if width and sum(natural) > room:
        scale = size / 8.0
        labels = [min(n, widest * scale) for n, (_, _, widest) in zip(natural, LABELS, strict=True)]
        spare = room - sum(labels)
        if spare > 0:  # what is left goes to the names that wrap, as far as they need it
            wants = [n - w for n, w in zip(natural, labels, strict=True)]
            asked = sum(wants) or 1.0
            labels = [w + spare * want / asked for w, want in zip(labels, wants, strict=True)]
        lines = 2
    longest_name = max((regular.horizontalAdvance(k) for k in kpis), default=0.0)
    line = size * 1.5
    row_lines: list[int] = []
    if lines > 1:
        for row in range(plan.row_count("planner")):
            tallest = max(
                wrapped_height(texts[name][row + 1], w - 4, size, bold=name == "stage")
                for (name, _, _), w in zip(LABELS, labels, strict=True)
            )
            row_lines.append(max(1, math.ceil(tallest / (size * 1.2) - 0.2)))
    return Metrics(
        size=size,
        line=line,
        column=column,
        labels=tuple(labels),
        band=size * 1.7,
        names=longest_name + size,
        lines=max(row_lines, default=1),
        row_lines=tuple(row_lines),
    )


def _wraps(m: Metrics) -> bool:
    """Every stage, goal and tactic name fits its column in two lines at most."""
    return m.lines <= 2


def fit_grid(plan: Plan, width: float, height: float) -> GridFit:
    """Choose the type size, rows and KPI columns that fit ``width`` x ``height`` points."""
    rows = list(range(plan.row_count("planner")))
    kpis = kpi_names(plan)
    sizes = [LARGEST - 0.5 * step for step in range(int((LARGEST - MIN_TYPE) / 0.5) + 1)]
    for size in sizes:
        m = _metrics(size, plan, kpis, width)
        fits = m.fits(rows, height) and len(kpis) <= m.kpis_fitting(width)
        if fits and _wraps(m):
            return GridFit(size, rows, kpis)
    notes: list[str] = []
    used = [k for k in kpis if any(plan.value("planner", r, k) for r in rows)]
    if len(used) < len(kpis):
        for size in sizes:
            m = _metrics(size, plan, used, width)
            fits = m.fits(rows, height) and len(used) <= m.kpis_fitting(width)
            if fits and _wraps(m):
                unused = len(kpis) - len(used)
                return GridFit(size, rows, used, [tr("%n KPI(s) no row uses omitted", "", unused)])
        notes.append(tr("%n KPI(s) no row uses omitted", "", len(kpis) - len(used)))
    m = _metrics(MIN_TYPE, plan, used, width)
    room = m.rows_fitting(height)
    if len(rows) > room:
        frame = plan.frame("planner")[kpis]
        has_primary = list((frame == PRIMARY).any(axis=1))
        focused = [r for r in rows if has_primary[r]]
        if len(focused) < len(rows):
            notes.append(tr("%n row(s) with no primary KPI omitted", "", len(rows) - len(focused)))
            rows = focused
    if len(rows) > room:
        total = len(rows)
        last_shown = rows[room - 1] + 1 if room else 0
        rows = rows[:room]
        notes.append(
            tr(
                "%n row(s) after row {last} omitted (the page holds {room} at the smallest "
                "legible type: filter the planner to print the rest)",
                "",
                total - room,
            ).format(last=formats.integer(last_shown), room=formats.integer(room))
        )
    shown_used = [k for k in used if any(plan.value("planner", r, k) for r in rows)]
    if len(shown_used) < len(used):
        notes.append(
            tr("%n KPI(s) unused by the rows shown omitted", "", len(used) - len(shown_used))
        )
    room_kpis = m.kpis_fitting(width)
    if len(shown_used) > room_kpis:
        weight = {
            k: sum(
                2 if plan.value("planner", r, k) == PRIMARY else 1
                for r in rows
                if plan.value("planner", r, k)
            )
            for k in shown_used
        }
        keep = set(sorted(shown_used, key=lambda k: -weight[k])[:room_kpis])
        notes.append(tr("%n less-used KPI(s) omitted", "", len(shown_used) - room_kpis))
        shown_used = [k for k in shown_used if k in keep]
    return GridFit(MIN_TYPE, rows, shown_used, notes)


def _category(plan: Plan, kpi: str) -> str:
    for record in plan.records("kpis"):
        if record["name"] == kpi:
            return str(record["category"])
    return ""


def headline(plan: Plan) -> list[tuple[str, str]]:
    """The figures over the grid: rows, rows lacking focus, KPIs in use of the catalogue."""
    rows = plan.row_count("planner")
    unfocused = sum(1 for problem in focus_problems(plan) if problem)
    kpis = kpi_names(plan)
    used = [k for k in kpis if any(plan.value("planner", r, k) for r in range(rows))]
    return [
        (formats.integer(rows), tr("Planner rows")),
        (formats.integer(unfocused), tr("Rows lacking focus")),
        (
            formats.integer(len(used)),
            tr("KPIs in use, of {all}").format(all=formats.integer(len(kpis))),
        ),
    ]


def _headline(painter: QPainter, box: QRectF, plan: Plan) -> None:
    x = box.left()
    figure, words = font(HEADLINE_TYPE + 4, bold=True), font(10)
    for number, (value, label) in enumerate(headline(plan)):
        painter.setFont(figure)
        painter.setPen(INK)
        advance = measure(figure).horizontalAdvance(value)
        if number == 1 and value != formats.integer(0):
            painter.fillRect(QRectF(x - 3, box.top(), advance + 6, box.height() - 6), NO_FOCUS_FILL)
        painter.drawText(
            QRectF(x, box.top(), advance + 2, box.height() - 6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            value,
        )
        x += advance + 6
        painter.setFont(words)
        painter.setPen(MUTED)
        said = measure(words).horizontalAdvance(label)
        painter.drawText(
            QRectF(x, box.top(), said + 2, box.height() - 6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += said + 28


def draw_kpi_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    """The headline figures, then the planner grid, as large as fits."""
    _headline(painter, QRectF(area.left(), area.top(), area.width(), HEADLINE), plan)
    area = area.adjusted(0, HEADLINE, 0, 0)
    fit = fit_grid(plan, area.width(), area.height())
    m = _metrics(fit.size, plan, fit.kpis, area.width())
    if fit.rows:  # spare height spreads the rows out, for easier reading
        lines = sum(m.row_height(r) for r in fit.rows) / m.line
        roomy = (area.height() - m.header) / lines
        m = replace(m, line=max(m.line, min(roomy, fit.size * 2.6)))
    categories = {k: _category(plan, k) for k in fit.kpis}
    left = area.left()
    top = area.top()
    label_right = left + sum(m.labels)
    regular, bold = font(fit.size), font(fit.size, bold=True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    # header: row-header titles at the bottom of the header, bands, rotated KPI names
    painter.setFont(bold)
    painter.setPen(INK)
    x = left
    for (_, title, _), width in zip(LABELS, m.labels, strict=True):
        painter.drawText(
            QRectF(x + 2, top, width - 4, m.header - 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            tr(title),
        )
        x += width
    start = 0
    for index in range(len(fit.kpis) + 1):
        ends = index == len(fit.kpis) or (
            index > start and categories[fit.kpis[index]] != categories[fit.kpis[start]]
        )
        if not ends:
            continue
        if index > start:
            name = categories[fit.kpis[start]]
            band = QRectF(label_right + start * m.column, top, (index - start) * m.column, m.band)
            painter.fillRect(
                band.adjusted(0.3, 0, -0.3, 0), CATEGORY_COLOURS.get(name, OTHER_COLOUR)
            )
            named = fitted_size(name, band.width() - 2, fit.size, MIN_TYPE - 1)
            if measure(font(named, bold=True)).horizontalAdvance(name) <= band.width() - 2:
                painter.setFont(font(named, bold=True))  # a band too narrow stays unnamed
                painter.setPen(QColor(palette.PRIMARY.ink))
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, name)
        start = index
    painter.setFont(regular)
    painter.setPen(INK)
    for number, kpi in enumerate(fit.kpis):
        x = label_right + number * m.column
        painter.save()
        painter.translate(QPointF(x + m.column / 2 + fit.size * 0.35, top + m.header - 2))
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), kpi)
        painter.restore()
    # rows
    problems = focus_problems(plan)
    y = top + m.header
    grid_right = label_right + len(fit.kpis) * m.column
    previous_stage = None
    for shown_row, row in enumerate(fit.rows):
        height = m.row_height(row)
        line = QRectF(left, y, grid_right - left, height)
        if problems[row]:
            painter.fillRect(QRectF(left, y, label_right - left, height), NO_FOCUS_FILL)
        elif shown_row % 2:
            painter.fillRect(line, STRIPE)
        x = left
        painter.setPen(INK)
        for (name, _, _), width in zip(LABELS, m.labels, strict=True):
            value = str(plan.value("planner", row, name))
            if name == "stage":
                painter.setFont(bold)
                value = "" if value == previous_stage else value
                previous_stage = str(plan.value("planner", row, name))
            else:
                painter.setFont(regular)
            painter.drawText(
                QRectF(x + 2, y, width - 4, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                value,
            )
            x += width
        painter.setFont(bold)
        for number, kpi in enumerate(fit.kpis):
            mark = plan.value("planner", row, kpi)
            if not mark:
                continue
            cell = QRectF(label_right + number * m.column, y, m.column, height).adjusted(
                0.6, 0.6, -0.6, -0.6
            )
            side = min(cell.height(), cell.width() * 1.3)  # a square-ish mark, not a bar
            cell = QRectF(cell.left(), cell.center().y() - side / 2, cell.width(), side)
            primary = mark == PRIMARY
            painter.fillRect(cell, PRIMARY_FILL if primary else SECONDARY_FILL)
            painter.setPen(QColor(palette.PRIMARY.ink) if primary else SECONDARY_INK)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, PRIMARY if primary else SECONDARY)
        y += height
    # rules
    painter.setPen(QPen(RULE, 0.4))
    bottom = y
    for number in range(len(fit.kpis) + 1):
        x = label_right + number * m.column
        painter.drawLine(QPointF(x, top + m.band), QPointF(x, bottom))
    painter.drawLine(QPointF(left, top + m.header), QPointF(grid_right, top + m.header))
    painter.drawLine(QPointF(left, bottom), QPointF(grid_right, bottom))
    legend = [
        LegendEntry(tr("Primary"), PRIMARY_FILL, PRIMARY),
        LegendEntry(tr("Secondary"), SECONDARY_FILL, SECONDARY, SECONDARY_INK),
        LegendEntry(tr("Row lacks focus (no primary, or more than three)"), NO_FOCUS_FILL),
    ]
    notes = list(fit.notes)
    total = plan.row_count("planner")
    if not total:
        notes.insert(0, tr("The planner has no rows yet"))
    elif notes:
        notes.insert(
            0,
            tr(
                "%n row(s) of {total} and {kpis} of {all_kpis} KPIs shown",
                "",
                len(fit.rows),
            ).format(
                total=formats.integer(total),
                kpis=formats.integer(len(fit.kpis)),
                all_kpis=formats.integer(len(kpi_names(plan))),
            ),
        )
    basis = tr("Every planner row of the plan, as saved (the tab's filter does not apply)")
    return PageFrame(tr(TITLE), plan, legend, notes, basis)


def _landscape(plan: Plan) -> bool:
    return True


KPI_PAGE = SectionPage("kpi", TITLE, _landscape, draw_kpi_page)
