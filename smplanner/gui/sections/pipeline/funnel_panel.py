"""The funnel worked backwards on the Pipeline tab: the revenue target and the typed rates
(each change one undo step, through the plan settings), what the target takes at each
level beside what the plan has, and each rate with its source.

Every figure comes from :func:`smplanner.domain.funnel_backwards.backwards`; a level
without a number says which rate it lacks instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.funnel_backwards import (
    LEVEL_TITLES,
    MISSING,
    RATE_TITLES,
    TYPED,
    TYPED_SETTING,
    Backwards,
    rounded_up,
)
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.settings_form import SettingsForm
from smplanner.gui.undo import PlanEditor
from smplanner.report.formats import figures as local_figures

SOURCE_WORDS = {
    "tracked": QT_TRANSLATE_NOOP("", "tracked"),
    "typed": QT_TRANSLATE_NOOP("", "typed"),
    "missing": QT_TRANSLATE_NOOP("", "missing"),
}
LACK_WORDS = {"revenue_target": QT_TRANSLATE_NOOP("", "Revenue target"), **RATE_TITLES}
MISSING_COLOUR = "#b71c1c"


def read_only_table(name: str, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def fit_rows(table: QTableWidget) -> None:
    """As tall as its rows: a handful of figures need no scrolling or empty space."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(rows + header + 2 * table.frameWidth() + 2)


def cell(text: str, numeric: bool = True, tip: str = "", bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


class FunnelPanel(QWidget):
    """The target and typed rates to edit, the levels and the rates to read."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline.funnel_panel")
        self.target = SettingsForm(editor, ("revenue_target",), self)
        typed = tuple(TYPED_SETTING.values())
        self.typed = (
            SettingsForm(editor, typed[:2], self),
            SettingsForm(editor, typed[2:], self),
        )
        self.forms = (self.target, *self.typed)
        """Each edits plan settings, one undo step per change."""
        self.levels = read_only_table(
            "pipeline.funnel",
            [tr("Needed"), tr("The plan has"), tr("Still to go"), tr("Why no number")],
            self,
        )
        self.rates = read_only_table(
            "pipeline.rates", [tr("Rate"), tr("Source"), tr("Based on")], self
        )
        self.notes = QLabel(self)
        self.notes.setObjectName("pipeline.funnel_notes")
        self.notes.setWordWrap(True)
        typed_note = QLabel(
            tr("Typed rates (empty: the plan's own, worked out from its deals and tracking):"),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.target)
        layout.addWidget(self.levels)
        layout.addWidget(self.notes)
        layout.addSpacing(6)
        layout.addWidget(typed_note)
        for form in self.typed:
            layout.addWidget(form)
        layout.addWidget(self.rates)
        layout.addStretch(1)

    def show_backwards(self, found: Backwards) -> None:
        shown = local_figures()
        currency = found.currency
        table = self.levels
        table.setRowCount(len(found.levels))
        table.setVerticalHeaderLabels([tr(LEVEL_TITLES[level.level]) for level in found.levels])
        for row, level in enumerate(found.levels):
            if level.level == "revenue":
                texts = [shown.money(v, currency) for v in (level.needed, level.have, level.gap)]
            else:
                need = rounded_up(level.needed)
                texts = [
                    shown.count(None if need is None else float(need)),
                    shown.count(level.have),
                    shown.count(None if need is None or level.have is None else need - level.have),
                ]
            why = ", ".join(tr(LACK_WORDS[name]) for name in level.lacking)
            if why:
                why = tr("lacks: {what}").format(what=why)
            for column, text in enumerate(texts):
                table.setItem(row, column, cell(text, bold=column == 0))
            lack = cell(why, numeric=False)
            if why:
                lack.setForeground(_colour(MISSING_COLOUR))
            table.setItem(row, 3, lack)
        fit_rows(table)
        self.notes.setText(" ".join(found.notes))
        self.notes.setVisible(bool(found.notes))
        rates = self.rates
        rates.setRowCount(len(found.rates))
        rates.setVerticalHeaderLabels([tr(RATE_TITLES[name]) for name in found.rates])
        for row, rate in enumerate(found.rates.values()):
            if rate.name == "deal_size":
                value = shown.money(rate.value, currency)
            else:
                value = shown.percent(rate.value, 1)
            rates.setItem(row, 0, cell(value))
            source = cell(tr(SOURCE_WORDS[rate.source]), numeric=False, bold=rate.source == TYPED)
            if rate.source == MISSING:
                source.setForeground(_colour(MISSING_COLOUR))
            rates.setItem(row, 1, source)
            rates.setItem(row, 2, cell(rate.basis, numeric=False, tip=rate.basis))
        fit_rows(rates)


def _colour(name: str) -> QBrush:
    return QBrush(QColor(name))
