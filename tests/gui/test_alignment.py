"""The Alignment tab, used as a user would: move between boxes, edit one in place, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from smplanner.domain import alignment
from smplanner.gui.sections.alignment.card import BoxForm
from smplanner.gui.sections.alignment.model import BOX_ROLE, AlignmentModel
from smplanner.gui.sections.alignment.section import AlignmentSection
from smplanner.gui.undo import PlanEditor

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def chart(qtbot, editor: PlanEditor) -> Iterator[AlignmentSection]:  # type: ignore[no-untyped-def]
    widget = AlignmentSection(editor)
    widget.today = lambda: TODAY
    widget.model.refresh()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.setFocus()
    yield widget


def box(chart: AlignmentSection, row: int, column: int) -> alignment.Box:
    found = chart.model.index(row, column).data(BOX_ROLE)
    assert isinstance(found, alignment.Box)
    return found


def form(qtbot, chart: AlignmentSection) -> BoxForm:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(f.isVisible() for f in chart.view.findChildren(BoxForm)))
    return next(f for f in chart.view.findChildren(BoxForm) if f.isVisible())


def closed(fields: BoxForm) -> bool:
    """The form is gone: hidden, or already deleted."""
    return not shiboken6.isValid(fields) or not fields.isVisible()


def test_the_model_passes_the_model_tester(qtmodeltester, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    model = AlignmentModel(editor, lambda: TODAY)
    qtmodeltester.check(model)


def test_nine_boxes_at_once_with_the_overdue_one_marked(chart: AlignmentSection) -> None:
    model = chart.model
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Value",
        "Volume",
        "Velocity",
    ]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "Content",
        "Community",
        "Conversion",
    ]
    overdue = [(r, c) for r in range(3) for c in range(3) if box(chart, r, c).overdue]
    assert overdue == [(0, 2)]  # Content x Velocity, due 2026-11-27, in progress
    assert "Overdue by 5 days" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    # every box is on screen, none scrolled away
    viewport = chart.view.viewport().rect()
    for r in range(3):
        for c in range(3):
            assert viewport.contains(chart.view.visualRect(model.index(r, c)))


def test_arrow_keys_move_and_enter_edits_a_box_in_place_as_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, chart: AlignmentSection, editor: PlanEditor
) -> None:
    view = chart.view
    assert view.currentIndex() == chart.model.index(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    before = editor.plan.snapshot()
    steps = editor.stack.count()

    qtbot.keyClick(view, Qt.Key.Key_Return)
    fields = form(qtbot, chart)
    assert QApplication.focusWidget() is fields.owner
    qtbot.keyClicks(fields.owner, "Ana Silva")
    fields.status.setFocus()
    qtbot.keyClick(fields.status, Qt.Key.Key_Down)  # open -> in progress
    qtbot.keyClick(fields.status, Qt.Key.Key_Down)  # -> agreed
    fields.due.setFocus()
    qtbot.keyClicks(fields.due, "2026-12-01")
    fields.action.setFocus()
    qtbot.keyClicks(fields.action, "Answer within two hours")
    fields.due.setFocus()
    qtbot.keyClick(fields.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(fields))

    shown = box(chart, 1, 2)
    assert (shown.owner, shown.status, shown.due) == ("Ana Silva", "agreed", dt.date(2026, 12, 1))
    assert shown.action == "Answer within two hours"
    assert shown.overdue  # due yesterday, agreed but not done
    assert editor.stack.count() == steps + 1
    assert editor.stack.undoText() == "Edit Community × Velocity"
    editor.stack.undo()
    assert editor.plan.snapshot() == before
    assert box(chart, 1, 2).owner == ""


def test_escape_drops_what_was_typed(qtbot, chart: AlignmentSection, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    steps = editor.stack.count()
    qtbot.keyClick(chart.view, Qt.Key.Key_F2)
    fields = form(qtbot, chart)
    qtbot.keyClicks(fields.owner, "Someone else")
    qtbot.keyClick(fields.owner, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(fields))
    assert box(chart, 0, 0).owner == "Marta Nowak"
    assert editor.stack.count() == steps


def test_a_date_that_does_not_fit_is_named_and_the_rest_is_kept(  # type: ignore[no-untyped-def]
    qtbot, chart: AlignmentSection
) -> None:
    said: list[str] = []
    chart.message.connect(said.append)
    qtbot.keyClick(chart.view, Qt.Key.Key_Return)
    fields = form(qtbot, chart)
    fields.owner.clear()
    qtbot.keyClicks(fields.owner, "Jonas Weber")
    fields.due.clear()
    qtbot.keyClicks(fields.due, "end of May")
    qtbot.keyClick(fields.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(fields))
    assert box(chart, 0, 0).owner == "Jonas Weber"
    assert box(chart, 0, 0).due == dt.date(2027, 2, 26)
    assert said and said[-1].startswith("Not set: Content × Value, Due: 'end of May'")


def test_copy_and_paste_carry_a_box_to_another(  # type: ignore[no-untyped-def]
    qtbot, chart: AlignmentSection, editor: PlanEditor
) -> None:
    assert chart.copy()
    assert QApplication.clipboard().text().startswith('"Owner: Marta Nowak')
    chart.view.setCurrentIndex(chart.model.index(2, 0))
    assert chart.paste()
    pasted = box(chart, 2, 0)
    assert (pasted.owner, pasted.status, pasted.due) == (
        "Marta Nowak",
        "agreed",
        dt.date(2027, 2, 26),
    )
    assert pasted.marketing_question == box(chart, 2, 0).marketing_question  # its own
    assert pasted.marketing_question != box(chart, 0, 0).marketing_question
    editor.stack.undo()
    assert box(chart, 2, 0).owner == ""
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
