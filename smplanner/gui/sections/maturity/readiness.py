"""The readiness check under the maturity grid: three answers and the verdict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smplanner.domain import maturity_report, palette
from smplanner.domain.maturity import READINESS_QUESTIONS, READY
from smplanner.domain.schema import Column
from smplanner.domain.text import tr
from smplanner.gui.grid.plan_views import plan_table_view
from smplanner.gui.grid.table_model import CellStyle, CellStyler, PlanTableModel
from smplanner.gui.undo import PlanEditor

READY_STYLE = f"color: {palette.READY}; font-weight: bold;"
NOT_READY_STYLE = f"color: {palette.NOT_READY}; font-weight: bold;"


class QuestionStyler(CellStyler):
    """The standard readiness questions (stored in English) in the user's language, as
    their tooltips."""

    def cell(self, row: int, column: Column, value: Any) -> CellStyle | None:
        if column.name == "question" and value in READINESS_QUESTIONS:
            shown = tr(str(value))
            if shown != value:
                return CellStyle(tooltip=shown)
        return None


class ReadinessPage(QWidget):
    """The questions as an editable table, the verdict and its reason below."""

    message = Signal(str)

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = editor.plan
        self.model = PlanTableModel(
            editor, maturity_report.READINESS, QuestionStyler(), parent=self
        )
        self.model.message.connect(self.message)
        self.view = plan_table_view(self, "maturity.readiness", self.model)
        char = self.view.fontMetrics().averageCharWidth()
        self.view.setColumnWidth(0, 58 * char)
        self.view.setColumnWidth(1, 12 * char)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("maturity.verdict")
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("maturity.reason")
        self.reason_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.reason_label)

    def refresh(self) -> str:
        """Show the verdict the answers give; returns it with its reason (a tab's tooltip)."""
        verdict, reason = maturity_report.readiness(self.plan)
        ready = verdict == tr(READY)
        self.verdict_label.setText(tr("Verdict: {verdict}").format(verdict=verdict))
        self.verdict_label.setStyleSheet(READY_STYLE if ready else NOT_READY_STYLE)
        self.reason_label.setText(reason)
        return f"{verdict}. {reason}"
