"""The Maturity tab, used as a new user would: rate, tick evidence, add a rater, answer,
save, reopen; the chart and the summary agree with what was entered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QToolButton
from pytestqt.qtbot import QtBot

from smplanner.domain import maturity, maturity_report
from smplanner.domain.catalogue import blank_plan
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.maturity.section import MaturitySection
from smplanner.gui.undo import PlanEditor
from smplanner.io.workbook import load_plan


@pytest.fixture
def section(qtbot) -> Iterator[MaturitySection]:  # type: ignore[no-untyped-def]
    editor = PlanEditor(blank_plan())
    widget = MaturitySection(editor)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def pick(section: MaturitySection, row: int, level: int) -> None:
    """Click the level cell (level 1..5) of a dimension's row."""
    view = section.grid
    view.scrollTo(section.grid_model.index(row, level + 1))
    rect = view.visualRect(section.grid_model.index(row, level + 1))
    QtBot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row and view.currentIndex().column() == level + 1


def rate(section: MaturitySection, qtbot, row: int, current: int, target: int) -> None:  # type: ignore[no-untyped-def]
    pick(section, row, current)
    qtbot.keyClick(section.grid, Qt.Key.Key_C)
    pick(section, row, target)
    qtbot.keyClick(section.grid, Qt.Key.Key_T)


def tick(view, qtbot, row: int) -> None:  # type: ignore[no-untyped-def]
    """Tick an evidence statement from the keyboard: go to its box, press Space."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 3))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def choose(view, qtbot, row: int, answer: str) -> None:  # type: ignore[no-untyped-def]
    """Open the answer's drop-down and pick ``answer``."""
    index = view.model().index(row, 1)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    choice = combo.findData(answer)
    combo.setCurrentIndex(choice)
    combo.activated.emit(choice)


