"""The Catalogues tab: stages, goals, tactics, networks and KPIs, each an editable list.

Renaming an entry renames it wherever the plan uses it (the plan does that); removing
one that is in use asks first and says where it is used.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.commands import InsertRows, MoveRows, RemoveRows
from smplanner.domain.tables import CATALOGUES, SCHEMAS
from smplanner.gui import clipboard
from smplanner.gui.delegates import PlanCellDelegate
from smplanner.gui.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor

PIXELS_PER_CHARACTER = 7


def unique_name(existing: list[str], base: str) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever is free (ignoring case)."""
    taken = {n.casefold() for n in existing}
    name, number = base, 1
    while name.casefold() in taken:
        number += 1
        name = f"{base} {number}"
    return name


def describe_uses(plan_uses: list[tuple[str, int, str]]) -> str:
    """'3 KPI planner rows and 1 goal', from Plan.references()."""
    counts = Counter((table, row) for table, row, _ in plan_uses)
    per_table = Counter(table for table, _ in counts)
    parts = []
    for table, rows in per_table.items():
        noun = SCHEMAS[table].row_noun
        parts.append(f"{rows} {noun}{'' if rows == 1 else 's'}")
    return " and ".join(parts)


class CatalogueEditor(QWidget):
    """One catalogue as an editable table with add, delete and move."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"catalogue.{table}")
        self.editor = editor
        self.plan = editor.plan
        self.table = table
        self.schema = SCHEMAS[table]
        self.model = PlanTableModel(editor, table, parent=self)
        self.model.message.connect(self.message)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PlanCellDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(self.schema.columns):
            self.view.setColumnWidth(number, column.width * PIXELS_PER_CHARACTER)
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        noun = self.schema.row_noun
        self.add_action = self._action(bar, "add", f"Add {noun}", "Ctrl+Return", self.add)
        self.delete_action = self._action(bar, "delete", f"Delete {noun}s", "Ctrl+-", self.delete)
        self._action(bar, "move_up", "Move up", "Alt+Up", lambda: self.move(-1))
        self._action(bar, "move_down", "Move down", "Alt+Down", lambda: self.move(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)

    def _action(self, bar: QToolBar, name: str, text: str, keys: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setObjectName(f"catalogue.{self.table}.{name}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString()})")
        action.setStatusTip(text)
        action.triggered.connect(slot)
        self.addAction(action)
        bar.addAction(action)
        return action

    def _rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {i.row() for i in selection.selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def _select(self, row: int, count: int = 1) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.view.setCurrentIndex(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(row, row + count):
            self.view.selectionModel().select(self.model.index(r, 0), flags)

    def add(self) -> None:
        rows = self._rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        noun = self.schema.row_noun
        name = unique_name(self.plan.keys(self.table), f"New {noun}")
        command = InsertRows(self.table, at, ({"name": name},), label=f"Add {noun} '{name}'")
        if self.editor.execute(command):
            self._select(at)
            self.view.edit(self.model.index(at, 0))

    def delete(self) -> None:
        rows = self._rows()
        if not rows:
            return
        names = [str(self.plan.value(self.table, r, "name")) for r in rows]
        uses = [u for name in names for u in self.plan.references(self.table, name)]
        noun = self.schema.row_noun
        shown = ", ".join(f"'{n}'" for n in names[:5]) + ("…" if len(names) > 5 else "")
        if uses:
            answer = QMessageBox.question(
                self,
                f"Delete {noun}?",
                f"{shown} {'is' if len(names) == 1 else 'are'} used by {describe_uses(uses)}. "
                f"Delete and clear {'it' if len(names) == 1 else 'them'} there too?\n\n"
                "Undo (Ctrl+Z) brings everything back.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        label = f"Delete {noun} {shown}" if len(names) == 1 else f"Delete {len(names)} {noun}s"
        if self.editor.execute(RemoveRows(self.table, tuple(rows), label=label)):
            self.message.emit(f"Deleted {shown}. Undo brings it back (Ctrl+Z).")
            self._select(min(rows[0], self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        rows = self._rows()
        if not rows or rows != list(range(rows[0], rows[-1] + 1)):
            return
        first, count = rows[0], len(rows)
        if (step < 0 and first == 0) or (step > 0 and rows[-1] == self.model.rowCount() - 1):
            return
        dest = first - 1 if step < 0 else rows[-1] + 2
        label = (
            f"Move {self.schema.row_noun}{'s' if count > 1 else ''} {'up' if step < 0 else 'down'}"
        )
        if self.editor.execute(MoveRows(self.table, first, count, dest, label=label)):
            self._select(first + step, count)

    def copy(self) -> None:
        clipboard.copy_selection(self.view)

    def paste(self) -> None:
        clipboard.paste_block(self.view)

    def delete_selection(self) -> None:
        clipboard.clear_selection(self.view)


class CataloguesSection(QWidget):
    """All catalogues, one sub-tab each."""

    title = "Catalogues"
    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section.catalogues")
        self.tabs = QTabWidget(self)
        self.tabs.setTabPosition(QTabWidget.TabPosition.West)
        self.editors: dict[str, CatalogueEditor] = {}
        for table in CATALOGUES:
            page = CatalogueEditor(editor, table, self)
            page.message.connect(self.message)
            page.setToolTip(SCHEMAS[table].description)
            self.editors[table] = page
            self.tabs.addTab(page, SCHEMAS[table].title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current(self) -> CatalogueEditor:
        page = self.tabs.currentWidget()
        assert isinstance(page, CatalogueEditor)
        return page

    def actions_for_menu(self) -> list[QAction]:
        return []

    def copy(self) -> None:
        self.current().copy()

    def cut(self) -> None:
        self.current().copy()
        self.current().delete_selection()

    def paste(self) -> None:
        self.current().paste()

    def delete_selection(self) -> None:
        self.current().delete_selection()
