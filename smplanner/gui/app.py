"""Start the app: one QApplication, the main window on a plan, the event loop.

Start-up time is what a user feels first (target: half a second to the first painted
window on a 2-core machine), so the window's frame (the Designer form: menus, toolbar,
status bar) is shown before anything else is imported: pandas, the plan and the sections
come once it is painted, and workbook code (openpyxl) waits for the first open or save.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QToolBar

from smplanner import __version__
from smplanner._paths import resource
from smplanner.domain.text import tr

if TYPE_CHECKING:
    from smplanner.gui.main_window import MainWindow

# A quiet light grey with a calm blue, close to Fusion's own, a touch cooler.
_COLOURS = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.Button: "#f3f4f6",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f8fa",
    QPalette.ColorRole.ToolTipBase: "#fffdf3",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#7a808a",
    QPalette.ColorRole.Highlight: "#2f6db5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#2057a0",
}


def neutral_palette(app: QApplication) -> QPalette:
    """Fusion's palette with the colours above; disabled text stays Fusion's grey."""
    palette = QPalette(app.style().standardPalette())
    for role, colour in _COLOURS.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_COLOURS[role]))
    return palette


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
    if app.styleHints().colorScheme() != Qt.ColorScheme.Dark:  # a dark desktop keeps its own
        app.setPalette(neutral_palette(app))
    icon = resource("icons/smplanner.svg")
    if icon.is_file():
        pixmap = QPixmap()
        if pixmap.loadFromData(icon.read_bytes(), "SVG"):
            app.setWindowIcon(QIcon(pixmap))
    from smplanner.gui import i18n
    from smplanner.gui import settings as keys
    from smplanner.gui.settings import Settings

    # before any window: forms and menus are translated as they load
    i18n.install(app, preferred=Settings().get(keys.LANGUAGE))
    return app


def create_main_window(path: str | None = None, form: QMainWindow | None = None) -> MainWindow:
    """The window on ``path``, or on the example plan when there is none or it can't open.

    Usable from tests and benchmarks: it builds the window without showing it or
    running the event loop. A file that cannot be opened is reported by a message box
    and leaves the example plan open. ``form`` is the main form when it is already shown.
    """
    from smplanner.gui.main_window import MainWindow

    window = MainWindow(form=form)
    if path:
        window.document.load(Path(path))
    return window


class Startup(QObject):
    """Shows the window's frame at once and builds the window on it once it is painted."""

    def __init__(self, path: str | None) -> None:
        from smplanner.gui import settings as keys
        from smplanner.gui.form import load_main_form
        from smplanner.gui.settings import Settings

        super().__init__()
        self.path = path
        self.window: MainWindow | None = None
        self.form = load_main_form()
        self.setParent(self.form)
        stored = Settings()
        geometry = stored.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.form.restoreGeometry(geometry)
        self._frame = [self.form.menuBar(), *self.form.findChildren(QToolBar)]
        for part in self._frame:  # their commands work once the window is built
            part.setEnabled(False)
        name = Path(path).name if path else tr("the example plan")
        self.form.statusBar().showMessage(tr("Opening {name}…").format(name=name))
        self.form.installEventFilter(self)
        QTimer.singleShot(1000, self._build)  # also when no paint comes (a hidden window)

    def show(self) -> None:
        self.form.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form and event.type() == QEvent.Type.Paint:
            self.form.removeEventFilter(self)
            QTimer.singleShot(0, self._build)  # after this paint has reached the screen
        return False

    def _build(self) -> None:
        if self.window is not None or not self.form.isVisible():
            return  # built already, or the user closed the window meanwhile
        self.form.statusBar().clearMessage()
        for part in self._frame:
            part.setEnabled(True)
        try:
            self.window = create_main_window(self.path, self.form)
        except Exception as error:  # last resort: say what happened instead of vanishing
            QMessageBox.critical(None, tr("smplanner could not start"), str(error))
            QApplication.exit(1)
            raise
        self.window.show()
        QTimer.singleShot(0, self.window.offer_recovery)  # over the window, once it is painted


main_window = create_main_window
"""The factory under the name the other modules' briefs use."""


def run(path: str | None, qt_args: Sequence[str] = ()) -> int:
    """Run the app on ``path`` (or the example plan) until the user quits; the exit code."""
    app = create_application([sys.argv[0], *qt_args])
    startup = Startup(path)
    startup.show()
    return app.exec()
