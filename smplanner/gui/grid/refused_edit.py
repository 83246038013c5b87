"""A typed text the cell refuses stays in its editor, with the reason beside it.

Without this, Enter would close the editor and the model would drop the text with a
status-bar line only. Here the cell's model is asked first (its ``refusal`` method says
why a text would not be taken); if it would not, the key is swallowed, a note under the
editor says why, and the status bar says so too. Escape still cancels the edit.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QWidget

from smplanner.domain.text import tr

Index = QModelIndex | QPersistentModelIndex

COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
NOTE_NAME = "refused_note"


def model_behind(index: Index) -> tuple[QAbstractItemModel, QModelIndex]:
    """The model that holds the data behind any stack of proxy models, and the index there."""
    model: QAbstractItemModel = index.model()
    source = model.index(index.row(), index.column(), index.parent())
    while isinstance(model, QAbstractProxyModel):
        source = model.mapToSource(source)
        model = model.sourceModel()
    return model, source


def refusal(index: Index, text: str) -> tuple[QAbstractItemModel, str] | None:
    """The model behind ``index`` and why it would refuse ``text`` there (None: it fits,
    or the model cannot say beforehand)."""
    if not index.isValid():
        return None
    model, source = model_behind(index)
    check = getattr(model, "refusal", None)
    if check is None or not source.isValid():
        return None
    reason = check(source, text)
    return (model, str(reason)) if reason else None


def keep_refused(editor: QObject, event: QEvent, index: Index) -> bool:
    """On Enter or Tab in a text editor whose text the cell refuses, keep the editor open
    and say why; True when the key was used so."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.key() not in COMMIT_KEYS or not isinstance(editor, QLineEdit):
        return False
    refused = refusal(index, editor.text())
    if refused is None:
        return False
    model, reason = refused
    show_note(editor, reason + "\n" + tr("Correct the text, or press Esc to cancel"))
    message = getattr(model, "message", None)
    if message is not None:
        said = tr("Not taken: {reason} (correct it, or Esc to cancel)")
        message.emit(said.format(reason=reason))
    return True


def show_note(editor: QLineEdit, text: str) -> QLabel:
    """A tooltip-like note just under the editor (above it at the view's bottom edge);
    it goes when the text changes or the editor closes."""
    parent = editor.parentWidget()
    note = parent.findChild(QLabel, NOTE_NAME) if parent is not None else None
    if note is None:
        note = QLabel(parent)
        note.setObjectName(NOTE_NAME)
        note.setWordWrap(False)
        note.setFrameShape(QFrame.Shape.Box)
        note.setMargin(3)
        note.setAutoFillBackground(True)
        note.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        note.setForegroundRole(QPalette.ColorRole.ToolTipText)
        editor.textEdited.connect(note.hide)
        editor.destroyed.connect(note.deleteLater)
    note.setText(text)
    note.adjustSize()
    _place(note, editor)
    note.show()
    note.raise_()
    return note


def _place(note: QLabel, editor: QWidget) -> None:
    geometry = editor.geometry()
    parent = note.parentWidget()
    height = parent.height() if parent is not None else geometry.bottom() + note.height()
    y = geometry.bottom() + 1
    if y + note.height() > height:
        y = max(0, geometry.top() - note.height() - 1)
    note.move(geometry.left(), y)
