"""The main window: the Designer form, brought to life, with the sections as tabs.

The form (ui/main_window.ui) holds menus, toolbar, tabs and status bar; the
:class:`~smplanner.gui.document.Document` holds the plan and its file; each tab is a
section module. This class only wires them together and routes the Edit menu to the
current section, so none of them needs to know about the others.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from smplanner.domain.catalogue import example_plan
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.gui import help as help_pages
from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName, action
from smplanner.gui.document import Document
from smplanner.gui.form import load_main_form
from smplanner.gui.import_data import add_import_action
from smplanner.gui.merge_dialog import add_merge_action
from smplanner.gui.printing import Printing, page_of
from smplanner.gui.sections import section_factories
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.planner.section import PlannerSection
from smplanner.gui.settings import Settings
from smplanner.gui.undo import PlanEditor

STATUS_TIMEOUT = 8000
STANDARD_KEYS = {
    ActionName.NEW_BLANK: QKeySequence.StandardKey.New,
    ActionName.OPEN: QKeySequence.StandardKey.Open,
    ActionName.SAVE: QKeySequence.StandardKey.Save,
    ActionName.SAVE_AS: QKeySequence.StandardKey.SaveAs,
    ActionName.QUIT: QKeySequence.StandardKey.Quit,
    ActionName.CUT: QKeySequence.StandardKey.Cut,
    ActionName.COPY: QKeySequence.StandardKey.Copy,
    ActionName.PASTE: QKeySequence.StandardKey.Paste,
    ActionName.DELETE: QKeySequence.StandardKey.Delete,
}
"""The form's actions that have a key every program on the platform uses."""
T = TypeVar("T", bound=QObject)
W = TypeVar("W", bound=QWidget)


def _child(parent: QObject, kind: type[T], name: str) -> T:
    """The form's object called ``name``; a missing one means the form and code disagree."""
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"ui/main_window.ui has no {kind.__name__} called {name!r}")
    return found


