"""The one door through which the GUI changes a plan: apply, then remember for undo.

An edit is applied (and may be refused) before it reaches the undo stack, so a refused
edit never leaves a useless entry; undo and redo replay the plan's exact inverses.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smplanner.domain.commands import Command, CommandError
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr


class _AppliedEdit(QUndoCommand):
    """An edit already applied to the plan; undo applies its inverse."""

    def __init__(self, plan: Plan, command: Command, inverse: Command) -> None:
        super().__init__(command.label or tr("Edit"))
        self._plan = plan
        self._redo = command
        self._undo = inverse
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._undo = self._plan.apply(self._redo)

    def undo(self) -> None:
        self._redo = self._plan.apply(self._undo)


class PlanEditor(QObject):
    """Applies edits to one plan and keeps their undo history."""

    refused = Signal(str)
    """An edit was refused; the text says why (for the status bar)."""

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.stack = QUndoStack(self)

    def execute(self, command: Command) -> bool:
        """Apply ``command``; on refusal emit :attr:`refused` and return False."""
        try:
            inverse = self.plan.apply(command)
        except CommandError as error:
            self.refused.emit(str(error))
            return False
        self.stack.push(_AppliedEdit(self.plan, command, inverse))
        return True
