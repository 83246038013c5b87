"""Files through the window: save, reopen, recent plans, and files that go wrong.

Dialogs are answered the way a user would: the file dialogs' static functions return a
chosen path, message boxes return a chosen button (see ``answers`` in conftest.py), and
the problems dialog's buttons are clicked once it is on screen.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from smplanner.domain.catalogue import example_plan
from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName
from smplanner.gui.main_window import MainWindow
from smplanner.gui.problems_dialog import ProblemsDialog
from smplanner.io.workbook import load_plan, save_plan

from .window_steps import choose_file, click_when_shown, mark_a_cell, trigger


def recent(main: MainWindow) -> list[str]:
    menu: QMenu = main.window.findChild(QMenu, "menuRecent")
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_save_as_then_reopen_gives_the_same_plan(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main, qtbot)
    choose_file(monkeypatch, "save", tmp_path / "my plan")  # no extension typed
    trigger(main, ActionName.SAVE)  # never saved: Save asks where
    saved = tmp_path / "my plan.xlsx"
    assert saved.exists() and main.path == saved
    assert not main.window.isWindowModified()
    # the plan keeps its name in the title, with the file it went to
    title = "Example plan: Vireo Sensing social selling 2027 (my plan.xlsx)[*] — smplanner"
    assert main.window.windowTitle() == title
    assert main.window.statusBar().currentMessage() == "Saved my plan.xlsx"
    expected = main.plan.snapshot()
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.row_count("planner") == 0
    choose_file(monkeypatch, "open", saved)
    trigger(main, ActionName.OPEN)
    assert main.plan.snapshot() == expected
    assert main.window.windowTitle() == title
    assert not main.window.isWindowModified()


def test_save_goes_to_the_same_file_without_asking(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.xlsx"
    save_plan(example_plan(), path)
    assert main.document.open(path)
    mark_a_cell(main, qtbot)

    def no_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        raise AssertionError("Save asked for a name although the plan has a file")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_dialog)
    qtbot.keyClick(
        main.sections[0].grid.current_view(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert not main.window.isWindowModified()
    assert load_plan(path).plan.value("planner", 14, "Followers") == "P"
    # an undo after saving makes the plan differ from the file again
    trigger(main, ActionName.UNDO)
    assert main.window.isWindowModified()


def test_cancelling_save_as_keeps_everything(
    main: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main, qtbot)
    choose_file(monkeypatch, "save", None)
    trigger(main, ActionName.SAVE_AS)
    assert main.path is None and main.window.isWindowModified()


def test_saving_when_asked_on_close(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers
) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main, qtbot)
    answers.answer = QMessageBox.StandardButton.Save
    choose_file(monkeypatch, "save", tmp_path / "on close.xlsx")
    assert main.window.close()
    assert load_plan(tmp_path / "on close.xlsx").plan.value("planner", 14, "Followers") == "P"


def test_recent_files_follow_saves_and_opens(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert recent(main) == ["No recent plans"]
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    save_plan(example_plan(), first)
    choose_file(monkeypatch, "save", second)
    trigger(main, ActionName.SAVE_AS)
    choose_file(monkeypatch, "open", first)
    trigger(main, ActionName.OPEN)
    assert recent(main) == ["&1 first.xlsx", "&2 second.xlsx", "&Clear list"]
    assert main.settings.get(keys.RECENT_FILES) == [str(first.resolve()), str(second.resolve())]
    menu: QMenu = main.window.findChild(QMenu, "menuRecent")
    menu.actions()[1].trigger()  # second.xlsx
    assert main.path == second
    assert recent(main)[:2] == ["&1 second.xlsx", "&2 first.xlsx"]
    for number in range(10):  # at most eight are kept, the newest first
        path = tmp_path / f"more {number}.xlsx"
        choose_file(monkeypatch, "save", path)
        trigger(main, ActionName.SAVE_AS)
    assert len(main.settings.get(keys.RECENT_FILES)) == 8
    assert recent(main)[0] == "&1 more 9.xlsx"
    menu.actions()[-1].trigger()  # Clear list
    assert recent(main) == ["No recent plans"]


def test_a_missing_recent_file_is_dropped_with_a_message(
    main: MainWindow, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "recent.xlsx"
    save_plan(example_plan(), path)
    gone = tmp_path / "gone.xlsx"
    main.settings.set(keys.RECENT_FILES, [str(gone), str(path)])
    assert recent(main)[:2] == ["&1 gone.xlsx", "&2 recent.xlsx"]
    main.window.findChild(QMenu, "menuRecent").actions()[0].trigger()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("information", "Plan not found") and str(gone) in text
    assert main.settings.get(keys.RECENT_FILES) == [str(path)]
    assert main.plan.name.startswith("Example plan")  # nothing else happened


def test_a_broken_file_keeps_the_current_plan(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers
) -> None:  # type: ignore[no-untyped-def]
    mark_a_cell(main, qtbot)
    before = main.plan.snapshot()
    bad = tmp_path / "broken.xlsx"
    bad.write_text("not really a workbook")
    answers.answer = QMessageBox.StandardButton.Discard  # "save changes?" first
    choose_file(monkeypatch, "open", bad)
    trigger(main, ActionName.OPEN)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("warning", "Cannot open plan") and "not an Excel workbook" in text
    assert main.plan.snapshot() == before
    assert main.window.isWindowModified()  # the edit is still there, still unsaved
    assert main.path is None


def _workbook_with_a_bad_cell(tmp_path: Path) -> Path:
    path = tmp_path / "bad cells.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    book["KPI planner"]["E3"] = "Maybe"
    book.save(path)
    return path


def test_bad_cells_are_listed_and_open_only_if_asked(
    main: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = _workbook_with_a_bad_cell(tmp_path)
    seen: list[str] = []
    click_when_shown(qtbot, "cancel_button", seen)
    assert not main.document.open(path)
    assert "Sheet 'KPI planner', cell E3: " in seen[0] and "expected" in seen[0]
    assert seen[1] == "E3"
    assert main.plan.value("planner", 0, "Followers") == "P"  # the example is still open
    click_when_shown(qtbot, "open_button", seen)
    assert main.document.open(path)
    assert main.path is None  # Save asks for a new name: the user's file stays as it was
    assert main.plan.value("planner", 0, "Followers") == ""
    assert main.window.windowTitle() == "bad cells (opened with problems)[*] — smplanner"
    assert main.plan.name.startswith("Example plan")  # the plan's own name is not touched


def test_the_problems_dialog_copies_its_list(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _workbook_with_a_bad_cell(tmp_path)
    dialog = ProblemsDialog(path.name, load_plan(path).problems)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Sheet 'KPI planner', cell E3")
    assert dialog.cancel_button.isDefault()


def test_warnings_go_to_the_status_bar(main: MainWindow, tmp_path: Path, answers) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "with a column of mine.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    book["Tactics"]["D1"] = "Owner"
    book.save(path)
    assert main.document.open(path)
    assert answers.shown == []
    message = main.window.statusBar().currentMessage()
    assert message.startswith(f"Opened {path.name}; note: ") and "'Owner'" in message
    assert main.path == path


def test_saving_into_a_read_only_folder_says_why_and_keeps_the_changes(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "read only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(folder, os.W_OK):  # root writes anywhere: refuse the way the system would
        import smplanner.io.atomic as atomic

        def refuse(*args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(atomic, "tempfile", SimpleNamespace(mkstemp=refuse))
    try:
        mark_a_cell(main, qtbot)
        choose_file(monkeypatch, "save", folder / "plan.xlsx")
        trigger(main, ActionName.SAVE)
    finally:
        folder.chmod(stat.S_IRWXU)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("critical", "Not saved")
    assert "you may not write in that folder" in text and "Save As" in text
    assert main.window.isWindowModified() and main.path is None
    assert main.plan.value("planner", 14, "Followers") == "P"
    assert not list(folder.iterdir())  # no half-written file left behind


def test_a_plan_file_on_the_command_line_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.gui.app import create_main_window

    path = tmp_path / "from the shell.xlsx"
    save_plan(example_plan(), path)
    window = create_main_window(str(path))
    qtbot.addWidget(window.window)
    assert window.path == path
    assert window.window.windowTitle() == (
        "Example plan: Vireo Sensing social selling 2027 (from the shell.xlsx)[*] — smplanner"
    )


def test_save_as_and_export_suggest_the_plans_name_and_the_title_keeps_it(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.gui.printing import PrintName

    offered: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    main.settings.set(keys.LAST_FOLDER, str(tmp_path))
    name = "Example plan: Vireo Sensing social selling 2027"
    assert main.plan.name == name
    assert main.window.windowTitle() == f"{name}[*] — smplanner"
    mark_a_cell(main, qtbot)
    trigger(main, ActionName.SAVE_AS)
    readable = "Example plan - Vireo Sensing social selling 2027"
    assert Path(offered[-1]).name == f"{readable}.xlsx"
    assert main.path == tmp_path / f"{readable}.xlsx"
    # saved under the name it suggested: the title still reads the plan's own name
    assert main.window.windowTitle() == f"{name}[*] — smplanner"
    assert not main.window.isWindowModified()
    trigger(main, PrintName.EXPORT_PDF)  # the KPI planner's page
    assert Path(offered[-1]).name == f"{readable} - KPI planner.pdf"
    assert (tmp_path / f"{readable} - KPI planner.pdf").exists()
    # saved under another file name, the title names both
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "draft 2.xlsx"), "")
    )
    trigger(main, ActionName.SAVE_AS)
    assert main.window.windowTitle() == f"{name} (draft 2.xlsx)[*] — smplanner"
