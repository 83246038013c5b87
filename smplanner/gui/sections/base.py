"""The skeleton every tab implements: a title, a message signal, named actions, grids.

A section lists the grids it owns (:meth:`Section.add_grid`); the Edit menu's Copy, Cut,
Paste, Delete and Select All then work on whichever of them has the focus, or else on
the section's main grid, through :mod:`smplanner.gui.grid.clipboard`. A new tab writes
none of that: it builds its widgets, adds its grids, and is registered in
:func:`smplanner.gui.sections.section_factories`.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from smplanner.gui.grid import clipboard
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.undo import PlanEditor


class Section(QWidget):
    """A tab of the main window.

    ``title`` is marked with ``QT_TRANSLATE_NOOP`` and shown translated; ``page_name``
    names the section's printed page in :mod:`smplanner.report.sections`, if it has one.
    """

    title: ClassVar[str] = ""
    page_name: ClassVar[str | None] = None
    message = Signal(str)
    """Status-bar text: refused edits, what was pasted or left out, what an action did."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self._grids: list[Grid] = []

    # ------------------------------------------------------------------ grids
    def add_grid(self, grid: Grid) -> Grid:
        """Make ``grid`` one the Edit menu works on; the first added is the main one."""
        grid.say = self.message.emit
        self._grids.append(grid)
        return grid

    def grids(self) -> list[Grid]:
        return list(self._grids)

    def main_grid(self) -> Grid | None:
        """The grid the Edit menu works on when none has the focus: the first one shown
        on the section's current page."""
        for grid in self._grids:
            if grid.view.isVisibleTo(self):
                return grid
        return self._grids[0] if self._grids else None

    def current_grid(self) -> Grid | None:
        """The grid the Edit menu works on now."""
        for grid in self._grids:
            if grid.has_focus():
                return grid
        return self.main_grid()

    # ---------------------------------------------------------------- actions
    def named_actions(self) -> dict[str, QAction]:
        """The section's commands under their stable names (menus, tests, shortcuts)."""
        return {
            a.objectName(): a
            for a in self.findChildren(QAction)
            if a.objectName() and not a.objectName().startswith("_q_")  # Qt's own
        }

    def action(self, name: str) -> QAction:
        """The section's action called ``name``; a missing one is a programming error."""
        found = self.named_actions().get(name)
        if found is None:
            raise KeyError(f"{type(self).__name__} has no action {name!r}")
        return found

    def menu_actions(self) -> list[QAction]:
        """The actions for a window menu of the section's own (with separators)."""
        return []

    # -------------------------------------------------------------- Edit menu
    def copy(self) -> bool:
        grid = self.current_grid()
        text = clipboard.copy(grid) if grid is not None else ""
        if text:
            self.message.emit(clipboard.copied_message(text))
        return bool(text)

    def cut(self) -> bool:
        grid = self.current_grid()
        if grid is None or not self.copy():
            return False
        return clipboard.clear(grid)

    def paste(self) -> bool:
        grid = self.current_grid()
        return grid is not None and clipboard.paste(grid)

    def delete_selection(self) -> bool:
        grid = self.current_grid()
        return grid is not None and clipboard.clear(grid)

    def select_all(self) -> None:
        grid = self.current_grid()
        if grid is not None:
            clipboard.select_all(grid)
