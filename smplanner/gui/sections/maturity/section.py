"""The Maturity tab: the CRM capability self-assessment.

The grid shows each dimension at the five levels; the chosen rater picks a current and a
target level per dimension (C and T, the toolbar or the context menu). Below it, the
evidence for the chosen dimension, the raters and the readiness check; beside it, a live
chart of the profile. Every edit is a plan command, so all of it undoes and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import maturity_report, palette
from smplanner.domain.events import PlanEvent
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.actions import tool_action
from smplanner.gui.empty_state import EmptyState
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.grid.plan_views import plan_table_view
from smplanner.gui.grid.table_model import PlanTableModel
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.maturity.dimensions import (
    add_dimension,
    add_dimension_actions,
    delete_dimension,
    describe_dimension,
    move_dimension,
)
from smplanner.gui.sections.maturity.evidence import EvidenceGrid, EvidencePage
from smplanner.gui.sections.maturity.levels import add_level_actions, set_level
from smplanner.gui.sections.maturity.raters import RatersPage
from smplanner.gui.sections.maturity.readiness import ReadinessPage
from smplanner.gui.sections.maturity.styler import (
    CURRENT_BADGE,
    CURRENT_COLOUR,
    EVIDENCED_BADGE,
    EVIDENCED_COLOUR,
    TARGET_BADGE,
    TARGET_COLOUR,
    MaturityStyler,
    level_of_column,
)
from smplanner.gui.sections.maturity.suggestions import MiddleNotice
from smplanner.gui.undo import PlanEditor

WATCHED = (
    maturity_report.DIMENSIONS,
    maturity_report.EVIDENCE,
    maturity_report.RATERS,
    maturity_report.RATINGS,
    maturity_report.READINESS,
)
DISAGREE_COLOUR = "#fde2c4"
READY_STYLE = f"color: {palette.READY}; font-weight: bold;"
NOT_READY_STYLE = f"color: {palette.NOT_READY}; font-weight: bold;"
HINT = QT_TRANSLATE_NOOP(
    "", "Click a level, then C for current or T for target (again to clear); F2 edits a text"
)


class MaturitySection(Section):
    """Where the team stands, where it wants to be, and whether it is ready to automate."""

    title = QT_TRANSLATE_NOOP("", "Maturity")
    page_name = "maturity"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.maturity")
        self.actions_: dict[str, QAction] = {}
        self.styler = MaturityStyler(self.plan)
        self.grid_model = PlanTableModel(editor, maturity_report.DIMENSIONS, self.styler, self)
        self.grid_model.message.connect(self.message)
        self.chart: Any = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        self.empty = EmptyState(
            self.chart_holder,
            self.plan,
            lambda: not any(p.current or p.target for p in maturity_report.profile(self.plan)),
            tr("No dimension rated yet: click the level that describes the team today and press"
               " C, then the level it wants to reach and press T."),
            tr("Rate the first dimension"),
            self._rate_first,
            name="maturity.empty",
        )  # fmt: skip
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()
        first = self.grid_model.index(0, 2)
        if first.isValid():
            self.grid.setCurrentIndex(first)

    def _rate_first(self) -> None:
        first = self.grid_model.index(0, 2)
        if first.isValid():
            self.grid.setCurrentIndex(first)
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
            self.message.emit(
                tr("Press C if this level describes the team today, T for its target")
            )

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.rater_combo = QComboBox(self)
        self.rater_combo.setObjectName("maturity.rater")
        self.rater_combo.setToolTip(tr("Whose ratings the grid and the chart show"))
        self.rater_combo.currentIndexChanged.connect(self._rater_changed)
        self.rater_label = QLabel(tr("Rater:"), self)
        self.overall_label = QLabel(self)
        self.overall_label.setObjectName("maturity.overall")
        self.overall_label.setStyleSheet("font-weight: bold;")
        self.overall_label.setWordWrap(True)  # long in German: never widens the window
        self.overall_label.setToolTip(
            tr(
                "The rounded-down mean of the current levels, beside the weakest dimension: "
                "a chain is as strong as its weakest link"
            )
        )
        self.grid = self._make_grid()
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_level_actions(self, bar)
        bar.addSeparator()
        add_dimension_actions(self, bar)
        self.grid.addActions(list(self.actions_.values()))
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        add_rater = QToolButton(self)
        add_rater.setObjectName("maturity.add_rater_button")
        add_rater.setText(tr("Add rater…"))
        add_rater.setToolTip(tr("Let another person rate the dimensions independently"))
        add_rater.clicked.connect(self.add_rater)

        heading = QLabel(
            tr(
                "<b>CRM capability maturity</b> — where the team stands, where it "
                "wants to be, and whether it is ready to automate"
            ),
            self,
        )
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.rater_label)
        top.addWidget(self.rater_combo)
        top.addWidget(add_rater)
        under = QHBoxLayout()
        under.addWidget(bar)
        under.addStretch(1)
        legend = QLabel(
            "&nbsp;&nbsp;".join(
                f"<span style='background:{colour.name()}'>&nbsp;{badge} {words}&nbsp;</span>"
                for colour, badge, words in (
                    (CURRENT_COLOUR, CURRENT_BADGE, tr("current")),
                    (TARGET_COLOUR, TARGET_BADGE, tr("target")),
                    (EVIDENCED_COLOUR, EVIDENCED_BADGE, tr("evidenced")),
                )
            ),
            self,
        )
        legend.setObjectName("maturity.legend")
        legend.setToolTip(
            tr(
                "Current: where the chosen rater says the team stands; Target: where it wants "
                "to be; Evidenced: levels whose evidence (and all below) is confirmed"
            )
        )
        under.addWidget(legend)

        self.chart_holder = QWidget(self)
        self.chart_holder.setObjectName("maturity.chart_holder")
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.grid)
        upper.addWidget(self.chart_holder)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 1)
        upper.setSizes([900, 340])
        self.pages = QTabWidget(self)
        self.pages.setObjectName("maturity.pages")
        self._build_pages()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.pages)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 320])  # evidence and readiness show eight rows, not two
        hint = QLabel(tr(HINT), self)
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.overall_label)
        layout.addWidget(MiddleNotice(self.plan, self))
        layout.addLayout(under)
        layout.addWidget(split, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.grid)

    def _build_pages(self) -> None:
        """Evidence, raters and readiness: one page each under the grid."""
        self.evidence_page = EvidencePage(self.editor, self._level, self)
        self.raters_page = RatersPage(self.editor, self)
        self.readiness_page = ReadinessPage(self.editor, self)
        self.pages.addTab(self.evidence_page, tr("Evidence"))
        self.pages.addTab(self.raters_page, tr("Raters"))
        self.pages.addTab(self.readiness_page, tr("Readiness check"))
        for page in (self.evidence_page, self.raters_page, self.readiness_page):
            page.message.connect(self.message)
            self.actions_.update(getattr(page, "actions_", {}))
        # the parts tests and the window reach through the section
        self.evidence_view = self.evidence_page.view
        self.evidence_filter = self.evidence_page.filter
        self.evidence_model = self.evidence_page.model
        self.evidence_heading = self.evidence_page.heading
        self.raters_view = self.raters_page.view
        self.raters_model = self.raters_page.model
        self.compare_model = self.raters_page.compare_model
        self.compare_view = self.raters_page.compare_view
        self.compare_note = self.raters_page.compare_note
        self.readiness_view = self.readiness_page.view
        self.add_grid(Grid(self.grid))
        self.add_grid(EvidenceGrid(self.evidence_view))
        for view in (self.raters_view, self.compare_view, self.readiness_view):
            self.add_grid(Grid(view))
        self.readiness_model = self.readiness_page.model
        self.verdict_label = self.readiness_page.verdict_label
        self.reason_label = self.readiness_page.reason_label

    def _level(self) -> int | None:
        """The level of the grid's current cell, if it is a level cell."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        return level_of_column(self.grid_model.column(index.column()).name)

    def _make_grid(self) -> QTableView:
        view = plan_table_view(self, "maturity.grid", self.grid_model, edit_on_typing=False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.setColumnHidden(1, True)  # the description is the name's tooltip
        char = view.fontMetrics().averageCharWidth()
        view.setColumnWidth(0, 22 * char)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(12 * char)
        # Rows fit their wrapped text at the columns' real widths: measured again (a few
        # rows, cheap) once the widths settle after a resize or an edit.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(view.resizeRowsToContents)
        header.sectionResized.connect(self._fit_timer.start)
        self.grid_model.dataChanged.connect(self._fit_timer.start)
        self.grid_model.rowsInserted.connect(self._fit_timer.start)
        view.selectionModel().currentChanged.connect(self._current_changed)
        return view

    def add_action(
        self,
        bar: QToolBar,
        name: str,
        text: str,
        keys: list[str],
        tip: str,
        slot: Callable[[], object],
    ) -> QAction:
        """A named action on ``bar``, kept in ``actions_`` for the grid's context menu."""
        action = tool_action(self, bar, f"maturity.{name}", text, keys, tip, slot)
        self.actions_[name] = action
        return action

    def showEvent(self, event: QShowEvent) -> None:
        """The chart (and pyqtgraph) comes with the first look at the tab, not at start-up."""
        super().showEvent(event)
        if self.chart is None:
            from smplanner.gui.charts.maturity_chart import MaturityChart

            self.chart = MaturityChart(self.chart_holder)
            layout = self.chart_holder.layout()
            assert layout is not None
            layout.addWidget(self.chart)
            self._draw_chart(maturity_report.profile(self.plan, self.rater or None))

    # ----------------------------------------------------------------- state
    @property
    def rater(self) -> str:
        """The rater whose levels are shown and set."""
        name = self.rater_combo.currentData()
        raters = self.plan.keys(maturity_report.RATERS)
        if name in raters:
            return str(name)
        return raters[0] if raters else ""

    def dimension(self) -> str:
        row = self.grid.currentIndex().row()
        if not 0 <= row < self.plan.row_count(maturity_report.DIMENSIONS):
            return ""
        return str(self.plan.value(maturity_report.DIMENSIONS, row, "name"))

    def select_rater(self, name: str) -> None:
        index = self.rater_combo.findData(name)
        if index >= 0:
            self.rater_combo.setCurrentIndex(index)

    def _rater_changed(self) -> None:
        self.styler.set_rater(self.rater)
        self.grid_model.restyle()
        self._refresh_figures()

    def _current_changed(self) -> None:
        self.evidence_page.show_dimension(self.dimension())

    def _on_event(self, event: PlanEvent) -> None:
        if event.table in WATCHED:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Bring every derived part up to date with the plan."""
        self._fill_raters()
        if self.styler.rater != self.rater:
            # the model keeps the row warnings it worked out for the styler's old rater
            # (none at first: the team's mean); a new rater repaints them
            self.styler.set_rater(self.rater)
            self.grid_model.restyle()
        self.evidence_page.show_dimension(self.dimension())
        self._refresh_figures()

    def _fill_raters(self) -> None:
        raters = self.plan.records(maturity_report.RATERS)
        chosen = self.rater_combo.currentData()
        self.rater_combo.blockSignals(True)
        self.rater_combo.clear()
        for record in raters:
            role = f" ({record['role']})" if record["role"] else ""
            self.rater_combo.addItem(f"{record['name']}{role}", record["name"])
        found = self.rater_combo.findData(chosen)
        self.rater_combo.setCurrentIndex(max(found, 0))
        self.rater_combo.blockSignals(False)
        several = len(raters) > 1
        self.rater_combo.setVisible(several)
        self.rater_label.setVisible(several)

    def _refresh_figures(self) -> None:
        profile = maturity_report.profile(self.plan, self.rater or None)
        whole = maturity_report.overall(profile)
        sentence = whole.sentence()
        if whole.current is None:
            sentence += tr(
                ": click the level that describes the team today and press C, "
                "then the level it wants to reach and press T"
            )
        if whole.target:
            sentence += "  ·  " + tr("target {level}").format(
                level=maturity_report.level_words(whole.target)
            )
        gaps = sum(1 for p in profile if p.gap)
        if gaps:
            sentence += "  ·  ⚠ " + tr("%n rated above the evidence", "", gaps)
        if self.rater_combo.isVisible() or self.rater_combo.count() > 1:
            # whose levels these are: the printed page shows the team's
            sentence += "  ·  " + tr("levels of {rater}").format(
                rater=self.rater_combo.currentText()
            )
        self.overall_label.setText(sentence)
        self.evidence_page.refresh()
        self.raters_page.refresh()
        verdict = self.readiness_page.refresh()
        self.pages.setTabToolTip(self.pages.indexOf(self.readiness_page), verdict)
        self._draw_chart(profile)

    def _draw_chart(self, profile: list[maturity_report.DimensionProfile]) -> None:
        if self.chart is None:
            return
        title = maturity_report.overall(profile).sentence().split(";")[0]
        several = self.plan.row_count(maturity_report.RATERS) > 1
        if several and self.rater:
            title += f" — {self.rater}"
        self.chart.show_profile(profile, title)

    # ------------------------------------------------------ ratings, dimensions
    def set_level(self, which: str) -> bool:
        """Make the chosen level cell the rater's current (or target) level; again clears it."""
        return set_level(self, which, self._level())

    def add_dimension(self) -> None:
        add_dimension(self)

    def describe_dimension(self) -> None:
        describe_dimension(self)

    def delete_dimension(self) -> None:
        delete_dimension(self)

    def move_dimension(self, step: int) -> None:
        move_dimension(self, step)

    # ------------------------------------------------------- evidence, raters
    def add_statement(self) -> None:
        self.pages.setCurrentWidget(self.evidence_page)
        self.evidence_page.add_statement()

    def add_rater(self) -> None:
        """Add a rater, show the Raters page and let the user type the name."""
        row = self.raters_page.add_rater()
        if row is not None:
            self.refresh()
            self.pages.setCurrentWidget(self.raters_page)
            self.raters_page.edit_name(row)
