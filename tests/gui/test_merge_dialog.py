"""File > Merge from Plan...: the preview, choosing per value, one undo step, bad files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from smplanner.domain import maturity_report as report
from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.plan import Plan
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.merge_dialog import MergeDialog
from smplanner.gui.merge_model import MINE_COLUMN, THEIRS_COLUMN
from smplanner.gui.sections.maturity.section import MaturitySection
from smplanner.gui.undo import PlanEditor
from smplanner.io.workbook import save_plan
from tests.gui.conftest import Answers
from tests.gui.window_steps import choose_file

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def their_copy() -> Plan:
    """The example plan with a new network and its rows, and two settings of their own."""
    theirs = example_plan()
    theirs.apply(InsertRows("networks", theirs.row_count("networks"), ({"name": "Mastodon"},)))
    row = {"network": "Mastodon", "kpi": "Followers", "period": 1, "actual": 40.0}
    theirs.apply(InsertRows("tracking", theirs.row_count("tracking"), (row,)))
    theirs.apply(SetCells("settings", ((0, "currency", "PLN"), (0, "hourly_rate", 80))))
    return theirs


def checks(dialog: MergeDialog, row: int) -> tuple[Qt.CheckState, Qt.CheckState]:
    model = dialog.model
    role = Qt.ItemDataRole.CheckStateRole
    mine = model.data(model.index(row, MINE_COLUMN), role)
    return mine, model.data(model.index(row, THEIRS_COLUMN), role)


def test_choosing_per_value_and_merging_as_one_undo_step(
    qtbot, qtmodeltester, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    editor.plan.apply(SetCells("settings", ((0, "currency", "USD"),)))
    before = editor.plan.snapshot()
    dialog = MergeDialog(editor, their_copy(), "theirs.xlsx")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert "2 rows to add, 2 conflicting values" in dialog.summary.text()
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert lines == [
        "Networks: 1 row added, 0 conflicting values",
        "Plan settings: 0 rows added, 2 conflicting values",
        "Tracking: 1 row added, 0 conflicting values",
        "Networks: network 'Mastodon' is only in theirs.xlsx: it will be added, "
        "with the 1 row that use it",
    ]
    model = dialog.model
    shown = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert shown == [
        ["Plan settings", "row 1", "Currency", "USD", "PLN"],
        ["Plan settings", "row 1", "Hourly rate", "50", "80"],
    ]
    assert checks(dialog, 0) == (CHECKED, UNCHECKED)  # mine until chosen otherwise

    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert [checks(dialog, r) for r in (0, 1)] == [(UNCHECKED, CHECKED)] * 2
    # the hourly rate stays mine: tick Mine in its row with the keyboard
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(1, MINE_COLUMN))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert checks(dialog, 1) == (CHECKED, UNCHECKED)
    assert editor.plan.snapshot() == before  # nothing changes before Merge

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    plan = editor.plan
    assert plan.value("settings", 0, "currency") == "PLN"
    assert plan.value("settings", 0, "hourly_rate") == 50
    assert plan.keys("networks")[-1] == "Mastodon"
    assert plan.value("tracking", plan.row_count("tracking") - 1, "network") == "Mastodon"
    assert editor.stack.count() == 1
    assert editor.stack.undoText() == "Merge from theirs.xlsx"
    merged = plan.snapshot()
    editor.stack.undo()
    assert plan.snapshot() == before
    editor.stack.redo()
    assert plan.snapshot() == merged


def test_cancel_changes_nothing(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = MergeDialog(editor, their_copy(), "theirs.xlsx")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert editor.plan.snapshot() == before and editor.stack.count() == 0


def test_nothing_to_merge_offers_no_merge(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(editor, editor.plan.copy(), "same.xlsx")
    qtbot.addWidget(dialog)
    assert "Nothing to merge" in dialog.summary.text()
    assert not dialog.merge_button.isEnabled() and not dialog.all_theirs.isEnabled()
    assert dialog.model.rowCount() == 0


def merge_when_shown(qtbot, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Once the merge dialog is up, note its summary and click Merge (gives up after 5 s)."""
    tries = [0]

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            tries[0] += 1
            if tries[0] < 250:
                QTimer.singleShot(20, click)
            elif dialog is not None:
                dialog.close()
            return
        seen.append(dialog.summary.text())
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_a_colleagues_ratings_arrive_through_the_file_menu(
    qtbot, main: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    theirs = main.plan.copy()
    theirs.apply(InsertRows("raters", theirs.row_count("raters"), ({"name": "Bob"},)))
    rating = {"rater": "Bob", "dimension": "Strategy and goals", "current": "V", "target": "V"}
    theirs.apply(InsertRows("maturity_ratings", theirs.row_count("maturity_ratings"), (rating,)))
    path = tmp_path / "bob.xlsx"
    save_plan(theirs, path)
    before = main.plan.snapshot()
    choose_file(monkeypatch, "open", path)
    seen: list[str] = []
    merge_when_shown(qtbot, seen)
    action(main.window, ActionName.MERGE).trigger()
    assert "2 rows to add, 0 conflicting values" in seen[0]
    assert report.summary(main.plan) == report.summary(theirs)
    assert main.window.isWindowModified()
    section = main.show_section(MaturitySection)
    qtbot.waitUntil(lambda: section.rater_combo.findText("Bob") >= 0)
    undo = action(main.window, ActionName.UNDO)
    assert undo.text() == "&Undo Merge from bob.xlsx"
    undo.trigger()
    assert main.plan.snapshot() == before


def test_a_file_that_is_no_plan_is_refused_before_anything_changes(
    main: MainWindow, tmp_path: Path, monkeypatch, answers: Answers
) -> None:  # type: ignore[no-untyped-def]
    before = main.plan.snapshot()
    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello")
    choose_file(monkeypatch, "open", bad)
    action(main.window, ActionName.MERGE).trigger()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("warning", "Merge from plan")
    assert text == "notes.xlsx is not an Excel workbook (.xlsx). Nothing was merged."

    broken = tmp_path / "broken.xlsx"
    save_plan(example_plan(), broken)
    book = openpyxl.load_workbook(broken)
    book["KPI planner"]["F3"] = "maybe"
    book.save(broken)
    choose_file(monkeypatch, "open", broken)
    action(main.window, ActionName.MERGE).trigger()
    kind, _, text = answers.shown[-1]
    assert kind == "warning"
    assert text.startswith("broken.xlsx has 1 value smplanner cannot use, so nothing was merged.")
    assert "Sheet 'KPI planner', cell F3: " in text
    assert main.plan.snapshot() == before and main.editor is not None
    assert main.editor.stack.count() == 0


def test_a_renamed_kpi_can_be_taken_as_mine(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    theirs = example_plan()
    row = theirs.keys("kpis").index("Impressions")
    theirs.apply(SetCells("kpis", ((row, "name", "Impressions (total)"),)))
    theirs.apply(SetCells("tracking", ((0, "actual", 1234.0),)))
    dialog = MergeDialog(editor, theirs, "marta.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.preview.added["kpis"] == 1
    texts = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    tick = dialog.changes.item(
        texts.index(
            "Take their 'Impressions (total)' as my 'Impressions' (their rows then use mine)"
        )
    )
    tick.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.preview.added == {} and dialog.preview.catalogue == ()
    assert dialog.model.index(0, 2).data() == "Actual"
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "Impressions (total)" not in editor.plan.keys("kpis")
    assert editor.plan.value("tracking", 0, "actual") == 1234