class MainWindow(QObject):
    """Controller of the loaded form; ``window`` is the QMainWindow the user sees."""

    def __init__(
        self, plan: Plan | None = None, path: Path | None = None, form: QMainWindow | None = None
    ) -> None:
        """``form``: the main form already on screen (start-up shows it first), else a new one."""
        super().__init__()
        self.window = form if form is not None else load_main_form()
        # Lives and dies with the window: no slot of ours may run on a deleted window.
        self.setParent(self.window)
        self.window.installEventFilter(self)
        self.tabs = _child(self.window, QTabWidget, "sections")
        self.settings = Settings()
        self.undo_group = QUndoGroup(self)
        self.sections: list[Section] = []
        self.document = Document(self.window, self.settings)
        self.document.replaced.connect(self._show_plan)
        self.document.changed.connect(self._update_title)
        self.document.message.connect(self.show_message)
        self.printing = Printing(
            self.window,
            self.settings,
            lambda: self.document.plan,
            lambda: page_of(self.tabs.currentWidget()),
            self.show_message,
        )
        self._connect_actions()
        self._restore_window()
        self.document.replace(plan or example_plan(), path)

    # ------------------------------------------------------ the open document
    @property
    def editor(self) -> PlanEditor | None:
        return self.document.editor

    @property
    def plan(self) -> Plan:
        return self.document.plan

    @property
    def path(self) -> Path | None:
        return self.document.path

    def is_modified(self) -> bool:
        return self.document.is_modified()

    # ------------------------------------------------------------------ set-up
    def _connect_actions(self) -> None:
        w, doc = self.window, self.document
        action(w, ActionName.NEW_EXAMPLE).triggered.connect(lambda: doc.new(example=True))
        action(w, ActionName.NEW_BLANK).triggered.connect(lambda: doc.new(example=False))
        action(w, ActionName.OPEN).triggered.connect(lambda: doc.open())
        action(w, ActionName.SAVE).triggered.connect(doc.save)
        action(w, ActionName.SAVE_AS).triggered.connect(doc.save_as)
        action(w, ActionName.QUIT).triggered.connect(w.close)
        action(w, ActionName.ABOUT).triggered.connect(self.about)
        # the platform's own keys where it has them; the form's keys elsewhere (Quit on Windows)
        for name, standard in STANDARD_KEYS.items():
            if QKeySequence.keyBindings(standard):
                action(w, name).setShortcuts(standard)
        edits = (
            (ActionName.CUT, Section.cut),
            (ActionName.COPY, Section.copy),
            (ActionName.PASTE, Section.paste),
            (ActionName.DELETE, Section.delete_selection),
            (ActionName.SELECT_ALL, Section.select_all),
        )
        for name, edit in edits:
            action(w, name).triggered.connect(lambda _=False, e=edit: self._to_section(e))
        # "Undo Set Followers to Primary in row 3": the commands' labels come from the
        # stack; the language decides how they join the word (German "Rückgängig: …")
        undo = self.undo_group.createUndoAction(w, tr("&Undo"))
        undo.setObjectName(ActionName.UNDO)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(w, tr("&Redo"))
        redo.setObjectName(ActionName.REDO)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self._undo, self._redo = undo, redo
        # connected after the actions' own slots, so these texts are the ones shown
        self.undo_group.undoTextChanged.connect(self._name_undo)
        self.undo_group.redoTextChanged.connect(self._name_redo)
        self._name_undo(self.undo_group.undoText())
        self._name_redo(self.undo_group.redoText())
        edit_menu = _child(w, QMenu, "menuEdit")
        first = edit_menu.actions()[0]
        edit_menu.insertActions(first, [undo, redo])
        edit_menu.insertSeparator(first)
        preferences = QAction(tr("Pr&eferences…"), w)
        preferences.setObjectName(ActionName.PREFERENCES)
        preferences.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]  # where the platform names no key for it
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.setStatusTip(
            tr("Autosave, language, the currency of new plans and the paper size")
        )
        preferences.triggered.connect(self.preferences)
        edit_menu.addSeparator()
        edit_menu.addAction(preferences)
        toolbar = _child(w, QToolBar, "mainToolBar")
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        # New offers its two kinds at one click (a form can't put a menu on a toolbar)
        new_menu = _child(w, QMenu, "menuNew").menuAction()
        toolbar.insertAction(toolbar.actions()[0], new_menu)
        new_button = toolbar.widgetForAction(new_menu)
        if isinstance(new_button, QToolButton):
            new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toggle = toolbar.toggleViewAction()
        toggle.setObjectName(ActionName.TOOLBAR)
        toggle.setText(tr("&Toolbar"))
        toggle.setStatusTip(tr("Show or hide the toolbar"))
        _child(w, QMenu, "menuView").addAction(toggle)
        file_menu = _child(w, QMenu, "menuFile")
        quit_action = action(w, ActionName.QUIT)
        self.printing.add_to_menu(file_menu, quit_action)
        self.tabs.currentChanged.connect(self.printing.update)
        recent = _child(w, QMenu, "menuRecent")
        merge_action = add_merge_action(doc, file_menu, recent.menuAction())
        add_import_action(doc, file_menu, merge_action)
        recent.aboutToShow.connect(lambda: doc.fill_recent_menu(recent))
        self.tabs.currentChanged.connect(self._fill_planner_menu)
        help_pages.add_actions(
            _child(w, QMenu, "menuHelp"),
            action(w, ActionName.ABOUT),
            self.getting_started,
            self.keyboard_shortcuts,
            lambda: doc.new(example=True),
        )

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

    # ---------------------------------------------------------------- sections
    def _show_plan(self) -> None:
        """Fresh sections (and undo history) for the plan the document now holds."""
        editor = self.document.editor
        assert editor is not None
        editor.refused.connect(self.show_message)
        self.undo_group.addStack(editor.stack)
        self.undo_group.setActiveStack(editor.stack)
        current = max(self.tabs.currentIndex(), 0)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.sections = [make(editor) for make in section_factories()]
        for section in self.sections:
            section.message.connect(self.show_message)
            section.go_to.connect(self._go_to)
            self.tabs.addTab(section, tr(section.title))
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self._fill_planner_menu()
        self.printing.update()

    def _fill_planner_menu(self, *_: object) -> None:
        menu = _child(self.window, QMenu, "menuPlanner")
        menu.clear()
        planner = self.section(PlannerSection) if self.sections else None
        if planner is not None:
            menu.addActions(planner.menu_actions())
        menu.setEnabled(planner is not None and self.tabs.currentWidget() is planner)

    def section(self, kind: type[W]) -> W:
        """The tab of class ``kind`` (menus and tests find tabs by kind, not position)."""
        for section in self.sections:
            if isinstance(section, kind):
                return section
        raise LookupError(f"no {kind.__name__} tab")

    def show_section(self, kind: type[W]) -> W:
        """Bring the tab of class ``kind`` to the front and return it."""
        found = self.section(kind)
        self.tabs.setCurrentWidget(found)
        return found

    def _go_to(self, name: str) -> None:
        """Bring the tab whose object name is ``name`` to the front and give it the focus."""
        for section in self.sections:
            if section.objectName() == name:
                self.show_section(type(section)).setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def current_section(self) -> Section | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, Section) else None

    def _to_section(self, edit: Callable[[Section], object]) -> None:
        section = self.current_section()
        if section is not None:
            edit(section)

    # ------------------------------------------------------------------ chrome
    def _name_undo(self, command: str) -> None:
        text = tr("&Undo {command}").format(command=command) if command else tr("&Undo")
        self._undo.setText(text)

    def _name_redo(self, command: str) -> None:
        text = tr("&Redo {command}").format(command=command) if command else tr("&Redo")
        self._redo.setText(text)

    def _update_title(self) -> None:
        self.window.setWindowTitle(f"{self.document.name}[*] — smplanner")
        self.window.setWindowModified(self.document.is_modified())
        save = action(self.window, ActionName.SAVE)
        save.setEnabled(not self.document.read_only)
        save.setToolTip(
            tr("Read-only: another window has this plan open; use Save As")
            if self.document.read_only
            else tr("Save the plan to its file")
        )

    def show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_TIMEOUT)

    def preferences(self) -> None:
        from smplanner.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.window)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.show_message(dialog.said())

    def offer_recovery(self) -> int:
        """Offer back the plans a crashed smplanner left unsaved (called at start-up)."""
        from smplanner.gui.recovery_offer import offer

        return offer(self.document)

    def getting_started(self) -> None:
        help_pages.show_getting_started(self.window)

    def keyboard_shortcuts(self) -> None:
        help_pages.show_shortcuts(self.window, self.sections)

    def about(self) -> None:
        from smplanner.gui.about import show_about

        show_about(self.window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.document.may_close() or not self.document.maybe_save():
                event.ignore()
                return True
            self.document.close()
            self._save_window()
        elif watched is self.window and event.type() == QEvent.Type.WindowActivate:
            # after the event: a question about the file must not open inside it
            QTimer.singleShot(0, self.document, self.document.check_disk)
        return False

    def show(self) -> None:
        self.window.show()
        QTimer.singleShot(0, self._focus_section)

    def _focus_section(self) -> None:
        section = self.tabs.currentWidget()
        if section is not None:
            section.setFocus(Qt.FocusReason.OtherFocusReason)
