"""The Profiles tab: the user's own accounts audited against the profile checklist.

Left, the accounts (a catalogue with a worked-out Score column). Right, the profile items
(also a catalogue: add, rename, reorder, weigh, mark as not for a network) with the
selected account's Status and Note beside each item; under them the account's to-do list,
most valuable first, and score bars per account and network. Typing D, P, M or N on a
status sets done, partly, missing or not applicable and moves to the next item, so an
audit is a run of key presses; every change is one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain import checklists, palette
from smplanner.domain.checklist_tables import ACCOUNTS, ITEMS, STATUS_CHOICES, STATUSES
from smplanner.domain.checklists import NO_NETWORK, STATUSES_BY_KEY, ItemCheck, word
from smplanner.domain.events import PlanEvent
from smplanner.domain.keyed import keyed_edit
from smplanner.domain.plan import Plan
from smplanner.domain.refusals import not_set
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.grid.catalogue_editor import CatalogueEditor
from smplanner.gui.grid.clipboard import Grid
from smplanner.gui.grid.extra_columns import ExtraColumn, ExtraColumnsDelegate, ExtraColumnsProxy
from smplanner.gui.grid.table_model import CellStyle, CellStyler, PlanTableModel
from smplanner.gui.sections.base import Section
from smplanner.gui.sections.profiles.account_cells import ItemsGrid
from smplanner.gui.sections.profiles.score_bars import Bar, ScoreBars, percent, score_colour
from smplanner.gui.undo import PlanEditor
from smplanner.report import formats

STATUS_KEYS = {
    Qt.Key.Key_D: "done",
    Qt.Key.Key_P: "partly",
    Qt.Key.Key_M: "missing",
    Qt.Key.Key_N: "not applicable",
    Qt.Key.Key_Delete: "",
    Qt.Key.Key_Backspace: "",
}
STATUS_COLOURS = {
    status: QColor(palette.RATINGS[status]) for status in ("done", "partly", "missing")
}
MUTED = QColor("#78909c")
WATCHED = {ACCOUNTS, ITEMS, STATUSES, "networks"}
STATUS = QT_TRANSLATE_NOOP("", "Status")
NOTE = QT_TRANSLATE_NOOP("", "Note")
SCORE = QT_TRANSLATE_NOOP("", "Score")
"""The worked-out columns' titles (how the section finds them; shown translated)."""
HINT = QT_TRANSLATE_NOOP(
    "",
    "On a status: D done · P partly · M missing · N not applicable · Delete clears · F6 next pane",
)


def _tinted(score: float) -> QColor:
    """The score's colour, pale enough to read dark text on."""
    colour = QColor(score_colour(score))
    colour.setAlphaF(0.25)
    return colour


