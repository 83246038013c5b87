"""Every registered tab implements the section skeleton, and the window's Edit menu works
on each tab's main grid: copy, paste, delete, cut, select all, and undo brings it back.

One window serves the whole module (making one takes about a second); each test leaves
the plan as it found it, through the window's own Undo.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from smplanner.domain.text import tr
from smplanner.domain.tsv import format_tsv
from smplanner.gui.actions import ActionName, action
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections import section_factories
from smplanner.gui.sections.base import Section

KINDS = section_factories()
SCAN_ROWS = 40
"""Cells of the first rows are enough to find ones to copy, paste and delete."""


@pytest.fixture(scope="module")
def main(qapp) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    QSettings("smplanner", "smplanner").clear()
    window = MainWindow()
    window.window.resize(1200, 700)
    window.show()
    assert QTest.qWaitForWindowExposed(window.window)
    yield window
    assert window.editor is not None
    window.editor.stack.setClean()  # no "save changes?" on closing
    window.window.close()
    window.window.deleteLater()
    QApplication.processEvents()


def trigger(main: MainWindow, name: str) -> None:
    action(main.window, name).trigger()


def text(index: QModelIndex) -> str:
    value = index.data(Qt.ItemDataRole.EditRole)
    return "" if value is None or value is False else str(value)


def status(main: MainWindow) -> str:
    return main.window.statusBar().currentMessage()


def choose(grid: Grid, index: QModelIndex) -> None:
    """Click the cell: the only one selected, and current."""
    grid.selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def filled_cells(grid: Grid, writable: bool) -> list[QModelIndex]:
    """Cells with text in columns the user sees, row by row."""
    model = grid.shown
    shown_columns = [
        c
        for c in range(model.columnCount())
        if any(not view.isColumnHidden(c) for view in grid.views)  # type: ignore[attr-defined]
    ]
    cells = []
    for row in range(min(model.rowCount(), SCAN_ROWS)):
        for column in shown_columns:
            index = model.index(row, column)
            if text(index) and (grid.writable(index) or not writable):
                cells.append(index)
    return cells


def edited(main: MainWindow, name: str) -> bool:
    """Trigger the Edit action ``name``; whether it left exactly one undo step."""
    assert main.editor is not None
    before = main.editor.stack.index()
    trigger(main, name)
    return main.editor.stack.index() == before + 1


def undo_restores(main: MainWindow, before: object) -> None:
    trigger(main, ActionName.UNDO)
    assert main.plan.snapshot() == before


@pytest.fixture(params=KINDS, ids=[kind.__name__ for kind in KINDS])
def section(request, main: MainWindow) -> Section:  # type: ignore[no-untyped-def]
    shown = main.show_section(request.param)
    assert isinstance(shown, Section)
    main.window.statusBar().clearMessage()
    return shown


def test_every_tab_implements_the_skeleton(main: MainWindow, section: Section) -> None:
    assert section.title and main.tabs.tabText(main.tabs.indexOf(section)) == tr(section.title)
    grids = section.grids()
    assert grids, "a tab with nothing for the Edit menu"
    for grid in grids:
        assert all(section.isAncestorOf(view) for view in grid.views)
    main_grid = section.main_grid()
    assert main_grid is not None and main_grid.view.isVisible()
    assert section.current_grid() in grids
    names = [a.objectName() for a in section.findChildren(QAction) if a.objectName()]
    assert len(names) == len(set(names)), "each action has a name of its own"
    for name, named in section.named_actions().items():
        assert section.action(name) is named and named.toolTip()


def test_the_edit_menu_copies_pastes_deletes_and_undoes_on_the_main_grid(
    main: MainWindow, section: Section
) -> None:
    grid = section.main_grid()
    assert grid is not None
    if grid.read_only():
        pytest.skip("read-only: see test_a_read_only_grid_copies_and_refuses_edits")
    cells = filled_cells(grid, writable=True)
    assert len(cells) >= 2, "the example plan fills the main grid"
    before = main.plan.snapshot()

    source = cells[0]
    choose(grid, source)
    trigger(main, ActionName.COPY)
    assert QApplication.clipboard().text() == format_tsv([[text(source)]])
    assert status(main) == "Copied 1 cell in 1 row as tab-separated text"

    # paste: a copied value onto another cell of its column, one undo step
    pasted = False
    for copied in cells:
        targets = [c for c in cells if c.column() == copied.column() and text(c) != text(copied)]
        if not targets:
            continue
        choose(grid, copied)
        trigger(main, ActionName.COPY)
        value, (row, column) = text(copied), (targets[0].row(), targets[0].column())
        choose(grid, targets[0])
        if edited(main, ActionName.PASTE):  # a key may refuse a name it already has
            assert text(grid.shown.index(row, column)) == value
            undo_restores(main, before)
            pasted = True
            break
    assert pasted, "no cell of the main grid took a paste"

    # delete, then cut: the cell is emptied; undo brings it back
    for cleared in cells:
        row, column, original = cleared.row(), cleared.column(), text(cleared)
        choose(grid, cleared)
        if edited(main, ActionName.DELETE):  # a name may not be emptied: said, not set
            assert text(grid.shown.index(row, column)) == ""
            undo_restores(main, before)
            choose(grid, grid.shown.index(row, column))
            assert edited(main, ActionName.CUT)
            assert QApplication.clipboard().text() == format_tsv([[original]])
            assert text(grid.shown.index(row, column)) == ""
            undo_restores(main, before)
            break
        assert status(main), "a refused delete says why"
    else:
        pytest.fail("no cell of the main grid could be emptied")


def test_select_all_selects_the_main_grid(main: MainWindow, section: Section) -> None:
    grid = section.main_grid()
    assert grid is not None
    choose(grid, grid.shown.index(0, 0))
    trigger(main, ActionName.SELECT_ALL)
    model = grid.shown
    if grid.view.selectionMode() == grid.view.SelectionMode.SingleSelection:
        assert len(grid.selected()) == 1
    else:
        assert len(grid.selected()) == model.rowCount() * model.columnCount()


def test_a_read_only_grid_copies_and_refuses_edits(main: MainWindow, section: Section) -> None:
    grids = [g for g in section.grids() if g.read_only() and g.view.isVisible()]
    if not grids:
        pytest.skip("every grid shown here takes edits")
    grid = grids[0]
    grid.view.setFocus()
    cells = filled_cells(grid, writable=False)
    assert cells
    choose(grid, cells[0])
    trigger(main, ActionName.COPY)
    assert text(cells[0]) in QApplication.clipboard().text()
    before, steps = main.plan.snapshot(), main.editor.stack.index()  # type: ignore[union-attr]
    for name in (ActionName.PASTE, ActionName.DELETE, ActionName.CUT):
        main.window.statusBar().clearMessage()
        trigger(main, name)
        assert status(main) == grid.read_only()
    assert main.plan.snapshot() == before
    assert main.editor.stack.index() == steps  # type: ignore[union-attr]


def test_the_edit_menu_acts_on_the_grid_with_the_focus(main: MainWindow, section: Section) -> None:
    shown = [g for g in section.grids() if g.view.isVisible() and g.shown.rowCount()]
    for grid in shown:
        cell = grid.shown.index(0, 0)
        choose(grid, cell)
        grid.view.setFocus()
        assert section.current_grid() is grid
        trigger(main, ActionName.COPY)
        assert QApplication.clipboard().text() == format_tsv(grid.block())


def test_the_edit_menu_lists_the_commands_every_tab_gets(main: MainWindow) -> None:
    menu = main.window.findChild(QMenu, "menuEdit")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:2] == [ActionName.UNDO, ActionName.REDO]
    expected = [ActionName.CUT, ActionName.COPY, ActionName.PASTE, ActionName.DELETE]
    assert names[2:7] == [*expected, ActionName.SELECT_ALL]
    assert action(main.window, ActionName.SELECT_ALL).shortcut().toString() == "Ctrl+A"
