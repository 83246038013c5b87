"""A box of the alignment chart: painted as a card, edited in place with a small form.

The card shows the crossing's status (its colour from the shared palette), owner, due
date (marked when overdue), the two questions and the agreed action. Enter, F2 or a
double click opens the form over the box; Enter in a line keeps what was typed (one undo
step for all of it), Esc drops it, Tab moves between the fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smplanner.domain import alignment, palette
from smplanner.domain.alignment_tables import OPEN, STATUSES
from smplanner.domain.text import tr
from smplanner.gui.sections.alignment.model import BOX_ROLE

Index = QModelIndex | QPersistentModelIndex
INK = QColor(palette.INK)
MUTED = QColor("#546e7a")
OVERDUE = QColor(palette.OVERDUE)
PAD = 6
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


def status_colour(status: str) -> QColor:
    return QColor(palette.ALIGNMENT_STATUSES.get(status, palette.ALIGNMENT_STATUSES[OPEN]))


def due_words(box: alignment.Box, today: dt.date) -> str:
    """ "due 27 Nov 2026", "overdue: due 27 Nov 2026 (5 days)" or ""."""
    if box.due is None:
        return ""
    shown = tr("due {date}").format(date=box.due.isoformat())
    if box.overdue:
        late = (today - box.due).days
        return tr("overdue: {due} (%n day(s))", "", late).format(due=shown)
    return shown


class BoxForm(QFrame):
    """The fields of one box, over the box while it is edited."""

    left = Signal()
    """The focus went somewhere outside the form: keep what was typed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("alignment.form")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.marketing = QLineEdit(self)
        self.sales = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(tr(status), status)
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(tr("2026-03-31 (year-month-day), or empty"))
        self.action = QPlainTextEdit(self)
        self.notes = QPlainTextEdit(self)
        line = self.fontMetrics().lineSpacing()
        for text in (self.action, self.notes):
            text.setTabChangesFocus(True)
            text.setFixedHeight(3 * line + 10)
        names = {
            "marketing_question": self.marketing,
            "sales_question": self.sales,
            "owner": self.owner,
            "status": self.status,
            "due": self.due,
            "action": self.action,
            "notes": self.notes,
        }
        for name, widget in names.items():
            widget.setObjectName(f"alignment.form.{name}")
        self.fields: dict[str, QWidget] = names
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.addRow(self.title)
        form.addRow(tr("Marketing asks"), self.marketing)
        form.addRow(tr("Sales asks"), self.sales)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Agreed action"), self.action)
        form.addRow(tr("Notes"), self.notes)
        self.setFocusProxy(self.owner)
        self._done = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # dropped with the form

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._done or not self.isVisible() or QApplication.activePopupWidget() is not None:
            return
        if new is not None and (new is self or self.isAncestorOf(new)):
            return
        self._done = True
        self.left.emit()

    def finish(self) -> None:
        """The form is closing: focus moving away no longer means anything."""
        self._done = True

    def show_box(self, box: alignment.Box) -> None:
        self.title.setText(f"<b>{box.name}</b>")
        self.marketing.setText(box.marketing_question)
        self.sales.setText(box.sales_question)
        self.owner.setText(box.owner)
        self.status.setCurrentIndex(max(self.status.findData(box.status), 0))
        self.due.setText(box.due.isoformat() if box.due else "")
        self.action.setPlainText(box.action)
        self.notes.setPlainText(box.notes)

    def values(self) -> dict[str, str]:
        return {
            "marketing_question": self.marketing.text(),
            "sales_question": self.sales.text(),
            "owner": self.owner.text(),
            "status": str(self.status.currentData()),
            "due": self.due.text(),
            "action": self.action.toPlainText(),
            "notes": self.notes.toPlainText(),
        }


def changed(box: alignment.Box, values: dict[str, str]) -> dict[str, str]:
    """The form's fields that differ from the box (nothing typed: no undo step)."""
    current = {
        "marketing_question": box.marketing_question,
        "sales_question": box.sales_question,
        "owner": box.owner,
        "status": box.status,
        "due": box.due.isoformat() if box.due else "",
        "action": box.action,
        "notes": box.notes,
    }
    return {name: value for name, value in values.items() if value.strip() != current[name]}


