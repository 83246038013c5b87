"""File > Merge from Plan...: bring a colleague's copy of the plan into this one.

The user picks the other workbook; a file that is not a plan, or has problems, is
refused with the reason before anything changes. The dialog then says what the merge
will do (rows per table, catalogue differences) and lists every conflicting value with
a tick for whose to keep; Merge applies it all as one undo step, Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import merge, merge_text
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.gui.actions import ActionName
from smplanner.gui.document import FILE_FILTER, Document
from smplanner.gui.merge_model import ConflictModel
from smplanner.gui.undo import PlanEditor

MAX_PROBLEMS_SHOWN = 5


class MergeDialog(QDialog):
    """The preview of merging ``theirs`` into the editor's plan, and the choices."""

    def __init__(
        self, editor: PlanEditor, theirs: Plan, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge from {name}").format(name=name))
        self.editor, self.theirs, self.name = editor, theirs, name
        self.same_as: list[tuple[str, str, str]] = []
        self.preview = merge.preview(editor.plan, theirs)
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setObjectName("mergeChanges")
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes.itemChanged.connect(self._renamed)
        self.conflict_label = QLabel(self)
        self.model = ConflictModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeConflicts")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.all_mine = buttons.addButton(tr("Take All Mine"), role.ActionRole)
        self.all_theirs = buttons.addButton(tr("Take All Theirs"), role.ActionRole)
        self.merge_button = buttons.addButton(tr("Merge"), role.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.all_mine.clicked.connect(lambda: self.model.choose_all(merge.MINE))
        self.all_theirs.clicked.connect(lambda: self.model.choose_all(merge.THEIRS))
        self.merge_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.table, 2)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self._show()

    def _show(self) -> None:
        found = self.preview
        intro = tr(
            "Merging {name} into this plan: rows only it has are added, empty cells it "
            "fills are filled in; nothing is removed."
        ).format(name=self.name)
        self.summary.setText(f"{escape(intro)}<br><b>{escape(merge_text.summary_line(found))}</b>")
        self.changes.blockSignals(True)
        self.changes.clear()
        mine_name = self.editor.plan.name or tr("this plan")
        for line in merge_text.table_lines(found):
            self.changes.addItem(line)
        for entry in found.catalogue:
            item = QListWidgetItem(merge_text.catalogue_line(entry, mine_name, self.name))
            self.changes.addItem(item)
            if entry.only_in == merge.THEIRS and entry.like:
                self._add_rename(entry.table, entry.name, entry.like, taken=False)
        for table, theirs_name, mine_name in self.same_as:
            self._add_rename(table, theirs_name, mine_name, taken=True)
        self.changes.blockSignals(False)
        self.model.reset(found.conflicts)
        count = len(found.conflicts)
        if count:
            text = tr("%n value(s) differ: tick whose to keep", "", count)
        else:
            text = tr("No conflicting values")
        self.conflict_label.setText(text)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        for button in (self.all_mine, self.all_theirs):
            button.setEnabled(bool(count))
        self.merge_button.setEnabled(not found.is_empty)

    def _add_rename(self, table: str, theirs_name: str, mine_name: str, taken: bool) -> None:
        """A tick to take their entry as mine (a rename), so their rows refer to mine."""
        text = tr("Take their '{theirs}' as my '{mine}' (their rows then use mine)")
        item = QListWidgetItem(text.format(theirs=theirs_name, mine=mine_name))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, (table, theirs_name, mine_name))
        self.changes.addItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        """A rename tick changed: work the preview out again (choices start afresh)."""
        same = item.data(Qt.ItemDataRole.UserRole)
        if not same:
            return
        same = tuple(same)
        ticked = item.checkState() == Qt.CheckState.Checked
        wanted = [s for s in self.same_as if s != same] + ([same] if ticked else [])
        try:
            found = merge.preview(self.editor.plan, self.theirs, wanted)
        except merge.MergeError as error:
            self.summary.setText(escape(str(error)))
            return
        self.same_as, self.preview = wanted, found
        QTimer.singleShot(0, self._show)  # not while the list is busy with its item

    def apply(self) -> None:
        """Merge as chosen, as one undo step; a refusal is said here and changes nothing."""
        label = tr("Merge from {name}").format(name=self.name)
        command = merge.command(self.preview, self.model.choices, label)
        if self.editor.execute(command):
            self.accept()
            return
        self.summary.setText(tr("The merge was refused; nothing changed."))


def merge_from_file(document: Document, path: str | Path | None = None) -> bool:
    """Ask for a plan workbook (unless given), then preview and merge it; True if merged."""
    from smplanner.io.workbook import PlanFileError, load_plan

    editor = document.editor
    if editor is None:
        return False
    window = document.window
    if path is None:
        folder = str(document.path.parent) if document.path is not None else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            window, tr("Merge from plan"), folder, tr(FILE_FILTER)
        )
        if not chosen:
            return False
        path = chosen
    source = Path(path)
    title = tr("Merge from plan")
    try:
        loaded = load_plan(source)
    except PlanFileError as error:
        QMessageBox.warning(window, title, tr("{reason}. Nothing was merged.").format(reason=error))
        return False
    if loaded.errors:
        problems = "\n".join(str(p) for p in loaded.errors[:MAX_PROBLEMS_SHOWN])
        more = len(loaded.errors) - MAX_PROBLEMS_SHOWN
        if more > 0:
            problems += "\n" + tr("… and {count} more").format(count=more)
        text = tr(
            "{name} has %n value(s) smplanner cannot use, so nothing was merged. Fix them "
            "first (File > Open shows them all):",
            "",
            len(loaded.errors),
        )
        QMessageBox.warning(window, title, text.format(name=source.name) + "\n\n" + problems)
        return False
    dialog = MergeDialog(editor, loaded.plan, source.name, window)
    merged = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if merged:
        document.message.emit(tr("Merged {name}; Undo takes it back").format(name=source.name))
    return merged


def add_merge_action(document: Document, menu: QMenu, after: QAction) -> QAction:
    """File > Merge from Plan..., placed after ``after`` in ``menu``."""
    item = QAction(tr("&Merge from Plan…"), document.window)
    item.setObjectName(ActionName.MERGE)
    item.setStatusTip(tr("Bring the rows and values of a colleague's copy into this plan"))
    run: Callable[[], object] = lambda: merge_from_file(document)  # noqa: E731
    item.triggered.connect(run)
    actions = menu.actions()
    position = actions.index(after) + 1 if after in actions else len(actions)
    if position < len(actions):
        menu.insertAction(actions[position], item)
    else:
        menu.addAction(item)
    return item
