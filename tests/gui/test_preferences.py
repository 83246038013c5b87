"""Edit > Preferences as a user fills it in: language (from the next start), the currency
of new plans, the paper size; and the keys the window's commands carry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu

from smplanner.gui import i18n
from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.preferences import PreferencesDialog
from smplanner.gui.printing import PrintName
from smplanner.gui.sections.planner.section import PlannerSection

from .window_steps import trigger


def fill_in(qtbot, answers: dict[str, str], seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Once Preferences is up, pick each combo's item (or type the text), then OK."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, step)
            return
        note = dialog.findChild(QLabel, "languageNote")
        seen.append(note.text() if note.isVisible() else "")
        for name, text in answers.items():
            combo = dialog.findChild(QComboBox, name)
            if combo.isEditable():
                combo.lineEdit().selectAll()
                qtbot.keyClicks(combo.lineEdit(), text)
            else:
                combo.setCurrentIndex(combo.findText(text))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, step)


@pytest.fixture
def english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install(QApplication.instance(), QLocale("en_GB"))


def test_language_currency_and_paper_are_kept(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    fill_in(qtbot, {"language": "Deutsch", "currency": "PLN", "paper": "US Letter"}, seen)
    trigger(main, ActionName.PREFERENCES)
    assert seen == ["Takes effect when smplanner starts again"]
    assert main.settings.get(keys.LANGUAGE) == "de"
    assert main.settings.get(keys.CURRENCY) == "PLN"
    assert main.settings.get(keys.PAPER) == "letter"
    assert "starts again" in main.window.statusBar().currentMessage()
    assert main.tabs.tabText(0) == "KPI planner"  # this run keeps its language
    # a new blank plan counts its amounts in the chosen currency; the example keeps its own
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.value("settings", 0, "currency") == "PLN"
    trigger(main, ActionName.NEW_EXAMPLE)
    assert main.plan.value("settings", 0, "currency") == "EUR"
    # the File menu's paper choice shows what Preferences chose
    paper_menu = main.printing.paper_menu
    paper_menu.aboutToShow.emit()
    assert action(main.window, PrintName.PAPER_LETTER).isChecked()
    # back to the system's language: the dialog shows what is stored
    seen.clear()
    fill_in(qtbot, {"language": "System (English)", "paper": "A4"}, seen)
    trigger(main, ActionName.PREFERENCES)
    assert main.settings.get(keys.LANGUAGE) == "" and main.settings.get(keys.PAPER) == "a4"


def test_the_chosen_language_is_used_at_the_next_start(qapp, english_again, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SMPLANNER_LANGUAGE")
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("en_GB"))
    assert i18n.install(QApplication.instance(), preferred="de") == "de"
    window = MainWindow()
    try:
        assert window.tabs.tabText(0) == "KPI-Planer"
        assert QLocale().name() == "de_DE"  # Qt knows no German of Britain: Germany
    finally:
        window.document.editor.stack.setClean()  # type: ignore[union-attr]
        window.window.close()
    assert i18n.install(QApplication.instance(), preferred="") == "en"
    assert i18n.preferred_locale("en", QLocale("de_DE")).name() == "en_DE"  # 1.234,5


def test_commands_carry_the_platforms_keys(main: MainWindow) -> None:
    for name, standard in (
        (ActionName.UNDO, QKeySequence.StandardKey.Undo),
        (ActionName.REDO, QKeySequence.StandardKey.Redo),
        (ActionName.OPEN, QKeySequence.StandardKey.Open),
        (ActionName.SAVE_AS, QKeySequence.StandardKey.SaveAs),
        (ActionName.COPY, QKeySequence.StandardKey.Copy),
    ):
        assert action(main.window, name).shortcuts() == QKeySequence.keyBindings(standard)
    assert action(main.window, ActionName.QUIT).shortcuts()  # the form's where none is standard
    planner = main.section(PlannerSection)
    named = {a.objectName(): a for a in planner.menu_actions()}
    native = QKeySequence.SequenceFormat.NativeText
    assert named["planner.add_row"].shortcut().toString(native) == "Ctrl++"
    assert named["planner.delete_rows"].shortcut().toString(native) == "Ctrl+-"
    assert "(Ctrl++)" in named["planner.add_row"].toolTip()
    menu = main.window.findChild(QMenu, "menuPlanner")
    assert named["planner.add_row"] in menu.actions()
