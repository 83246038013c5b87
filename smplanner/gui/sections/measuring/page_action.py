"""The measuring pages' commands: on the page's toolbar, their keys live in the whole page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from smplanner.gui.actions import tool_action


def page_action(
    owner: QWidget,
    bar: QToolBar,
    name: str,
    text: str,
    keys: list[str],
    tip: str,
    slot: Callable[[], object],
) -> QAction:
    """A page's command whose keys work wherever the focus is inside the page."""
    action = tool_action(
        owner, bar, name, text, keys, tip, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    owner.addAction(action)  # the keys work wherever the focus is inside the page
    return action
