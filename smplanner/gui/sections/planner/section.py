"""The KPI planner tab: the Stage x Goal x Tactic grid against the KPI catalogue.

One :class:`PlanTableModel` over the planner table, one filter proxy over it, and one
:class:`FrozenGrid` (two panes, one selection) over that. Everything the user does
becomes one command through the :class:`PlanEditor`, so every action is one undo step;
every row number the user reads (in undo texts and messages) is the plan's row number,
whatever the filter shows.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import kpi_planner
from smplanner.domain.commands import Compound, InsertRows, MoveRows, RemoveRows
from smplanner.domain.tables import PRIMARY, ROLE_LABELS, SECONDARY
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.empty_state import EmptyState
from smplanner.gui.grid.agreement_notice import AgreementNotice
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.grid.delegates import GridDelegate, source_of
from smplanner.gui.grid.frozen_table import Flag, FrozenGrid, blocks
from smplanner.gui.grid.grouped_header import GroupedHeader
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.planner.actions import planner_actions
from smplanner.gui.sections.planner.bar import FilterBar
from smplanner.gui.sections.planner.filter import PlannerFilter
from smplanner.gui.sections.planner.styler import PlannerStyler
from smplanner.gui.undo import PlanEditor

TABLE = kpi_planner.TABLE
CYCLE = {"": PRIMARY, PRIMARY: SECONDARY, SECONDARY: ""}
KEY_ROLES = {
    Qt.Key.Key_P: PRIMARY,
    Qt.Key.Key_S: SECONDARY,
    Qt.Key.Key_1: PRIMARY,
    Qt.Key.Key_2: SECONDARY,
    Qt.Key.Key_Delete: "",
    Qt.Key.Key_Backspace: "",
}
MAX_TEXT_CHARS = 21
"""Text columns start at most this many characters wide (Notes stretches; tooltips
show what is cut off)."""
MAX_NAME_CHARS = 26
"""A stage, goal or tactic column grows to its longest name up to this many characters."""
HINT = QT_TRANSLATE_NOOP(
    "",
    "Click selects · P, S, Delete mark the selection · Space or a double-click cycles "
    "Primary, Secondary, empty",
)


def rows_text(rows: list[int]) -> str:
    """Plan rows as a person names them: "row 3", "rows 2–4", "rows 2, 5 and 9"."""
    numbers = [r + 1 for r in rows]
    if len(numbers) == 1:
        return tr("row {row}").format(row=numbers[0])
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return tr("rows {first}–{last}").format(first=numbers[0], last=numbers[-1])
    if len(numbers) > 6:
        return tr("%n row(s)", "", len(numbers))
    listed = ", ".join(map(str, numbers[:-1]))
    return tr("rows {listed} and {last}").format(listed=listed, last=numbers[-1])


class PlannerSection(Section):
    """Which KPIs judge each stage, goal and tactic; frozen row and column headers."""

    title = QT_TRANSLATE_NOOP("", "KPI planner")
    page_name = "kpi"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.planner")
        self.styler = PlannerStyler(self.plan)
        self.model = PlanTableModel(editor, TABLE, self.styler, self)
        self.proxy = PlannerFilter(self.model)
        self.model.message.connect(self.message)
        editor.refused.connect(self.message)
        self.fixed = len(self.plan.schema(TABLE).columns)
        self.grid = FrozenGrid(
            self.fixed, GroupedHeader(False, tr("Planner row")), GroupedHeader(), self
        )
        self.grid.setModel(self.proxy)
        self.add_grid(Grid(self.grid.left, self.grid.right))
        for view in (self.grid.left, self.grid.right):
            view.setItemDelegate(GridDelegate(view))
        self.grid.right.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.right.key_handler = self._kpi_key
        self.grid.left.key_handler = self._text_key
        self.grid.right.doubleClicked.connect(self._double_clicked)
        self.bar = FilterBar(self.plan, self.proxy, self)
        self.filters = self.bar.combos
        self.search = self.bar.search
        self.count_label = QLabel(self)
        self.count_label.setObjectName("planner.count")
        self.count_label.setToolTip(
            tr(
                "Rows in the plan (and how many the filter shows); rows marked ⚠ have no "
                "primary KPI or more than three"
            )
        )
        self._set_widths()
        self._actions = planner_actions(self)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("planner.add_button")
        self.add_button.setDefaultAction(self.action("planner.add_row"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_layout()
        self.empty = EmptyState(
            self.grid,
            self.plan,
            lambda: self.plan.row_count(TABLE) == 0,
            tr(
                "No rows yet: a row names a stage of the buyer's journey, a goal and a tactic,"
                " and marks the KPIs that judge it."
            ),
            tr("Add your first row"),
            self.add_row,
            name="planner.empty",
        )
        self.setFocusProxy(self.grid.right)
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._update_count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.model.dataChanged,
            self.model.headerDataChanged,
        ):
            signal.connect(self._count_timer.start)
        self._update_count()
        first = self.proxy.index(0, self.fixed)
        if first.isValid():
            self.grid.select_cell(first)

    # ------------------------------------------------------------------ layout
    def _set_widths(self) -> None:
        """Widths from the schema's widths in characters, a catalogue's column as wide as
        its longest name (within reason); never measured cell by cell."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        for number in range(self.fixed):
            column = self.model.column(number)
            width = min(column.width, MAX_TEXT_CHARS) * char
            if column.ref:
                names = self.plan.keys(column.ref)
                longest = max((metrics.horizontalAdvance(str(n)) for n in names), default=0)
                width = max(width, min(longest, MAX_NAME_CHARS * char))
            self.grid.left.setColumnWidth(number, width + 14)
        kpi_chars = self.plan.schema(TABLE).dynamic.template.width  # type: ignore[union-attr]
        kpi_width = max(24, kpi_chars * char - 2)
        self.grid.right.horizontalHeader().setDefaultSectionSize(kpi_width)
        left = self.grid.left
        width = sum(left.columnWidth(c) for c in range(self.fixed))
        width += left.verticalHeader().sizeHint().width() + 2 * left.frameWidth() + 4
        kpis = self.model.columnCount() - self.fixed
        self.grid.frozen_width = width
        right = self.grid.right
        self.grid.scrolling_width = (
            kpis * kpi_width + right.verticalScrollBar().sizeHint().width() + 2 * right.frameWidth()
        )
        self.grid.setSizes([width, max(600, kpis * kpi_width)])

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.bar, 1)
        layout.addLayout(top)
        layout.addWidget(AgreementNotice(self.editor, self, self.message.emit))
        layout.addWidget(self.grid, 1)
        under = QHBoxLayout()
        under.addWidget(self.count_label)
        under.addStretch(1)
        hint = QLabel(tr(HINT), self)
        hint.setStyleSheet("color: palette(mid);")
        hint.setToolTip(
            tr("Right-click for the marks and row commands; Alt+Up and Alt+Down move rows")
        )
        under.addWidget(hint)
        layout.addLayout(under)

    def menu_actions(self) -> list[QAction]:
        """The section's own actions, for the main window's Planner menu (with
        separators between groups); the grid's context menu shows the same."""
        return list(self._actions)

    # --------------------------------------------------------------- selection
    def _shown_rows(self) -> list[int]:
        """Selected rows as shown (proxy rows), else the current row."""
        selection = self.grid.selectionModel()
        rows: set[int] = set()
        for block in blocks(selection.selection()):
            rows.update(range(block.top(), block.bottom() + 1))
        if not rows and selection.currentIndex().isValid():
            rows.add(selection.currentIndex().row())
        return sorted(rows)

    def _source_rows(self) -> list[int]:
        return sorted(self.proxy.source_rows(self._shown_rows()))

    def _current_column(self) -> int:
        current = self.grid.selectionModel().currentIndex()
        return current.column() if current.isValid() else self.fixed

    def _select_rows(self, first: int, count: int, column: int | None = None) -> None:
        """Select plan rows first..first+count-1; the first one's cell becomes current."""
        column = self._current_column() if column is None else column
        top = self.proxy.mapFromSource(self.model.index(first, column))
        if not top.isValid():
            return
        self.grid.select_cell(top)
        rows = [self.proxy.shown_row(r) for r in range(first, first + count)]
        rows = [r for r in rows if r >= 0]
        if count > 1 and rows:
            last = self.proxy.columnCount() - 1
            block = QItemSelection(self.proxy.index(rows[0], 0), self.proxy.index(rows[-1], last))
            self.grid.selectionModel().select(block, Flag.ClearAndSelect)

    # ---------------------------------------------------------------- row edits
    def add_row(self) -> None:
        """A new row after the current one, with its stage and goal; the tactic to choose."""
        current = self.grid.selectionModel().currentIndex()
        record: dict[str, str] = dict(self.proxy.wanted)
        if current.isValid():
            row = self.proxy.mapToSource(current).row()
            at = row + 1
            for name in ("stage", "goal"):
                record[name] = str(self.plan.value(TABLE, row, name))
        else:
            at = self.model.rowCount()
        if self.editor.execute(InsertRows(TABLE, at, (record,), label=tr("Add planner row"))):
            self._reveal(at)
            self._select_rows(at, 1, self.model.column_number("stage"))
            self.message.emit(
                tr(
                    "Added row {row}: choose its stage, goal and tactic (F2), then mark its KPIs"
                ).format(row=at + 1)
            )

    def _reveal(self, row: int) -> None:
        """Clear the filter if it hides ``row``, and say so."""
        if self.proxy.shown_row(row) < 0:
            self.clear_filter()
            self.message.emit(tr("The filter was cleared to show the new row"))

    def duplicate_rows(self) -> None:
        rows = self._source_rows()
        if not rows:
            return
        records = tuple(self.plan.row(TABLE, r) for r in rows)
        at = rows[-1] + 1
        label = tr("Duplicate %n planner row(s)", "", len(rows))
        if self.editor.execute(InsertRows(TABLE, at, records, label=label)):
            self._select_rows(at, len(rows))
            copies = rows_text(list(range(at, at + len(rows))))
            self.message.emit(
                tr("Duplicated {rows} as {copies}").format(rows=rows_text(rows), copies=copies)
            )

    def delete_rows(self) -> None:
        rows = self._source_rows()
        if not rows:
            return
        label = tr("Delete %n planner row(s)", "", len(rows))
        shown = self._shown_rows()
        if self.editor.execute(RemoveRows(TABLE, tuple(rows), label=label)):
            self.message.emit(tr("Deleted %n row(s) — Undo with Ctrl+Z", "", len(rows)))
            remaining = self.proxy.rowCount()
            if remaining:
                at = self.proxy.index(min(shown[0], remaining - 1), self._current_column())
                self.grid.select_cell(at)

    def move_up(self) -> None:
        self.move_rows(-1)

    def move_down(self) -> None:
        self.move_rows(1)

    def move_rows(self, step: int) -> None:
        """Move the selected block past the neighbouring shown row; keep it selected."""
        shown = self._shown_rows()
        if not shown:
            return
        rows = self._source_rows()
        contiguous = rows == list(range(rows[0], rows[-1] + 1))
        if not contiguous or shown != list(range(shown[0], shown[-1] + 1)):
            self.message.emit(tr("Select one block of neighbouring rows to move"))
            return
        first, count = rows[0], len(rows)
        neighbour = shown[0] - 1 if step < 0 else shown[-1] + 1
        if not 0 <= neighbour < self.proxy.rowCount():
            if step < 0:
                self.message.emit(tr("Already the first row shown"))
            else:
                self.message.emit(tr("Already the last row shown"))
            return
        other = self.proxy.mapToSource(self.proxy.index(neighbour, 0)).row()
        dest, new_first = (other, other) if step < 0 else (other + 1, other + 1 - count)
        if step < 0:
            label = tr("Move %n planner row(s) up", "", count)
        else:
            label = tr("Move %n planner row(s) down", "", count)
        if self.editor.execute(MoveRows(TABLE, first, count, dest, label=label)):
            self._select_rows(new_first, count)

    def suggest(self) -> None:
        """Suggest KPIs for every selected row, as one edit (earlier marks are replaced)."""
        rows = self._source_rows()
        if not rows:
            return
        marked = [r for r in rows if kpi_planner.row_roles(self.plan, r)]
        steps = tuple(kpi_planner.suggest(self.plan, r) for r in rows)
        where = rows_text(rows)
        if not any(step.changes for step in steps):
            self.message.emit(
                tr("The suggested KPIs are already marked in {rows}").format(rows=where)
            )
            return
        label = tr("Suggest KPIs for {rows}").format(rows=where)
        if self.editor.execute(Compound(steps, label=label)):
            if marked:
                said = tr(
                    "Suggested KPIs for {rows}; the earlier marks of {marked} were replaced "
                    "(Ctrl+Z)"
                ).format(rows=where, marked=rows_text(marked))
            else:
                said = tr("Suggested KPIs for {rows}").format(rows=where)
            self.message.emit(said)

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filter(self) -> None:
        self.bar.clear()

    # ------------------------------------------------------------ KPI marking
    def _kpi_cells(self) -> list[QModelIndex]:
        """Selected KPI cells as plan-model indexes (else the current one)."""
        selection = self.grid.selectionModel()
        shown: list[QModelIndex] = []
        for block in blocks(selection.selection()):
            for row in range(block.top(), block.bottom() + 1):
                for column in range(max(block.left(), self.fixed), block.right() + 1):
                    shown.append(self.proxy.index(row, column))
        if not shown and selection.currentIndex().isValid():
            shown = [selection.currentIndex()]
        return [source_of(i)[1] for i in shown if i.isValid() and i.column() >= self.fixed]

    def _label(self, cells: list[QModelIndex], value: str) -> str:
        what = tr(ROLE_LABELS[value]) if value in ROLE_LABELS else tr("empty")
        if len(cells) == 1:
            name = self.model.column(cells[0].column()).name
            return tr("Set {kpi} to {mark} in row {row}").format(
                kpi=name, mark=what, row=cells[0].row() + 1
            )
        return tr("Mark %n cell(s) {mark}", "", len(cells)).format(mark=what)

    def set_roles(self, value: str) -> None:
        """Mark the selected KPI cells P, S or empty, as one edit."""
        cells = self._kpi_cells()
        if cells:
            edits = [(c.row(), c.column(), value) for c in cells]
            self.model.set_cells(edits, self._label(cells, value))

    def cycle(self) -> None:
        """The current cell's next mark (empty, P, S), given to the whole selection."""
        current = self.grid.selectionModel().currentIndex()
        if current.isValid() and current.column() >= self.fixed:
            self.set_roles(CYCLE.get(str(current.data(Qt.ItemDataRole.EditRole) or ""), ""))

    def _double_clicked(self, index: QModelIndex) -> None:
        """A double-click gives the cell its next mark; a single click only selects."""
        if index.column() < self.fixed:
            return
        source = source_of(index)[1]
        value = CYCLE.get(str(index.data(Qt.ItemDataRole.EditRole) or ""), "")
        self.model.set_cells([(source.row(), source.column(), value)], self._label([source], value))

    def _kpi_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        key = Qt.Key(event.key())
        if key in KEY_ROLES:
            self.set_roles(KEY_ROLES[key])
            return True
        if key == Qt.Key.Key_Space:
            self.cycle()
            return True
        return False

    def _text_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_selection()
            return True
        return False

    # ----------------------------------------------------------------- upkeep
    def _update_count(self) -> None:
        total = self.model.rowCount()
        needing = sum(1 for r in range(total) if self.model.row_problem(r))
        shown = self.proxy.rowCount()
        if shown != total:
            text = tr("{shown} of %n row(s) shown", "", total).format(shown=shown)
        else:
            text = tr("%n row(s)", "", total)
        focus = (
            tr("%n needs focus", "", needing) if needing == 1 else tr("%n need focus", "", needing)
        )
        self.count_label.setText(f"{text} · {focus}")
