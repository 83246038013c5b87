"""The profile checklist as one page: a score per account and the items by account.

Left, the accounts' scores as bars (and each network's); right, a matrix of every
profile item against every account, coloured by status; below the bars, the most
valuable items still to do. Accounts beyond what fits are left out, the weakest kept,
and the footnote says so.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from smplanner.domain import checklists, palette
from smplanner.domain.checklist_tables import ACCOUNTS
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats
from smplanner.report.page import (
    INK,
    MIN_TYPE,
    MUTED,
    RULE,
    LegendEntry,
    PageFrame,
    SectionPage,
    fitted_all,
    fitted_size,
    font,
    measure,
    wrapped_height,
)

STATUS_STYLE = {
    status: (QColor(palette.RATINGS[status]), mark)
    for status, mark in (("done", "✓"), ("partly", "½"), ("missing", "✗"), ("not applicable", "–"))
}
STATUS_WORDS = {
    "done": QT_TRANSLATE_NOOP("", "done"),
    "partly": QT_TRANSLATE_NOOP("", "partly"),
    "missing": QT_TRANSLATE_NOOP("", "missing"),
    "not applicable": QT_TRANSLATE_NOOP("", "not applicable"),
}
"""The stored statuses, as the legend says them."""
KIND_WORDS = {
    "personal": QT_TRANSLATE_NOOP("", "personal"),
    "company page": QT_TRANSLATE_NOOP("", "company page"),
}
UNCHECKED = (QColor(palette.UNRATED), "?")
TITLE = QT_TRANSLATE_NOOP("", "Social profile checklist")
TRACK = QColor(palette.SCORE_TRACK)


def _percent(score: float | None) -> str:
    """A score as the Profiles tab writes it ("n/a" when no item applies)."""
    return formats.percent(score)


def _bars(painter: QPainter, box: QRectF, rows: list[tuple[str, str, float | None]]) -> float:
    """Labelled score bars; returns the y under them."""
    label = box.width() * 0.5
    size = fitted_size(max((n for n, _, _ in rows), key=len, default=""), label - 4, 10.0)
    size = min(fitted_all([n for n, _, _ in rows], label - 4, 10.0, bold=True), size)
    line = size * 2.4
    y = box.top()
    for name, detail, score in rows:
        if y + line > box.bottom():
            break
        painter.setFont(font(size, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(box.left(), y, label - 4, size * 1.4), Qt.AlignmentFlag.AlignLeft, name
        )
        if detail:
            painter.setFont(font(MIN_TYPE))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(box.left(), y + size * 1.3, label - 4, MIN_TYPE * 1.4),
                Qt.AlignmentFlag.AlignLeft,
                detail,
            )
        track = QRectF(box.left() + label, y + 1, box.width() - label - size * 4, size * 1.3)
        painter.fillRect(track, TRACK)
        if score:
            bar = QRectF(track.left(), track.top(), track.width() * score, track.height())
            painter.fillRect(bar, QColor(palette.score_light(score).fill))  # as on screen
        painter.setFont(font(size, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(track.right() + 2, y, size * 4 - 2, size * 1.5),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            _percent(score),
        )
        y += line + 2
    return y


def draw_profiles_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    checks = checklists.all_account_checks(plan)
    accounts = plan.records(ACCOUNTS)
    scores = {name: checklists.checks_score(items) for name, items in checks.items()}
    notes: list[str] = []
    left = QRectF(area.left(), area.top(), area.width() * 0.4, area.height())
    right = QRectF(left.right() + 20, area.top(), area.right() - left.right() - 20, area.height())
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(left.left(), left.top(), left.width(), 16), tr("Score per account"))
    rows = [
        (
            str(a["name"]),
            f"{a['network'] or tr('no network')} · {_kind(a['kind'])}",
            scores[str(a["name"])],
        )
        for a in accounts
    ]
    if not rows:
        painter.setFont(font(8))
        painter.drawText(
            QRectF(left.left(), left.top() + 20, left.width(), 30),
            int(Qt.TextFlag.TextWordWrap),
            tr("No accounts yet: add your profiles on the Profiles tab."),
        )
        return PageFrame(tr(TITLE), plan, _legend(), [tr("No accounts yet")])
    y = _bars(
        painter, QRectF(left.left(), left.top() + 20, left.width(), left.height() * 0.5), rows
    )
    networks = checklists.network_scores(plan)
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(left.left(), y + 6, left.width(), 16), tr("Score per network"))
    y = _bars(
        painter,
        QRectF(left.left(), y + 26, left.width(), left.height() * 0.25),
        [(network or tr("no network"), "", score) for network, score in networks.items()],
    )
    _to_do(painter, QRectF(left.left(), y + 6, left.width(), left.bottom() - y - 6), checks)
    shown = _matrix(painter, right, plan, checks, scores)
    if shown < len(accounts):
        notes.append(
            tr(
                "%n of {total} accounts left out of the table (the weakest are shown)",
                "",
                len(accounts) - shown,
            ).format(total=len(accounts))
        )
    basis = tr("Score: the weighted share of applicable items done; partly counts half")
    return PageFrame(tr(TITLE), plan, _legend(), notes, basis)


def _kind(kind: object) -> str:
    return tr(KIND_WORDS[kind]) if kind in KIND_WORDS else str(kind)


def _legend() -> list[LegendEntry]:
    marks = [
        LegendEntry(tr(STATUS_WORDS[status]), colour, mark, INK)
        for status, (colour, mark) in STATUS_STYLE.items()
    ]
    return [*marks, LegendEntry(tr("not checked"), UNCHECKED[0], UNCHECKED[1], INK)]


def _to_do(painter: QPainter, box: QRectF, checks: dict[str, list[checklists.ItemCheck]]) -> None:
    """The most valuable unfinished items over all accounts."""
    pending = [
        (check.gain, account, check)
        for account, items in checks.items()
        for check in checklists.to_do(items)
    ]
    pending.sort(key=lambda entry: -entry[0])
    if box.height() < 30 or not pending:
        return
    painter.setFont(font(10, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), tr("Most valuable to do"))
    y = box.top() + 20
    size = 8.5
    painter.setFont(font(size))
    wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    for _gain, account, check in pending:
        if check.scored_status == "partly":
            mark = STATUS_STYLE["partly"][1]
        elif check.status == "missing":
            mark = STATUS_STYLE["missing"][1]
        else:  # never checked: not known to be missing
            mark = UNCHECKED[1]
        text = f"{mark}  {check.item} — {account}"
        height = wrapped_height(text, box.width(), size)
        if y + height > box.bottom():
            break
        painter.drawText(QRectF(box.left(), y, box.width(), height + 1), wrap, text)
        y += height + 1.5


def _matrix(
    painter: QPainter,
    box: QRectF,
    plan: Plan,
    checks: dict[str, list[checklists.ItemCheck]],
    scores: dict[str, float | None],
) -> int:
    """Items down, accounts across; returns how many accounts are shown."""
    names = list(checks)
    items = [c.item for c in next(iter(checks.values()), [])]
    header = 104.0
    line = min(max((box.height() - header) / max(len(items), 1), MIN_TYPE * 1.6), 24.0)
    size = max(min(line / 1.7, 10.0), MIN_TYPE)
    item_width = max((measure(font(size)).horizontalAdvance(i) for i in items), default=0.0)
    item_width = min(item_width + size, box.width() * 0.5)
    column = max(34.0, size * 5)
    shown = max(int((box.width() - item_width) // column), 1)
    if len(names) > shown:  # keep the weakest: they need the attention
        weakest = sorted(names, key=lambda n: (scores[n] is not None, scores[n] or 0))[:shown]
        names = [n for n in names if n in weakest]
    # account names run up at 60 degrees: the header is as tall as the longest needs, and
    # the last name leans out right by half its length
    longest = max((measure(font(size, bold=True)).horizontalAdvance(n) for n in names), default=0)
    lean = measure(font(size, bold=True)).horizontalAdvance(names[-1]) * 0.5 if names else 0.0
    column = min((box.width() - item_width - lean) / max(len(names), 1), 90.0)
    header = min(longest * 0.87 + 12, box.height() * 0.4)
    line = min(max((box.height() - header - line) / max(len(items), 1), MIN_TYPE * 1.6), 26.0)
    painter.setFont(font(size, bold=True))
    painter.setPen(INK)
    painter.drawText(
        QRectF(box.left(), box.top(), item_width, header - 4),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        tr("Profile item"),
    )
    for number, name in enumerate(names):
        x = box.left() + item_width + number * column
        painter.save()
        painter.translate(x + column / 2 + 3, box.top() + header - 4)
        painter.rotate(-60)
        painter.drawText(0, 0, name)
        painter.restore()
    y = box.top() + header
    regular = font(size)
    for row, item in enumerate(items):
        painter.setFont(regular)
        painter.setPen(INK)
        painter.drawText(
            QRectF(box.left(), y, item_width - 4, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            item,
        )
        for number, name in enumerate(names):
            check = checks[name][row]
            status = check.scored_status if check.status or check.excluded else ""
            colour, mark = STATUS_STYLE.get(status, UNCHECKED)
            cell = QRectF(box.left() + item_width + number * column, y, column, line).adjusted(
                1, 1, -1, -1
            )
            painter.fillRect(cell, colour)
            painter.setPen(INK)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, mark)
        y += line
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(
        QPointF(box.left(), y), QPointF(box.left() + item_width + len(names) * column, y)
    )
    painter.setFont(font(size, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), y + 2, item_width - 4, line), tr("Score"))
    written = [_percent(scores[name]) for name in names]
    # written as everywhere else ("61 %"); narrow columns get smaller type, not other text
    score_size = min((fitted_size(text, column - 2, size) for text in written), default=size)
    painter.setFont(font(score_size, bold=True))
    for number, text in enumerate(written):
        painter.drawText(
            QRectF(box.left() + item_width + number * column, y + 2, column, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            text,
        )
    return len(names)


PROFILES_PAGE = SectionPage("profiles", TITLE, lambda plan: True, draw_profiles_page)
