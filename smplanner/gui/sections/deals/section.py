"""The Deals tab: the Deals table above, the Touches table below, each with add and delete.

Both are the generic :class:`PlanTableModel`; the skeleton gives Copy, Cut, Paste, Delete
and Select All, each edit one undo step. A new touch is for the current deal, dated today,
so that a deal's history is typed in without retyping its id. Deleting a deal deletes its
touches too (one undo step, see ``Column.owned``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget

from smplanner.domain.commands import InsertRows, RemoveRows
from smplanner.domain.deal_stages import book_of
from smplanner.domain.deal_tables import DEALS, TOUCHES
from smplanner.domain.names import unique_name
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.actions import tool_action
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.grid.plan_views import plan_table_view, source_rows
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.sections.base import Section
from smplanner.gui.undo import PlanEditor


class DealsSection(Section):
    """Deals and where they came from."""

    title = QT_TRANSLATE_NOOP("", "Deals")

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.deals")
        self.deals = PlanTableModel(editor, DEALS, parent=self)
        self.touches = PlanTableModel(editor, TOUCHES, parent=self)
        self.deals_view = self._view("deals.view", self.deals)
        self.touches_view = self._view("touches.view", self.touches)
        bar = QToolBar(self)
        tool_action(
            self,
            bar,
            "deals.add",
            tr("Add deal"),
            ("Ctrl+Shift+D",),
            tr("Add a deal below the current one"),
            self.add_deal,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        tool_action(
            self,
            bar,
            "deals.delete",
            tr("Delete deals"),
            (),
            tr("Delete the selected deals and their touches"),
            self.delete_deals,
        )
        bar.addSeparator()
        tool_action(
            self,
            bar,
            "touches.add",
            tr("Add touch"),
            ("Ctrl+Shift+T",),
            tr("Add a touch of the current deal, dated today"),
            self.add_touch,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        tool_action(
            self,
            bar,
            "touches.delete",
            tr("Delete touches"),
            (),
            tr("Delete the selected touches"),
            self.delete_touches,
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        for view, heading in (
            (self.deals_view, tr("Deals: each once, with its value, stage and close date")),
            (self.touches_view, tr("Touches: when a network or another channel met the buyer")),
        ):
            pane = QWidget(split)
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            pane_layout.addWidget(QLabel(heading, pane))
            pane_layout.addWidget(view, 1)
            split.addWidget(pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(bar)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.deals_view)

    def _view(self, name: str, model: PlanTableModel) -> QTableView:
        model.message.connect(self.message)
        view = plan_table_view(self, name, model)
        char = view.fontMetrics().averageCharWidth()
        for number in range(model.columnCount() - 1):  # the last column stretches
            view.setColumnWidth(number, (model.column(number).width + 2) * char)
        self.add_grid(Grid(view))
        return view

    def _current_deal(self) -> str:
        index = self.deals_view.currentIndex()
        if not index.isValid():
            return ""
        return str(self.plan.value(DEALS, index.row(), "deal_id"))

    def add_deal(self) -> bool:
        """A new open deal with a fresh id, below the current one."""
        current = self.deals_view.currentIndex()
        at = current.row() + 1 if current.isValid() else self.plan.row_count(DEALS)
        deal_id = unique_name(self.plan.keys(DEALS), tr("Deal"))
        record = {"deal_id": deal_id, "stage": book_of(self.plan).first_open}
        done = self.editor.execute(InsertRows(DEALS, at, (record,), label=tr("Add deal")))
        if done:
            self.deals_view.setCurrentIndex(self.deals.index(at, 1))
            self.deals_view.setFocus()
        return done

    def add_touch(self) -> bool:
        """A touch of the current deal (or the current touch's), dated today."""
        deal = self._current_deal()
        current = self.touches_view.currentIndex()
        if not deal and current.isValid():
            deal = str(self.plan.value(TOUCHES, current.row(), "deal"))
        if not deal:
            self.message.emit(tr("Choose a deal first: a touch belongs to a deal"))
            return False
        at = self.plan.row_count(TOUCHES)
        record = {"deal": deal, "date": dt.date.today()}
        done = self.editor.execute(InsertRows(TOUCHES, at, (record,), label=tr("Add touch")))
        if done:
            column = self.touches.column_number("channel")
            self.touches_view.setCurrentIndex(self.touches.index(at, column))
            self.touches_view.setFocus()
        return done

    def delete_deals(self) -> bool:
        rows = source_rows(self.deals_view)
        if not rows:
            return False
        label = tr("Delete %n deal(s)", "", len(rows))
        return self.editor.execute(RemoveRows(DEALS, tuple(rows), label=label))

    def delete_touches(self) -> bool:
        rows = source_rows(self.touches_view)
        if not rows:
            return False
        label = tr("Delete %n touch(es)", "", len(rows))
        return self.editor.execute(RemoveRows(TOUCHES, tuple(rows), label=label))
