"""The alignment chart as a 3 x 3 Qt model: levers down, sales goals across, a box a cell.

A box's text (what Copy takes and Paste gives) is its filled fields as labelled lines
(``domain.alignment.box_text``); the box form sets several fields at once. Either way
the edit is one command through the editor: one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from smplanner.domain import alignment
from smplanner.domain.alignment_tables import (
    ALIGNMENT,
    GOAL_TIPS,
    LEVER_TIPS,
    LEVERS,
    SALES_GOALS,
)
from smplanner.domain.events import PlanEvent
from smplanner.domain.keyed import Refusal
from smplanner.domain.text import tr
from smplanner.gui.undo import PlanEditor

Index = QModelIndex | QPersistentModelIndex
BOX_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`~smplanner.domain.alignment.Box` a cell shows (for the painter)."""


class AlignmentModel(QAbstractTableModel):
    """The nine boxes of one plan's alignment chart."""

    message = Signal(str)

    def __init__(
        self,
        editor: PlanEditor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.today = today
        """Which day overdue is judged against (a test sets its own)."""
        self.boxes = alignment.boxes(self.plan, today())
        self._unsubscribe: Callable[[], None] = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # ------------------------------------------------------------------ reads
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LEVERS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SALES_GOALS)

    def box(self, row: int, column: int) -> alignment.Box:
        return self.boxes[row * len(SALES_GOALS) + column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        box = self.box(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return alignment.box_text(box)
        if role == BOX_ROLE:
            return box
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(box)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{box.name}: {tr(box.status)}"
        return None

    def _tooltip(self, box: alignment.Box) -> str:
        lines = [
            f"<b>{box.name}</b>",
            tr("Marketing asks: {question}").format(question=box.marketing_question or "—"),
            tr("Sales asks: {question}").format(question=box.sales_question or "—"),
        ]
        if box.overdue and box.due is not None:
            late = (self.today() - box.due).days
            lines.append(tr("Overdue by %n day(s)", "", late))
        lines.append(tr("Enter or double-click to edit"))
        return "<br>".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        names = SALES_GOALS if orientation == Qt.Orientation.Horizontal else LEVERS
        tips = GOAL_TIPS if orientation == Qt.Orientation.Horizontal else LEVER_TIPS
        if not 0 <= section < len(names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(names[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(tips[names[section]])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # ------------------------------------------------------------------ edits
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A mapping of fields (the box form) or a box's text (a typed or pasted box)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        box = self.box(index.row(), index.column())
        fields = value if isinstance(value, Mapping) else alignment.parse_box_text(str(value))
        label = tr("Edit {box}").format(box=box.name)
        return self.set_boxes({(box.lever, box.goal): fields}, label)

    def set_cells(self, cells: Sequence[tuple[int, int, Any]], label: str) -> bool:
        """Pasted or cleared boxes, as one edit (the Edit menu's routine)."""
        values: dict[tuple[str, str], Mapping[str, Any]] = {}
        for row, column, text in cells:
            if not (0 <= row < len(LEVERS) and 0 <= column < len(SALES_GOALS)):
                continue
            box = self.box(row, column)
            values[(box.lever, box.goal)] = alignment.parse_box_text(str(text))
        return self.set_boxes(values, label)

    def set_boxes(self, values: Mapping[tuple[str, str], Mapping[str, Any]], label: str) -> bool:
        """Set fields of boxes in one step; what does not fit is said, the rest is set."""
        edit = alignment.edits(self.plan, values, label)
        if edit.refused:
            self._say_refused(edit.refused)
        if edit.command is None:
            return not edit.refused
        return self.editor.execute(edit.command) and not edit.refused

    def _say_refused(self, refused: Sequence[Refusal]) -> None:
        first = refused[0]
        column = self.plan.schema(ALIGNMENT).column(first.column)
        text = tr("Not set: {box}, {column}: {reason}").format(
            box=alignment.crossing_name(str(first.key[0]), str(first.key[1])),
            column=tr(column.title),
            reason=first.reason,
        )
        if len(refused) > 1:
            text += " " + tr("(and %n more)", "", len(refused) - 1)
        self.message.emit(text)

    # ----------------------------------------------------------------- events
    def _on_event(self, event: PlanEvent) -> None:
        if event.table == ALIGNMENT and not event.change.announces:
            self.refresh()

    def refresh(self) -> None:
        """The boxes worked out again (after an edit, or when the day changes)."""
        self.boxes = alignment.boxes(self.plan, self.today())
        self.dataChanged.emit(self.index(0, 0), self.index(len(LEVERS) - 1, len(SALES_GOALS) - 1))
