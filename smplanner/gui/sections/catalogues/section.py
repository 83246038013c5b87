"""The Catalogues tab: stages, goals, tactics, networks and KPIs, each an editable table."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from smplanner.domain.tables import CATALOGUES, SCHEMAS
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.catalogue_editor import CatalogueEditor
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.sections.base import Section
from smplanner.gui.undo import PlanEditor


class CataloguesSection(Section):
    """All catalogues: a list on the left, the chosen catalogue's editor on the right."""

    title = QT_TRANSLATE_NOOP("", "Catalogues")

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.catalogues")
        self.list = QListWidget(self)
        self.list.setObjectName("catalogues.list")
        self.list.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.stack = QStackedWidget(self)
        self.editors: dict[str, CatalogueEditor] = {}
        for table in CATALOGUES:
            page = CatalogueEditor(editor, table, self.stack)
            page.message.connect(self.message)
            self.add_grid(Grid(page.view))
            self.editors[table] = page
            self.stack.addWidget(page)
            self.list.addItem(tr(SCHEMAS[table].title))
            self.list.item(self.list.count() - 1).setToolTip(tr(SCHEMAS[table].description))
            for signal in (page.model.rowsInserted, page.model.rowsRemoved):
                signal.connect(self._update_counts)
        self._update_counts()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        self.list.setFixedWidth(max(self.list.sizeHintForColumn(0) + 40, 150))
        self.setFocusProxy(self.stack)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

    def _update_counts(self) -> None:
        for number, (table, page) in enumerate(self.editors.items()):
            item = self.list.item(number)
            item.setText(f"{tr(SCHEMAS[table].title)} ({page.model.rowCount()})")

    def show_table(self, table: str) -> CatalogueEditor:
        """Bring ``table``'s editor to the front (as a click in the list does)."""
        self.list.setCurrentRow(list(self.editors).index(table))
        return self.editors[table]

    def current(self) -> CatalogueEditor:
        page = self.stack.currentWidget()
        assert isinstance(page, CatalogueEditor)
        return page
