"""The main window as a user meets it: title, undo, files, closing, settings."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from smplanner.domain.catalogue import example_plan
from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.problems_dialog import ProblemsDialog
from smplanner.io.workbook import load_plan, save_plan


def trigger(main: MainWindow, name: str) -> None:
    action(main.window, name).trigger()


def mark_a_cell(main: MainWindow) -> None:
    section = main.sections[0]
    section.grid.right.setCurrentIndex(section.proxy.index(14, 4))
    section.set_roles("P")


def test_opens_on_the_example_with_menus_and_tabs(main: MainWindow) -> None:
    assert main.window.windowTitle().startswith("Example plan: Vireo Sensing")
    assert [main.tabs.tabText(i) for i in range(main.tabs.count())] == ["KPI planner", "Catalogues"]
    planner_menu = main.window.findChild(QMenu, "menuPlanner")
    names = [a.objectName() for a in planner_menu.actions()]
    assert "planner.add_row" in names and "planner.suggest" in names
    assert action(main.window, ActionName.UNDO).shortcut().toString() == "Ctrl+Z"
    assert action(main.window, ActionName.SAVE).shortcut().toString() == "Ctrl+S"
    redo_keys = [k.toString() for k in action(main.window, ActionName.REDO).shortcuts()]
    assert redo_keys == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_an_edit_marks_the_title_and_undo_clears_it(main: MainWindow) -> None:
    assert not main.window.isWindowModified()
    mark_a_cell(main)
    assert main.window.isWindowModified()
    undo = action(main.window, ActionName.UNDO)
    assert undo.text() == "&Undo Set Followers to Primary in row 15"
    undo.trigger()
    assert not main.window.isWindowModified()
    assert main.plan.value("planner", 14, "Followers") == ""
    trigger(main, ActionName.REDO)
    assert main.plan.value("planner", 14, "Followers") == "P"


def test_save_as_then_reopen_gives_the_same_plan(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark_a_cell(main)
    target = tmp_path / "my plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    trigger(main, ActionName.SAVE)  # never saved: Save asks where
    saved = tmp_path / "my plan.xlsx"
    assert saved.exists() and main.path == saved
    assert not main.window.isWindowModified()
    assert main.window.windowTitle() == "my plan.xlsx[*] — smplanner"
    expected = main.plan.snapshot()
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.row_count("planner") == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    trigger(main, ActionName.OPEN)
    assert main.plan.snapshot() == expected
    assert main.settings.get(keys.RECENT_FILES)[0] == str(saved.resolve())


def test_recent_files_menu_opens_and_forgets_missing_ones(
    main: MainWindow, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "recent.xlsx"
    save_plan(example_plan(), path)
    gone = tmp_path / "gone.xlsx"
    main.settings.set(keys.RECENT_FILES, [str(gone), str(path)])
    menu: QMenu = main.window.findChild(QMenu, "menuRecent")
    menu.aboutToShow.emit()
    items = menu.actions()
    assert [a.text() for a in items] == ["&1 gone.xlsx", "&2 recent.xlsx"]
    items[0].trigger()
    assert answers.shown[-1][1] == "Plan not found"
    assert str(gone) not in main.settings.get(keys.RECENT_FILES)
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()
    assert main.path == path


def test_closing_with_unsaved_changes_asks(main: MainWindow, answers) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main)
    answers.answer = QMessageBox.StandardButton.Cancel
    assert not main.window.close()
    assert main.window.isVisible()
    assert answers.shown[-1][0] == "question" and "Save the changes" in answers.shown[-1][2]
    answers.answer = QMessageBox.StandardButton.Discard
    assert main.window.close()


def test_a_broken_file_keeps_the_current_plan(main: MainWindow, tmp_path: Path, answers) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "broken.xlsx"
    bad.write_text("not really a workbook")
    before = main.plan.snapshot()
    assert not main.open_file(bad)
    kind, _title, text = answers.shown[-1]
    assert kind == "warning" and "not an Excel workbook" in text
    assert main.plan.snapshot() == before


def test_a_workbook_with_bad_cells_opens_only_if_asked_and_unsaved(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bad cells.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    book["KPI planner"]["E3"] = "Maybe"
    book.save(path)
    shown: list[str] = []

    def decline(dialog: ProblemsDialog) -> int:
        shown.append(dialog.text.toPlainText())
        return ProblemsDialog.DialogCode.Rejected

    monkeypatch.setattr(ProblemsDialog, "exec", decline)
    assert not main.open_file(path)
    assert "Sheet 'KPI planner', cell E3: " in shown[0]
    monkeypatch.setattr(ProblemsDialog, "exec", lambda d: ProblemsDialog.DialogCode.Accepted)
    assert main.open_file(path)
    assert main.path is None  # saving asks for a new name: the user's file stays as it was
    assert main.plan.value("planner", 0, "Followers") == ""
    assert "(opened with problems)" in main.window.windowTitle()


def test_a_failed_save_says_why_and_keeps_the_changes(
    main: MainWindow, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main)
    main.path = tmp_path / "vanished folder" / "plan.xlsx"
    assert not main.save()
    kind, _title, text = answers.shown[-1]
    assert kind == "critical" and "folder does not exist" in text
    assert main.window.isWindowModified()


def test_saving_writes_a_workbook_that_reads_back(main: MainWindow, tmp_path: Path) -> None:
    main.path = tmp_path / "direct.xlsx"
    mark_a_cell(main)
    assert main.save()
    assert load_plan(main.path).plan.value("planner", 14, "Followers") == "P"


def test_window_geometry_is_remembered(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.window.resize(720, 450)  # the offscreen screen is 800 x 600
    main.window.close()
    again = MainWindow()
    qtbot.addWidget(again.window)
    assert again.window.height() == 450  # widths are clamped to the small offscreen screen


def test_new_example_and_about(main: MainWindow, answers) -> None:  # type: ignore[no-untyped-def]
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.row_count("planner") == 0
    trigger(main, ActionName.NEW_EXAMPLE)
    assert main.plan.row_count("planner") == 17
    trigger(main, ActionName.ABOUT)
    assert answers.shown[-1][0] == "about" and "smplanner 0.1.0" in answers.shown[-1][2]


def test_edit_menu_copies_from_the_current_section(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    section = main.sections[0]
    section.grid.select_cell(section.proxy.index(0, 0))
    trigger(main, ActionName.COPY)
    assert QApplication.clipboard().text() == "Awareness\n"
    section.grid.select_cell(section.proxy.index(1, 0))
    trigger(main, ActionName.PASTE)
    assert main.plan.value("planner", 1, "stage") == "Awareness"
