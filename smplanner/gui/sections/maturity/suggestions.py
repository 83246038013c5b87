"""Above the evidence: statements the plan itself shows, each with the reason, to tick or
dismiss; and the notice that a rater put most dimensions at the middle level.

The rules and the bias check are pure functions (``domain/evidence_rules.py``,
``domain/rating_bias.py``); these widgets show them and turn a click into one edit.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import evidence_rules, palette, rating_bias
from smplanner.domain.events import PlanEvent
from smplanner.domain.maturity_tables import LEVEL_NAMES
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.gui.undo import PlanEditor


def notice_style(name: str) -> str:
    """The amber bar of a notice, for the widget called ``name``."""
    selector = name.replace(".", "\\.")
    fill, edge = palette.FAIR.tint, palette.FAIR.fill
    return f"#{selector} {{ background: {fill}; border: 1px solid {edge}; border-radius: 3px; }}"


class _Watching(QFrame):
    """A frame that looks at the plan again shortly after any change."""

    def __init__(self, plan: Plan, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName(name)
        self.setStyleSheet(notice_style(name))
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _on_event(self, _event: PlanEvent) -> None:
        self._timer.start()

    def refresh(self) -> None:
        raise NotImplementedError


class SuggestionsBar(QScrollArea):
    """One line per suggestion: the statement, why the plan shows it, Tick it, Dismiss.

    The lines scroll when the page is short, so that they never make the window's least
    height grow; hidden while there is nothing to offer.
    """

    message = Signal(str)

    def __init__(
        self,
        editor: PlanEditor,
        parent: QWidget | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.today: Callable[[], dt.date] = dt.date.today
        """Which day the rules judge "the last quarter" from (a test sets its own)."""
        self.offered: list[evidence_rules.Suggestion] = []
        self.lines: list[tuple[QLabel, QPushButton, QPushButton]] = []
        self.setObjectName("maturity.suggestions")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QFrame(self)
        inner.setObjectName("maturity.suggestions.lines")
        inner.setStyleSheet(notice_style(inner.objectName()))
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(8, 3, 8, 3)
        self._layout.setSpacing(2)
        self.setWidget(inner)
        if say is not None:
            self.message.connect(say)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = self.plan.subscribe(lambda _event: self._timer.start())
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        """No least height: on a short page the lines scroll, or give way to the list."""
        return QSize(super().minimumSizeHint().width(), 0)

    def sizeHint(self) -> QSize:
        """As tall as its lines (a scroll area would otherwise ask for a fixed size)."""
        inner = self.widget()
        height = inner.sizeHint().height() if inner is not None else 0
        return QSize(super().sizeHint().width(), height)

    def refresh(self) -> None:
        self.offered = evidence_rules.suggestions(self.plan, self.today())
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines = []
        for number, suggestion in enumerate(self.offered):
            self._add_line(number, suggestion)
        self.setVisible(bool(self.offered))
        self.updateGeometry()

    def _add_line(self, number: int, suggestion: evidence_rules.Suggestion) -> None:
        row = QWidget(self.widget())
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = tr(
            "<b>The plan shows evidence</b> for {dimension}, level {level} ({name}): "
            "“{statement}” — {reason}"
        ).format(
            dimension=html.escape(suggestion.dimension),
            level=suggestion.level,
            name=tr(LEVEL_NAMES[suggestion.level]),
            statement=html.escape(suggestion.statement),
            reason=html.escape(suggestion.reason),
        )
        label = QLabel(text, row)
        label.setWordWrap(True)
        label.setObjectName(f"maturity.suggestion.{number}")
        accept = QPushButton(tr("Tick it"), row)
        accept.setObjectName(f"maturity.suggestion.{number}.accept")
        accept.setToolTip(tr("Confirm the statement and say where to see it"))
        accept.clicked.connect(lambda: self.accept(number))
        dismiss = QPushButton(tr("Not for this plan"), row)
        dismiss.setObjectName(f"maturity.suggestion.{number}.dismiss")
        dismiss.setToolTip(
            tr("Do not offer this again for this plan (kept on the Dismissed suggestions sheet)")
        )
        dismiss.clicked.connect(lambda: self.dismiss(number))
        line.addWidget(label, 1)
        line.addWidget(accept)
        line.addWidget(dismiss)
        self._layout.addWidget(row)
        self.lines.append((label, accept, dismiss))

    def accept(self, number: int) -> bool:
        suggestion = self.offered[number]
        if not self.editor.execute(evidence_rules.accept(self.plan, suggestion)):
            return False
        self.message.emit(
            tr("Confirmed: {statement}; Undo (Ctrl+Z) takes it back").format(
                statement=suggestion.statement
            )
        )
        self.refresh()
        return True

    def dismiss(self, number: int) -> bool:
        suggestion = self.offered[number]
        if not self.editor.execute(evidence_rules.dismiss(self.plan, suggestion)):
            return False
        self.message.emit(tr("Not offered again for this plan; Undo (Ctrl+Z) brings it back"))
        self.refresh()
        return True


class MiddleNotice(_Watching):
    """Names the raters who put most dimensions at level III."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(plan, "maturity.middle_notice", parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.label)
        self.found: list[rating_bias.MiddleHeavy] = []
        self.refresh()

    def refresh(self) -> None:
        self.found = rating_bias.central_tendency(self.plan)
        lines = [
            tr(
                "{rater} put {middle} of {rated} dimensions at III (Defined): most raters "
                "drift to the middle level; check these ratings against the evidence"
            ).format(rater=html.escape(m.rater), middle=m.middle, rated=m.rated)
            for m in self.found
        ]
        self.label.setText("<br>".join(lines))
        self.setVisible(bool(self.found))
