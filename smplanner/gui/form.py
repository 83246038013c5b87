"""The main window's Designer form, loaded on its own so it can be shown first.

Only Qt and the form are needed to paint the window's frame (menus, toolbar, status
bar); the plan, pandas and the sections follow once it is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QMainWindow

from smplanner._paths import form


def load_main_form() -> QMainWindow:
    """A new main window from ui/main_window.ui, not yet shown."""
    loader = QUiLoader()
    data = QByteArray(form("main_window.ui").read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loaded = loader.load(buffer)  # from bytes: the form may sit inside a bundle
    buffer.close()
    assert isinstance(loaded, QMainWindow)
    loader.setParent(loaded)  # the loader owns what it made: it lives as long as the window
    return loaded
