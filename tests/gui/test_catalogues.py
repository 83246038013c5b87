"""Catalogue editors, used as a user would: type names, click, press keys, answer questions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QMessageBox, QWidget

from smplanner.domain.names import unique_name
from smplanner.domain.tables import CATALOGUES
from smplanner.gui.grid.catalogue_editor import CatalogueEditor, delete_question
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.sections.catalogues.section import CataloguesSection
from smplanner.gui.undo import PlanEditor

W = TypeVar("W", bound=QWidget)
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def section(qtbot, editor: PlanEditor) -> Iterator[CataloguesSection]:  # type: ignore[no-untyped-def]
    """The Catalogues tab on the example plan, referenced until the test's teardown.

    pytest-qt holds widgets weakly; a section left only to its signal connections could
    be collected by Python in the middle of Qt's event handling.
    """
    widget = CataloguesSection(editor)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def open_table(qtbot, section: CataloguesSection, table: str) -> CatalogueEditor:  # type: ignore[no-untyped-def]
    """Click the catalogue in the side list; the table view gets the focus."""
    row = list(section.editors).index(table)
    item = section.list.item(row)
    qtbot.mouseClick(
        section.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=section.list.visualItemRect(item).center(),
    )
    page = section.editors[table]
    assert section.stack.currentWidget() is page
    page.view.setFocus()
    return page


def go_to(page: CatalogueEditor, row: int, column: int = 0) -> None:
    page.view.setCurrentIndex(page.model.index(row, column))


def shown_editor(qtbot, page: CatalogueEditor, kind: type[W]) -> W:  # type: ignore[no-untyped-def]
    """The cell editor of type ``kind`` now open (an editor just closed may linger hidden
    until Qt deletes it, so the visible one is the one)."""

    def shown() -> list[W]:
        return [w for w in page.view.findChildren(kind) if w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def press_and_wait_closed(qtbot, editor: QWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` in a cell editor; Qt commits and closes it on the next event loop turn."""
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def type_into(qtbot, page: CatalogueEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    """F2 on the current cell, replace its text, Enter."""
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    line = shown_editor(qtbot, page, QLineEdit)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Return)


@pytest.mark.parametrize("table", CATALOGUES)
def test_catalogue_model_is_sound(qtmodeltester, editor: PlanEditor, table: str) -> None:
    qtmodeltester.check(PlanTableModel(editor, table), force_py=True)


def test_side_list_shows_each_catalogue_with_its_size(qtbot, section: CataloguesSection) -> None:  # type: ignore[no-untyped-def]
    texts = [section.list.item(i).text() for i in range(section.list.count())]
    assert texts == [
        "Stages (5)",
        "Goals (7)",
        "Tactics (16)",
        "Networks (6)",
        "Other channels (7)",
        "Pipeline stages (7)",
        "Lead pools (3)",
        "KPIs (41)",
    ]
    networks = open_table(qtbot, section, "networks")
    qtbot.keyClick(networks.view, Qt.Key.Key_Insert)
    assert section.list.item(3).text() == "Networks (7)"


