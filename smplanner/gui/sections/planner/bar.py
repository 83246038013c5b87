"""The line above the planner grid: the row filter and the legend of its marks.

The filter's choices are the catalogue's current stages, goals and tactics, so they are
rebuilt whenever a catalogue changes; a chosen value that disappears (deleted or renamed)
falls back to "All".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from smplanner.domain.events import PlanEvent
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.sections.planner.filter import FILTERED, PlannerFilter
from smplanner.gui.sections.planner.styler import (
    NEEDS_FOCUS,
    PRIMARY_BACKGROUND,
    PRIMARY_TEXT,
    SECONDARY_BACKGROUND,
    SECONDARY_TEXT,
)

TABLE = "planner"
EVERYTHING = {
    "stage": QT_TRANSLATE_NOOP("", "All stages"),
    "goal": QT_TRANSLATE_NOOP("", "All goals"),
    "tactic": QT_TRANSLATE_NOOP("", "All tactics"),
}
"""The first choice of each drop-down (shown translated)."""
TIPS = {
    "stage": (
        QT_TRANSLATE_NOOP("", "Show only the rows of one stage"),
        QT_TRANSLATE_NOOP("", "Show only the planner rows of one stage"),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("", "Show only the rows of one goal"),
        QT_TRANSLATE_NOOP("", "Show only the planner rows of one goal"),
    ),
    "tactic": (
        QT_TRANSLATE_NOOP("", "Show only the rows of one tactic"),
        QT_TRANSLATE_NOOP("", "Show only the planner rows of one tactic"),
    ),
}
"""Each drop-down's tooltip and status tip."""
SOURCES = {"stages", "goals", "tactics"}


def chip(text: str, background: str, foreground: str, parent: QWidget) -> QLabel:
    """A small coloured sample of a cell, for the legend."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(
        f"background:{background}; color:{foreground}; font-weight:bold;"
        "border:1px solid #90a4ae; border-radius:2px; padding:0px 5px;"
    )
    return label


class FilterBar(QWidget):
    """Three drop-downs and a search field driving a :class:`PlannerFilter`; the legend."""

    def __init__(self, plan: Plan, proxy: PlannerFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.proxy = proxy
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        show = QLabel(tr("&Show:"), self)
        layout.addWidget(show)
        for column in FILTERED:
            combo = QComboBox(self)
            combo.setObjectName(f"planner.filter.{column}")
            combo.setToolTip(tr(TIPS[column][0]))
            combo.setStatusTip(tr(TIPS[column][1]))
            # long catalogue names must not make the bar wider than a laptop screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
            combo.setMaximumWidth(240)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))
            self.combos[column] = combo
            layout.addWidget(combo)
        show.setBuddy(self.combos["stage"])
        self.search = QLineEdit(self)
        self.search.setObjectName("planner.filter.text")
        self.search.setPlaceholderText(tr("Search rows"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            tr("Show only the rows whose stage, goal, tactic or notes hold this")
        )
        self.search.setStatusTip(tr("Type to show only the rows that contain the text"))
        self.search.setMinimumWidth(100)
        self.search.textChanged.connect(proxy.set_text)
        layout.addWidget(self.search, 1)
        layout.addSpacing(18)
        self._add_legend(layout)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._unsubscribe = plan.subscribe(self._on_plan_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()

    def _add_legend(self, layout: QHBoxLayout) -> None:
        for sample, background, foreground, words, tip in (
            (
                "P",
                PRIMARY_BACKGROUND.name(),
                PRIMARY_TEXT.name(),
                tr("Primary"),
                tr("Primary: the row is judged by this KPI (one to three per row)"),
            ),
            (
                "S",
                SECONDARY_BACKGROUND.name(),
                SECONDARY_TEXT.name(),
                tr("Secondary"),
                tr("Secondary: the KPI is watched, not judged by"),
            ),
            (
                "⚠",
                NEEDS_FOCUS.name(),
                "#bf360c",
                tr("Row needs focus"),
                tr("The row has no primary KPI or more than three; hover its number for why"),
            ),
        ):
            sample_label = chip(sample, background, foreground, self)
            sample_label.setToolTip(tip)
            words_label = QLabel(words, self)
            words_label.setToolTip(tip)
            layout.addWidget(sample_label)
            layout.addWidget(words_label)
            layout.addSpacing(8)

    # ---------------------------------------------------------------- choices
    def _chosen(self, column: str) -> None:
        self.proxy.set_wanted(column, self.combos[column].currentData() or "")

    def _on_plan_event(self, event: PlanEvent) -> None:
        if event.table in SOURCES:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Offer the catalogues' current values; keep each choice that still exists."""
        for column, combo in self.combos.items():
            chosen = combo.currentData() or ""
            values = self.plan.allowed(TABLE, column)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(EVERYTHING[column]), "")
            for value in values:
                combo.addItem(value, value)
            position = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
            if chosen and position < 0:
                self.proxy.set_wanted(column, "")

    def clear(self) -> None:
        """Show every row again."""
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.proxy.clear()
