"""The tracking grid of :mod:`smplanner.domain.tracking_grid` as a Qt table model.

The domain works out every cell (:func:`~smplanner.domain.tracking_grid.pivot`); this
model only adapts it: two frozen columns (network, KPI), then per period Target and Actual
(editable) and attainment (read-only). After any change to tracking, networks or KPIs
the grid is pivoted again and the views are told which rows changed, or, when rows came
or went, the layout.

An edit of an empty cell adds a tracking row; an edit of a filled one sets it; clearing
keeps the row (an empty value means "no data", not zero). Each edit or paste is one
keyed edit (:func:`~smplanner.domain.keyed.keyed_edit`) through the :class:`PlanEditor`,
so one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from smplanner.domain import funnel
from smplanner.domain.attainment import attainment_band
from smplanner.domain.events import Change, PlanEvent
from smplanner.domain.keyed import Key, Refusal, keyed_edit
from smplanner.domain.measuring_tables import SETTINGS, TRACKING
from smplanner.domain.periods import settings_of
from smplanner.domain.refusals import not_set
from smplanner.domain.schema import InvalidValue
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.domain.tracking_grid import (
    ALL_NETWORKS,
    FIELDS,
    TRACKING_BY_KEY,
    TYPED,
    GridRow,
    Kind,
    TrackingGrid,
    pivot,
    refill,
)
from smplanner.gui.grid.table_model import Role
from smplanner.gui.undo import PlanEditor
from smplanner.report import formats

Index = QModelIndex | QPersistentModelIndex
FIXED = 2
"""Network and KPI: the frozen columns."""
NETWORK, KPI = range(FIXED)
FIELD_TITLES = {
    "target": QT_TRANSLATE_NOOP("", "Target"),
    "actual": QT_TRANSLATE_NOOP("", "Actual"),
    "attainment": QT_TRANSLATE_NOOP("", "Att."),
}
DERIVED_BACKGROUND = QColor("#f1f3f4")
TOTAL_BACKGROUND = QColor("#e3ecf3")
WATCHED = (TRACKING, "networks", "kpis")
"""The tables the grid is pivoted from (the settings give its periods)."""


class TrackingModel(QAbstractTableModel):
    """The tracking grid of one plan."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.only_with_data = False
        """Leave out the networks that have no tracking rows yet (a shorter grid)."""
        self.labels: list[str] = formats.period_labels(settings_of(self.plan))
        self.band = settings_of(self.plan).attainment_band / 100
        self.grid: TrackingGrid = self._pivot()
        self.direction = self._directions()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._unsubscribe: Callable[[], None] = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def detach(self) -> None:
        self._unsubscribe()

    def _pivot(self) -> TrackingGrid:
        frame = self.plan.frame(TRACKING)
        networks, kpis = self.plan.keys("networks"), self.plan.keys("kpis")
        return pivot(frame, networks, kpis, len(self.labels), self.only_with_data)

    def _directions(self) -> dict[str, str]:
        names = self.plan.column_values("kpis", "name")
        return dict(zip(names, self.plan.column_values("kpis", "direction"), strict=True))

    @property
    def rows(self) -> tuple[GridRow, ...]:
        return self.grid.rows

    # ---------------------------------------------------------------- shape
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(FIELDS) * len(self.labels)

    def cell(self, column: int) -> tuple[int, str]:
        """(period index, field) of a period column."""
        period, field = divmod(column - FIXED, len(FIELDS))
        return period, FIELDS[field]

    def column_of(self, period: int, field: str) -> int:
        """The column of ``field`` ("target", "actual") of period index ``period``."""
        return FIXED + len(FIELDS) * period + FIELDS.index(field)

    def row_of(self, network: str, kpi: str) -> int:
        row = self.grid.row_of(network, kpi)
        if row is None:
            raise KeyError((network, kpi))
        return row

    def has_row(self, network: str, kpi: str) -> bool:
        """Whether the grid has a row for ``kpi`` on ``network``."""
        return self.grid.row_of(network, kpi) is not None

    def show_only_with_data(self, only: bool) -> None:
        """Show every network, or only those with tracking rows."""
        if only != self.only_with_data:
            self.only_with_data = only
            self._relayout(self._pivot())

    # ----------------------------------------------------------------- read
    def value(self, row: int, column: int) -> float | None:
        """The number a cell shows (None: empty or "n/a")."""
        period, field = self.cell(column)
        return self.grid.value(row, period, field)

    def text(self, row: int, column: int) -> str:
        grid_row = self.grid.rows[row]
        if column == NETWORK:
            first = row == 0 or self.grid.rows[row - 1].network != grid_row.network
            return self.network_name(grid_row.network) if first else ""
        if column == KPI:
            return grid_row.title
        number = self.value(row, column)
        period, field = self.cell(column)
        text = formats.figures()
        if field == "attainment":
            return text.percent(number) if number is not None else ""
        if number is None:
            fed = grid_row.kind is not Kind.VALUE and self.grid.fed[field][row, period]
            return text.not_applicable if fed else ""
        if grid_row.kind in (Kind.GROWTH, Kind.RATIO):
            return text.percent(number, 1)
        return text.count(number)

    @staticmethod
    def network_name(network: str) -> str:
        """A network as the grid names it ("All networks" in the user's language)."""
        return tr(ALL_NETWORKS) if network == ALL_NETWORKS else network

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self.grid.rows) or column >= self.columnCount():
            return None
        grid_row = self.grid.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == NETWORK:
                return self.network_name(grid_row.network)
            if column == KPI:
                return grid_row.title
            number = self.value(row, column)
            return "" if number is None else f"{number:g}"
        if role == Role.STORED:
            return None if column < FIXED else self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if grid_row.kind is Kind.TOTAL:
                return QBrush(TOTAL_BACKGROUND)
            if not grid_row.editable or (column >= FIXED and self.cell(column)[1] == "attainment"):
                return QBrush(DERIVED_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if grid_row.kind is Kind.TOTAL:
                return self._bold
            return self._italic if not grid_row.editable else None
        if role == Qt.ItemDataRole.ForegroundRole and column >= FIXED:
            return self._attainment_colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _attainment_colour(self, row: int, column: int) -> QBrush | None:
        if self.cell(column)[1] != "attainment" or not self.grid.rows[row].editable:
            return None
        reached = self.value(row, column)
        if reached is None:
            return None
        better_up = self.direction.get(self.grid.rows[row].kpi, "up") == "up"
        return QBrush(QColor(attainment_band(reached, self.band, better_up=better_up).ink))

    def _tooltip(self, row: int, column: int) -> str | None:
        grid_row = self.grid.rows[row]
        if column < FIXED:
            if grid_row.kind is Kind.VALUE:
                return tr("{kpi} on {network}").format(kpi=grid_row.kpi, network=grid_row.network)
            return {
                Kind.TOTAL: tr("The sum over all networks that have a count in the period"),
                Kind.GROWTH: tr(
                    "Growth over the period before: (this - before) / before;"
                    " n/a when the period before is 0 or has no data"
                ),
                Kind.RATIO: tr("How many of the level above reached this level"),
            }[grid_row.kind]
        period, field = self.cell(column)
        where = f"{self.labels[period]}, {self.network_name(grid_row.network)}"
        if field == "attainment":
            return tr("Attainment in {where}: actual / target").format(where=where)
        if not grid_row.editable:
            if field == "target":
                text = tr("{row}, targets, {where}; worked out, read-only")
            else:
                text = tr("{row}, actuals, {where}; worked out, read-only")
            return text.format(row=grid_row.title, where=where)
        growth = funnel.growth_series(self.grid.values[field][row])[period]
        shown_figures = formats.figures()
        said = shown_figures.percent(None if np.isnan(growth) else float(growth), 1)
        if field == "target":
            text = tr("{kpi}, target, {where}. Growth over the period before: {growth}")
        else:
            text = tr("{kpi}, actual, {where}. Growth over the period before: {growth}")
        return text.format(kpi=grid_row.kpi, where=where, growth=said)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.grid.rows):
                return ""
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return (tr("Network"), tr("KPI"))[section]
            return None
        period, field = self.cell(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(FIELD_TITLES[field])
        if role == Role.GROUP:
            return self.labels[period]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "target": tr("What you aim for at the end of {period}"),
                "actual": tr(
                    "What you counted at the end of {period}; empty means no data, not zero"
                ),
                "attainment": tr("Actual / target"),
            }[field].format(period=self.labels[period])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_editable(self, row: int, column: int) -> bool:
        editable_row = self.grid.rows[row].editable
        return column >= FIXED and editable_row and self.cell(column)[1] != "attainment"

    # ---------------------------------------------------------------- write
    def refusal(self, index: Index, value: Any) -> str | None:
        """Why :meth:`setData` would refuse ``value`` in this cell, naming the cell; None
        if it fits."""
        row, column = index.row(), index.column()
        if not self.is_editable(row, column):
            return None
        period, field = self.cell(column)
        try:
            self.plan.coerce(TRACKING, field, value)
        except InvalidValue as error:
            return tr("{row}, {period}: {error}").format(
                row=self.rows[row].title, period=self.labels[period], error=error
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        period, field = self.cell(column)
        shown = self.grid.rows[row]
        if field == "target":
            text = tr("Set target of {row} on {network}, {period}")
        else:
            text = tr("Set actual of {row} on {network}, {period}")
        label = text.format(row=shown.title, network=shown.network, period=self.labels[period])
        return self.set_cells([(row, column, value)], label)

    def set_cells(self, cells: Sequence[tuple[int, int, Any]], label: str) -> bool:
        """Set many cells as one undoable edit; read-only or bad cells are named, not set."""
        values: dict[Key, dict[str, Any]] = {}
        for row, column, raw in cells:
            if self.is_editable(row, column):
                period, field = self.cell(column)
                values.setdefault(self.grid.key(row, period), {})[field] = raw
        edit = keyed_edit(self.plan, TRACKING_BY_KEY, values, label, locate=self.grid.row_at)
        if edit.refused:
            self._say_refused(edit.refused)
        if edit.command is None:
            return not edit.refused
        return self.editor.execute(edit.command) and not edit.refused

    def _say_refused(self, refused: Sequence[Refusal]) -> None:
        problems = [
            tr("{row}, {period}: {error}").format(
                row=refusal.key[1],
                period=self.labels[int(refusal.key[2]) - 1],
                error=refusal.reason,
            )
            for refusal in refused
        ]
        self.message.emit(not_set(problems))

    # --------------------------------------------------------------- events
    def _on_event(self, event: PlanEvent) -> None:
        if event.change.announces or event.change is Change.HEADER:
            return
        if event.table == SETTINGS:
            self.beginResetModel()
            self.labels = formats.period_labels(settings_of(self.plan))
            self.band = settings_of(self.plan).attainment_band / 100
            self.grid = self._pivot()
            self.endResetModel()
        elif event.table == TRACKING and event.change is Change.CELLS and self._values_only(event):
            self._update(refill(self.grid, self.plan.frame(TRACKING)), False)
        elif event.table in WATCHED:
            self._update(self._pivot(), event.table != TRACKING)

    def _values_only(self, event: PlanEvent) -> bool:
        """Whether an edit of tracking cells changed targets or actuals only (the columns
        after the key's): every cell stays where it is."""
        first_value = min(self.plan.column_index(TRACKING, name) for name in TYPED)
        return event.first_column >= first_value

    def _update(self, grid: TrackingGrid, restyle: bool) -> None:
        """Take the grid pivoted afresh: repaint the rows whose cells changed (all rows when
        a KPI's direction may have), or lay the grid out again when rows came or went."""
        if grid.rows != self.grid.rows:
            self._relayout(grid)
            return
        old, self.grid = self.grid, grid
        if restyle:
            self.direction = self._directions()
            changed = np.ones(len(grid.rows), dtype=bool)
        else:
            changed = np.zeros(len(grid.rows), dtype=bool)
            for field in FIELDS:
                now, before = grid.values[field], old.values[field]
                same = (now == before) | (np.isnan(now) & np.isnan(before))
                changed |= ~same.all(axis=1)
            for field, fed in grid.fed.items():
                changed |= (fed != old.fed[field]).any(axis=1)
        last_column = self.columnCount() - 1
        if last_column < FIXED:
            return
        for first, last in _runs(np.flatnonzero(changed)):
            self.dataChanged.emit(self.index(first, FIXED), self.index(last, last_column))

    def _relayout(self, grid: TrackingGrid) -> None:
        """Rows may come and go (a KPI tracked, a network added): keep the user's place.

        The periods stay, so this is a layout change, not a reset: the current cell and
        the selection follow their network and KPI.
        """
        self.layoutAboutToBeChanged.emit()
        old_rows = self.grid.rows
        persistent = self.persistentIndexList()
        self.grid = grid
        self.direction = self._directions()
        where = {(r.network, r.kpi, r.kind): n for n, r in enumerate(grid.rows)}
        moved = []
        for index in persistent:
            row = old_rows[index.row()] if index.row() < len(old_rows) else None
            found = where.get((row.network, row.kpi, row.kind)) if row else None
            if found is None or index.column() >= self.columnCount():
                moved.append(QModelIndex())
            else:
                moved.append(self.index(found, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


def _runs(rows: Sequence[int] | np.ndarray) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for row in (int(r) for r in rows):
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
