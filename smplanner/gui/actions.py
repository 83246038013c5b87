"""Stable names of the window's actions, for menus, toolbars, shortcuts and tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


class ActionName:
    NEW_EXAMPLE = "actionNewExample"
    NEW_BLANK = "actionNewBlank"
    OPEN = "actionOpen"
    MERGE = "actionMerge"
    IMPORT_DATA = "actionImportData"
    SAVE = "actionSave"
    SAVE_AS = "actionSaveAs"
    QUIT = "actionQuit"
    UNDO = "actionUndo"
    REDO = "actionRedo"
    CUT = "actionCut"
    COPY = "actionCopy"
    PASTE = "actionPaste"
    DELETE = "actionDelete"
    SELECT_ALL = "actionSelectAll"
    ABOUT = "actionAbout"
    GETTING_STARTED = "actionGettingStarted"
    SHORTCUTS = "actionShortcuts"
    OPEN_EXAMPLE = "actionOpenExample"
    TOOLBAR = "actionToolbar"
    PREFERENCES = "actionPreferences"


def action(window: QWidget, name: str) -> QAction:
    """The window's action called ``name``; a missing one is a programming error."""
    found = window.findChild(QAction, name)
    if found is None:
        raise KeyError(f"no action {name!r}")
    return found


def tool_action(
    owner: QWidget,
    bar: QToolBar | None,
    name: str,
    text: str,
    keys: Sequence[str],
    tip: str,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QAction:
    """A section's command: named for tests, its keys named in its tooltip, on ``bar``.

    The keys work only in ``context`` (by default while the widget the action is added to
    has focus), so that the same keys can mean different things in different tables.
    """
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    shown = tip
    if keys:
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        shown = f"{tip} ({shortcut})"
    action.setToolTip(shown)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    if bar is not None:
        bar.addAction(action)
    return action
