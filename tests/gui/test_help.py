"""The Help menu: a guide to the tabs, the keys as the window holds them, the example plan."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from smplanner.domain.catalogue import example_plan
from smplanner.gui.actions import ActionName, action
from smplanner.gui.help import HelpPage
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.planner.section import PlannerSection


def shown_page(main: MainWindow, name: str) -> HelpPage:
    pages = [p for p in main.window.findChildren(HelpPage, name) if p.isVisible()]
    assert len(pages) == 1
    return pages[0]


def test_the_help_menu_holds_the_guide_the_keys_the_example_and_about(main: MainWindow) -> None:
    menu = main.window.findChild(QMenu, "menuHelp")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        ActionName.GETTING_STARTED,
        ActionName.SHORTCUTS,
        ActionName.OPEN_EXAMPLE,
        ActionName.ABOUT,
    ]
    guide = action(main.window, ActionName.GETTING_STARTED)
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_getting_started_names_every_tab_in_the_order_to_fill_them(main: MainWindow) -> None:
    action(main.window, ActionName.GETTING_STARTED).trigger()
    text = shown_page(main, "help.getting_started").browser.toPlainText()
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    order = ["Catalogues", "KPI planner", "Maturity", "Profiles", "Requests", "Measuring"]
    assert set(order) < set(titles)
    at = [text.index(f"{n} — ") for n in [*order, "ROI dashboard"]]
    assert at == sorted(at)


def test_the_shortcuts_page_lists_the_keys_the_actions_hold(main: MainWindow) -> None:
    action(main.window, ActionName.SHORTCUTS).trigger()
    text = shown_page(main, "help.shortcuts").browser.toPlainText()
    with_keys = [a for a in main.window.findChildren(QAction) if a.shortcuts()]
    assert len(with_keys) > 40
    for item in with_keys:
        keys = item.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in text, item.objectName()
    # a key changed is a key listed: the page is read from the actions when it opens
    planner = main.section(PlannerSection)
    suggest = next(a for a in planner.menu_actions() if a.objectName() == "planner.suggest")
    suggest.setShortcut(QKeySequence("Ctrl+Alt+J"))
    shown_page(main, "help.shortcuts").close()
    action(main.window, ActionName.SHORTCUTS).trigger()
    text = shown_page(main, "help.shortcuts").browser.toPlainText()
    assert "Ctrl+Alt+J\nSuggest KPIs" in text.replace("  ", "").replace(" \n", "\n")


def test_open_example_plan_brings_the_example(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action(main.window, ActionName.NEW_BLANK).trigger()
    assert main.plan.row_count("planner") == 0
    action(main.window, ActionName.OPEN_EXAMPLE).trigger()
    assert main.plan.row_count("planner") == example_plan().row_count("planner") > 0
    assert main.window.statusBar().currentMessage() == "New example plan"