def test_every_model_passes_qt_model_tester(section: MaturitySection, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    section.add_rater()
    section.refresh()
    for model in (
        section.grid_model,
        section.evidence_filter,
        section.raters_model,
        section.readiness_model,
        section.compare_model,
    ):
        qtmodeltester.check(model)


def test_level_texts_and_badges_for_the_chosen_rater(section: MaturitySection, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = section.grid_model
    assert model.rowCount() == 8
    assert model.headerData(2, Qt.Orientation.Horizontal) == "I Initial"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "V Optimizing"
    text = model.index(0, 4).data()
    assert text.startswith("One written social media strategy")
    rate(section, qtbot, 0, current=3, target=4)
    assert model.index(0, 4).data().startswith("●  One written")
    assert model.index(0, 5).data().startswith("◆  ")
    assert model.index(0, 4).data(Qt.ItemDataRole.EditRole).startswith("One written")


def test_rating_eight_dimensions_with_the_keyboard_and_undo(
    section: MaturitySection, qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = section.plan
    levels = [(3, 4), (2, 4), (1, 3), (3, 3), (2, 4), (3, 4), (2, 3), (3, 4)]
    for row, (current, target) in enumerate(levels):
        rate(section, qtbot, row, current, target)
    profile = maturity_report.profile(plan, "Our team")
    assert [(p.current, p.target) for p in profile] == levels
    qtbot.waitUntil(
        lambda: section.overall_label.text().startswith(
            "Overall level II Repeatable; weakest: "
            "Data quality and lead-source tracking (I Initial)"
        )
    )
    # T again on the target clears it; undo brings it back
    pick(section, 7, 4)
    qtbot.keyClick(section.grid, Qt.Key.Key_T)
    assert maturity_report.profile(plan, "Our team")[7].target is None
    section.editor.stack.undo()
    assert maturity_report.profile(plan, "Our team")[7].target == 4
    while section.editor.stack.canUndo():
        section.editor.stack.undo()
    assert plan.row_count("maturity_ratings") == 0


def test_ticking_evidence_raises_the_evidenced_level_and_clears_the_gap(  # type: ignore[no-untyped-def]
    section: MaturitySection, qtbot
) -> None:
    rate(section, qtbot, 0, current=2, target=3)
    assert "Rated II Repeatable, but the evidence supports no level yet" in (
        section.grid_model.row_problem(0) or ""
    )
    view = section.evidence_view
    assert view.model().rowCount() == 10  # the chosen dimension's statements only
    for row in range(4):  # levels I and II
        tick(view, qtbot, row)
    checked = [view.model().index(r, 3).data(Qt.ItemDataRole.CheckStateRole) for r in range(5)]
    assert checked == [Qt.CheckState.Checked] * 4 + [Qt.CheckState.Unchecked]
    assert section.grid_model.row_problem(0) is None
    qtbot.waitUntil(lambda: "4 of 10 statements confirmed" in section.evidence_heading.text())
    assert "evidenced level II Repeatable" in section.evidence_heading.text()
    assert section.grid_model.index(0, 3).data().startswith("● ✓  ")


def test_a_second_rater_compares_and_flags_disagreement(section: MaturitySection, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not section.rater_combo.isVisibleTo(section)  # one rater: no selector
    assert section.compare_view.isHidden()
    rate(section, qtbot, 0, current=2, target=3)
    button = section.findChild(QToolButton, "maturity.add_rater_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = section.raters_view.focusWidget()
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Ana Silva")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ana Silva" in section.plan.keys("raters"))
    assert section.rater_combo.isVisibleTo(section)
    section.select_rater("Ana Silva")
    assert section.rater == "Ana Silva"
    assert (
        section.grid_model.index(0, 3).data(Qt.ItemDataRole.DisplayRole).startswith("Some teams")
    )  # Ana has not rated yet: no badge
    rate(section, qtbot, 0, current=4, target=4)
    qtbot.waitUntil(lambda: section.compare_model.index(0, 2).data() == "IV")
    headers = [
        section.compare_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(section.compare_model.columnCount())
    ]
    assert headers == ["Dimension", "Our team", "Ana Silva", "Mean", "Spread"]
    first = [section.compare_model.index(0, c).data() for c in range(5)]
    assert first == ["Strategy and goals", "II", "IV", "3.0", "2"]
    assert "2 levels apart" in section.compare_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 dimension where raters are two levels or more apart" in section.compare_note.text()


def test_the_readiness_verdict_follows_the_answers(section: MaturitySection, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = section.readiness_view
    section.pages.setCurrentIndex(2)
    for row in range(3):
        choose(view, qtbot, row, "yes")
        qtbot.waitUntil(lambda r=row: section.plan.value("readiness", r, "answer") == "yes")
    qtbot.waitUntil(lambda: section.verdict_label.text() == "Verdict: Ready to implement")
    choose(view, qtbot, 1, "no")
    qtbot.waitUntil(lambda: section.verdict_label.text() == "Verdict: Do a readiness project first")
    assert section.reason_label.text() == (
        "The processes are not working: do not automate a missing or broken process."
    )


def test_the_chart_shows_the_profile_live(section: MaturitySection, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = section.chart
    assert chart is not None  # built on the first look at the tab
    rate(section, qtbot, 2, current=1, target=3)
    qtbot.waitUntil(lambda: chart.values["Current"][2] == 1)
    assert chart.values["Target"][2] == 3
    assert chart.values["Evidenced"] == [0] * 8
    assert chart.title.startswith("Overall level I Initial")


def test_dimensions_can_be_added_described_and_deleted_with_their_evidence(  # type: ignore[no-untyped-def]
    section: MaturitySection, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = section.plan
    pick(section, 7, 1)
    qtbot.keyClick(section.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert plan.keys("maturity")[8] == "New dimension"
    editor = section.grid.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Partner channel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan.keys("maturity")[8] == "Partner channel")
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Resellers and referral partners", True)
    )
    section.grid.setCurrentIndex(section.grid_model.index(8, 2))
    section.actions_["describe"].trigger()
    assert plan.value("maturity", 8, "description") == "Resellers and referral partners"
    section.add_statement()
    assert [r["dimension"] for r in plan.records("maturity_evidence")].count("Partner channel") == 1
    evidence = plan.row_count("maturity_evidence")
    section.grid.setCurrentIndex(section.grid_model.index(0, 2))
    section.actions_["delete"].trigger()
    assert "Strategy and goals" not in plan.keys("maturity")
    assert plan.row_count("maturity_evidence") == evidence - 10
    section.editor.stack.undo()
    assert plan.keys("maturity")[0] == "Strategy and goals"
    assert plan.row_count("maturity_evidence") == evidence


def test_new_user_round_trip_through_the_window(  # type: ignore[no-untyped-def]
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action(main.window, ActionName.NEW_BLANK).trigger()
    section = main.show_section(MaturitySection)
    assert isinstance(section, MaturitySection)
    for row in range(8):
        rate(section, qtbot, row, current=2 + row % 2, target=4)
    view = section.evidence_view
    pick(section, 0, 1)
    for row in range(2):
        tick(view, qtbot, row)
    section.add_rater()
    editor = section.raters_view.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Ana Silva")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ana Silva" in main.plan.keys("raters"))
    section.refresh()
    section.select_rater("Ana Silva")
    rate(section, qtbot, 0, current=4, target=5)
    for row, answer in enumerate(("yes", "no", "unsure")):
        choose(section.readiness_view, qtbot, row, answer)
        qtbot.waitUntil(lambda r=row, a=answer: main.plan.value("readiness", r, "answer") == a)
    saved = tmp_path / "assessed.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    action(main.window, ActionName.SAVE).trigger()
    assert saved.exists()
    before = maturity_report.summary(main.plan)
    reread = load_plan(saved)
    assert reread.errors == []
    assert maturity_report.summary(reread.plan) == before
    assert before["overall"]["current"] == "II" and before["overall"]["target"] == "IV"
    assert before["dimensions"][0]["raters"] == {"Our team": "II", "Ana Silva": "IV"}
    assert before["dimensions"][0]["evidenced"] == "I"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    action(main.window, ActionName.OPEN).trigger()
    reopened = main.section(MaturitySection)
    assert isinstance(reopened, MaturitySection)
    assert maturity_report.summary(main.plan) == before
    assert reopened.rater_combo.count() == 2
    qtbot.waitUntil(lambda: reopened.overall_label.text().startswith("Overall level II"))


def warned_rows(section: MaturitySection) -> dict[int, str]:
    """The grid's rows whose header carries the warning sign, with its tooltip."""
    model = section.grid_model
    rows = {}
    for row in range(model.rowCount()):
        icon = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            rows[row] = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    return rows


def rated_above_evidence(section: MaturitySection) -> dict[int, str]:
    """Worked out from the tables: rows where the shown rater's level beats the evidence,
    with that rater's level code."""
    rater = section.rater_combo.currentData()
    plan = section.plan
    given = {
        r["dimension"]: r["current"]
        for r in plan.records(maturity_report.RATINGS)
        if r["rater"] == rater
    }
    evidence = maturity_report.evidence_levels(plan)
    found = {}
    for row, dimension in enumerate(plan.keys(maturity_report.DIMENSIONS)):
        level = maturity_report.level_number(given.get(dimension))
        if level and level > maturity.evidenced_level(evidence.get(dimension, {})):
            found[row] = str(given[dimension])
    return found


def test_the_warnings_follow_the_shown_rater_from_the_start(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    section = main.show_section(MaturitySection)
    assert section.plan.row_count(maturity_report.RATERS) > 1  # the example plan has several raters
    expected = rated_above_evidence(section)
    assert len(expected) == 3
    warned = warned_rows(section)
    assert warned.keys() == expected.keys()
    for row, code in expected.items():
        assert warned[row].startswith(f"Rated {code} ")
    assert f"⚠ {len(expected)} rated above the evidence" in section.overall_label.text()
    # the headline says whose levels these are (the printed page says it shows the team's)
    assert section.overall_label.text().endswith(f"levels of {section.rater_combo.currentText()}")
    # rating the first dimension V warns on it too; undone, the warnings are as before
    pick(section, 0, 5)
    qtbot.keyClick(section.grid, Qt.Key.Key_C)
    assert rated_above_evidence(section).keys() == {0, *expected}
    assert warned_rows(section).keys() == {0, *expected}
    section.editor.stack.undo()
    qtbot.waitUntil(lambda: warned_rows(section).keys() == expected.keys())
    # another rater: that rater's warnings
    section.rater_combo.setCurrentIndex(1)
    assert warned_rows(section).keys() == rated_above_evidence(section).keys()