class AccountStyler(CellStyler):
    """Flags an account that has no network yet: its items cannot be told apart by it."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def row_problems(self) -> Sequence[str | None]:
        return [
            None if r["network"] else tr("Choose the account's network (F2 on its Network cell).")
            for r in self.plan.records(ACCOUNTS)
        ]


class ProfilesSection(Section):
    """Audit your own profiles, account by account."""

    title = QT_TRANSLATE_NOOP("", "Profiles")
    page_name = "profiles"
    """The section's printed page (see smplanner.report.sections)."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("section.profiles")
        self._checks: list[ItemCheck] | None = None
        self._every: dict[str, list[ItemCheck]] | None = None
        self._scores: list[float | None] | None = None
        self.account_proxy: ExtraColumnsProxy  # set by the editors' wrap callbacks below
        self.item_proxy: ExtraColumnsProxy
        self.accounts = CatalogueEditor(
            editor, ACCOUNTS, self, wrap=self._wrap_accounts, styler=AccountStyler(self.plan)
        )
        self.items = CatalogueEditor(editor, ITEMS, self, wrap=self._wrap_items)
        for page, proxy in ((self.accounts, self.account_proxy), (self.items, self.item_proxy)):
            page.message.connect(self.message)
            page.view.setItemDelegate(ExtraColumnsDelegate(proxy, page.view))
        self._arrange_item_columns()
        self.add_grid(Grid(self.accounts.view))
        columns = {
            self.item_proxy.extra_column(STATUS): "status",
            self.item_proxy.extra_column(NOTE): "note",
        }
        self.add_grid(ItemsGrid(self, columns))
        self.heading = QLabel(self)
        self.heading.setObjectName("profiles.heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.todo = QListWidget(self)
        self.todo.setObjectName("profiles.todo")
        self.todo.setToolTip(tr("Enter or double-click: go to the item"))
        self.todo.itemActivated.connect(self._go_to_item)
        self.bars = ScoreBars(self)
        self.bars.setObjectName("profiles.bars")
        self._build_layout()
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.accounts.view.selectionModel().currentRowChanged.connect(self._account_changed)
        self.items.view.installEventFilter(self)
        self.setFocusProxy(self.accounts.view)
        panes = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        panes.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        panes.activated.connect(self.next_pane)
        if self.account_proxy.rowCount():
            self.accounts.view.setCurrentIndex(self.account_proxy.index(0, 0))
        self.refresh()

    # ------------------------------------------------------------------ models
    def _wrap_accounts(self, model: PlanTableModel) -> QAbstractItemModel:
        score = ExtraColumn(
            SCORE,
            QT_TRANSLATE_NOOP(
                "",
                "The share of the account's applicable items done (partly counts half), "
                "weighted by each item's weight",
            ),
            lambda row: percent(self._score(row)),
            style=self._score_style,
        )
        self.account_proxy = ExtraColumnsProxy(model, [score])
        return self.account_proxy

    def _wrap_items(self, model: PlanTableModel) -> QAbstractItemModel:
        status = ExtraColumn(
            STATUS,
            QT_TRANSLATE_NOOP(
                "", "Where the selected account stands on this item; empty: not checked yet"
            ),
            lambda row: self._check(row, lambda c: c.status if not c.excluded else ""),
            style=self._status_style,
            edit=lambda row, value: self._set(row, "status", value),
            choices=STATUS_CHOICES,
        )
        note = ExtraColumn(
            NOTE,
            QT_TRANSLATE_NOOP("", "A note on this item for the selected account"),
            lambda row: self._check(row, lambda c: c.note),
            edit=lambda row, value: self._set(row, "note", value),
        )
        self.item_proxy = ExtraColumnsProxy(model, [status, note])
        return self.item_proxy

    def _arrange_item_columns(self) -> None:
        """Item, Status, Note first (what an audit types), the item's settings after."""
        view = self.items.view
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        char = view.fontMetrics().averageCharWidth()
        for offset, title in enumerate((STATUS, NOTE), 1):
            logical = self.item_proxy.extra_column(title)
            header.moveSection(header.visualIndex(logical), offset)
        view.setColumnWidth(self.item_proxy.extra_column(STATUS), 16 * char)
        view.setColumnWidth(self.item_proxy.extra_column(NOTE), 34 * char)
        header.setStretchLastSection(True)
        accounts = self.accounts.view
        score = self.account_proxy.extra_column(SCORE)
        accounts.horizontalHeader().moveSection(score, 1)
        accounts.setColumnWidth(score, 8 * char)

    # ----------------------------------------------------------------- figures
    def current_account(self) -> str:
        index = self.accounts.view.currentIndex()
        if not index.isValid() or index.row() >= self.plan.row_count(ACCOUNTS):
            return ""
        return str(self.plan.value(ACCOUNTS, index.row(), "name"))

    def every_check(self) -> dict[str, list[ItemCheck]]:
        """All accounts' checks, worked out once per change of the plan."""
        if self._every is None:
            self._every = checklists.all_account_checks(self.plan)
        return self._every

    def checks(self) -> list[ItemCheck]:
        if self._checks is None:
            self._checks = self.every_check().get(self.current_account(), [])
        return self._checks

    def _check(self, row: int, read: Callable[[ItemCheck], str]) -> str:
        checks = self.checks()
        return read(checks[row]) if row < len(checks) else ""

    def _score(self, row: int) -> float | None:
        if self._scores is None:
            every = self.every_check()
            self._scores = [
                checklists.checks_score(every.get(name, [])) for name in self.plan.keys(ACCOUNTS)
            ]
        return self._scores[row] if row < len(self._scores) else None

    def _score_style(self, row: int) -> CellStyle | None:
        score = self._score(row)
        if score is None:
            return CellStyle(foreground=MUTED, tooltip=tr("No item applies to this account"))
        name = str(self.plan.value(ACCOUNTS, row, "name"))
        network = str(self.plan.value(ACCOUNTS, row, "network"))
        left = len(checklists.to_do(self.every_check().get(name, [])))
        tip = tr("{score}; {count} to do").format(score=percent(score), count=left)
        if network:
            pooled = checklists.checks_score(
                [
                    c
                    for a, n in self._networks().items()
                    if n == network
                    for c in self.every_check()[a]
                ]
            )
            tip += "\n" + tr("All {network} accounts: {score}").format(
                network=network, score=percent(pooled)
            )
        return CellStyle(background=_tinted(score), tooltip=tip)

    def _networks(self) -> dict[str, str]:
        return {str(r["name"]): str(r["network"]) for r in self.plan.records(ACCOUNTS)}

    def _status_style(self, row: int) -> CellStyle | None:
        checks = self.checks()
        if row >= len(checks):
            return None
        check = checks[row]
        if check.excluded:
            network = self.plan.value(ACCOUNTS, self.accounts.view.currentIndex().row(), "network")
            tip = tr("Does not apply on {network} (see Not for networks)").format(network=network)
            return CellStyle(foreground=MUTED, tooltip=tip)
        if check.status == checklists.NOT_CHECKED:
            return CellStyle(
                tooltip=tr("Not checked yet: counts as missing (D, P, M or N sets it)")
            )
        return CellStyle(background=STATUS_COLOURS.get(check.status), tooltip=word(check.status))

    # ------------------------------------------------------------------- edits
    def _set(self, row: int, column: str, raw: Any) -> bool:
        """Set the selected account's status or note of item ``row``: one undo step."""
        account = self.current_account()
        checks = self.checks()
        if not account:
            self.message.emit(tr("Add an account first (Insert in the accounts list)"))
            return False
        if row >= len(checks):
            return False
        check = checks[row]
        if check.excluded and column == "status":
            self.message.emit(
                tr("'{item}' does not apply to this account's network").format(item=check.item)
            )
            return False
        if column == "status":
            label = tr("Set status of '{item}' for '{account}'")
        else:
            label = tr("Set note of '{item}' for '{account}'")
        return self._apply({row: {column: raw}}, label.format(item=check.item, account=account))

    def _apply(self, values: dict[int, dict[str, Any]], label: str) -> bool:
        """Set the current account's status or note of item rows, as one undo step:
        existing status rows are changed, missing ones are added; bad values are named."""
        account = self.current_account()
        checks = self.checks()
        keyed = {(account, checks[row].item): columns for row, columns in values.items()}
        edit = keyed_edit(self.plan, STATUSES_BY_KEY, keyed, label)
        if edit.refused:
            self.message.emit(not_set([refusal.reason for refusal in edit.refused]))
        if edit.command is None:
            return not edit.refused
        return self.editor.execute(edit.command) and not edit.refused

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """D, P, M, N (and Delete) on a status cell set it and step to the next item."""
        if watched is self.items.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.items.view.currentIndex()
            key = Qt.Key(event.key())
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            status_column = self.item_proxy.extra_column(STATUS)
            if index.isValid() and index.column() == status_column and plain and key in STATUS_KEYS:
                if self._set(index.row(), "status", STATUS_KEYS[key]) and STATUS_KEYS[key]:
                    below = self.item_proxy.index(index.row() + 1, status_column)
                    if below.isValid():
                        self.items.view.setCurrentIndex(below)
                return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- refresh
    def _on_event(self, event: PlanEvent) -> None:
        if event.table in WATCHED:
            self._forget()
            self._refresh_timer.start()

    def _account_changed(self, *_: object) -> None:
        self._checks = None
        self.refresh()

    def _forget(self) -> None:
        self._checks = None
        self._every = None
        self._scores = None

    def refresh(self) -> None:
        """Heading, extra columns, to-do list and bars for the plan as it is now."""
        self._forget()
        self.item_proxy.refresh()
        self.account_proxy.refresh()
        account = self.current_account()
        checks = self.checks()
        if not account:
            self.heading.setText(
                tr(
                    "<b>No account chosen</b> — add your accounts on the left "
                    "(Insert), then check each profile item"
                )
            )
        else:
            row = self.accounts.view.currentIndex().row()
            network = self.plan.value(ACCOUNTS, row, "network") or tr(NO_NETWORK)
            kind = word(str(self.plan.value(ACCOUNTS, row, "kind")))
            score = checklists.checks_score(checks)
            heading = tr(
                "<b>{account}</b> ({network}, {kind}): score <b>{score}</b>, {count} to do"
            )
            self.heading.setText(
                heading.format(
                    account=_escape(account),
                    network=_escape(str(network)),
                    kind=_escape(kind),
                    score=percent(score),
                    count=len(checklists.to_do(checks)),
                )
            )
        self._fill_todo(checks)
        self._fill_bars()

    def _fill_todo(self, checks: list[ItemCheck]) -> None:
        self.todo.clear()
        for check in checklists.to_do(checks):
            state = (
                tr("not checked") if check.status == checklists.NOT_CHECKED else word(check.status)
            )
            text = tr("{item} — {state} (weight {weight})")
            weight = formats.number(check.weight, 0 if check.weight == int(check.weight) else 1)
            item = QListWidgetItem(text.format(item=check.item, state=state, weight=weight))
            item.setData(Qt.ItemDataRole.UserRole, check.item)
            self.todo.addItem(item)
        if not self.todo.count():
            done = QListWidgetItem(tr("Nothing left to do") if checks else tr("No account chosen"))
            done.setFlags(Qt.ItemFlag.NoItemFlags)
            self.todo.addItem(done)

    def _fill_bars(self) -> None:
        bars = [Bar(tr("Accounts"), None, heading=True)]
        bars += [Bar(name, self._score(row)) for row, name in enumerate(self.plan.keys(ACCOUNTS))]
        networks = checklists.network_scores(self.plan)
        if networks:
            bars.append(Bar(tr("Networks"), None, heading=True))
            bars += [Bar(network, score) for network, score in networks.items()]
        self.bars.set_bars(bars if len(bars) > 1 else [])

    def _go_to_item(self, entry: QListWidgetItem) -> None:
        item = entry.data(Qt.ItemDataRole.UserRole)
        if not item:
            return
        row = self.plan.keys(ITEMS).index(item)
        index = self.item_proxy.index(row, self.item_proxy.extra_column(STATUS))
        self.items.view.setCurrentIndex(index)
        self.items.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.items.view.setFocus()

    def next_pane(self) -> None:
        """F6: from the accounts to their checklist to the to-do list, and round."""
        panes: list[QWidget] = [self.accounts.view, self.items.view, self.todo]
        here = next((n for n, p in enumerate(panes) if p.hasFocus()), -1)
        target = panes[(here + 1) % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if target is self.items.view and not target.currentIndex().isValid():
            target.setCurrentIndex(self.item_proxy.index(0, self.item_proxy.extra_column(STATUS)))

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        """Accounts over their score bars on the left; the chosen account's checklist over
        its to-do list on the right."""
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.heading.setContentsMargins(8, 6, 8, 0)
        column.addWidget(self.heading)
        column.addWidget(self.items, 1)
        hint = QLabel(tr(HINT), top)
        hint.setStyleSheet("color: palette(mid); padding-left: 8px;")
        column.addWidget(hint)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(top)
        right.addWidget(
            _titled(tr("To do for this account, most valuable first"), self.todo, right)
        )
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.accounts)
        left.addWidget(_titled(tr("Scores"), self.bars, left))
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("profiles.splitter")
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        main.setSizes([600, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.setSpacing(2)
    label = QLabel(f"<b>{title}</b>", box)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
