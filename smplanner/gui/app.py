"""Start the app: one QApplication, the main window on a plan, the event loop."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from smplanner import __version__
from smplanner._paths import resource
from smplanner.gui.main_window import MainWindow


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The application object, set up once (tests may already have one)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName("smplanner")
    app.setApplicationName("smplanner")
    app.setApplicationDisplayName("smplanner")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    icon = resource("icons/smplanner.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_main_window(path: str | None) -> MainWindow:
    """The window on ``path``, or on the example plan when there is none or it can't open."""
    window = MainWindow()
    if path:
        window.load(Path(path))
    return window


def run(path: str | None, qt_args: Sequence[str] = ()) -> int:
    app = create_application([sys.argv[0], *qt_args])
    try:
        window = create_main_window(path)
    except Exception as error:  # last resort: say what happened instead of vanishing
        QMessageBox.critical(None, "smplanner could not start", str(error))
        raise
    window.show()
    return app.exec()
