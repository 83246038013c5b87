"""Catalogue editors: rename everywhere, delete with a question, add, move, list editors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox

from smplanner.gui.sections.catalogues import CataloguesSection, unique_name
from smplanner.gui.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor


@pytest.fixture
def section(qtbot, editor: PlanEditor) -> Iterator[CataloguesSection]:  # type: ignore[no-untyped-def]
    """The Catalogues tab on the example plan, referenced until the test's teardown.

    pytest-qt holds widgets weakly; a section left only to its signal connections could
    be collected by Python in the middle of Qt's event handling.
    """
    widget = CataloguesSection(editor)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def test_catalogue_model_is_sound(qtmodeltester, editor: PlanEditor) -> None:
    qtmodeltester.check(PlanTableModel(editor, "kpis"), force_py=True)


def test_renaming_a_kpi_renames_it_everywhere_in_one_undo(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:
    widget = section
    kpis = widget.editors["kpis"]
    plan = editor.plan
    index = kpis.model.index(0, 0)
    assert kpis.model.setData(index, "Audience size")
    assert "Audience size" in plan.column_names("planner")
    assert plan.value("planner", 0, "Audience size") == "P"
    assert plan.value("goals", 0, "key_kpis")[0] == "Audience size"
    assert editor.stack.undoText() == "Set Name in row 1"
    editor.stack.undo()
    assert plan.value("planner", 0, "Followers") == "P"
    assert plan.value("goals", 0, "key_kpis")[0] == "Followers"


def test_renaming_a_tactic_follows_into_planner_rows(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:
    widget = section
    tactics = widget.editors["tactics"]
    row = editor.plan.keys("tactics").index("Video")
    tactics.model.setData(tactics.model.index(row, 0), "Short video")
    assert editor.plan.value("planner", 1, "tactic") == "Short video"


def test_a_duplicate_name_is_refused_with_a_message(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:
    widget = section
    tactics = widget.editors["tactics"]
    with qtbot.waitSignal(editor.refused) as said:
        assert not tactics.model.setData(tactics.model.index(0, 0), "webinar")
    assert "already a tactic called 'Webinar'" in said.args[0]


def test_deleting_a_tactic_in_use_asks_first(
    qtbot, section: CataloguesSection, editor: PlanEditor, answers
) -> None:  # type: ignore[no-untyped-def]
    widget = section
    tactics = widget.editors["tactics"]
    plan = editor.plan
    row = plan.keys("tactics").index("Case study")
    tactics.view.setCurrentIndex(tactics.model.index(row, 0))
    answers.answer = QMessageBox.StandardButton.Cancel
    tactics.delete_action.trigger()
    assert "'Case study' is used by 2 planner rows" in answers.shown[-1][2]
    assert "Case study" in plan.keys("tactics")
    answers.answer = QMessageBox.StandardButton.Yes
    tactics.delete_action.trigger()
    assert "Case study" not in plan.keys("tactics")
    assert plan.value("planner", 8, "tactic") == ""
    editor.stack.undo()
    assert plan.value("planner", 8, "tactic") == "Case study"


def test_deleting_an_unused_entry_does_not_ask(
    qtbot, section: CataloguesSection, editor: PlanEditor, answers
) -> None:  # type: ignore[no-untyped-def]
    widget = section
    tactics = widget.editors["tactics"]
    row = editor.plan.keys("tactics").index("Podcast")
    tactics.view.setCurrentIndex(tactics.model.index(row, 0))
    tactics.delete_action.trigger()
    assert answers.shown == []
    assert "Podcast" not in editor.plan.keys("tactics")


def test_add_gives_unique_names_and_move(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:
    widget = section
    networks = widget.editors["networks"]
    networks.view.setCurrentIndex(networks.model.index(5, 0))
    networks.add()
    networks.view.setCurrentIndex(networks.model.index(5, 0))
    networks.add()
    assert editor.plan.keys("networks")[-2:] == ["New network 2", "New network"]
    networks.view.setCurrentIndex(networks.model.index(0, 0))
    networks.move(1)
    assert editor.plan.keys("networks")[:2] == ["X", "LinkedIn"]
    assert unique_name(["A", "a 2"], "a") == "a 3"


def test_adding_a_kpi_adds_a_planner_column(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:
    widget = section
    kpis = widget.editors["kpis"]
    kpis.view.setCurrentIndex(kpis.model.index(40, 0))
    kpis.add()
    assert editor.plan.column_names("planner")[-1] == "New KPI"


def test_usual_stages_are_ticked_in_a_checklist(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:
    widget = section
    kpis = widget.editors["kpis"]
    widget.tabs.setCurrentWidget(kpis)
    index = kpis.model.index(0, kpis.model.column_number("stages"))
    kpis.view.setCurrentIndex(index)
    kpis.view.edit(index)
    checklist = kpis.view.findChild(QListWidget)
    assert checklist is not None
    qtbot.waitUntil(checklist.isVisible)
    assert [checklist.item(i).checkState() for i in range(2)] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
    ]
    checklist.item(4).setCheckState(Qt.CheckState.Checked)
    kpis.view.itemDelegate().commitData.emit(checklist)
    assert editor.plan.value("kpis", 0, "stages") == ("Awareness", "Advocacy")


def test_unit_is_chosen_from_a_drop_down(
    qtbot, section: CataloguesSection, editor: PlanEditor
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    widget = section
    kpis = widget.editors["kpis"]
    index = kpis.model.index(0, kpis.model.column_number("unit"))
    kpis.view.edit(index)
    combo = kpis.view.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemData(i) for i in range(combo.count())][:3] == ["count", "%", "currency"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert editor.plan.value("kpis", 0, "unit") == "%"
