"""The maturity tab offers evidence the plan shows and names raters who rate the middle."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smplanner.domain.commands import SetCells
from smplanner.gui.sections.maturity.section import MaturitySection
from smplanner.gui.sections.maturity.suggestions import MiddleNotice, SuggestionsBar
from smplanner.gui.undo import PlanEditor

ROI = "ROI per network is calculated every period."


def shown(qtbot, editor: PlanEditor) -> MaturitySection:  # type: ignore[no-untyped-def]
    section = MaturitySection(editor)
    qtbot.addWidget(section)
    section.resize(1300, 850)
    section.show()
    qtbot.waitExposed(section)
    return section


def statement_row(editor: PlanEditor, statement: str) -> int:
    return editor.plan.column_values("maturity_evidence", "statement").index(statement)


def test_a_suggestion_is_ticked_in_one_click_and_undone(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    section = shown(qtbot, editor)
    said: list[str] = []
    section.message.connect(said.append)
    bar = section.findChild(SuggestionsBar)
    assert bar is not None and bar.isVisible()
    assert [s.rule for s in bar.offered] == ["roi_per_network", "staff_time_valued"]
    label, accept, _ = bar.lines[0]
    assert f"“{ROI}”" in label.text()
    assert "Costs are entered by network for each of periods 1 to 6" in label.text()
    row = statement_row(editor, ROI)
    before = editor.plan.snapshot()

    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert editor.plan.value("maturity_evidence", row, "confirmed")
    assert editor.stack.count() == 1
    assert said[-1] == f"Confirmed: {ROI}; Undo (Ctrl+Z) takes it back"
    qtbot.waitUntil(lambda: [s.rule for s in bar.offered] == ["staff_time_valued"])

    editor.stack.undo()
    assert editor.plan.snapshot() == before
    qtbot.waitUntil(lambda: len(bar.offered) == 2)


def test_a_dismissed_suggestion_is_remembered_by_the_plan(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    section = shown(qtbot, editor)
    bar = section.findChild(SuggestionsBar)
    assert bar is not None
    _, _, dismiss = bar.lines[1]
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert editor.plan.column_values("dismissed_suggestions", "rule") == ["staff_time_valued"]
    qtbot.waitUntil(lambda: [s.rule for s in bar.offered] == ["roi_per_network"])
    # another window on the same plan (as after saving and opening it) does not offer it
    again = shown(qtbot, editor).findChild(SuggestionsBar)
    assert again is not None and [s.rule for s in again.offered] == ["roi_per_network"]
    qtbot.mouseClick(again.lines[0][2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.isVisible() and not again.isVisible())
    editor.stack.undo()
    editor.stack.undo()
    qtbot.waitUntil(lambda: len(bar.offered) == 2)


def test_a_rater_who_rates_the_middle_is_named(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    section = shown(qtbot, editor)
    notice = section.findChild(MiddleNotice)
    assert notice is not None and not notice.isVisible()  # Marta: 4 of 8 at III, half
    ratings = editor.plan.records("maturity_ratings")
    at_two = [
        r for r, x in enumerate(ratings) if x["rater"] == "Marta Nowak" and x["current"] == "II"
    ]
    assert editor.execute(SetCells("maturity_ratings", ((at_two[0], "current", "III"),)))
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text().startswith("Marta Nowak put 5 of 8 dimensions at III (Defined)")
    editor.stack.undo()
    qtbot.waitUntil(lambda: not notice.isVisible())
