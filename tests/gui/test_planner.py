"""The KPI planner section, driven as a user drives it: clicks, keys, shortcuts, clipboard.

Most tests use the small hand-made plan (six rows, KPI columns 4..9; row 4 has no
primary, row 5 has four); a few check the example plan and a 2,000-row plan.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from smplanner.domain import kpi_planner
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.gui.grid.table_model import Role
from smplanner.gui.sections.planner.section import PlannerSection, rows_text
from smplanner.gui.sections.planner.styler import NEEDS_FOCUS
from smplanner.gui.undo import PlanEditor

FOLLOWERS, IMPRESSIONS, DOWNLOADS, MQC = 4, 5, 6, 7
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def make_section(qtbot) -> Iterator[Callable[[PlanEditor], PlannerSection]]:  # type: ignore[no-untyped-def]
    """Shows a section on an editor, and keeps it referenced until the test's teardown.

    pytest-qt holds widgets weakly; a section referenced only by its own signal
    connections could be collected (and its window deleted) by Python's garbage
    collector in the middle of the event processing after the test.
    """
    shown: list[PlannerSection] = []

    def make(editor: PlanEditor) -> PlannerSection:
        widget = PlannerSection(editor)
        qtbot.addWidget(widget)
        widget.resize(1300, 700)
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
        shown.append(widget)
        return widget

    yield make
    shown.clear()


@pytest.fixture
def widget(make_section, small_editor) -> PlannerSection:  # type: ignore[no-untyped-def]
    """The section on the small plan."""
    return make_section(small_editor)


def click(qtbot, widget: PlannerSection, row: int, column: int, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Click the shown cell (row, column) in whichever pane shows it."""
    view = widget.grid.pane(column)
    index = widget.proxy.index(row, column)
    view.scrollTo(index)
    modifier = SHIFT if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def double_click(qtbot, widget: PlannerSection, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    """Double-click the shown cell (row, column) in whichever pane shows it."""
    view = widget.grid.pane(column)
    index = widget.proxy.index(row, column)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    # a double-click starts as a click (QTest's double-click sends no first press)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def key(
    qtbot, widget: PlannerSection, code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """A key press in the pane that has the focus, as the user types it."""
    qtbot.keyClick(widget.grid.current_view(), code, modifier)


def cell(editor: PlanEditor, row: int, column: int) -> object:
    return editor.plan.value("planner", row, column)


def selected_rows(widget: PlannerSection) -> list[int]:
    selection = widget.grid.selectionModel()
    return [r for r in range(widget.proxy.rowCount()) if selection.isRowSelected(r)]


# ----------------------------------------------------------------------- models
def test_the_filtered_model_stack_is_sound(qtmodeltester, widget) -> None:  # type: ignore[no-untyped-def]
    widget.proxy.set_wanted("stage", "Consideration")
    assert widget.proxy.rowCount() == 2
    qtmodeltester.check(widget.proxy, force_py=True)


def test_opens_with_the_first_kpi_cell_current_and_the_counts(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    named = [a for a in widget.menu_actions() if not a.isSeparator()]
    assert [a.objectName() for a in named] == [
        "planner.mark_primary",
        "planner.mark_secondary",
        "planner.cycle",
        "planner.clear_marks",
        "planner.add_row",
        "planner.duplicate_rows",
        "planner.delete_rows",
        "planner.move_up",
        "planner.move_down",
        "planner.suggest",
        "planner.filter",
        "planner.show_all",
    ]
    assert all(a.toolTip() and a.statusTip() for a in named)
    assert all(a.shortcut().toString() for a in named if a.objectName() != "planner.clear_marks")
    assert widget.grid.right.actions() == widget.menu_actions()  # the context menu
    assert widget.grid.right.hasFocus()
    assert widget.grid.right.currentIndex() == widget.proxy.index(0, FOLLOWERS)
    assert widget.count_label.text() == "6 rows · 2 need focus"
    assert widget.model.columnCount() == 4 + 6


# ---------------------------------------------------------------- KPI marking
def test_a_double_click_cycles_primary_secondary_empty_with_undo_and_redo(
    qtbot, small_editor, widget
) -> None:  # type: ignore[no-untyped-def]
    seen = []
    for _ in range(3):
        double_click(qtbot, widget, 3, FOLLOWERS)
        seen.append(cell(small_editor, 3, FOLLOWERS))
    assert seen == ["P", "S", ""]
    stack = small_editor.stack
    assert stack.count() == 3
    assert stack.undoText() == "Set Followers to empty in row 4"
    stack.undo()
    assert cell(small_editor, 3, FOLLOWERS) == "S"
    stack.undo()
    assert stack.undoText() == "Set Followers to Primary in row 4"
    stack.redo()
    assert cell(small_editor, 3, FOLLOWERS) == "S"


def test_a_click_selects_and_keys_double_clicks_and_the_menu_mark(
    qtbot, small_editor, widget
) -> None:  # type: ignore[no-untyped-def]
    plan = small_editor.plan
    before = plan.frame("planner").copy()
    for row, column in ((0, IMPRESSIONS), (0, FOLLOWERS), (2, DOWNLOADS), (3, MQC)):
        click(qtbot, widget, row, column)  # S, P, S and an empty cell
        assert widget.grid.right.currentIndex() == widget.proxy.index(row, column)
    assert plan.frame("planner").equals(before)
    assert small_editor.stack.count() == 0
    # the keys the hint names, on the clicked cell (row 4, MQC)
    for code, mark in (
        (Qt.Key.Key_P, "P"),
        (Qt.Key.Key_S, "S"),
        (Qt.Key.Key_Space, ""),
        (Qt.Key.Key_Space, "P"),
        (Qt.Key.Key_Delete, ""),
    ):
        key(qtbot, widget, code)
        assert cell(small_editor, 3, MQC) == mark
    assert small_editor.stack.count() == 5
    double_click(qtbot, widget, 3, MQC)
    assert cell(small_editor, 3, MQC) == "P"
    # the context menu's marking actions work on the selection
    menu = {a.objectName(): a for a in widget.grid.right.actions()}
    menu["planner.mark_secondary"].trigger()
    assert cell(small_editor, 3, MQC) == "S"
    menu["planner.clear_marks"].trigger()
    assert cell(small_editor, 3, MQC) == ""
    assert small_editor.stack.count() == 8
    assert "planner.mark_primary" not in {a.objectName() for a in widget.grid.left.actions()}


def test_a_click_on_a_frozen_cell_changes_nothing(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, widget, 2, 1)
    assert small_editor.stack.count() == 0
    assert widget.grid.left.currentIndex() == widget.proxy.index(2, 1)


def test_keys_mark_a_selection_as_one_edit_each(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    widget.grid.select_cell(widget.proxy.index(2, IMPRESSIONS))
    key(qtbot, widget, Qt.Key.Key_Right, SHIFT)
    key(qtbot, widget, Qt.Key.Key_Down, SHIFT)
    block = [(r, c) for r in (2, 3) for c in (IMPRESSIONS, DOWNLOADS)]

    def values() -> list[object]:
        return [cell(small_editor, r, c) for r, c in block]

    key(qtbot, widget, Qt.Key.Key_S)
    assert values() == ["S"] * 4
    assert small_editor.stack.undoText() == "Mark 4 cells Secondary"
    key(qtbot, widget, Qt.Key.Key_P)
    assert values() == ["P"] * 4
    key(qtbot, widget, Qt.Key.Key_Space)  # the current cell's next mark, for all
    assert values() == ["S"] * 4
    key(qtbot, widget, Qt.Key.Key_Backspace)
    assert values() == [""] * 4
    key(qtbot, widget, Qt.Key.Key_1)
    assert values() == ["P"] * 4
    key(qtbot, widget, Qt.Key.Key_Delete)
    assert values() == [""] * 4
    assert small_editor.stack.count() == 6
    small_editor.stack.undo()
    assert values() == ["P"] * 4


def test_arrow_home_and_end_keys_cross_between_the_panes(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    left, right = widget.grid.left, widget.grid.right
    widget.grid.select_cell(widget.proxy.index(1, 3))
    assert left.hasFocus()
    qtbot.keyClick(left, Qt.Key.Key_Right)
    assert right.hasFocus() and right.currentIndex() == widget.proxy.index(1, FOLLOWERS)
    qtbot.keyClick(right, Qt.Key.Key_Down)
    assert right.currentIndex() == widget.proxy.index(2, FOLLOWERS)
    qtbot.keyClick(right, Qt.Key.Key_Left)
    assert left.hasFocus() and left.currentIndex() == widget.proxy.index(2, 3)
    qtbot.keyClick(left, Qt.Key.Key_End)
    assert right.hasFocus() and right.currentIndex().column() == 9
    qtbot.keyClick(right, Qt.Key.Key_Home, CTRL)
    assert left.hasFocus() and left.currentIndex() == widget.proxy.index(0, 0)


def test_tab_walks_across_both_panes_and_enter_moves_down(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.grid.select_cell(widget.proxy.index(0, 3))
    key(qtbot, widget, Qt.Key.Key_Tab)
    assert widget.grid.right.hasFocus()
    assert widget.grid.right.currentIndex() == widget.proxy.index(0, FOLLOWERS)
    key(qtbot, widget, Qt.Key.Key_Backtab, SHIFT)
    assert widget.grid.left.currentIndex() == widget.proxy.index(0, 3)
    widget.grid.select_cell(widget.proxy.index(0, 9))
    key(qtbot, widget, Qt.Key.Key_Tab)  # from the last KPI to the next row's stage
    assert widget.grid.left.currentIndex() == widget.proxy.index(1, 0)
    key(qtbot, widget, Qt.Key.Key_Return)
    assert widget.grid.left.currentIndex() == widget.proxy.index(2, 0)


def test_a_shift_click_selects_a_block_across_both_panes(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, widget, 0, 2)  # tactic of row 1
    click(qtbot, widget, 1, IMPRESSIONS, shift=True)
    assert small_editor.stack.count() == 0  # a shift-click marks nothing
    widget.copy()
    assert QApplication.clipboard().text() == (
        "Video\tWeekly clip\tP\tS\nBlog article\tTwo posts a month\t\tP\n"
    )


# ------------------------------------------------------------------- row actions
def test_insert_adds_a_row_after_the_current_one_ready_for_its_tactic(
    qtbot, small_editor, widget
) -> None:  # type: ignore[no-untyped-def]
    plan = small_editor.plan
    widget.grid.select_cell(widget.proxy.index(2, MQC))
    key(qtbot, widget, Qt.Key.Key_Insert)
    assert plan.row_count("planner") == 7
    assert plan.row("planner", 3)["stage"] == "Consideration"
    assert plan.row("planner", 3)["goal"] == "Generate leads"
    assert plan.row("planner", 3)["tactic"] == ""
    assert widget.grid.left.hasFocus()
    assert widget.grid.left.currentIndex() == widget.proxy.index(3, 2)
    assert small_editor.stack.undoText() == "Add planner row"
    small_editor.stack.undo()
    assert plan.row_count("planner") == 6


def test_duplicate_delete_and_move_rows_by_shortcut_with_undo(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    plan, stack = small_editor.plan, small_editor.stack
    before = plan.snapshot()
    widget.grid.select_cell(widget.proxy.index(1, FOLLOWERS))
    key(qtbot, widget, Qt.Key.Key_Down, SHIFT)  # rows 2-3
    key(qtbot, widget, Qt.Key.Key_D, CTRL)
    assert plan.row_count("planner") == 8
    assert plan.row("planner", 3) == plan.row("planner", 1)
    assert plan.row("planner", 4) == plan.row("planner", 2)
    assert stack.undoText() == "Duplicate 2 planner rows"
    assert selected_rows(widget) == [3, 4]

    key(qtbot, widget, Qt.Key.Key_Up, ALT)
    assert stack.undoText() == "Move 2 planner rows up"
    assert selected_rows(widget) == [2, 3]
    assert plan.row("planner", 2)["tactic"] == "Blog article"
    key(qtbot, widget, Qt.Key.Key_Down, ALT)
    key(qtbot, widget, Qt.Key.Key_Down, ALT)
    assert selected_rows(widget) == [4, 5]
    assert stack.undoText() == "Move 2 planner rows down"

    with qtbot.waitSignal(widget.message) as said:
        key(qtbot, widget, Qt.Key.Key_Minus, CTRL)
    assert said.args == ["Deleted 2 rows — Undo with Ctrl+Z"]
    assert stack.undoText() == "Delete 2 planner rows"
    assert plan.row_count("planner") == 6
    while stack.canUndo():
        stack.undo()
    assert plan.snapshot() == before


def test_suggest_kpis_for_several_rows_is_one_step(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    plan = small_editor.plan
    before = plan.snapshot()
    widget.grid.select_cell(widget.proxy.index(1, 0))
    key(qtbot, widget, Qt.Key.Key_Down, SHIFT)
    key(qtbot, widget, Qt.Key.Key_Down, SHIFT)
    with qtbot.waitSignal(widget.message) as said:
        key(qtbot, widget, Qt.Key.Key_K, CTRL | SHIFT)
    assert "rows 2–3" in said.args[0] and "replaced" in said.args[0]
    assert small_editor.stack.undoText() == "Suggest KPIs for rows 2–4"
    assert small_editor.stack.count() == 1
    for row in (1, 2, 3):
        primaries = list(kpi_planner.row_roles(plan, row).values()).count("P")
        assert 1 <= primaries <= 3
    assert kpi_planner.row_roles(plan, 3) == {"Downloads": "P", "MQC": "P"}
    small_editor.stack.undo()
    assert plan.snapshot() == before


def test_rows_lacking_focus_are_marked_with_the_reason(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]

    def header(row: int, role: int) -> object:
        return widget.proxy.headerData(row, Qt.Orientation.Vertical, role)

    assert "No primary KPI" in str(header(3, Qt.ItemDataRole.ToolTipRole))
    assert "4 primary KPIs" in str(header(4, Qt.ItemDataRole.ToolTipRole))
    assert header(0, Role.PROBLEM) is None
    assert header(3, Qt.ItemDataRole.DecorationRole) is not None
    assert header(0, Qt.ItemDataRole.DecorationRole) is None
    tint = widget.proxy.index(3, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert tint.color() == NEEDS_FOCUS
    assert "No primary KPI" in widget.proxy.index(3, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert widget.proxy.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None

    double_click(qtbot, widget, 3, FOLLOWERS)  # gives row 4 its primary
    assert header(3, Role.PROBLEM) is None
    assert widget.proxy.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    qtbot.waitUntil(lambda: widget.count_label.text() == "6 rows · 1 needs focus")
    small_editor.stack.undo()
    assert header(3, Role.PROBLEM) is not None
    qtbot.waitUntil(lambda: widget.count_label.text() == "6 rows · 2 need focus")


def test_refused_edits_reach_the_status_bar(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(widget.message) as said:
        small_editor.execute(SetCells("planner", ((99, "notes", "x"),)))
    assert "no row 100" in said.args[0]


# ------------------------------------------------------------------------ filter
def test_filter_then_mark_add_and_delete_the_right_rows(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    plan = small_editor.plan
    combo = widget.findChild(QComboBox, "planner.filter.stage")
    combo.setCurrentIndex(combo.findData("Consideration"))
    assert widget.proxy.rowCount() == 2
    qtbot.waitUntil(lambda: widget.count_label.text() == "2 of 6 rows shown · 2 need focus")
    double_click(qtbot, widget, 1, FOLLOWERS)  # second shown row = plan row 4
    assert cell(small_editor, 3, FOLLOWERS) == "P"
    assert small_editor.stack.undoText() == "Set Followers to Primary in row 4"

    key(qtbot, widget, Qt.Key.Key_Insert)  # after plan row 4, and still shown
    assert plan.row("planner", 4)["stage"] == "Consideration"
    assert widget.proxy.rowCount() == 3
    assert widget.proxy.mapToSource(widget.grid.left.currentIndex()).row() == 4

    widget.grid.select_cell(widget.proxy.index(0, 3))  # plan row 3, "Quarterly demo"
    key(qtbot, widget, Qt.Key.Key_Minus, CTRL)
    assert plan.row_count("planner") == 6
    assert "Quarterly demo" not in [r["notes"] for r in plan.records("planner")]

    widget.search.setText("one a QUARTER")
    assert widget.proxy.rowCount() == 0  # a Decision row: the stage filter still holds
    key(qtbot, widget, Qt.Key.Key_L, CTRL | SHIFT)
    assert widget.proxy.rowCount() == 6
    assert combo.currentIndex() == 0 and widget.search.text() == ""


def test_ctrl_f_goes_to_the_search_field(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, widget, Qt.Key.Key_F, CTRL)
    assert widget.search.hasFocus()
    qtbot.keyClicks(widget.search, "webinar")
    assert widget.proxy.rowCount() == 2


def test_the_filter_follows_the_catalogues(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    combo = widget.findChild(QComboBox, "planner.filter.stage")
    combo.setCurrentIndex(combo.findData("Decision"))
    assert widget.proxy.rowCount() == 2
    small_editor.execute(SetCells("stages", ((2, "name", "Purchase"),)))
    qtbot.waitUntil(lambda: combo.findData("Purchase") > 0)
    assert combo.findData("Decision") < 0
    assert combo.currentIndex() == 0 and widget.proxy.rowCount() == 6
    small_editor.execute(InsertRows("tactics", 4, ({"name": "Podcast"},)))
    tactics = widget.findChild(QComboBox, "planner.filter.tactic")
    qtbot.waitUntil(lambda: tactics.findData("Podcast") > 0)


# --------------------------------------------------------------------- clipboard
def test_copy_and_paste_a_block_through_the_clipboard(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    plan = small_editor.plan
    click(qtbot, widget, 0, 1)
    click(qtbot, widget, 1, IMPRESSIONS, shift=True)
    widget.copy()
    text = QApplication.clipboard().text()
    assert text.splitlines()[0] == "Grow audience\tVideo\tWeekly clip\tP\tS"
    widget.grid.select_cell(widget.proxy.index(4, 1))
    widget.paste()
    assert small_editor.stack.undoText() == "Paste 10 cells"
    for offset in (0, 1):
        for column in range(1, IMPRESSIONS + 1):
            assert cell(small_editor, 4 + offset, column) == cell(small_editor, offset, column)
    small_editor.stack.undo()
    assert plan.row("planner", 4)["tactic"] == "Case study"


def test_paste_takes_spreadsheet_spellings_names_bad_cells_and_adds_rows(  # type: ignore[no-untyped-def]
    qtbot, small_editor, widget
) -> None:
    plan = small_editor.plan
    QApplication.clipboard().setText("Primary\tsecondary\r\nnonsense\tP\r\n")
    widget.grid.select_cell(widget.proxy.index(5, FOLLOWERS))
    with qtbot.waitSignal(widget.message) as said:
        widget.paste()
    assert "row 7, Impressions" not in said.args[0]
    assert "row 7, Followers" in said.args[0] and "'nonsense' is not allowed" in said.args[0]
    assert plan.row_count("planner") == 7
    assert (cell(small_editor, 5, FOLLOWERS), cell(small_editor, 5, IMPRESSIONS)) == ("P", "S")
    assert cell(small_editor, 6, IMPRESSIONS) == "P"
    assert small_editor.stack.count() == 1
    small_editor.stack.undo()
    assert plan.row_count("planner") == 6


def test_paste_into_filtered_rows_lands_on_the_shown_rows(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    widget.search.setText("webinar")  # plan rows 3 and 6
    widget.grid.select_cell(widget.proxy.index(0, FOLLOWERS))
    QApplication.clipboard().setText("S\nS\n")
    widget.paste()
    assert cell(small_editor, 2, FOLLOWERS) == "S" and cell(small_editor, 5, FOLLOWERS) == "S"
    assert cell(small_editor, 3, FOLLOWERS) == ""


def test_one_pasted_value_fills_the_selection_and_cut_empties_it(
    qtbot, small_editor, widget
) -> None:  # type: ignore[no-untyped-def]
    widget.grid.select_cell(widget.proxy.index(3, FOLLOWERS))
    key(qtbot, widget, Qt.Key.Key_Right, SHIFT)
    key(qtbot, widget, Qt.Key.Key_Right, SHIFT)
    QApplication.clipboard().setText("secondary\n")
    widget.paste()
    assert [cell(small_editor, 3, c) for c in (4, 5, 6)] == ["S", "S", "S"]
    widget.cut()
    assert QApplication.clipboard().text() == "S\tS\tS\n"
    assert [cell(small_editor, 3, c) for c in (4, 5, 6)] == ["", "", ""]
    assert small_editor.stack.undoText() == "Clear 3 cells"


# ----------------------------------------------------------------------- editors
@pytest.mark.parametrize(
    ("column", "name", "value"),
    [(0, "Stage", "Retention"), (1, "Goal", "Win customers"), (2, "Tactic", "Case study")],
)
def test_choice_editors_are_drop_downs_that_commit_with_enter(  # type: ignore[no-untyped-def]
    qtbot, small_editor, widget, column: int, name: str, value: str
) -> None:
    view = widget.grid.left
    index = widget.proxy.index(0, column)
    widget.grid.select_cell(index)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None and combo.isVisible()
    allowed = small_editor.plan.allowed("planner", widget.model.column(column).name)
    assert [combo.itemData(i) for i in range(1, combo.count())] == list(allowed)
    combo.setCurrentIndex(combo.findData(value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(small_editor, 0, column) == value)
    assert small_editor.stack.undoText() == f"Set {name} in row 1"


def test_choosing_in_the_drop_down_commits_at_once(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    view = widget.grid.left
    index = widget.proxy.index(1, 2)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox)
    position = combo.findData("Webinar")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)  # what a pick from the open list sends
    assert cell(small_editor, 1, 2) == "Webinar"


def test_notes_are_typed_in_place(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    view = widget.grid.left
    widget.grid.select_cell(widget.proxy.index(0, 3))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.viewport().findChild(QLineEdit) is not None)
    line = view.viewport().findChild(QLineEdit)
    assert line.text() == "Weekly clip"
    line.selectAll()
    qtbot.keyClicks(line, "Weekly, by Anna")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(small_editor, 0, 3) == "Weekly, by Anna")
    assert small_editor.stack.undoText() == "Set Notes in row 1"


# ---------------------------------------------------------------- example, large
def test_the_example_plan_shows_all_41_kpis_by_category(make_section, editor: PlanEditor) -> None:
    widget = make_section(editor)
    proxy = widget.proxy
    assert proxy.columnCount() == 4 + 41
    groups = [proxy.headerData(c, Qt.Orientation.Horizontal, Role.GROUP) for c in range(4, 45)]
    assert groups[0] == "Reach" and groups[-1] == "Advocacy"
    assert groups == sorted(groups, key=groups.index)  # each category in one run
    assert widget.count_label.text().endswith("2 need focus")


def test_a_2000_row_plan_opens_quickly_and_scrolls_in_step(qtbot, make_section) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.catalogue import example_plan

    plan = example_plan()
    rows = tuple(
        {"stage": "Decision", "goal": "Win customers", "tactic": "Webinar", "Win rate": "P"}
        for _ in range(2000)
    )
    plan.apply(InsertRows("planner", 0, rows))
    started = time.perf_counter()
    widget = make_section(PlanEditor(plan))
    widget.grab()  # a full paint of both panes
    opened = time.perf_counter() - started
    assert opened < 2.0, f"opening took {opened:.2f} s"
    assert widget.proxy.rowCount() == 2017
    widget.grid.right.scrollToBottom()
    qtbot.wait(10)
    left_bar = widget.grid.left.verticalScrollBar()
    assert left_bar.value() == widget.grid.right.verticalScrollBar().value() > 0
    assert (
        widget.grid.right.indexAt(QPoint(5, 5)).row()
        == widget.grid.left.indexAt(QPoint(5, 5)).row()
    )


def test_rows_text_names_rows_as_people_do() -> None:
    assert rows_text([2]) == "row 3"
    assert rows_text([1, 2, 3]) == "rows 2–4"
    assert rows_text([1, 4, 8]) == "rows 2, 5 and 9"


# ------------------------------------------------------------------ look and feel
def test_kpi_headers_explain_the_kpi_and_both_panes_line_up(widget) -> None:  # type: ignore[no-untyped-def]
    proxy, grid = widget.proxy, widget.grid
    tip = proxy.headerData(FOLLOWERS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    for words in ("Followers", "Reach", "How many followers", "Unit: count", "higher is better"):
        assert words in tip
    assert "Usual stages: Awareness" in tip
    assert proxy.headerData(MQC, Qt.Orientation.Horizontal, Role.GROUP) == "Conversion"
    assert proxy.headerData(1, Qt.Orientation.Horizontal, Role.GROUP) == ""
    left_header, right_header = grid.left.horizontalHeader(), grid.right.horizontalHeader()
    assert left_header.height() == right_header.height() >= 22 + 60
    assert grid.left.rowHeight(0) == grid.right.rowHeight(0)
    assert grid.left.viewport().height() == grid.right.viewport().height()
    assert not grid.right.verticalHeader().isVisible()
    assert grid.left.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_shown_rows_keep_their_plan_numbers(widget) -> None:  # type: ignore[no-untyped-def]
    widget.search.setText("blog")
    numbers = [widget.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(2)]
    assert numbers == ["2", "4"]
    assert widget.proxy.headerData(1, Qt.Orientation.Vertical, Role.PROBLEM) is not None


def test_a_selected_cell_keeps_its_colour_and_the_current_cell_is_framed(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    view = widget.grid.right
    index = widget.proxy.index(0, FOLLOWERS)  # a Primary cell
    widget.grid.select_cell(index)
    assert view.selectionModel().isSelected(index)
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    inside = image.pixelColor(rect.left() + 5, rect.top() + 5)
    frame = image.pixelColor(rect.left() + 1, rect.center().y())
    highlight = view.palette().highlight().color()
    assert inside != highlight
    assert inside.green() > inside.red() and inside.blue() > inside.red()  # still teal
    assert frame.blue() > frame.red() and frame.value() < 200  # the dark blue frame


def test_moving_a_row_while_filtered_passes_the_hidden_rows(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    plan = small_editor.plan
    widget.filters["tactic"].setCurrentIndex(widget.filters["tactic"].findData("Blog article"))
    assert widget.proxy.rowCount() == 2  # plan rows 2 and 4
    widget.grid.select_cell(widget.proxy.index(1, FOLLOWERS))
    key(qtbot, widget, Qt.Key.Key_Up, ALT)
    assert [r["notes"] for r in plan.records("planner")][:3] == [
        "Weekly clip",
        "",
        "Two posts a month",
    ]
    assert widget.grid.right.currentIndex() == widget.proxy.index(0, FOLLOWERS)
    assert small_editor.stack.undoText() == "Move 1 planner row up"
    with qtbot.waitSignal(widget.message) as said:
        key(qtbot, widget, Qt.Key.Key_Up, ALT)
    assert said.args == ["Already the first row shown"]
    assert small_editor.stack.count() == 1


def test_the_grid_follows_the_kpi_catalogue(qtbot, small_editor, widget) -> None:  # type: ignore[no-untyped-def]
    proxy, grid = widget.proxy, widget.grid
    small_editor.execute(
        InsertRows("kpis", 2, ({"name": "Shares", "category": "Engagement", "stages": ()},))
    )
    assert proxy.columnCount() == 11
    shares = proxy.index(0, 6)
    assert proxy.headerData(6, Qt.Orientation.Horizontal) == "Shares"
    assert proxy.headerData(6, Qt.Orientation.Horizontal, Role.GROUP) == "Engagement"
    assert grid.left.isColumnHidden(6) and not grid.right.isColumnHidden(6)
    assert grid.right.columnWidth(6) == grid.right.columnWidth(FOLLOWERS)
    double_click(qtbot, widget, 0, 6)
    assert shares.data() == "P"
    with qtbot.waitSignal(proxy.headerDataChanged):
        small_editor.execute(SetCells("kpis", ((0, "category", "Engagement"),)))
    assert proxy.headerData(FOLLOWERS, Qt.Orientation.Horizontal, Role.GROUP) == "Engagement"
    small_editor.execute(SetCells("kpis", ((2, "name", "Reposts"),)))
    assert proxy.headerData(6, Qt.Orientation.Horizontal) == "Reposts"
    widget.grid.select_cell(proxy.index(0, 9))
    while small_editor.stack.canUndo():
        small_editor.stack.undo()
    assert proxy.columnCount() == 10
    assert grid.right.last == 9
    qtbot.keyClick(grid.right, Qt.Key.Key_End)
    assert grid.right.currentIndex().column() == 9


def test_the_frozen_pane_never_takes_more_than_half_until_the_user_drags(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    grid = widget.grid
    wish = grid.frozen_width
    assert grid.sizes()[0] == wish  # 1300 wide: room for all the frozen columns
    widget.resize(700, 500)
    qtbot.waitUntil(lambda: grid.sizes()[0] == sum(grid.sizes()) // 2)
    widget.resize(1300, 700)
    qtbot.waitUntil(lambda: grid.sizes()[0] == wish)
    grid.splitterMoved.emit(200, 1)  # what dragging the divider sends
    widget.resize(700, 500)
    qtbot.wait(20)
    assert grid.sizes()[0] == wish