class BoxDelegate(QStyledItemDelegate):
    """Paints each box as a card and edits it with a :class:`BoxForm`."""

    def __init__(self, today: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        box = index.data(BOX_ROLE)
        if not isinstance(box, alignment.Box):
            return
        painter.save()
        rect = QRect(option.rect).adjusted(3, 3, -3, -3)
        painter.fillRect(rect, QColor("#ffffff"))
        painter.fillRect(
            QRect(rect.left(), rect.top(), 6, rect.height()), status_colour(box.status)
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if box.overdue:
            painter.setPen(QPen(OVERDUE, 2))
        elif selected:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
        else:
            painter.setPen(QPen(QColor("#b0bec5"), 1))
        painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
        if selected and box.overdue:
            highlight = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(4, 4, -4, -4))
        inner = rect.adjusted(6 + PAD, PAD, -PAD, -PAD)
        self._paint_text(painter, inner, box, option.font)
        painter.restore()

    def _paint_text(self, painter: QPainter, inner: QRect, box: alignment.Box, base: QFont) -> None:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
        # the status chip, top right
        chip_text = tr(box.status)
        chip_width = QFontMetrics(bold).horizontalAdvance(chip_text) + 12
        line = QFontMetrics(bold).height()
        chip = QRect(inner.right() - chip_width, inner.top(), chip_width, line + 2)
        painter.fillRect(chip, status_colour(box.status))
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        # owner and due, top left
        top = QRect(inner.left(), inner.top(), inner.width() - chip_width - 6, line + 2)
        owner = box.owner or tr("no owner")
        painter.setPen(INK if box.owner else MUTED)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(owner, Qt.TextElideMode.ElideRight, top.width()),
        )
        y = inner.top() + line + 4
        due = due_words(box, self.today())
        if due:
            painter.setFont(bold if box.overdue else small)
            painter.setPen(OVERDUE if box.overdue else MUTED)
            painter.drawText(QRect(inner.left(), y, inner.width(), line), 0, due)
            y += line + 2
        paragraphs = [
            (small, MUTED, tr("Marketing: {question}").format(question=box.marketing_question)),
            (small, MUTED, tr("Sales: {question}").format(question=box.sales_question)),
        ]
        if box.action:
            paragraphs.append((bold, INK, tr("Action: {action}").format(action=box.action)))
        if box.notes:
            paragraphs.append((small, INK, box.notes))
        for font, colour, text in paragraphs:
            room = inner.bottom() - y
            if room < QFontMetrics(font).height():
                break
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(QRect(0, 0, inner.width(), 10_000), WRAP, text)
            height = min(needed.height(), room)
            shown = text
            if needed.height() > room:  # cut to the lines that fit, with an ellipsis
                lines = max(room // metrics.lineSpacing(), 1)
                shown = metrics.elidedText(
                    text.replace("\n", " "), Qt.TextElideMode.ElideRight, inner.width() * lines
                )
                height = lines * metrics.lineSpacing()
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRect(inner.left(), y, inner.width(), height), WRAP, shown)
            y += height + 4

    # ----------------------------------------------------------------- editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        form = BoxForm(parent)
        form.left.connect(lambda: self._keep(form))
        return form

    def _keep(self, form: BoxForm) -> None:
        form.finish()
        self.commitData.emit(form)
        self.closeEditor.emit(form, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor: Any, event: Any) -> bool:
        key_press = event.type() == event.Type.KeyPress
        if isinstance(editor, BoxForm) and key_press and event.key() == Qt.Key.Key_Escape:
            editor.finish()
        if isinstance(editor, BoxForm) and event.type() == event.Type.FocusOut:
            return False  # the form says when the focus left it (its fields take focus)
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        box = index.data(BOX_ROLE)
        if isinstance(editor, BoxForm) and isinstance(box, alignment.Box):
            editor.show_box(box)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        box = index.data(BOX_ROLE)
        if isinstance(editor, BoxForm) and isinstance(box, alignment.Box):
            editor.finish()
            fields = changed(box, editor.values())
            if fields:
                model.setData(index, fields)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Over the box, as wide as it and as tall as the form needs, inside the view."""
        parent = editor.parentWidget()
        area = parent.rect() if parent is not None else option.rect
        hint = editor.sizeHint()
        width = min(max(option.rect.width(), hint.width()), area.width())
        height = min(max(option.rect.height(), hint.height()), area.height())
        x = min(max(option.rect.left(), area.left()), area.right() - width + 1)
        y = min(max(option.rect.top(), area.top()), area.bottom() - height + 1)
        editor.setGeometry(QRect(x, y, width, height))
