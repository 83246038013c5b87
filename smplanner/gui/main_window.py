"""The main window: the Designer form, the open plan and its file, the sections as tabs.

The form (ui/main_window.ui) holds menus, toolbar and tabs; this controller gives them
life. Each tab is a section module; the window only assembles them and routes the Edit
menu to the current one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from smplanner import __version__
from smplanner._paths import form
from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.plan import Plan
from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName, action
from smplanner.gui.sections.catalogues import CataloguesSection
from smplanner.gui.sections.planner import PlannerSection
from smplanner.gui.settings import Settings
from smplanner.gui.undo import PlanEditor
from smplanner.io.atomic import SaveError
from smplanner.io.problems import PlanFileError
from smplanner.io.reader import load_plan

FILE_FILTER = "Excel workbooks (*.xlsx)"
STATUS_TIMEOUT = 8000


class Section(Protocol):
    title: str

    def copy(self) -> None: ...
    def cut(self) -> None: ...
    def paste(self) -> None: ...
    def delete_selection(self) -> None: ...


class MainWindow(QObject):
    """Controller of the loaded form; ``window`` is the QMainWindow the user sees."""

    def __init__(self, plan: Plan | None = None, path: Path | None = None) -> None:
        super().__init__()
        # The loader owns the widgets it makes: it must live as long as the window.
        self._loader = QUiLoader(self)
        self.window: QMainWindow = self._loader.load(str(form("main_window.ui")))
        self.window.installEventFilter(self)
        self.settings = Settings()
        self.tabs: QTabWidget = self.window.findChild(QTabWidget, "sections")
        self.undo_group = QUndoGroup(self)
        self.editor: PlanEditor | None = None
        self.path: Path | None = None
        self.sections: list[QWidget] = []
        self._connect_actions()
        self._restore_window()
        self.set_plan(plan or example_plan(), path)

    # ------------------------------------------------------------------ set-up
    def _connect_actions(self) -> None:
        w = self.window
        action(w, ActionName.NEW_EXAMPLE).triggered.connect(lambda: self.new_plan(example=True))
        action(w, ActionName.NEW_BLANK).triggered.connect(lambda: self.new_plan(example=False))
        action(w, ActionName.OPEN).triggered.connect(lambda: self.open_file())
        action(w, ActionName.SAVE).triggered.connect(self.save)
        action(w, ActionName.SAVE_AS).triggered.connect(self.save_as)
        action(w, ActionName.QUIT).triggered.connect(w.close)
        action(w, ActionName.ABOUT).triggered.connect(self.about)
        for name, method in (
            (ActionName.CUT, "cut"),
            (ActionName.COPY, "copy"),
            (ActionName.PASTE, "paste"),
            (ActionName.DELETE, "delete_selection"),
        ):
            action(w, name).triggered.connect(lambda _=False, m=method: self._to_section(m))
        undo = self.undo_group.createUndoAction(w, "&Undo")
        undo.setObjectName(ActionName.UNDO)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_group.createRedoAction(w, "&Redo")
        redo.setObjectName(ActionName.REDO)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu = w.findChild(QMenu, "menuEdit")
        first = edit_menu.actions()[0]
        edit_menu.insertActions(first, [undo, redo])
        edit_menu.insertSeparator(first)
        toolbar = w.findChild(QWidget, "mainToolBar")
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        toolbar.addSeparator()
        toggle = toolbar.toggleViewAction()
        toggle.setObjectName(ActionName.TOOLBAR)
        toggle.setText("&Toolbar")
        w.findChild(QMenu, "menuView").addAction(toggle)
        recent = w.findChild(QMenu, "menuRecent")
        recent.aboutToShow.connect(self._fill_recent)
        self.undo_group.cleanChanged.connect(self._update_title)
        self.tabs.currentChanged.connect(self._fill_planner_menu)

    def _restore_window(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.window.restoreState(state)

    def _save_window(self) -> None:
        self.settings.set(keys.GEOMETRY, self.window.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.window.saveState())
        self.settings.sync()

    # ------------------------------------------------------------------ plan
    @property
    def plan(self) -> Plan:
        assert self.editor is not None
        return self.editor.plan

    def set_plan(self, plan: Plan, path: Path | None) -> None:
        """Show ``plan`` (saved at ``path``, or never saved) in fresh sections."""
        old = self.editor
        self.editor = PlanEditor(plan, self)
        self.editor.refused.connect(self.show_message)
        self.undo_group.addStack(self.editor.stack)
        self.undo_group.setActiveStack(self.editor.stack)
        self.path = path
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.sections = [PlannerSection(self.editor), CataloguesSection(self.editor)]
        for section in self.sections:
            section.message.connect(self.show_message)  # type: ignore[attr-defined]
            self.tabs.addTab(section, section.title)  # type: ignore[attr-defined]
        if old is not None:
            self.undo_group.removeStack(old.stack)
            old.deleteLater()
        self._fill_planner_menu()
        self._update_title()

    def _update_title(self, *_: object) -> None:
        name = self.path.name if self.path else self.plan.name
        self.window.setWindowTitle(f"{name}[*] — smplanner")
        self.window.setWindowModified(self.is_modified())

    def is_modified(self) -> bool:
        return self.editor is not None and not self.editor.stack.isClean()

    def _fill_planner_menu(self, *_: object) -> None:
        menu = self.window.findChild(QMenu, "menuPlanner")
        menu.clear()
        planner = self.sections[0] if self.sections else None
        if isinstance(planner, PlannerSection):
            for item in planner.actions_for_menu():
                menu.addAction(item)
        menu.setEnabled(self.tabs.currentIndex() == 0)

    def current_section(self) -> Section:
        section = self.tabs.currentWidget()
        return section  # type: ignore[return-value]

    def _to_section(self, method: str) -> None:
        getattr(self.current_section(), method)()

    def show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_TIMEOUT)

    # ------------------------------------------------------------------ files
    def maybe_save(self) -> bool:
        """True when the current plan may be closed (saved, discarded or unchanged)."""
        if not self.is_modified():
            return True
        name = self.path.name if self.path else self.plan.name
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            f"Save the changes to {name} before closing it?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_plan(self, example: bool) -> None:
        if self.maybe_save():
            self.set_plan(example_plan() if example else blank_plan(), None)
            self.show_message("New example plan" if example else "New blank plan")

    def _folder(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        return self.settings.get(keys.LAST_FOLDER) or str(Path.home())

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a plan workbook; on any problem the current plan stays open."""
        if not self.maybe_save():
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, "Open plan", self._folder(), FILE_FILTER
            )
            if not chosen:
                return False
            path = chosen
        return self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read ``path`` and show it (asking first if it has errors), without save prompts."""
        try:
            result = load_plan(path)
        except PlanFileError as error:
            if not path.exists():
                self.settings.remove_recent(str(path))
            QMessageBox.warning(self.window, "Cannot open plan", str(error))
            return False
        if result.errors:
            from smplanner.gui.problems_dialog import ProblemsDialog

            dialog = ProblemsDialog(path.name, result.problems, self.window)
            if dialog.exec() != ProblemsDialog.DialogCode.Accepted:
                return False
            result.plan.name = f"{result.plan.name} (opened with problems)"
            self.set_plan(result.plan, None)
            self.show_message("Opened with problem cells left empty; save it under a new name")
            return True
        self.set_plan(result.plan, path)
        self._remember(path)
        notes = result.warnings
        if notes:
            self.show_message(
                f"Opened {path.name}; note: {notes[0]}"
                + (f" (and {len(notes) - 1} more)" if len(notes) > 1 else "")
            )
        else:
            self.show_message(f"Opened {path.name}")
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(str(path.resolve()))
        self.settings.set(keys.LAST_FOLDER, str(path.resolve().parent))

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        suggested = str(Path(self._folder()) / (self.path.name if self.path else "plan.xlsx"))
        chosen, _ = QFileDialog.getSaveFileName(self.window, "Save plan as", suggested, FILE_FILTER)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from smplanner.io.writer import save_plan  # openpyxl: loaded on the first save

        try:
            save_plan(self.plan, path)
        except SaveError as error:
            QMessageBox.critical(
                self.window,
                "Not saved",
                f"{error.strerror}.\n\nThe plan is still open and unchanged; "
                "try another folder with Save As.",
            )
            return False
        self.path = path
        assert self.editor is not None
        self.editor.stack.setClean()
        self._remember(path)
        self._update_title()
        self.show_message(f"Saved {path.name}")
        return True

    def _fill_recent(self) -> None:
        menu: QMenu = self.window.findChild(QMenu, "menuRecent")
        menu.clear()
        recent = self.settings.get(keys.RECENT_FILES)
        if not recent:
            empty = menu.addAction("No recent plans")
            empty.setEnabled(False)
            return
        for number, name in enumerate(recent, 1):
            item = QAction(f"&{number} {Path(name).name}", menu)
            item.setStatusTip(name)
            item.setToolTip(name)
            item.triggered.connect(lambda _=False, p=name: self._open_recent(p))
            menu.addAction(item)

    def _open_recent(self, name: str) -> None:
        path = Path(name)
        if not path.exists():
            self.settings.remove_recent(name)
            QMessageBox.information(
                self.window,
                "Plan not found",
                f"{name} is no longer there; it was removed from the recent plans.",
            )
            return
        self.open_file(path)

    # ------------------------------------------------------------------ misc
    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(
            self.window,
            "About smplanner",
            f"<h3>smplanner {__version__}</h3>"
            "<p>Plan B2B social media work, judge it by the right KPIs and prove its "
            "return; plans are Excel workbooks your colleagues can open.</p>"
            f"<p>Qt for Python (PySide6) {pyside_version}, LGPLv3.</p>",
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_save():
                event.ignore()
                return True
            self._save_window()
        return False

    def show(self) -> None:
        self.window.show()
        QTimer.singleShot(
            0, lambda: self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        )
