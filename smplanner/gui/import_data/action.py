"""File > Import data...: choose a file, then the dialog previews and imports it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.actions import ActionName
from smplanner.gui.document import Document

DATA_FILTER = QT_TRANSLATE_NOOP(
    "", "Data files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
)
SHORTCUT = "Ctrl+Shift+I"


def import_data(document: Document, path: str | Path | None = None) -> bool:
    """Ask for a data file (unless given), then preview and import it; True if imported."""
    from smplanner.gui.import_data.dialog import ImportDataDialog

    editor = document.editor
    if editor is None:
        return False
    if path is None:
        folder = str(document.path.parent) if document.path is not None else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            document.window, tr("Import data"), folder, tr(DATA_FILTER)
        )
        if not chosen:
            return False
        path = chosen
    source = Path(path)
    dialog = ImportDataDialog(editor, source, document.window)
    imported = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if imported:
        document.message.emit(tr("Imported {name}; Undo takes it back").format(name=source.name))
    return imported


def add_import_action(document: Document, menu: QMenu, after: QAction) -> QAction:
    """File > Import data..., placed after ``after`` in ``menu``."""
    item = QAction(tr("&Import Data…"), document.window)
    item.setObjectName(ActionName.IMPORT_DATA)
    item.setShortcut(QKeySequence(SHORTCUT))
    item.setStatusTip(
        tr(
            "Read tracking values, cost lines, deals, touches or a KPI planner from a "
            "spreadsheet or CSV file"
        )
    )
    item.triggered.connect(lambda: import_data(document))
    actions = menu.actions()
    position = actions.index(after) + 1 if after in actions else len(actions)
    if position < len(actions):
        menu.insertAction(actions[position], item)
    else:
        menu.addAction(item)
    return item
