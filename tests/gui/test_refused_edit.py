"""A number cell given words keeps its editor open on them, with the reason beside it.

Driven as a user would in the main window on the example plan: go to a number cell, type
"abc" and Enter; the editor stays open on "abc", a note under it and the status bar say
why, the plan is unchanged; Escape cancels; "12" and Enter is kept. The same in the
tracking grid, a cost line (the plain plan table) and a profile item's weight (a table
with worked-out columns beside it).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

from smplanner.gui.grid.refused_edit import NOTE_NAME
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.measuring.section import LinesPage, MeasuringSection
from smplanner.gui.sections.profiles.section import ProfilesSection


def editor_of(qtbot, view: QAbstractItemView) -> QLineEdit:  # type: ignore[no-untyped-def]
    def open_editors() -> list[QLineEdit]:
        return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: len(open_editors()) == 1)
    return open_editors()[0]


def note_of(view: QAbstractItemView) -> QLabel | None:
    note = view.viewport().findChild(QLabel, NOTE_NAME)
    return note if note is not None and note.isVisible() else None


def closed(qtbot, line: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not shiboken6.isValid(line) or not line.isVisible())


def refuse_cancel_then_keep(  # type: ignore[no-untyped-def]
    qtbot,
    main: MainWindow,
    view: QAbstractItemView,
    index: QModelIndex,
    value: object,
    expected: str,
    good: int = 12,
) -> None:
    """At ``index`` of ``view``: "abc" is refused and kept in sight, Esc cancels, ``good``
    is kept; ``value`` reads the cell from the plan, ``expected`` is the reason's end."""
    stack = main.editor.stack
    before, undo_steps = value(), stack.count()  # type: ignore[operator]
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = editor_of(qtbot, view)
    line.selectAll()
    qtbot.keyClicks(line, "abc")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert shiboken6.isValid(line) and line.isVisible()
    assert line.text() == "abc"
    assert view.state() == QAbstractItemView.State.EditingState
    note = note_of(view)
    assert note is not None
    assert f"'abc' is not allowed; expected {expected}" in note.text()
    assert "Esc to cancel" in note.text()
    assert note.geometry().top() >= line.geometry().bottom()  # under the editor
    status = main.window.statusBar().currentMessage()
    assert status.startswith("Not taken: ") and f"expected {expected}" in status
    assert value() == before and stack.count() == undo_steps  # type: ignore[operator]
    # Tab does not slip past it either
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.isVisible() and line.text() == "abc"
    # Escape cancels: the editor closes, the cell keeps what it had
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    closed(qtbot, line)
    qtbot.waitUntil(lambda: note_of(view) is None)
    assert value() == before and stack.count() == undo_steps  # type: ignore[operator]
    # a number is taken
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = editor_of(qtbot, view)
    line.selectAll()
    qtbot.keyClicks(line, "abc")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert note_of(view) is not None
    line.selectAll()
    qtbot.keyClicks(line, str(good))
    assert note_of(view) is None  # correcting the text takes the note away
    qtbot.keyClick(line, Qt.Key.Key_Return)
    closed(qtbot, line)
    assert value() == good  # type: ignore[operator]
    assert stack.count() == undo_steps + 1


def test_tracking_grid(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    measuring = main.show_section(MeasuringSection)
    page = measuring.tracking
    model = page.model
    row = next(
        r for r in range(model.rowCount()) if model.is_editable(r, model.column_of(0, "actual"))
    )
    column = model.column_of(0, "actual")
    page.go_to(row, column)
    view = page.grid.current_view()
    refuse_cancel_then_keep(
        qtbot, main, view, model.index(row, column), lambda: model.value(row, column), "a number"
    )


def test_cost_line(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    measuring = main.show_section(MeasuringSection)
    costs = measuring.show_page("costs")
    assert isinstance(costs, LinesPage)
    column = costs.model.column_number("amount")
    refuse_cancel_then_keep(
        qtbot,
        main,
        costs.view,
        costs.model.index(0, column),
        lambda: main.plan.value("costs", 0, "amount"),
        "a number of at least 0",
    )


def test_profile_item_weight(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    profiles = main.show_section(ProfilesSection)
    proxy = profiles.item_proxy
    assert proxy is not None
    column = profiles.items.model.column_number("weight")
    refuse_cancel_then_keep(
        qtbot,
        main,
        profiles.items.view,
        profiles.items.view.model().index(0, column),
        lambda: main.plan.value(profiles.items.table, 0, "weight"),
        "a whole number from 1 to 5",
        good=4,
    )
