"""The KPI planner's actions: the marks, the row commands and the filter, with their keys.

One list serves the Planner menu and the grid's context menu (separators between groups).
The marking keys belong to the KPI pane only; in the frozen pane P and S type text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import tr

if TYPE_CHECKING:
    from smplanner.gui.sections.planner.section import PlannerSection


def planner_actions(section: PlannerSection) -> list[QAction]:
    """Make the section's actions, add them to its grid's panes and return them in order."""
    actions: list[QAction] = []

    def make(
        name: str, text: str, shortcuts: list[str], tip: str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, section)
        action.setObjectName(f"planner.{name}")
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        # only while the grid has focus: Alt+Down must still open a filter drop-down
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        actions.append(action)
        return action

    def separator() -> None:
        line = QAction(section)
        line.setSeparator(True)
        actions.append(line)

    make(
        "mark_primary",
        tr("Mark &primary"),
        ["P"],
        tr("Mark the selected KPI cells primary: the KPIs that judge the row"),
        lambda: section.set_roles(PRIMARY),
    )
    make(
        "mark_secondary",
        tr("Mark &secondary"),
        ["S"],
        tr("Mark the selected KPI cells secondary: KPIs watched alongside"),
        lambda: section.set_roles(SECONDARY),
    )
    make(
        "cycle",
        tr("&Next mark"),
        ["Space"],
        tr("Give the selection the current cell's next mark: primary, secondary, empty"),
        section.cycle,
    )
    make(
        "clear_marks",
        tr("&Clear marks"),
        [],
        tr("Clear the marks of the selected KPI cells (Delete)"),
        lambda: section.set_roles(""),
    )
    separator()
    marking = len(actions)
    make(
        "add_row",
        tr("&Add row"),
        # Ctrl++ as menus show it; Ctrl+Shift+= is how it is typed where + needs Shift
        ["Ctrl++", "Insert", "Ctrl+Shift+="],
        tr("Add a row below the current one, with its stage and goal"),
        section.add_row,
    )
    make(
        "duplicate_rows",
        tr("D&uplicate rows"),
        ["Ctrl+D"],
        tr("Copy the selected rows, marks and all, below them"),
        section.duplicate_rows,
    )
    make(
        "delete_rows",
        tr("De&lete rows"),
        ["Ctrl+-"],
        tr("Delete the selected rows (undo brings them back)"),
        section.delete_rows,
    )
    separator()
    make(
        "move_up",
        tr("Move rows &up"),
        ["Alt+Up"],
        tr("Move the selected rows up"),
        section.move_up,
    )
    make(
        "move_down",
        tr("Move rows do&wn"),
        ["Alt+Down"],
        tr("Move the selected rows down"),
        section.move_down,
    )
    separator()
    make(
        "suggest",
        tr("&Suggest KPIs"),
        ["Ctrl+Shift+K"],
        tr("Mark the KPIs that fit each selected row's stage and goal (replaces its marks)"),
        section.suggest,
    )
    separator()
    make(
        "filter",
        tr("&Filter rows…"),
        [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Find)],
        tr("Search the rows by stage, goal, tactic or notes"),
        section.focus_filter,
    )
    make(
        "show_all",
        tr("Show &all rows"),
        ["Ctrl+Shift+L"],
        tr("Clear the filter and show every row"),
        section.clear_filter,
    )
    # the marking keys belong to the KPI pane; P and S type text in the frozen one
    section.grid.right.addActions(actions)
    section.grid.left.addActions(actions[marking:])
    for view in (section.grid.left, section.grid.right):
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return actions
