"""Stable names of the window's actions, for menus, toolbars, shortcuts and tests."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class ActionName:
    NEW_EXAMPLE = "actionNewExample"
    NEW_BLANK = "actionNewBlank"
    OPEN = "actionOpen"
    SAVE = "actionSave"
    SAVE_AS = "actionSaveAs"
    QUIT = "actionQuit"
    UNDO = "actionUndo"
    REDO = "actionRedo"
    CUT = "actionCut"
    COPY = "actionCopy"
    PASTE = "actionPaste"
    DELETE = "actionDelete"
    ABOUT = "actionAbout"
    TOOLBAR = "actionToolbar"
    PREFERENCES = "actionPreferences"


def action(window: QWidget, name: str) -> QAction:
    """The window's action called ``name``; a missing one is a programming error."""
    found = window.findChild(QAction, name)
    if found is None:
        raise KeyError(f"no action {name!r}")
    return found
