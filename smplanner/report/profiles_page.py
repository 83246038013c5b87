"""The profile checklist as one page: a score per account and the items by account.

Left, the accounts' scores as bars (and each network's); right, a matrix of every
profile item against every account, coloured by status; below the bars, the most
valuable items still to do. Accounts beyond what fits are left out, the weakest kept,
and the footnote says so.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
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
    fitted_size,
    font,
    measure,
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
    size = 8.0
    line = 15.0
    label = box.width() * 0.5
    y = box.top()
    for name, detail, score in rows:
        if y + line > box.bottom():
            break
        painter.setFont(font(size, bold=True))
        painter.setPen(INK)
        shown = measure(font(size, bold=True)).elidedText(
            name, Qt.TextElideMode.ElideRight, label - 4
        )
        painter.drawText(QRectF(box.left(), y, label - 4, 10), Qt.AlignmentFlag.AlignLeft, shown)
        if detail:
            painter.setFont(font(MIN_TYPE))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(box.left(), y + 8.5, label - 4, 7), Qt.AlignmentFlag.AlignLeft, detail
            )
        track = QRectF(box.left() + label, y + 2, box.width() - label - 34, 9)
        painter.fillRect(track, TRACK)
        if score:
            bar = QRectF(track.left(), track.top(), track.width() * score, 9)
            painter.fillRect(bar, QColor(palette.score_light(score).fill))  # as on screen
        painter.setFont(font(size))
        painter.setPen(INK)
        painter.drawText(
            QRectF(track.right() + 2, y, 32, 13),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            _percent(score),
        )
        y += line + 3
    return y


def draw_profiles_page(painter: QPainter, area: QRectF, plan: Plan) -> PageFrame:
    checks = checklists.all_account_checks(plan)
    accounts = plan.records(ACCOUNTS)
    scores = {name: checklists.checks_score(items) for name, items in checks.items()}
    notes: list[str] = []
    left = QRectF(area.left(), area.top(), area.width() * 0.34, area.height())
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
    notes.insert(0, tr("Score: the weighted share of applicable items done; partly counts half"))
    return PageFrame(tr(TITLE), plan, _legend(), notes)


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
    small = font(7.5)
    painter.setFont(small)
    for _gain, account, check in pending:
        if y + 10 > box.bottom():
            break
        mark = STATUS_STYLE["partly" if check.scored_status == "partly" else "missing"][1]
        text = measure(small).elidedText(
            f"{mark}  {check.item} — {account}",
            Qt.TextElideMode.ElideRight,
            box.width(),
        )
        painter.drawText(QRectF(box.left(), y, box.width(), 10), Qt.AlignmentFlag.AlignLeft, text)
        y += 10.5


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
    item_width = min(box.width() * 0.38, 190.0)
    column = 34.0
    fitting = max(int((box.width() - item_width) // column), 1)
    if len(names) > fitting:  # keep the weakest: they need the attention
        weakest = sorted(names, key=lambda n: (scores[n] is not None, scores[n] or 0))[:fitting]
        names = [n for n in names if n in weakest]
    header = 104.0
    line = min(max((box.height() - header) / max(len(items), 1), MIN_TYPE * 1.6), 20.0)
    size = max(min(line / 1.8, 8.5), MIN_TYPE)
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
        shown = measure(font(size, bold=True)).elidedText(name, Qt.TextElideMode.ElideRight, 118)
        painter.drawText(0, 0, shown)
        painter.restore()
    y = box.top() + header
    regular = font(size)
    for row, item in enumerate(items):
        painter.setFont(regular)
        painter.setPen(INK)
        text = measure(regular).elidedText(item, Qt.TextElideMode.ElideRight, item_width - 4)
        painter.drawText(
            QRectF(box.left(), y, item_width - 4, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
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
    painter.drawLine(box.left(), y, box.left() + item_width + len(names) * column, y)
    painter.setFont(font(size, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(box.left(), y + 2, item_width - 4, line), tr("Score"))
    written = [_percent(scores[name]) for name in names]
    # written as everywhere else ("61 %"); narrow columns get smaller type, not other text
    fitting = min((fitted_size(text, column - 2, size) for text in written), default=size)
    painter.setFont(font(fitting, bold=True))
    for number, text in enumerate(written):
        painter.drawText(
            QRectF(box.left() + item_width + number * column, y + 2, column, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            text,
        )
    return len(names)


PROFILES_PAGE = SectionPage("profiles", TITLE, lambda plan: True, draw_profiles_page)
