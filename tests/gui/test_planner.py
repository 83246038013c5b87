"""The KPI planner grid, driven as a user drives it: clicks, keys, menus, clipboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from smplanner.domain import kpi_planner
from smplanner.gui.sections.planner import PlannerSection
from smplanner.gui.table_model import PlanTableModel, Role
from smplanner.gui.undo import PlanEditor

FOLLOWERS = 4  # first KPI column


def section(qtbot, editor: PlanEditor) -> PlannerSection:  # type: ignore[no-untyped-def]
    widget = PlannerSection(editor)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def click(qtbot, view, row: int, column: int, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    index = view.model().index(row, column)
    view.scrollTo(index)
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def test_the_model_is_a_sound_qt_model(qtmodeltester, editor: PlanEditor) -> None:
    model = PlanTableModel(editor, "planner")
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == 4 + 41


def test_the_filtered_model_is_sound(qtmodeltester, qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    widget.proxy.set_wanted("stage", "Decision")
    qtmodeltester.check(widget.proxy, force_py=True)
    assert widget.proxy.rowCount() == 4


def test_a_click_cycles_primary_secondary_empty_and_undo(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    plan = editor.plan
    row, name = 14, plan.column_names("planner")[FOLLOWERS]
    assert plan.value("planner", row, name) == ""
    click(qtbot, widget.grid.right, row, FOLLOWERS)
    assert plan.value("planner", row, name) == "P"
    click(qtbot, widget.grid.right, row, FOLLOWERS)
    assert plan.value("planner", row, name) == "S"
    click(qtbot, widget.grid.right, row, FOLLOWERS)
    assert plan.value("planner", row, name) == ""
    assert editor.stack.count() == 3
    assert editor.stack.undoText() == "Set Followers to empty in row 15"
    editor.stack.undo()
    assert plan.value("planner", row, name) == "S"


def test_keys_mark_a_selection_as_one_edit(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    view = widget.grid.right
    click(qtbot, view, 14, 10)  # cycles that cell to P
    editor.stack.undo()
    click(qtbot, view, 15, 12, shift=True)  # extend to 2x3
    qtbot.keyClick(view, Qt.Key.Key_S)
    plan = editor.plan
    names = plan.column_names("planner")
    assert [plan.value("planner", r, names[c]) for r in (14, 15) for c in (10, 11, 12)] == ["S"] * 6
    assert editor.stack.undoText() == "Mark 6 cells Secondary"
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert plan.value("planner", 15, names[12]) == "P"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert all(plan.value("planner", r, names[c]) == "" for r in (14, 15) for c in (10, 11, 12))
    editor.stack.undo()
    editor.stack.undo()
    assert plan.value("planner", 14, names[10]) == "S"


def test_arrow_keys_cross_between_the_frozen_and_kpi_panes(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    left, right = widget.grid.left, widget.grid.right
    widget.grid.select_cell(widget.proxy.index(2, 3))
    assert left.hasFocus()
    qtbot.keyClick(left, Qt.Key.Key_Right)
    assert right.hasFocus() and right.currentIndex().column() == FOLLOWERS
    qtbot.keyClick(right, Qt.Key.Key_Left)
    assert left.hasFocus() and left.currentIndex().column() == 3


def test_row_actions_with_undo(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    plan = editor.plan
    before = plan.snapshot()
    widget.grid.select_cell(widget.proxy.index(2, 1))
    actions = {a.objectName(): a for a in widget.actions_for_menu()}
    actions["planner.add_row"].trigger()
    assert plan.row_count("planner") == 18
    assert (
        plan.value("planner", 3, "stage") == "Awareness"
        and plan.value("planner", 3, "tactic") == ""
    )
    assert "Choose the tactic" in str(
        widget.model.headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    )
    actions["planner.duplicate_rows"].trigger()
    assert plan.row_count("planner") == 19
    actions["planner.move_up"].trigger()
    assert editor.stack.undoText() == "Move 1 planner row up"
    actions["planner.delete_rows"].trigger()
    assert editor.stack.undoText() == "Delete 1 planner row"
    while editor.stack.canUndo():
        editor.stack.undo()
    assert plan.snapshot() == before


def test_suggest_kpis_for_selected_rows(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    plan = editor.plan
    widget.grid.select_cell(widget.proxy.index(7, 0))  # the row without a primary
    assert widget.model.row_problem(7) is not None
    widget.suggest()
    roles = kpi_planner.row_roles(plan, 7)
    assert 1 <= list(roles.values()).count("P") <= 3
    assert widget.model.row_problem(7) is None
    assert editor.stack.undoText() == "Suggest KPIs for row 8"


def test_rows_lacking_focus_are_marked_with_the_reason(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    header = widget.model.headerData
    assert "No primary KPI" in header(7, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "4 primary KPIs" in header(10, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert header(0, Qt.Orientation.Vertical, Role.PROBLEM) is None
    qtbot.waitUntil(lambda: widget.count_label.text() == "17 rows · 2 need attention")


def test_filter_then_edit_the_right_row(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    combo = widget.findChild(QComboBox, "planner.filter.stage")
    combo.setCurrentIndex(combo.findData("Retention"))
    assert widget.proxy.rowCount() == 2
    qtbot.waitUntil(lambda: widget.count_label.text().startswith("2 of 17 rows shown"))
    click(qtbot, widget.grid.right, 1, FOLLOWERS)  # second visible row = source row 13
    assert editor.plan.value("planner", 13, "Followers") == "P"
    widget.search.setText("newsletter")
    assert widget.proxy.rowCount() == 1
    widget.clear_filter()
    assert widget.proxy.rowCount() == 17


def test_copy_and_paste_tab_separated_blocks(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    plan = editor.plan
    view = widget.grid.right
    click(qtbot, view, 0, FOLLOWERS)
    editor.stack.undo()
    click(qtbot, view, 1, FOLLOWERS + 2, shift=True)
    widget.copy()
    assert QApplication.clipboard().text() == "P\t\tS\n\t\tP\n"
    view.setCurrentIndex(widget.proxy.index(15, FOLLOWERS))
    widget.paste()
    names = plan.column_names("planner")
    assert [plan.value("planner", 15, names[FOLLOWERS + i]) for i in range(3)] == ["P", "", "S"]
    assert editor.stack.undoText() == "Paste 6 cells"
    QApplication.clipboard().setText("Primary\tsecondary\r\nnonsense\tP\r\n")
    view.setCurrentIndex(widget.proxy.index(16, FOLLOWERS))
    with qtbot.waitSignal(widget.message) as said:
        widget.paste()
    assert "row 18" in said.args[0] and "'nonsense' is not allowed" in said.args[0]
    assert plan.row_count("planner") == 18  # the block ran past the end: a row was added
    assert plan.value("planner", 16, names[FOLLOWERS + 1]) == "S"
    assert plan.value("planner", 17, names[FOLLOWERS + 1]) == "P"


def test_stage_editor_is_a_drop_down_that_commits(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    view = widget.grid.left
    index = widget.proxy.index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox)
    assert combo is not None and combo.isVisible()
    position = combo.findData("Decision")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert editor.plan.value("planner", 0, "stage") == "Decision"
    assert editor.stack.undoText() == "Set Stage in row 1"


def test_notes_are_typed_in_place(qtbot, editor: PlanEditor) -> None:
    widget = section(qtbot, editor)
    view = widget.grid.left
    index = widget.proxy.index(0, 3)
    widget.grid.select_cell(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.viewport().findChild(QLineEdit) is not None)
    editor_widget = view.viewport().findChild(QLineEdit)
    assert editor_widget.text().startswith("Twelve engineers")
    editor_widget.selectAll()
    qtbot.keyClicks(editor_widget, "Weekly, by Anna")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)  # Qt commits on the next event loop turn
    qtbot.waitUntil(lambda: editor.plan.value("planner", 0, "notes") == "Weekly, by Anna")
    assert editor.stack.undoText() == "Set Notes in row 1"


def test_a_large_plan_opens_in_the_grid(qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.catalogue import example_plan
    from smplanner.domain.commands import InsertRows

    plan = example_plan()
    rows = tuple(
        {"stage": "Decision", "goal": "Win customers", "Followers": "P"} for _ in range(2000)
    )
    plan.apply(InsertRows("planner", 0, rows))
    widget = section(qtbot, PlanEditor(plan))
    assert widget.proxy.rowCount() == 2017
    widget.grid.right.scrollToBottom()
    qtbot.wait(10)
    assert (
        widget.grid.left.verticalScrollBar().value()
        == widget.grid.right.verticalScrollBar().value()
    )
    assert widget.grid.right.indexAt(QPoint(5, 5)).isValid()
