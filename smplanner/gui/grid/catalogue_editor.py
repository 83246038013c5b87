"""An editable table of names: a catalogue, the accounts of the Profiles tab, any list.

It is the generic :class:`PlanTableModel` in a plain table view; this module adds only what
a list of names needs: add with a free name, delete (asking first, and
saying where, when the entry is in use) and move; the section it sits in hands its
view to the Edit menu. Renaming is editing
the name cell: the plan carries the new name everywhere it is used, in one undo step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.commands import InsertRows, MoveRows, RemoveRows
from smplanner.domain.names import unique_name
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import tr
from smplanner.gui.actions import tool_action
from smplanner.gui.grid.delegates import PlanCellDelegate
from smplanner.gui.grid.table_model import CellStyler, PlanTableModel
from smplanner.gui.undo import PlanEditor

MAX_NAMES_SHOWN = 5


COUNTED: dict[str, Callable[[int], str]] = {
    "planner": lambda n: tr("%n planner row(s)", "", n),
    "stages": lambda n: tr("%n stage(s)", "", n),
    "goals": lambda n: tr("%n goal(s)", "", n),
    "tactics": lambda n: tr("%n tactic(s)", "", n),
    "networks": lambda n: tr("%n network(s)", "", n),
    "kpis": lambda n: tr("%n KPI(s)", "", n),
    "profile_accounts": lambda n: tr("%n account(s)", "", n),
    "profile_items": lambda n: tr("%n profile item(s)", "", n),
    "profile_status": lambda n: tr("%n status row(s)", "", n),
    "requests": lambda n: tr("%n request(s)", "", n),
    "tracking": lambda n: tr("%n tracking value(s)", "", n),
    "costs": lambda n: tr("%n cost line(s)", "", n),
    "touches": lambda n: tr("%n touch(es)", "", n),
}
"""How many rows of a table, in words ("3 planner rows"), for the tables that may use
an entry of a catalogue."""


def counted(table: str, count: int) -> str:
    """``count`` rows of ``table`` in words: "1 goal", "3 planner rows"."""
    if table in COUNTED:
        return COUNTED[table](count)
    return tr("%n {noun}(s)", "", count).format(noun=tr(SCHEMAS[table].row_noun))


def and_list(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) < 2:
        return "".join(parts)
    return tr("{listed} and {last}").format(listed=", ".join(parts[:-1]), last=parts[-1])


def describe_uses(uses: list[tuple[str, int, str]]) -> str:
    """'3 planner rows and 1 goal', from Plan.references() (each row counted once)."""
    rows = Counter(table for table, _row in {(t, r) for t, r, _ in uses})
    return and_list([counted(table, count) for table, count in rows.items()])


def delete_question(names: list[str], uses: list[tuple[str, int, str]]) -> str:
    """ "'Video' is used by 5 planner rows. Delete it and clear it from those rows?"."""
    shown = ", ".join(f"'{n}'" for n in names[:MAX_NAMES_SHOWN])
    if len(names) > MAX_NAMES_SHOWN:
        more = len(names) - MAX_NAMES_SHOWN
        shown = tr("{names} and {count} more").format(names=shown, count=more)
    one = len(names) == 1
    owned = [u for u in uses if SCHEMAS[u[0]].column(u[2]).owned]
    uses = [u for u in uses if u not in owned]
    undo = tr("Undo (Ctrl+Z) brings everything back.")
    if not uses:
        several = len(owned) > 1
        if one:
            if several:
                text = tr("{names} has {uses} of its own. Delete it with them?")
            else:
                text = tr("{names} has {uses} of its own. Delete it with it?")
        elif several:
            text = tr("{names} have {uses} of their own. Delete them with them?")
        else:
            text = tr("{names} have {uses} of their own. Delete them with it?")
        return text.format(names=shown, uses=describe_uses(owned)) + "\n\n" + undo
    tables = {table for table, _, _ in uses}
    rows = {(table, row) for table, row, _ in uses}
    if len(tables) > 1:
        where = tr("from all of them")
    else:
        noun = SCHEMAS[next(iter(tables))].row_noun
        if len(rows) == 1:
            where = tr("from that {noun}").format(noun=tr(noun))
        elif noun.endswith("row"):
            where = tr("from those rows")
        else:
            where = tr("from those {noun}s").format(noun=tr(noun))
    used = tr("{names} is used by {uses}.") if one else tr("{names} are used by {uses}.")
    sentences = [used.format(names=shown, uses=describe_uses(uses))]
    if owned:
        sentences.append(tr("Their {uses} go with them.").format(uses=describe_uses(owned)))
    if one:
        sentences.append(tr("Delete it and clear it {where}?").format(where=where))
    else:
        sentences.append(tr("Delete them and clear them {where}?").format(where=where))
    return " ".join(sentences) + "\n\n" + undo


class CatalogueEditor(QWidget):
    """One catalogue as an editable table with add, delete and move."""

    message = Signal(str)

    def __init__(
        self,
        editor: PlanEditor,
        table: str,
        parent: QWidget | None = None,
        wrap: Callable[[PlanTableModel], QAbstractItemModel] | None = None,
        styler: CellStyler | None = None,
    ) -> None:
        """``wrap`` may put a proxy between the table and its view (rows stay the same)."""
        super().__init__(parent)
        self.setObjectName(f"catalogue.{table}")
        self.editor = editor
        self.plan = editor.plan
        self.table = table
        self.schema = SCHEMAS[table]
        self.model = PlanTableModel(editor, table, styler, parent=self)
        self.model.message.connect(self.message)
        self.shown: QAbstractItemModel = wrap(self.model) if wrap is not None else self.model
        self.view = self._make_view()
        self.actions_: dict[str, QAction] = {}
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        noun = tr(self.schema.row_noun)
        self.add_action = self._action(
            bar,
            "add",
            tr("&Add {noun}").format(noun=noun),
            ["Ctrl+Return", "Insert"],
            tr("Add a new {noun} below the selection").format(noun=noun),
            self.add,
        )
        self.delete_action = self._action(
            bar,
            "delete",
            tr("&Delete selected"),
            ["Ctrl+-"],
            tr("Delete the selected {noun}s, clearing them wherever they are used").format(
                noun=noun
            ),
            self.delete,
        )
        self._action(
            bar, "move_up", tr("Move &up"), ["Alt+Up"], tr("Move up"), lambda: self.move_rows(-1)
        )
        self._action(
            bar,
            "move_down",
            tr("Move do&wn"),
            ["Alt+Down"],
            tr("Move down"),
            lambda: self.move_rows(1),
        )
        self.view.addActions(list(self.actions_.values()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        title, what = tr(self.schema.title), tr(self.schema.description)
        heading = QLabel(f"<b>{escape(title)}</b> — {escape(what)}", self)
        hint = QLabel(
            tr("Double-click or F2 to edit a cell; a new name is used everywhere in the plan."),
            self,
        )
        hint.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName(f"catalogue.{self.table}.view")
        view.setModel(self.shown)
        view.setItemDelegate(PlanCellDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.verticalHeader().setMinimumWidth(view.fontMetrics().horizontalAdvance("000") + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a catalogue has tens of rows, not thousands: measuring its cells is cheap
        char = view.fontMetrics().averageCharWidth()
        for number, column in enumerate(self.schema.columns[:-1]):
            widest = max(view.sizeHintForColumn(number), header.sectionSizeHint(number)) + 8
            view.setColumnWidth(number, max(min(widest, 2 * column.width * char), 8 * char))
        return view

    def _action(
        self,
        bar: QToolBar,
        name: str,
        text: str,
        keys: list[str],
        tip: str,
        slot: Callable[[], object],
    ) -> QAction:
        # only while the table itself has focus: Alt+Down must still open a cell's
        # drop-down, and the planner uses the same keys for its rows
        action = tool_action(self, bar, f"catalogue.{self.table}.{name}", text, keys, tip, slot)
        self.actions_[name] = action
        return action

    # --------------------------------------------------------------- selection
    def _rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {i.row() for i in selection.selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def _select(self, row: int, count: int = 1, column: int = 0) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        self.view.setCurrentIndex(self.shown.index(row, column))
        selection.clearSelection()
        for r in range(row, min(row + count, self.model.rowCount())):
            selection.select(self.shown.index(r, 0), flags.Select | flags.Rows)

    # ---------------------------------------------------------------- commands
    def add(self) -> None:
        """Add an entry under the selection (or at the end), named freely, and edit it."""
        rows = self._rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        noun = tr(self.schema.row_noun)
        name = unique_name(self.plan.keys(self.table), tr("New {noun}").format(noun=noun))
        label = tr("Add {noun} '{name}'").format(noun=noun, name=name)
        command = InsertRows(self.table, at, ({"name": name},), label=label)
        if self.editor.execute(command):
            self._select(at)
            self.view.edit(self.shown.index(at, 0))

    def delete(self) -> None:
        """Delete the selected entries; if any is in use, say where and ask first."""
        rows = self._rows()
        if not rows:
            return
        names = [str(self.plan.value(self.table, r, "name")) for r in rows]
        uses = [u for name in names for u in self.plan.references(self.table, name)]
        noun = tr(self.schema.row_noun)
        if uses:
            answer = QMessageBox.question(
                self,
                tr("Delete {noun}(s)?", "", len(names)).format(noun=noun),
                delete_question(names, uses),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if len(names) == 1:
            label = tr("Delete {noun} '{name}'").format(noun=noun, name=names[0])
            said = tr("Deleted '{name}'; Undo (Ctrl+Z) brings it back").format(name=names[0])
        else:
            label = tr("Delete %n {noun}(s)", "", len(names)).format(noun=noun)
            said = tr("Deleted %n {noun}(s); Undo (Ctrl+Z) brings them back", "", len(names))
            said = said.format(noun=noun)
        column = self.view.currentIndex().column()
        if self.editor.execute(RemoveRows(self.table, tuple(rows), label=label)):
            self.message.emit(said)
            self._select(min(rows[0], self.model.rowCount() - 1), column=max(column, 0))

    def move_rows(self, step: int) -> None:
        """Move the selected block of entries one place up (-1) or down (+1)."""
        rows = self._rows()
        if not rows or rows != list(range(rows[0], rows[-1] + 1)):
            if rows:
                self.message.emit(tr("Select neighbouring rows to move them together"))
            return
        first, count = rows[0], len(rows)
        if (step < 0 and first == 0) or (step > 0 and rows[-1] == self.model.rowCount() - 1):
            return
        dest = first - 1 if step < 0 else rows[-1] + 2
        noun = tr(self.schema.row_noun)
        if step < 0:
            label = tr("Move {noun}(s) up", "", count).format(noun=noun)
        else:
            label = tr("Move {noun}(s) down", "", count).format(noun=noun)
        column = self.view.currentIndex().column()
        if self.editor.execute(MoveRows(self.table, first, count, dest, label=label)):
            self._select(first + step, count, max(column, 0))
