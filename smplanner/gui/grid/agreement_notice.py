"""A bar above a grid saying where the KPI planner and the tracking disagree, with the
one-click fix for each: track the primary KPIs nothing tracks; stop tracking the KPIs no
planner row uses. Shown on the planner and on the measuring tab alike (the logic is
``domain.tracking_agreement``); hidden while they agree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smplanner.domain import palette
from smplanner.domain import tracking_agreement as agree
from smplanner.domain.events import PlanEvent
from smplanner.domain.text import tr
from smplanner.gui.undo import PlanEditor

WATCHED = ("planner", "tracking", "kpis", "networks")


class AgreementNotice(QFrame):
    """The planner-and-tracking notice (see the module's text)."""

    message = Signal(str)

    def __init__(
        self,
        editor: PlanEditor,
        parent: QWidget | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notice.tracking_agreement")
        self.editor = editor
        self.plan = editor.plan
        self.setStyleSheet(
            f"#notice\\.tracking_agreement {{ background: {palette.FAIR.tint};"
            f" border: 1px solid {palette.FAIR.fill}; border-radius: 3px; }}"
        )
        self.untracked_label = QLabel(self)
        self.untracked_label.setObjectName("notice.untracked")
        self.untracked_label.setWordWrap(True)
        self.track_button = QPushButton(tr("Track them"), self)
        self.track_button.setObjectName("notice.track")
        self.track_button.clicked.connect(self.track)
        self.unused_label = QLabel(self)
        self.unused_label.setObjectName("notice.unused")
        self.unused_label.setWordWrap(True)
        self.untrack_button = QPushButton(tr("Stop tracking them"), self)
        self.untrack_button.setObjectName("notice.untrack")
        self.untrack_button.clicked.connect(self.untrack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(2)
        self.rows: list[QWidget] = []
        for label, button in (
            (self.untracked_label, self.track_button),
            (self.unused_label, self.untrack_button),
        ):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label, 1)
            line.addWidget(button)
            layout.addWidget(row)
            self.rows.append(row)
        if say is not None:
            self.message.connect(say)
        self.found = agree.Agreement()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()

    def _on_event(self, event: PlanEvent) -> None:
        if event.table in WATCHED:
            self._timer.start()  # a paste of many cells looks once

    def refresh(self) -> None:
        self.found = agree.agreement(self.plan)
        untracked, unused = self.found.untracked, self.found.unused
        self.untracked_label.setText(
            tr(
                "Primary KPI(s) of the planner that nothing tracks: {names}; "
                "their rows cannot be judged",
                "",
                len(untracked),
            ).format(names=agree.names_text(untracked))
        )
        self.untracked_label.setToolTip("\n".join(untracked))
        networks = agree.measured_networks(self.plan)
        self.track_button.setToolTip(
            tr("Track them on {networks}").format(networks=agree.names_text(networks))
        )
        self.unused_label.setText(
            tr(
                "Tracked KPI(s) that no planner row uses: {names}",
                "",
                len(unused),
            ).format(names=agree.names_text(unused))
        )
        self.unused_label.setToolTip("\n".join(unused))
        self.untrack_button.setToolTip(
            tr("Remove their tracking rows with all their values (Undo brings them back)")
        )
        self.rows[0].setVisible(bool(untracked))
        self.rows[1].setVisible(bool(unused))
        self.setVisible(not self.found.agrees)

    def track(self) -> bool:
        """Track every primary KPI nothing tracks, on the measured networks: one step."""
        kpis = self.found.untracked
        command = agree.track(self.plan, kpis)
        if command is None or not self.editor.execute(command):
            return False
        networks = agree.names_text(agree.measured_networks(self.plan))
        self.message.emit(
            tr(
                "Tracking %n KPI(s) on {networks}; Undo (Ctrl+Z) takes them back", "", len(kpis)
            ).format(networks=networks)
        )
        self.refresh()
        return True

    def untrack(self) -> bool:
        """Stop tracking every KPI no planner row uses: one step."""
        kpis = self.found.unused
        command = agree.untrack(self.plan, kpis)
        if command is None or not self.editor.execute(command):
            return False
        self.message.emit(
            tr("Stopped tracking %n KPI(s); Undo (Ctrl+Z) brings their values back", "", len(kpis))
        )
        self.refresh()
        return True