def test_renaming_a_kpi_renames_its_column_and_goal_keys_in_one_undo(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    plan = editor.plan
    kpis = open_table(qtbot, section, "kpis")
    go_to(kpis, 0)
    type_into(qtbot, kpis, "Audience size")
    assert plan.value("kpis", 0, "name") == "Audience size"
    assert "Audience size" in plan.column_names("planner")
    assert "Followers" not in plan.column_names("planner")
    assert plan.value("planner", 0, "Audience size") == "P"
    assert plan.value("goals", 0, "key_kpis")[0] == "Audience size"
    assert editor.stack.count() == 1 and editor.stack.undoText() == "Set Name in row 1"
    editor.stack.undo()
    assert plan.value("planner", 0, "Followers") == "P"
    assert plan.value("goals", 0, "key_kpis")[0] == "Followers"
    assert plan.value("kpis", 0, "name") == "Followers"


def test_renaming_a_tactic_renames_planner_rows(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    plan = editor.plan
    tactics = open_table(qtbot, section, "tactics")
    using = [
        r for r in range(plan.row_count("planner")) if plan.value("planner", r, "tactic") == "Video"
    ]
    assert using
    go_to(tactics, plan.keys("tactics").index("Video"))
    type_into(qtbot, tactics, "Short video")
    assert [plan.value("planner", r, "tactic") for r in using] == ["Short video"] * len(using)
    editor.stack.undo()
    assert [plan.value("planner", r, "tactic") for r in using] == ["Video"] * len(using)


def test_a_duplicate_or_empty_name_is_refused_with_a_message(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    tactics = open_table(qtbot, section, "tactics")
    go_to(tactics, 0)
    with qtbot.waitSignal(editor.refused) as said:
        type_into(qtbot, tactics, "webinar")
    assert "already a tactic called 'Webinar'" in said.args[0]
    qtbot.keyClick(tactics.view, Qt.Key.Key_F2)
    line = shown_editor(qtbot, tactics, QLineEdit)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(section.message) as said:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert said.args[0].startswith("Not taken: row 1, Name: ")
    assert line.isVisible()  # an empty name stays in its editor until Esc
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Escape)
    assert editor.plan.value("tactics", 0, "name") == "Organic social post"
    assert editor.stack.count() == 0


def test_deleting_a_tactic_in_use_asks_first_and_undo_restores(
    qtbot, section: CataloguesSection, editor: PlanEditor, answers
) -> None:  # type: ignore[no-untyped-def]
    plan = editor.plan
    before = plan.snapshot()
    tactics = open_table(qtbot, section, "tactics")
    go_to(tactics, plan.keys("tactics").index("Case study"))
    answers.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(tactics.view, Qt.Key.Key_Minus, CTRL)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("question", "Delete tactic?")
    assert text.startswith(
        "'Case study' is used by 2 planner rows. Delete it and clear it from those rows?"
    )
    assert plan.snapshot() == before
    answers.answer = QMessageBox.StandardButton.Yes
    tactics.delete_action.trigger()
    assert "Case study" not in plan.keys("tactics")
    assert plan.value("planner", 8, "tactic") == ""
    assert editor.stack.undoText() == "Delete tactic 'Case study'"
    editor.stack.undo()
    assert plan.snapshot() == before


def test_deleting_several_at_once(
    qtbot, section: CataloguesSection, editor: PlanEditor, answers
) -> None:  # type: ignore[no-untyped-def]
    plan = editor.plan
    kpis = open_table(qtbot, section, "kpis")
    go_to(kpis, 0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        kpis.view.selectionModel().select(kpis.model.index(row, 0), flags)
    answers.answer = QMessageBox.StandardButton.Yes
    kpis.delete_action.trigger()
    text = answers.shown[-1][2]
    assert text.startswith("'Followers', 'Impressions' are used by ")
    assert "Delete them and clear them from all of them?" in text  # planner rows and goals
    assert plan.keys("kpis")[:2] == ["Follower growth rate", "Reach (unique accounts)"]
    assert "Followers" not in plan.column_names("planner")
    assert "Followers" not in plan.value("goals", 0, "key_kpis")
    assert editor.stack.undoText() == "Delete 2 KPIs"
    editor.stack.undo()
    assert plan.keys("kpis")[:3] == ["Followers", "Follower growth rate", "Impressions"]
    assert plan.value("planner", 0, "Followers") == "P"


def test_deleting_an_unused_entry_does_not_ask(
    qtbot, section: CataloguesSection, editor: PlanEditor, answers
) -> None:  # type: ignore[no-untyped-def]
    tactics = open_table(qtbot, section, "tactics")
    go_to(tactics, editor.plan.keys("tactics").index("Podcast"))
    tactics.delete_action.trigger()
    assert answers.shown == []
    assert "Podcast" not in editor.plan.keys("tactics")
    assert section.list.item(2).text() == "Tactics (15)"


def test_add_gives_unique_names_and_opens_the_name_for_typing(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    networks = open_table(qtbot, section, "networks")
    go_to(networks, 5)
    networks.add_action.trigger()
    line = shown_editor(qtbot, networks, QLineEdit)
    assert line.text() == "New network"
    qtbot.keyClicks(line, "Mastodon")  # the name is selected: typing replaces it
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Return)
    go_to(networks, 6)
    qtbot.keyClick(networks.view, Qt.Key.Key_Return, CTRL)
    press_and_wait_closed(qtbot, shown_editor(qtbot, networks, QLineEdit), Qt.Key.Key_Escape)
    go_to(networks, 7)
    networks.add_action.trigger()
    assert editor.plan.keys("networks")[-3:] == ["Mastodon", "New network", "New network 2"]
    assert editor.stack.undoText() == "Add network 'New network 2'"
    assert unique_name(["A", "a 2"], "a") == "a 3"


def test_moving_up_and_down_by_keys(qtbot, section: CataloguesSection, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    networks = open_table(qtbot, section, "networks")
    go_to(networks, 0)
    qtbot.keyClick(networks.view, Qt.Key.Key_Down, ALT)
    assert editor.plan.keys("networks")[:2] == ["X", "LinkedIn"]
    assert networks.view.currentIndex().row() == 1  # the moved entry stays current
    qtbot.keyClick(networks.view, Qt.Key.Key_Down, ALT)
    assert editor.plan.keys("networks")[:3] == ["X", "Facebook", "LinkedIn"]
    qtbot.keyClick(networks.view, Qt.Key.Key_Up, ALT)
    assert editor.plan.keys("networks")[:2] == ["X", "LinkedIn"]
    assert editor.stack.undoText() == "Move network up"
    go_to(networks, 0)
    networks.actions_["move_up"].trigger()  # already at the top: nothing happens
    assert editor.stack.count() == 3


def test_adding_a_kpi_adds_a_planner_column(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    kpis = open_table(qtbot, section, "kpis")
    go_to(kpis, 40)
    kpis.add_action.trigger()
    assert editor.plan.column_names("planner")[-1] == "New KPI"


def test_usual_stages_are_ticked_in_a_checklist(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    kpis = open_table(qtbot, section, "kpis")
    go_to(kpis, 0, kpis.model.column_number("stages"))
    qtbot.keyClick(kpis.view, Qt.Key.Key_F2)
    checklist = shown_editor(qtbot, kpis, QListWidget)
    states = [checklist.item(i).checkState() for i in range(checklist.count())]
    assert states == [Qt.CheckState.Checked] + [Qt.CheckState.Unchecked] * 4
    checklist.setCurrentRow(4)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)  # tick Advocacy
    press_and_wait_closed(qtbot, checklist, Qt.Key.Key_Return)
    assert editor.plan.value("kpis", 0, "stages") == ("Awareness", "Advocacy")
    assert editor.stack.undoText() == "Set Usual stages in row 1"


def test_goal_key_kpis_are_ticked_in_a_checklist(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    goals = open_table(qtbot, section, "goals")
    column = goals.model.column_number("key_kpis")
    rect = goals.view.visualRect(goals.model.index(0, column))
    qtbot.mouseClick(goals.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(goals.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    checklist = shown_editor(qtbot, goals, QListWidget)
    assert checklist.count() == 41
    item = checklist.findItems("Impressions", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    press_and_wait_closed(qtbot, checklist, Qt.Key.Key_Return)
    assert "Impressions" in editor.plan.value("goals", 0, "key_kpis")


def test_category_unit_and_direction_are_chosen_from_drop_downs(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    kpis = open_table(qtbot, section, "kpis")
    expected = {
        "category": ["Reach", "Engagement", "Conversion"],
        "unit": ["count", "%", "currency"],
        "direction": ["up", "down"],
    }
    for name, first_items in expected.items():
        go_to(kpis, 0, kpis.model.column_number(name))
        qtbot.keyClick(kpis.view, Qt.Key.Key_F2)
        combo = shown_editor(qtbot, kpis, QComboBox)
        items = [combo.itemData(i) for i in range(combo.count())]
        assert items[: len(first_items)] == first_items
        press_and_wait_closed(qtbot, combo, Qt.Key.Key_Down)  # the next choice, kept at once
    row = editor.plan.row("kpis", 0)
    assert (row["category"], row["unit"], row["direction"]) == ("Engagement", "%", "down")
    assert editor.plan.value("planner", 0, "Followers") == "P"  # the planner keeps its marks


def test_copy_and_paste_cells_between_catalogues(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    tactics = open_table(qtbot, section, "tactics")
    go_to(tactics, 0, 1)
    section.copy()
    copied = QApplication.clipboard().text()
    assert copied == editor.plan.value("tactics", 0, "description") + "\n"
    networks = open_table(qtbot, section, "networks")
    go_to(networks, 0, 1)
    section.paste()
    assert editor.plan.value("networks", 0, "description") == copied.strip()
    section.cut()
    assert editor.plan.value("networks", 0, "description") == ""


def test_delete_question_words() -> None:
    uses = [("planner", 3, "tactic"), ("planner", 5, "tactic")]
    assert delete_question(["Video"], uses).startswith(
        "'Video' is used by 2 planner rows. Delete it and clear it from those rows?"
    )
    one_goal = [("goals", 1, "key_kpis")]
    assert "used by 1 goal. Delete it and clear it from that goal?" in delete_question(
        ["MQC"], one_goal
    )
    many = [f"KPI {n}" for n in range(7)]
    assert delete_question(many, uses).startswith(
        "'KPI 0', 'KPI 1', 'KPI 2', 'KPI 3', 'KPI 4' and 2 more are used by"
    )
