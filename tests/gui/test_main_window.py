"""The main window as a user meets it: menus, title, undo, new plans, closing, settings.

Files (open, save, recent, bad workbooks) are in test_files.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar, QToolButton

from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName, action
from smplanner.gui.app import create_main_window
from smplanner.gui.main_window import MainWindow

from .window_steps import mark_a_cell, trigger


def test_opens_on_the_example_with_menus_toolbar_and_tabs(main: MainWindow) -> None:
    assert main.window.windowTitle() == f"{main.plan.name}[*] — smplanner"
    assert main.plan.name.startswith("Example plan")
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    assert titles[0] == "KPI planner" and titles[-1] == "Catalogues"
    assert {"Maturity", "Profiles", "Requests", "Measuring", "ROI dashboard"} <= set(titles)
    menus = [a.text() for a in main.window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Planner", "&View", "&Help"]
    planner_menu = main.window.findChild(QMenu, "menuPlanner")
    names = [a.objectName() for a in planner_menu.actions()]
    assert "planner.add_row" in names and "planner.suggest" in names
    shortcuts = {
        ActionName.NEW_BLANK: "Ctrl+N",
        ActionName.OPEN: "Ctrl+O",
        ActionName.SAVE: "Ctrl+S",
        ActionName.SAVE_AS: "Ctrl+Shift+S",
        ActionName.QUIT: "Ctrl+Q",
        ActionName.UNDO: "Ctrl+Z",
    }
    for name, keys_text in shortcuts.items():
        assert action(main.window, name).shortcut().toString() == keys_text, name
    redo_keys = [k.toString() for k in action(main.window, ActionName.REDO).shortcuts()]
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(redo_keys)  # the platform's order
    toolbar = main.window.findChild(QToolBar, "mainToolBar")
    texts = [a.text() for a in toolbar.actions() if not a.isSeparator()]
    assert texts[:3] == ["&New", "&Open…", "&Save"]
    new_button = toolbar.widgetForAction(toolbar.actions()[0])
    assert isinstance(new_button, QToolButton)
    assert new_button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    new_menu = main.window.findChild(QMenu, "menuNew")
    assert [a.objectName() for a in new_menu.actions()] == [
        ActionName.NEW_EXAMPLE,
        ActionName.NEW_BLANK,
    ]


def test_planner_menu_is_for_the_planner_tab(main: MainWindow) -> None:
    menu = main.window.findChild(QMenu, "menuPlanner")
    assert menu.isEnabled()
    main.tabs.setCurrentIndex(1)
    assert not menu.isEnabled()


def test_an_edit_marks_the_title_and_undo_clears_it(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not main.window.isWindowModified()
    mark_a_cell(main, qtbot)
    assert main.window.isWindowModified()
    undo = action(main.window, ActionName.UNDO)
    assert undo.text() == "&Undo Set Followers to Primary in row 15"
    qtbot.keyClick(
        main.sections[0].grid.current_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert main.plan.value("planner", 14, "Followers") == ""
    assert not main.window.isWindowModified()
    trigger(main, ActionName.REDO)
    assert main.plan.value("planner", 14, "Followers") == "P"
    assert main.window.isWindowModified()


def test_new_blank_and_example_plans(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.row_count("planner") == 0
    assert len(main.plan.keys("kpis")) == 41  # the default catalogues come with it
    assert main.window.windowTitle().endswith("[*] — smplanner")
    assert not action(main.window, ActionName.UNDO).isEnabled()
    trigger(main, ActionName.NEW_EXAMPLE)
    assert main.plan.row_count("planner") == 17
    assert main.window.statusBar().currentMessage() == "New example plan"


def test_new_with_unsaved_changes_asks_first(main: MainWindow, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main, qtbot)
    answers.answer = QMessageBox.StandardButton.Cancel
    trigger(main, ActionName.NEW_BLANK)
    assert answers.shown[-1][1] == "Unsaved changes"
    assert main.plan.row_count("planner") == 17  # still the edited plan
    assert main.plan.value("planner", 14, "Followers") == "P"
    answers.answer = QMessageBox.StandardButton.Discard
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.row_count("planner") == 0
    assert not main.window.isWindowModified()


def test_closing_with_unsaved_changes_asks(main: MainWindow, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main, qtbot)
    answers.answer = QMessageBox.StandardButton.Cancel
    trigger(main, ActionName.QUIT)
    assert main.window.isVisible()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("question", "Unsaved changes") and "Save the changes" in text
    answers.answer = QMessageBox.StandardButton.Discard
    assert main.window.close()
    assert not main.window.isVisible()


def test_closing_an_unchanged_plan_does_not_ask(main: MainWindow, answers) -> None:  # type: ignore[no-untyped-def]
    assert main.window.close()
    assert answers.shown == []


def test_window_geometry_is_remembered(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.window.resize(720, 450)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: main.window.height() == 450)
    main.window.close()
    assert not main.settings.get(keys.GEOMETRY).isEmpty()
    again = create_main_window(None)
    qtbot.addWidget(again.window)
    again.show()
    qtbot.waitExposed(again.window)
    assert again.window.height() == 450  # widths are clamped to the small offscreen screen


def test_toolbar_can_be_hidden_and_stays_hidden(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    toolbar = main.window.findChild(QToolBar, "mainToolBar")
    toggle = action(main.window, ActionName.TOOLBAR)
    assert toggle in main.window.findChild(QMenu, "menuView").actions()
    toggle.trigger()
    assert not toolbar.isVisible()
    main.window.close()
    again = MainWindow()
    qtbot.addWidget(again.window)
    again.show()
    qtbot.waitExposed(again.window)
    assert not again.window.findChild(QToolBar, "mainToolBar").isVisible()
    action(again.window, ActionName.TOOLBAR).trigger()
    assert again.window.findChild(QToolBar, "mainToolBar").isVisible()


def test_about_names_the_versions(main: MainWindow, answers) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import __version__ as pyside_version

    trigger(main, ActionName.ABOUT)
    kind, _title, text = answers.shown[-1]
    assert kind == "about" and "smplanner 0.1.0" in text and pyside_version in text
    for licence in ("LGPL v3", "BSD 3-Clause", "MIT"):
        assert licence in text
    for name in ("pandas", "openpyxl", "pyqtgraph"):
        assert name in text
    from PySide6.QtCore import QSettings

    assert QSettings("smplanner", "smplanner").fileName() in text
    assert "Recovery copies of unsaved plans" in text


def test_edit_menu_works_on_the_current_section(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    section = main.sections[0]
    section.grid.select_cell(section.proxy.index(0, 0))
    trigger(main, ActionName.COPY)
    assert QApplication.clipboard().text() == "Awareness\n"
    section.grid.select_cell(section.proxy.index(1, 0))
    trigger(main, ActionName.PASTE)
    assert main.plan.value("planner", 1, "stage") == "Awareness"
    # on the Catalogues tab the same commands reach the catalogue on show
    catalogues = main.tabs.count() - 1
    main.tabs.setCurrentIndex(catalogues)
    tactics = main.sections[catalogues].show_table("tactics")
    tactics.view.setCurrentIndex(tactics.model.index(2, 0))
    trigger(main, ActionName.COPY)
    assert QApplication.clipboard().text() == "Video\n"
    tactics.view.setCurrentIndex(tactics.model.index(2, 1))
    trigger(main, ActionName.DELETE)
    assert main.plan.value("tactics", 2, "description") == ""
    tactics.view.setCurrentIndex(tactics.model.index(2, 0))
    trigger(main, ActionName.DELETE)  # a name can't be empty: refused, and said so
    assert main.plan.value("tactics", 2, "name") == "Video"
    assert "name" in main.window.statusBar().currentMessage().lower()


def test_settings_read_what_the_platform_stored(fresh_settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from smplanner.gui.settings import SETTINGS_VERSION, Settings

    store = QSettings("smplanner", "smplanner")
    store.setValue("version", 0)
    store.setValue("old/key", "from an older release")
    store.setValue("files/recent", "/only/one.xlsx")  # what an INI file gives for one item
    store.setValue("files/last_folder", 7)
    settings = Settings()
    assert settings.get(keys.RECENT_FILES) == ["/only/one.xlsx"]
    assert settings.get(keys.LAST_FOLDER) == "7"
    assert settings.get(keys.GEOMETRY).isEmpty()
    assert not store.contains("old/key")
    assert int(store.value("version")) == SETTINGS_VERSION
