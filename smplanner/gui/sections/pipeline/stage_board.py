"""The stages as columns: per stage of the catalogue its deals, value and weighted value,
its probability in the header. Clicking a stage's header asks for the deals of that stage.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from smplanner.domain.text import tr
from smplanner.gui.sections.pipeline.funnel_panel import cell
from smplanner.report.formats import figures as local_figures

ROWS = ("deals", "value", "weighted")


class StageBoard(QTableWidget):
    """One column per stage, three rows: deals, value, weighted value."""

    stage_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(ROWS), 0, parent)
        self.setObjectName("pipeline.stages")
        self.stages: list[str] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keys go to the deals list first
        self.setVerticalHeaderLabels([tr("Deals"), tr("Value"), tr("Weighted")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._clicked)
        header.setToolTip(tr("Click a stage to list its deals"))
        rows = self.fontMetrics().height() + 8
        self.verticalHeader().setDefaultSectionSize(rows)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(rows * len(ROWS) + self.fontMetrics().height() * 2 + 12)

    def _clicked(self, column: int) -> None:
        if 0 <= column < len(self.stages):
            self.stage_clicked.emit(self.stages[column])

    def show_stages(self, lines: list[dict[str, Any]], currency: str, tips: dict[str, str]) -> None:
        """``by_stage`` of the pipeline figures; ``tips``: a stage's milestone, if any."""
        shown = local_figures()
        self.stages = [line["stage"] for line in lines]
        self.setColumnCount(len(lines))
        for column, line in enumerate(lines):
            probability = shown.percent(line["probability"])
            title = f"{line['stage']}\n{probability}"
            header = cell(title, numeric=False)
            tip = tr("{stage}: deals here are weighted at {probability}").format(
                stage=line["stage"], probability=probability
            )
            if tips.get(line["stage"]):
                tip += "\n" + tr("Milestone: {milestone}").format(milestone=tips[line["stage"]])
            header.setToolTip(tip + "\n" + tr("Click to list its deals"))
            self.setHorizontalHeaderItem(column, header)
            closed = line["outcome"] != "open"
            weighted = "" if closed else shown.money(line["weighted"], currency)
            texts = (shown.count(line["deals"]), shown.money(line["value"], currency), weighted)
            for row, text in enumerate(texts):
                item = cell(text, bold=row == 2)
                if closed and row == 2:
                    item.setToolTip(tr("Closed deals are not in the pipeline"))
                self.setItem(row, column, item)
