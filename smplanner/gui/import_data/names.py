"""The dialog's table of names in the file that match nothing in the plan.

A row per such name (a network or a KPI), with a drop-down: leave it out, add it to the
plan's catalogue, or take it as one of the plan's entries. Names once chosen stay listed
(the import no longer reports them as unmatched).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.import_data.core import ADD, SKIP, Outcome
from smplanner.gui.import_data.models import (
    ChoiceDelegate,
    ChoiceModel,
    ChoiceRow,
    open_choices,
    table_view,
)

ADD_LABELS = {
    "network": QT_TRANSLATE_NOOP("", "Add to the plan's networks"),
    "KPI": QT_TRANSLATE_NOOP("", "Add to the plan's KPIs"),
    "stage": QT_TRANSLATE_NOOP("", "Add to the plan's stages"),
    "goal": QT_TRANSLATE_NOOP("", "Add to the plan's goals"),
    "tactic": QT_TRANSLATE_NOOP("", "Add to the plan's tactics"),
}
CATALOGUES = {
    "network": "networks",
    "KPI": "kpis",
    "stage": "stages",
    "goal": "goals",
    "tactic": "tactics",
}
TAKE_AS = 2


class NamesTable(QObject):
    """The model and view of the unmatched names; ``names`` holds what each is taken as."""

    changed = Signal()

    def __init__(self, plan: Plan, parent: QWidget) -> None:
        super().__init__(parent)
        self.plan = plan
        self.names: dict[str, dict[str, str]] = {}
        self.model = ChoiceModel(
            [tr("Name in the file"), tr("Kind"), tr("Take as")], (TAKE_AS,), self
        )
        self.view = table_view("importNames", parent)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(TAKE_AS, ChoiceDelegate(self.view))
        self.model.chosen.connect(self._chosen)

    def reset(self, names: dict[str, dict[str, str]] | None = None) -> None:
        """Forget the names listed; keep ``names`` (a saved mapping's) as chosen."""
        self.names = {kind: dict(given) for kind, given in (names or {}).items()}
        self.model.reset([])

    def show(self, outcome: Outcome) -> None:
        """List the names ``outcome`` found unmatched, and those already chosen."""
        found: dict[str, list[str]] = {k: list(v) for k, v in outcome.unmatched.items()}
        for kind, given in self.names.items():
            for name in given:
                if name not in found.setdefault(kind, []):
                    found[kind].append(name)
        rows = []
        for kind, names in found.items():
            options = [(SKIP, tr("Leave out"))]
            if kind in ADD_LABELS:
                options.append((ADD, tr(ADD_LABELS[kind])))
            if kind in CATALOGUES:
                options += [(e, e) for e in self.plan.keys(CATALOGUES[kind])]
            for name in sorted(names):
                chosen = self.names.get(kind, {}).get(name, SKIP)
                rows.append(
                    ChoiceRow(
                        [name, tr(kind), ""], {TAKE_AS: options}, {TAKE_AS: chosen}, (kind, name)
                    )
                )
        now = [(r.extra, r.choices) for r in self.model.rows]
        if [(r.extra, r.choices) for r in rows] == now:
            return
        self.model.reset(rows)
        open_choices(self.view, self.model)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(TAKE_AS, max(self.view.columnWidth(TAKE_AS), 220))

    def _chosen(self, row: int, column: int, choice: str) -> None:
        kind, name = self.model.rows[row].extra
        self.names.setdefault(kind, {})[name] = choice
        self.changed.emit()
