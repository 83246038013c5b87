"""File > Open Recent: the plans opened or saved last, from the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from smplanner.domain.text import tr
from smplanner.gui import settings as keys
from smplanner.gui.settings import Settings


def fill_recent_menu(menu: QMenu, settings: Settings, open_recent: Callable[[str], object]) -> None:
    """Rebuild ``menu`` from the settings (called as the menu opens); an item opens its
    plan with ``open_recent``."""
    menu.clear()
    recent = settings.get(keys.RECENT_FILES)
    if not recent:
        menu.addAction(tr("No recent plans")).setEnabled(False)
        return
    for number, name in enumerate(recent, 1):
        item = QAction(f"&{number} {Path(name).name}", menu)
        item.setStatusTip(name)
        item.setToolTip(name)
        item.triggered.connect(lambda _=False, p=name: open_recent(p))
        menu.addAction(item)
    menu.addSeparator()
    clear = menu.addAction(tr("&Clear list"))
    clear.setObjectName("file.recent.clear")
    clear.triggered.connect(lambda: settings.set(keys.RECENT_FILES, []))
