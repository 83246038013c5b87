"""The clipboard routine on a plain table view, as the catalogue editors use it.

A QSortFilterProxyModel sits between the view and the plan model, so every row and
column number goes through the mapping the routine must do.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget, QTableWidgetItem

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import RemoveRows
from smplanner.gui.grid import clipboard
from smplanner.gui.grid.clipboard import Grid, WholeTable
from smplanner.gui.grid.extra_columns import ExtraColumn, ExtraColumnsProxy
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor

NAME, CATEGORY, UNIT = 0, 1, 2


class Said(list[str]):
    """What a grid said (the section's message signal in the app)."""


@pytest.fixture
def table(qtbot, small_editor: PlanEditor) -> Iterator[tuple[Grid, PlanTableModel, Said]]:  # type: ignore[no-untyped-def]
    """The KPI catalogue, sorted by name descending (SQO, Revenue, MQC, ...)."""
    model = PlanTableModel(small_editor, "kpis")
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    view = QTableView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    view.show()
    grid = Grid(view)
    said = Said()
    grid.say = said.append
    model.message.connect(said.append)
    yield grid, model, said
    view.setModel(None)


def select(view: QTableView, top: int, left: int, bottom: int, right: int) -> None:
    model = view.model()
    block = QItemSelection(model.index(top, left), model.index(bottom, right))
    view.selectionModel().select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.selectionModel().setCurrentIndex(
        model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_copy_takes_the_block_as_shown(table) -> None:  # type: ignore[no-untyped-def]
    grid, _, _ = table
    select(grid.view, 0, NAME, 1, CATEGORY)
    text = clipboard.copy(grid)
    assert text == "SQO\tConversion\nRevenue\tRevenue\n"
    assert QApplication.clipboard().text() == text
    assert clipboard.copied_message(text) == "Copied 4 cells in 2 rows as tab-separated text"


def test_paste_lands_on_the_shown_rows_and_names_bad_cells(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    grid, _, said = table
    plan = small_editor.plan
    select(grid.view, 0, CATEGORY, 0, CATEGORY)  # SQO (plan row 4)
    assert not clipboard.paste(grid, "revenue\tpercent\nWeather\t%\n")
    assert "row 6, Category" in said[-1] and "'Weather' is not allowed" in said[-1]
    assert plan.row("kpis", 4)["category"] == "Revenue"
    assert plan.row("kpis", 4)["unit"] == "%"  # "percent" is one of the unit's spellings
    assert plan.row("kpis", 5)["unit"] == "%"  # Revenue, shown second
    assert small_editor.stack.count() == 1
    assert small_editor.stack.undoText() == "Paste 4 cells"
    small_editor.stack.undo()
    assert plan.row("kpis", 4)["category"] == "Conversion"


def test_paste_wider_than_the_table_says_so(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    grid, _, said = table
    last = grid.shown.columnCount() - 1
    select(grid.view, 0, last, 0, last)
    clipboard.paste(grid, "rate\tsurplus\n")
    assert "wider than the table" in said[-1]
    assert small_editor.plan.row("kpis", 4)["aggregation"] == "rate"  # the last column


def test_paste_reads_the_clipboard_and_adds_rows_past_the_end(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    grid, _, _ = table
    plan = small_editor.plan
    select(grid.view, 5, NAME, 5, NAME)  # the last row shown: Downloads (plan row 2)
    QApplication.clipboard().setText("Visits\nLeads\n")
    assert clipboard.paste(grid)
    assert plan.keys("kpis")[2] == "Visits"
    assert plan.keys("kpis")[6:] == ["Leads"]  # a new row comes with its name
    assert small_editor.stack.count() == 1  # the new row and the changed one: one step
    small_editor.stack.undo()
    assert plan.row_count("kpis") == 6 and plan.keys("kpis")[2] == "Downloads"


def test_one_value_fills_the_selection(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    grid, _, _ = table
    select(grid.view, 0, UNIT, 2, UNIT)
    assert clipboard.paste(grid, "currency\n")
    units = [small_editor.plan.row("kpis", r)["unit"] for r in (3, 4, 5)]
    assert units == ["currency"] * 3
    assert small_editor.stack.undoText() == "Paste into 3 cells"


def test_clear_empties_the_selection_as_one_edit(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    grid, _, _ = table
    select(grid.view, 0, 5, 2, 5)  # descriptions of SQO, Revenue, MQC
    assert clipboard.clear(grid)
    descriptions = [small_editor.plan.row("kpis", r)["description"] for r in range(6)]
    assert descriptions[3:] == ["", "", ""]
    assert descriptions[0] == "How many followers"
    assert small_editor.stack.undoText() == "Clear 3 cells"


def test_a_key_cannot_be_cleared(table, small_editor) -> None:  # type: ignore[no-untyped-def]
    grid, _, said = table
    select(grid.view, 0, NAME, 0, NAME)
    assert not clipboard.clear(grid)
    assert said[-1].startswith("Not set: row 5, Name:")
    assert small_editor.plan.keys("kpis")[4] == "SQO"


def test_select_all_takes_every_cell(table) -> None:  # type: ignore[no-untyped-def]
    grid, model, _ = table
    clipboard.select_all(grid)
    assert len(grid.selected()) == model.rowCount() * model.columnCount()


def test_a_paste_into_an_empty_table_adds_its_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlanEditor(example_plan())
    editor.execute(RemoveRows("costs", tuple(range(editor.plan.row_count("costs")))))
    model = PlanTableModel(editor, "costs")
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    grid = Grid(view)
    assert not grid.current().isValid()
    assert clipboard.paste(grid, "1\t\torganic\ttools\t300\n2\t\tpaid\tads\t50\n")
    assert editor.plan.row_count("costs") == 2
    assert editor.plan.value("costs", 1, "amount") == 50
    assert grid.current().row() == 0  # the first pasted row became current


def test_worked_out_columns_take_nothing(qtbot, small_editor) -> None:  # type: ignore[no-untyped-def]
    model = PlanTableModel(small_editor, "stages")
    proxy = ExtraColumnsProxy(model, [ExtraColumn("Score", "", lambda row: str(row))])
    view = QTableView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    grid = Grid(view)
    score = proxy.extra_column("Score")
    select(view, 0, score - 1, 0, score - 1)
    assert clipboard.paste(grid, "First steps\t99\n")  # the score beside is left alone
    assert small_editor.plan.value("stages", 0, "description") == "First steps"
    assert small_editor.stack.undoText() == "Paste 1 cell"
    select(view, 1, score, 1, score)
    assert not clipboard.clear(grid)  # nothing there can be emptied
    assert small_editor.stack.count() == 1


def test_a_table_of_figures_copies_whole_and_takes_no_edit(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Investment", "ROI"])
    table.setVerticalHeaderLabels(["LinkedIn", "Xing"])
    for row, values in enumerate((("100", "5 %"), ("0", "n/a"))):
        for column, text in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(text))
    grid = WholeTable(table, read_only="Worked out: edit the costs")
    said = Said()
    grid.say = said.append
    assert clipboard.copy(grid) == "\tInvestment\tROI\nLinkedIn\t100\t5 %\nXing\t0\tn/a\n"
    assert not clipboard.paste(grid, "1\n") and not clipboard.clear(grid)
    assert said == ["Worked out: edit the costs"] * 2
    assert table.item(0, 0).text() == "100"
    table.verticalHeader().hide()
    assert clipboard.copy(grid).splitlines()[0] == "Investment\tROI"
    assert Grid(table).read_only().startswith("These figures are worked out")
