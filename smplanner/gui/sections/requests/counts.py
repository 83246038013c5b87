"""Requests counted by decision: per network over the whole log, and month by month.

A tree: "All months" first with one line per network (the most ignored first, so the
network that sends the most suspicious requests is on top), then each month with its
networks below it. Read-only; rebuilt whenever the log changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from smplanner.domain import checklists
from smplanner.domain.checklists import DECISIONS, IGNORE, NO_DATE, NO_NETWORK, RequestCheck
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.report import formats

HEADERS = (
    QT_TRANSLATE_NOOP("", "Month / network"),
    QT_TRANSLATE_NOOP("", "Requests"),
    QT_TRANSLATE_NOOP("", "Accept"),
    QT_TRANSLATE_NOOP("", "Reply first"),
    QT_TRANSLATE_NOOP("", "Ignore"),
    QT_TRANSLATE_NOOP("", "Ignored"),
)
"""The columns' titles (shown translated)."""


def _line(
    label: str, counts: dict[str, int], parent: QTreeWidget | QTreeWidgetItem
) -> QTreeWidgetItem:
    total = sum(counts.values())
    share = formats.percent(counts[IGNORE] / total) if total else ""
    if label in (NO_DATE, NO_NETWORK):
        label = tr(label)
    values = [
        label,
        formats.integer(total),
        *(formats.integer(counts[d]) for d in DECISIONS),
        share,
    ]
    item = QTreeWidgetItem(parent, values)
    for column in range(1, len(values)):
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _sum(by_network: dict[str, dict[str, int]]) -> dict[str, int]:
    total = dict.fromkeys(DECISIONS, 0)
    for counts in by_network.values():
        for decision, count in counts.items():
            total[decision] += count
    return total


class RequestCounts(QTreeWidget):
    """Counts by decision, network and month, for the plan's request log."""

    def __init__(
        self,
        plan: Plan,
        checks: Callable[[], Sequence[RequestCheck]],
        parent: QWidget | None = None,
    ) -> None:
        """``checks`` gives the requests' verdicts (the section works them out once)."""
        super().__init__(parent)
        self.plan = plan
        self.checks = checks
        self.setObjectName("requests.counts")
        self.setHeaderLabels([tr(h) for h in HEADERS])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HEADERS)):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.headerItem().setToolTip(5, tr("The share of the requests you ignore"))
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        by_month = checklists.counts_by_month_and_network(self.plan, self.checks())
        by_network = checklists.counts_by_network(by_month)
        if not by_network:
            empty = QTreeWidgetItem(self, [tr("No requests logged yet")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        everything = _line(tr("All months"), _sum(by_network), self)
        for network, counts in by_network.items():
            _line(network, counts, everything)
        everything.setExpanded(True)
        for month, networks in by_month.items():
            month_item = _line(formats.month(month), _sum(networks), self)
            ranked = sorted(networks.items(), key=lambda item: (-item[1][IGNORE], item[0]))
            for network, counts in ranked:
                _line(network, counts, month_item)
        font = everything.font(0)
        font.setBold(True)
        for column in range(len(HEADERS)):
            everything.setFont(column, font)
