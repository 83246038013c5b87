"""The KPI planner tab: the Stage x Goal x Tactic grid against the KPI catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import kpi_planner
from smplanner.domain.commands import Compound, InsertRows, MoveRows, RemoveRows
from smplanner.domain.events import PlanEvent
from smplanner.domain.tables import PRIMARY, ROLE_LABELS, SECONDARY
from smplanner.gui import clipboard
from smplanner.gui.delegates import PlanCellDelegate, source_of
from smplanner.gui.frozen_table import FrozenGrid
from smplanner.gui.grouped_header import GroupedHeader
from smplanner.gui.planner_filter import FILTERED, PlannerFilter
from smplanner.gui.planner_styler import (
    PRIMARY_BACKGROUND,
    PRIMARY_TEXT,
    SECONDARY_BACKGROUND,
    SECONDARY_TEXT,
    PlannerStyler,
)
from smplanner.gui.table_model import PlanTableModel
from smplanner.gui.undo import PlanEditor

TABLE = kpi_planner.TABLE
FIXED_WIDTHS = {"stage": 105, "goal": 175, "tactic": 175, "notes": 170}
CYCLE = {"": PRIMARY, PRIMARY: SECONDARY, SECONDARY: ""}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class PlannerSection(QWidget):
    """Which KPIs judge each stage, goal and tactic; frozen row and column headers."""

    title = "KPI planner"
    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section.planner")
        self.editor = editor
        self.plan = editor.plan
        self.styler = PlannerStyler(self.plan)
        self.model = PlanTableModel(editor, TABLE, self.styler, self)
        self.proxy = PlannerFilter(self.model)
        self.model.message.connect(self.message)
        fixed = len(self.plan.schema(TABLE).columns)
        self.grid = FrozenGrid(fixed, GroupedHeader(), self)
        self.grid.setModel(self.proxy)
        self.grid.left.setItemDelegate(PlanCellDelegate(self.grid.left))
        self.grid.right.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.right.key_handler = self._kpi_key
        self.grid.left.key_handler = self._text_key
        self.grid.right.click_handler = self._clicked
        for name, width in FIXED_WIDTHS.items():
            self.grid.left.setColumnWidth(self.model.column_number(name), width)
        self.grid.setSizes([sum(FIXED_WIDTHS.values()) + 40, 900])
        self.filters: dict[str, QComboBox] = {}
        self.search = QLineEdit(self)
        self.count_label = QLabel(self)
        self._actions: list[QAction] = []
        self._build_layout()
        self._build_actions()
        self._refresh_filters()
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._update_count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.model.dataChanged,
        ):
            signal.connect(self._count_timer.start)
        self._update_count()
        self._unsubscribe = self.plan.subscribe(self._on_plan_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        first = self.proxy.index(0, fixed)
        if first.isValid():
            self.grid.select_cell(first)

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Show:", self))
        for column, everything in zip(
            FILTERED, ("All stages", "All goals", "All tactics"), strict=True
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"planner.filter.{column}")
            combo.setToolTip(f"Show only the rows of one {column}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(everything, "")
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self.proxy.set_wanted(c, box.currentData() or "")
            )
            self.filters[column] = combo
            bar.addWidget(combo)
        self.search.setObjectName("planner.filter.text")
        self.search.setPlaceholderText("Search stage, goal, tactic, notes")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Show only the rows that contain this text")
        self.search.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.search, 1)
        bar.addSpacing(16)
        for text, background, foreground, tip in (
            (" P ", PRIMARY_BACKGROUND, PRIMARY_TEXT, "Primary: the row is judged by this KPI"),
            (" S ", SECONDARY_BACKGROUND, SECONDARY_TEXT, "Secondary: watched, not judged by"),
        ):
            chip = QLabel(text, self)
            chip.setStyleSheet(
                f"background:{background.name()}; color:{foreground.name()};"
                "font-weight:bold; border-radius:3px; padding:1px 4px;"
            )
            chip.setToolTip(tip)
            bar.addWidget(chip)
            bar.addWidget(QLabel(tip.split(":")[0], self))
        hint = QLabel("⚠ row needs focus: one to three primaries", self)
        hint.setToolTip("Rows marked ⚠ have no primary KPI or more than three")
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.count_label.setObjectName("planner.count")
        layout.addWidget(self.count_label)

    def _build_actions(self) -> None:
        def make(
            name: str, text: str, shortcuts: list[str], tip: str, slot: Callable[[], object]
        ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(f"planner.{name}")
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip + (shown if shortcuts else ""))
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions.append(action)
            return action

        make(
            "add_row",
            "&Add row",
            ["Ctrl++", "Ctrl+Shift+=", "Ctrl+Return"],
            "Add a row below the current one",
            self.add_row,
        )
        make(
            "duplicate_rows",
            "D&uplicate rows",
            ["Ctrl+D"],
            "Copy the selected rows, marks and all, below them",
            self.duplicate_rows,
        )
        make(
            "delete_rows", "De&lete rows", ["Ctrl+-"], "Delete the selected rows", self.delete_rows
        )
        make(
            "move_up",
            "Move rows &up",
            ["Alt+Up"],
            "Move the selected rows up",
            lambda: self.move_rows(-1),
        )
        make(
            "move_down",
            "Move rows do&wn",
            ["Alt+Down"],
            "Move the selected rows down",
            lambda: self.move_rows(1),
        )
        make(
            "suggest",
            "&Suggest KPIs",
            ["Ctrl+Shift+K"],
            "Mark the KPIs that fit each selected row's stage and goal",
            self.suggest,
        )
        make("show_all", "Show &all rows", ["Ctrl+Shift+L"], "Clear the filter", self.clear_filter)

    def actions_for_menu(self) -> list[QAction]:
        return list(self._actions)

    # --------------------------------------------------------------- selection
    def _source_rows(self) -> list[int]:
        selection = self.grid.selectionModel()
        indexes = list(selection.selectedIndexes()) or [selection.currentIndex()]
        rows = {self.proxy.mapToSource(i).row() for i in indexes if i.isValid()}
        return sorted(rows)

    def _select_rows(self, first: int, count: int, column: int | None = None) -> None:
        """Select source rows first..first+count-1 and make the first current."""
        selection = self.grid.selectionModel()
        selection.clearSelection()
        current = self.grid.current_view().currentIndex()
        column = current.column() if column is None and current.isValid() else (column or 0)
        top = self.proxy.mapFromSource(self.model.index(first, column))
        if not top.isValid():
            return
        self.grid.select_cell(top)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(first, first + count):
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, flags)

    # ---------------------------------------------------------------- row edits
    def add_row(self) -> None:
        rows = self._source_rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        record: dict[str, str] = {}
        if rows:
            record = {c: str(self.plan.value(TABLE, rows[-1], c)) for c in ("stage", "goal")}
        elif self.proxy.wanted:
            record = dict(self.proxy.wanted)
        if self.editor.execute(InsertRows(TABLE, at, (record,), label="Add planner row")):
            self._reveal(at)
            self._select_rows(at, 1, self.model.column_number("tactic"))
            self.message.emit(f"Added row {at + 1}: choose its tactic, then mark its KPIs")

    def _reveal(self, row: int) -> None:
        """Clear the filter if it hides ``row``, and say so."""
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.clear_filter()
            self.message.emit("The filter was cleared to show the new rows")

    def duplicate_rows(self) -> None:
        rows = self._source_rows()
        if not rows:
            return
        records = tuple(self.plan.row(TABLE, r) for r in rows)
        at = rows[-1] + 1
        label = f"Duplicate {_plural(len(rows), 'planner row')}"
        if self.editor.execute(InsertRows(TABLE, at, records, label=label)):
            self._select_rows(at, len(rows))

    def delete_rows(self) -> None:
        rows = self._source_rows()
        if not rows:
            return
        words = _plural(len(rows), "planner row")
        if self.editor.execute(RemoveRows(TABLE, tuple(rows), label=f"Delete {words}")):
            self.message.emit(f"Deleted {words}. Undo brings them back (Ctrl+Z).")
            remaining = self.model.rowCount()
            if remaining:
                self._select_rows(min(rows[0], remaining - 1), 1)

    def move_rows(self, step: int) -> None:
        rows = self._source_rows()
        if not rows or rows != list(range(rows[0], rows[-1] + 1)):
            self.message.emit("Select one block of neighbouring rows to move")
            return
        first, count = rows[0], len(rows)
        if (step < 0 and first == 0) or (step > 0 and rows[-1] == self.model.rowCount() - 1):
            return
        dest = first - 1 if step < 0 else rows[-1] + 2
        direction = "up" if step < 0 else "down"
        label = f"Move {_plural(count, 'planner row')} {direction}"
        if self.editor.execute(MoveRows(TABLE, first, count, dest, label=label)):
            self._select_rows(first + step, count)

    def suggest(self) -> None:
        rows = self._source_rows()
        if not rows:
            return
        marked = [r for r in rows if kpi_planner.row_roles(self.plan, r)]
        steps = tuple(kpi_planner.suggest(self.plan, r) for r in rows)
        where = f"row {rows[0] + 1}" if len(rows) == 1 else f"rows {rows[0] + 1}–{rows[-1] + 1}"
        if self.editor.execute(Compound(steps, label=f"Suggest KPIs for {where}")):
            note = " (their earlier marks were replaced; Ctrl+Z restores them)" if marked else ""
            self.message.emit(f"Suggested KPIs for {where}{note}")

    def clear_filter(self) -> None:
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.proxy.clear()

    # ------------------------------------------------------------ KPI marking
    def _kpi_cells(self) -> list[QModelIndex]:
        selection = self.grid.selectionModel()
        indexes = list(selection.selectedIndexes()) or [selection.currentIndex()]
        return [i for i in indexes if i.isValid() and i.column() >= self.grid.frozen]

    def set_roles(self, value: str) -> None:
        """Mark the selected KPI cells P, S or empty, as one edit."""
        cells = [source_of(i)[1] for i in self._kpi_cells()]
        if not cells:
            return
        if len(cells) == 1:
            name = self.model.column(cells[0].column()).name
            what = ROLE_LABELS.get(value, "empty")
            label = f"Set {name} to {what} in row {cells[0].row() + 1}"
        else:
            label = f"Mark {len(cells)} cells {ROLE_LABELS.get(value, 'empty')}"
        self.model.set_cells([(c.row(), c.column(), value) for c in cells], label)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() < self.grid.frozen:
            return
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        _, source = source_of(index)
        name = self.model.column(source.column()).name
        value = CYCLE.get(current, "")
        what = ROLE_LABELS.get(value, "empty")
        self.model.set_cells(
            [(source.row(), source.column(), value)],
            f"Set {name} to {what} in row {source.row() + 1}",
        )

    def _kpi_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            return False
        key = event.key()
        if key == Qt.Key.Key_P:
            self.set_roles(PRIMARY)
        elif key == Qt.Key.Key_S:
            self.set_roles(SECONDARY)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_roles("")
        elif key == Qt.Key.Key_Space:
            current = self.grid.right.currentIndex()
            if current.isValid():
                self._clicked(current)
        else:
            return False
        return True

    def _text_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_selection()
            return True
        return False

    # -------------------------------------------------------------- clipboard
    def copy(self) -> None:
        text = clipboard.copy_selection(self.grid.current_view())
        if text:
            rows = text.count("\n")
            self.message.emit(f"Copied {_plural(rows, 'row')} as tab-separated text")

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        clipboard.paste_block(self.grid.current_view())

    def delete_selection(self) -> None:
        clipboard.clear_selection(self.grid.current_view())

    # ----------------------------------------------------------------- upkeep
    def _on_plan_event(self, event: PlanEvent) -> None:
        if event.table in FILTERED_TABLES:
            QTimer.singleShot(0, self._refresh_filters)

    def _refresh_filters(self) -> None:
        for column, combo in self.filters.items():
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in self.plan.allowed(TABLE, column):
                combo.addItem(value, value)
            position = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
            if chosen and position < 0:
                self.proxy.set_wanted(column, "")

    def _update_count(self) -> None:
        total = self.model.rowCount()
        needing = sum(1 for r in range(total) if self.model.row_problem(r))
        shown = self.proxy.rowCount()
        text = _plural(total, "row")
        if shown != total:
            text = f"{shown} of {text} shown"
        text += f" · {needing} need{'s' if needing == 1 else ''} attention"
        self.count_label.setText(text)


FILTERED_TABLES = ("stages", "goals", "tactics")
