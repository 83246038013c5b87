"""Clipboard helpers on a plain table view, as the catalogue editors use them.

A QSortFilterProxyModel sits between the view and the plan model, so every row and
column number goes through the mapping the helpers must do.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

from smplanner.gui.grid import clipboard
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor

NAME, CATEGORY, UNIT = 0, 1, 2


@pytest.fixture
def table(qtbot, small_editor: PlanEditor) -> Iterator[tuple[QTableView, PlanTableModel]]:  # type: ignore[no-untyped-def]
    """The KPI catalogue, sorted by name descending (SQO, Revenue, MQC, ...)."""
    model = PlanTableModel(small_editor, "kpis")
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    view = QTableView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    view.show()
    yield view, model
    view.setModel(None)


def select(view: QTableView, top: int, left: int, bottom: int, right: int) -> None:
    model = view.model()
    block = QItemSelection(model.index(top, left), model.index(bottom, right))
    view.selectionModel().select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().setCurrentIndex(
        model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_copy_takes_the_block_as_shown(table) -> None:  # type: ignore[no-untyped-def]
    view, _ = table
    select(view, 0, NAME, 1, CATEGORY)
    text = clipboard.copy_selection(view)
    assert text == "SQO\tConversion\nRevenue\tRevenue\n"
    assert QApplication.clipboard().text() == text


def test_paste_lands_on_the_shown_rows_and_names_bad_cells(qtbot, table, small_editor) -> None:  # type: ignore[no-untyped-def]
    view, model = table
    plan = small_editor.plan
    select(view, 0, CATEGORY, 0, CATEGORY)  # SQO (plan row 4)
    with qtbot.waitSignal(model.message) as said:
        ok = clipboard.paste_block(view, model, "revenue\tpercent\nWeather\t%\n")
    assert not ok
    assert "row 6, Category" in said.args[0] and "'Weather' is not allowed" in said.args[0]
    assert plan.row("kpis", 4)["category"] == "Revenue"
    assert plan.row("kpis", 4)["unit"] == "%"  # "percent" is one of the unit's spellings
    assert plan.row("kpis", 5)["unit"] == "%"  # Revenue, shown second
    assert small_editor.stack.count() == 1
    assert small_editor.stack.undoText() == "Paste 4 cells"
    small_editor.stack.undo()
    assert plan.row("kpis", 4)["category"] == "Conversion"


def test_paste_wider_than_the_table_says_so(qtbot, table, small_editor) -> None:  # type: ignore[no-untyped-def]
    view, model = table
    last = view.model().columnCount() - 1
    select(view, 0, last, 0, last)
    with qtbot.waitSignal(model.message) as said:
        clipboard.paste_block(view, model, "Counted weekly\tsurplus\n")
    assert "wider than the table" in said.args[0]
    assert small_editor.plan.row("kpis", 4)["description"] == "Counted weekly"


def test_paste_without_a_model_finds_it_through_the_proxy(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    view, _ = table
    select(view, 1, UNIT, 1, UNIT)
    QApplication.clipboard().setText("currency\n")
    assert clipboard.paste_block(view)
    assert small_editor.plan.row("kpis", 5)["unit"] == "currency"


def test_clear_empties_the_selection_as_one_edit(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    view, model = table
    select(view, 0, 5, 2, 5)  # descriptions of SQO, Revenue, MQC
    assert clipboard.clear_selection(view, model)
    descriptions = [small_editor.plan.row("kpis", r)["description"] for r in range(6)]
    assert descriptions[3:] == ["", "", ""]
    assert descriptions[0] == "How many followers"
    assert small_editor.stack.undoText() == "Clear 3 cells"


def test_a_key_cannot_be_cleared(qtbot, table, small_editor) -> None:  # type: ignore[no-untyped-def]
    view, model = table
    select(view, 0, NAME, 0, NAME)
    with qtbot.waitSignal(model.message) as said:
        assert not clipboard.clear_selection(view, model)
    assert said.args[0].startswith("Not set: row 5, Name:")
    assert small_editor.plan.keys("kpis")[4] == "SQO"
