"""The tracking table pivoted for people: networks x KPIs down, periods across.

The plan keeps tracking in long form (network, KPI, period, target, actual), which any
number of KPIs and periods fits; people read and type it as a grid. Each period has three
columns: Target and Actual (editable) and attainment (read-only). Under each network's KPI
rows come its derived rows (follower growth, MQC / Followers, SQO / MQC), and a block for
all networks closes the grid; their cells are read-only and recomputed from the values.

An edit of an empty cell adds a tracking row; an edit of a filled one sets it; clearing
keeps the row (an empty value means "no data", not zero). Each edit or paste is one
command through the :class:`PlanEditor`, so one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from smplanner.domain import measures
from smplanner.domain.commands import Command, Compound, InsertRows, SetCells
from smplanner.domain.events import Change, PlanEvent
from smplanner.domain.figures_text import FiguresText, WriteNumber, english_number, shown
from smplanner.domain.measuring_tables import SETTINGS, TRACKING
from smplanner.domain.periods import MONTHS, PeriodNames, Settings, period_labels, settings_of
from smplanner.domain.refusals import not_set
from smplanner.domain.schema import InvalidValue
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.table_model import Role
from smplanner.gui.undo import PlanEditor

Index = QModelIndex | QPersistentModelIndex
FIXED = 2
"""Network and KPI: the frozen columns."""
FIELDS = ("target", "actual", "attainment")
FIELD_TITLES = {
    "target": QT_TRANSLATE_NOOP("", "Target"),
    "actual": QT_TRANSLATE_NOOP("", "Actual"),
    "attainment": QT_TRANSLATE_NOOP("", "Att."),
}
ALL_NETWORKS = QT_TRANSLATE_NOOP("", "All networks")
"""The key of the rows over all networks (shown translated)."""
DERIVED_BACKGROUND = QColor("#f1f3f4")
TOTAL_BACKGROUND = QColor("#e3ecf3")
ON_TARGET = QColor("#1b5e20")
BELOW_TARGET = QColor("#b71c1c")


def write_number() -> WriteNumber:
    """Numbers in the user's locale (1.234,50 in German); English where no locale was
    chosen (Qt's "C" locale, before :func:`i18n.install`)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return english_number
    return lambda value, decimals: locale.toString(float(value), "f", decimals)


def figures() -> FiguresText:
    """Money, counts and rates as the GUI shows them: in the user's locale (1.234,50)."""
    return shown(write_number())


def period_names() -> PeriodNames:
    """Period names in the user's language: "März 2027" in German, "mar 2027" in Polish."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        months = MONTHS
    else:
        short = QLocale.FormatType.ShortFormat
        months = tuple(locale.standaloneMonthName(m, short).rstrip(".") for m in range(1, 13))
    return PeriodNames(
        months=months,
        month=tr("{month} {year}"),
        week=tr("{year}-W{week}"),
        quarter=tr("{year} Q{quarter}"),
        numbered=tr("P{number}"),
    )


def shown_labels(settings: Settings) -> list[str]:
    """The plan's period names as the GUI shows them (see :func:`period_names`)."""
    return period_labels(settings, period_names())


class Kind(Enum):
    VALUE = "value"
    """A KPI of a network: editable target and actual."""
    TOTAL = "total"
    """A funnel level summed over all networks."""
    GROWTH = "growth"
    RATIO = "ratio"


@dataclass(frozen=True)
class GridRow:
    network: str
    kpi: str
    """The KPI's name (VALUE rows); the level (TOTAL, GROWTH); the numerator level (RATIO)."""
    kind: Kind
    title: str
    of: str = ""
    """RATIO rows: the denominator level."""

    @property
    def editable(self) -> bool:
        return self.kind is Kind.VALUE


class TrackingModel(QAbstractTableModel):
    """The tracking grid of one plan."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.rows: list[GridRow] = []
        self.labels: list[str] = []
        self.direction: dict[str, str] = {}
        self._funnel: dict[str, str | None] = {}
        self.only_with_data = False
        """Leave out the networks that have no tracking rows yet (a shorter grid)."""
        self._values: dict[str, np.ndarray] = {}
        """"target", "actual": rows x periods (NaN: no data); "source": tracking row or -1."""
        self._positions: dict[tuple[str, str], int] = {}
        self._derived: dict[tuple[int, int], float | None] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._rebuild()
        self._unsubscribe: Callable[[], None] = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def detach(self) -> None:
        self._unsubscribe()

    # ------------------------------------------------------------- building
    def _rebuild(self) -> None:
        settings = settings_of(self.plan)
        self.labels = shown_labels(settings)
        kpis = self.plan.keys("kpis")
        self.direction = {str(r["name"]): str(r["direction"]) for r in self.plan.records("kpis")}
        self._funnel = measures.funnel_kpis(kpis)
        frame = self.plan.frame(TRACKING)
        tracked = set(zip(frame["network"], frame["kpi"], strict=True))
        core = [k for k in self._funnel.values() if k is not None]
        rows: list[GridRow] = []
        networks = self.plan.keys("networks")
        if self.only_with_data:
            used = set(frame["network"])
            networks = [n for n in networks if n in used]
        for network in networks:
            shown = core + [k for k in kpis if k not in core and (network, k) in tracked]
            rows += [GridRow(network, k, Kind.VALUE, k) for k in shown]
            rows += self._derived_rows(network)
        levels = [lvl for lvl in measures.LEVELS if self._funnel[lvl] is not None]
        rows += [
            GridRow(
                ALL_NETWORKS,
                lvl,
                Kind.TOTAL,
                tr("{level} (total)").format(level=tr(measures.LEVEL_TITLES[lvl])),
            )
            for lvl in levels
        ]
        rows += self._derived_rows(ALL_NETWORKS)
        self.rows = rows
        self._positions = {
            (r.network, r.kpi): n for n, r in enumerate(rows) if r.kind is Kind.VALUE
        }
        self._load_values(frame)

    def _derived_rows(self, network: str) -> list[GridRow]:
        rows = []
        if self._funnel["followers"] is not None:
            rows.append(GridRow(network, "followers", Kind.GROWTH, tr("Follower growth")))
        for top, bottom in (("mqc", "followers"), ("sqo", "mqc")):
            if self._funnel[top] is not None and self._funnel[bottom] is not None:
                titles = measures.LEVEL_TITLES
                title = f"{tr(titles[top])} / {tr(titles[bottom])}"
                rows.append(GridRow(network, top, Kind.RATIO, title, bottom))
        return rows

    def _load_values(self, frame: pd.DataFrame) -> None:
        """Every value into rows x periods arrays in one vectorised pass."""
        shape = (len(self.rows), len(self.labels))
        target, actual = np.full(shape, np.nan), np.full(shape, np.nan)
        source = np.full(shape, -1, dtype=np.int64)
        if len(frame) and shape[1]:
            keys = list(zip(frame["network"], frame["kpi"], strict=True))
            where = np.array([self._positions.get(k, -1) for k in keys], dtype=np.int64)
            period = frame["period"].to_numpy(dtype=np.float64) - 1
            keep = (where >= 0) & (period >= 0) & (period < shape[1])
            rows, columns = where[keep], period[keep].astype(np.int64)
            target[rows, columns] = frame["target"].to_numpy(dtype=np.float64)[keep]
            actual[rows, columns] = frame["actual"].to_numpy(dtype=np.float64)[keep]
            source[rows, columns] = np.flatnonzero(keep)
        self._values = {"target": target, "actual": actual, "source": source}
        self._derived.clear()

    # ---------------------------------------------------------------- shape
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

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
        return self._positions[(network, kpi)]

    def show_only_with_data(self, only: bool) -> None:
        """Show every network, or only those with tracking rows."""
        if only != self.only_with_data:
            self.only_with_data = only
            self._relayout()

    def has_row(self, network: str, kpi: str) -> bool:
        """Whether the grid has a row for ``kpi`` on ``network``."""
        return (network, kpi) in self._positions

    # ----------------------------------------------------------------- read
    def value(self, row: int, column: int) -> float | None:
        """The number a cell shows (None: empty or "n/a")."""
        period, field = self.cell(column)
        grid_row = self.rows[row]
        if grid_row.kind is Kind.VALUE:
            if field == "attainment":
                return self._attainment(row, period)
            found = float(self._values[field][row, period])
            return None if np.isnan(found) else found
        if field == "attainment":
            return None
        key = (row, column)
        if key not in self._derived:
            self._derived[key] = self._derive(grid_row, period, field)
        return self._derived[key]

    def _attainment(self, row: int, period: int) -> float | None:
        target = float(self._values["target"][row, period])
        actual = float(self._values["actual"][row, period])
        if np.isnan(target) or np.isnan(actual) or target == 0:
            return None
        return actual / target

    def level_values(self, network: str, level: str, field: str) -> np.ndarray:
        """One level's values over the periods, for a network or all networks."""
        kpi = self._funnel.get(level)
        if kpi is None:
            return np.full(len(self.labels), np.nan)
        values = self._values[field]
        if network != ALL_NETWORKS:
            return values[self._positions[(network, kpi)]]
        rows = [n for (_, k), n in self._positions.items() if k == kpi]
        block = values[rows]
        if not len(rows):
            return np.full(len(self.labels), np.nan)
        sums = np.nansum(block, axis=0)
        return np.where(np.all(np.isnan(block), axis=0), np.nan, sums)

    def _derive(self, row: GridRow, period: int, field: str) -> float | None:
        if row.kind is Kind.TOTAL:
            found = float(self.level_values(ALL_NETWORKS, row.kpi, field)[period])
        elif row.kind is Kind.GROWTH:
            series = self.level_values(row.network, row.kpi, field)
            found = float(measures.growth_series(series)[period])
        else:
            top = self.level_values(row.network, row.kpi, field)[period : period + 1]
            bottom = self.level_values(row.network, row.of, field)[period : period + 1]
            found = float(measures.ratio_series(top, bottom)[0])
        return None if np.isnan(found) else found

    def text(self, row: int, column: int) -> str:
        grid_row = self.rows[row]
        if column == 0:
            first = row == 0 or self.rows[row - 1].network != grid_row.network
            return self.network_name(grid_row.network) if first else ""
        if column == 1:
            return grid_row.title
        number = self.value(row, column)
        _, field = self.cell(column)
        text = figures()
        if field == "attainment":
            return text.percent(number) if number is not None else ""
        if number is None:
            empty = grid_row.kind is Kind.VALUE or not self._has_inputs(row, column)
            return "" if empty else text.not_applicable
        if grid_row.kind in (Kind.GROWTH, Kind.RATIO):
            return text.percent(number, 1)
        return text.count(number)

    @staticmethod
    def network_name(network: str) -> str:
        """A network as the grid names it ("All networks" in the user's language)."""
        return tr(ALL_NETWORKS) if network == ALL_NETWORKS else network

    def _has_inputs(self, row: int, column: int) -> bool:
        """Whether a derived cell is empty for want of data (blank) or undefined (n/a)."""
        period, field = self.cell(column)
        grid_row = self.rows[row]
        field = "actual" if field == "attainment" else field
        if grid_row.kind is Kind.VALUE:
            return not np.isnan(self._values[field][row, period])
        series = self.level_values(grid_row.network, grid_row.kpi, field)
        return not np.isnan(series[period])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self.rows) or column >= self.columnCount():
            return None
        grid_row = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == 0:
                return self.network_name(grid_row.network)
            if column == 1:
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
        if self.cell(column)[1] != "attainment" or not self.rows[row].editable:
            return None
        reached = self.value(row, column)
        if reached is None:
            return None
        better_up = self.direction.get(self.rows[row].kpi, "up") == "up"
        good = reached >= 1 if better_up else reached <= 1
        return QBrush(ON_TARGET if good else BELOW_TARGET)

    def _tooltip(self, row: int, column: int) -> str | None:
        grid_row = self.rows[row]
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
        growth = measures.growth_series(self._values[field][row])[period]
        shown_figures = figures()
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
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
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
        return column >= FIXED and self.rows[row].editable and self.cell(column)[1] != "attainment"

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
        shown = self.rows[row]
        if field == "target":
            text = tr("Set target of {row} on {network}, {period}")
        else:
            text = tr("Set actual of {row} on {network}, {period}")
        label = text.format(row=shown.title, network=shown.network, period=self.labels[period])
        return self.set_cells([(row, column, value)], label)

    def set_cells(self, cells: Sequence[tuple[int, int, Any]], label: str) -> bool:
        """Set many cells as one undoable edit; read-only or bad cells are named, not set."""
        changes: list[tuple[int, str, Any]] = []
        added: dict[tuple[str, str, int], dict[str, Any]] = {}
        refused: list[str] = []
        for row, column, raw in cells:
            if not self.is_editable(row, column):
                continue
            period, field = self.cell(column)
            grid_row = self.rows[row]
            try:
                number = self.plan.coerce(TRACKING, field, raw)
            except InvalidValue as error:
                refused.append(
                    tr("{row}, {period}: {error}").format(
                        row=grid_row.title, period=self.labels[period], error=error
                    )
                )
                continue
            old = self.value(row, column)
            if old == number:
                continue
            source = int(self._values["source"][row, period])
            if source >= 0:
                changes.append((source, field, number))
            elif number is not None:
                key = (grid_row.network, grid_row.kpi, period + 1)
                record = added.setdefault(key, {"network": key[0], "kpi": key[1], "period": key[2]})
                record[field] = number
        if refused:
            self.message.emit(not_set(refused))
        steps: list[Command] = []
        if changes:
            steps.append(SetCells(TRACKING, tuple(changes)))
        if added:
            at = self.plan.row_count(TRACKING)
            steps.append(InsertRows(TRACKING, at, tuple(added.values())))
        if not steps:
            return not refused
        command = steps[0] if len(steps) == 1 else Compound(tuple(steps))
        return self.editor.execute(replace(command, label=label)) and not refused

    # --------------------------------------------------------------- events
    def _on_event(self, event: PlanEvent) -> None:
        if event.change.name.endswith("_ABOUT") or event.change is Change.HEADER:
            return
        if event.table == TRACKING and event.change is Change.CELLS and event.first_column > 2:
            self._refresh_rows(event.first, event.last)
        elif event.table == SETTINGS:
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
        elif event.table == TRACKING and event.change is Change.ROWS_INSERTED:
            if not self._appended(event.first, event.last):
                self._relayout()
        elif event.table == TRACKING and event.change is Change.ROWS_REMOVED:
            if not self._dropped_from_end(event.first):
                self._relayout()
        elif event.table in (TRACKING, "networks", "kpis"):
            self._relayout()

    def _appended(self, first: int, last: int) -> bool:
        """Values typed into empty cells arrive as rows added at the end: when their rows
        are in the grid already, take them in place (no relayout of the whole grid)."""
        if last != self.plan.row_count(TRACKING) - 1:
            return False
        records = [self.plan.row(TRACKING, n) for n in range(first, last + 1)]
        if any((r["network"], r["kpi"]) not in self._positions for r in records):
            return False
        for number, record in zip(range(first, last + 1), records, strict=True):
            period = int(record["period"]) - 1
            if 0 <= period < len(self.labels):
                row = self._positions[(record["network"], record["kpi"])]
                self._values["source"][row, period] = number
        self._refresh_rows(first, last)
        return True

    def _dropped_from_end(self, first: int) -> bool:
        """Rows removed from the end (undoing values typed into empty cells): clear their
        cells in place, unless a row of the grid existed only for them."""
        if first != self.plan.row_count(TRACKING):
            return False
        source = self._values["source"]
        gone = source >= first
        rows = np.flatnonzero(gone.any(axis=1))
        core = set(self._funnel.values())
        if any(self.rows[r].kpi not in core for r in rows):
            return False
        for field in ("target", "actual"):
            self._values[field][gone] = np.nan
        source[gone] = -1
        self._derived.clear()
        for network in {self.rows[r].network for r in rows} | {ALL_NETWORKS}:
            self._repaint_block(network)
        return True

    def _relayout(self) -> None:
        """Rows may come and go (a KPI tracked, a network added): keep the user's place.

        The periods stay, so this is a layout change, not a reset: the current cell and
        the selection follow their network and KPI.
        """
        self.layoutAboutToBeChanged.emit()
        old_rows = self.rows
        persistent = self.persistentIndexList()
        self._rebuild()
        where = {(r.network, r.kpi, r.kind): n for n, r in enumerate(self.rows)}
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

    def _refresh_rows(self, first: int, last: int) -> None:
        """Targets or actuals changed in place: take just those rows and repaint the rows
        they feed (their network's block and the totals), not the whole grid."""
        periods = len(self.labels)
        networks = set()
        for number in range(first, last + 1):
            record = self.plan.row(TRACKING, number)
            row = self._positions.get((record["network"], record["kpi"]))
            period = int(record["period"]) - 1
            if row is None or not 0 <= period < periods:
                continue
            networks.add(record["network"])
            for field in ("target", "actual"):
                value = record[field]
                self._values[field][row, period] = np.nan if value is None else value
        self._derived.clear()
        last_column = self.columnCount() - 1
        if not networks or last_column < FIXED:
            return
        for network in (*networks, ALL_NETWORKS):
            self._repaint_block(network)

    def _repaint_block(self, network: str) -> None:
        """Tell the views that the period cells of a network's rows changed."""
        block = [n for n, r in enumerate(self.rows) if r.network == network]
        last_column = self.columnCount() - 1
        if block and last_column >= FIXED:
            self.dataChanged.emit(self.index(block[0], FIXED), self.index(block[-1], last_column))
