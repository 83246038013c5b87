"""Editing the maturity dimensions themselves: add, describe, delete and move one.

Each acts on the grid's current row and is one plan command; deleting a dimension takes
its evidence and ratings with it, and undo brings them all back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QToolBar

from smplanner.domain import maturity_report
from smplanner.domain.commands import InsertRows, MoveRows, RemoveRows, SetCells
from smplanner.domain.names import unique_name
from smplanner.domain.text import tr

if TYPE_CHECKING:
    from smplanner.gui.sections.maturity.section import MaturitySection

DIMENSIONS = maturity_report.DIMENSIONS


def add_dimension_actions(section: MaturitySection, bar: QToolBar) -> None:
    """Add, delete, describe and move a dimension, on ``bar`` and the grid's context menu."""
    section.add_action(
        bar,
        "add",
        tr("&Add dimension"),
        ["Ctrl+Return", "Insert"],
        tr("Add a dimension of your own"),
        section.add_dimension,
    )
    section.add_action(
        bar,
        "delete",
        tr("&Delete dimension"),
        ["Ctrl+-"],
        tr("Delete the chosen dimension with its evidence and ratings"),
        section.delete_dimension,
    )
    section.add_action(
        bar,
        "describe",
        tr("Describe…"),
        ["Ctrl+D"],
        tr("Say what the chosen dimension covers (shown as its tooltip)"),
        section.describe_dimension,
    )
    section.add_action(
        bar,
        "move_up",
        tr("Move &up"),
        ["Alt+Up"],
        tr("Move the dimension up"),
        lambda: section.move_dimension(-1),
    )
    section.add_action(
        bar,
        "move_down",
        tr("Move do&wn"),
        ["Alt+Down"],
        tr("Move the dimension down"),
        lambda: section.move_dimension(1),
    )


def add_dimension(section: MaturitySection) -> None:
    """A new, uniquely named dimension below the current one, its name open for typing."""
    plan, grid = section.plan, section.grid
    row = grid.currentIndex().row()
    at = row + 1 if row >= 0 else plan.row_count(DIMENSIONS)
    name = unique_name(plan.keys(DIMENSIONS), tr("New dimension"))
    command = InsertRows(
        DIMENSIONS,
        at,
        ({"name": name},),
        label=tr("Add dimension '{name}'").format(name=name),
    )
    if section.editor.execute(command):
        index = section.grid_model.index(at, 0)
        grid.setCurrentIndex(index)
        grid.edit(index)
        section.message.emit(tr("Name the dimension, then describe its levels and add evidence"))


def describe_dimension(section: MaturitySection) -> None:
    """Ask for what the current dimension covers (its tooltip) and set it."""
    row = section.grid.currentIndex().row()
    if row < 0:
        return
    name = section.dimension()
    old = str(section.plan.value(DIMENSIONS, row, "description"))
    text, ok = QInputDialog.getMultiLineText(
        section,
        tr("Describe dimension"),
        tr("What does '{name}' cover?").format(name=name),
        old,
    )
    if ok and text.strip() != old:
        label = tr("Describe dimension '{name}'").format(name=name)
        section.editor.execute(SetCells(DIMENSIONS, ((row, "description", text),), label=label))


def delete_dimension(section: MaturitySection) -> None:
    """Delete the current dimension with its evidence and ratings."""
    row = section.grid.currentIndex().row()
    if row < 0:
        return
    name = section.dimension()
    label = tr("Delete dimension '{name}'").format(name=name)
    if section.editor.execute(RemoveRows(DIMENSIONS, (row,), label=label)):
        section.message.emit(
            tr(
                "Deleted '{name}' with its evidence and ratings; Undo (Ctrl+Z) brings them back"
            ).format(name=name)
        )


def move_dimension(section: MaturitySection, step: int) -> None:
    """Move the current dimension one row up (-1) or down (1); the cell moves with it."""
    grid = section.grid
    index = grid.currentIndex()
    row, rows = index.row(), section.plan.row_count(DIMENSIONS)
    if row < 0 or not 0 <= row + step < rows:
        return
    dest = row - 1 if step < 0 else row + 2
    label = tr("Move dimension up") if step < 0 else tr("Move dimension down")
    if section.editor.execute(MoveRows(DIMENSIONS, row, 1, dest, label=label)):
        grid.setCurrentIndex(section.grid_model.index(row + step, index.column()))
