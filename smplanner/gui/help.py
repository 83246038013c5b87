"""The Help menu's own pages: a getting-started guide and the keyboard shortcuts.

The shortcuts are read from the window's actions when the page opens, so the list says
what the keys do today, whatever was added or changed since.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.actions import ActionName

STEPS = (
    (
        QT_TRANSLATE_NOOP("", "Catalogues"),
        QT_TRANSLATE_NOOP(
            "",
            "Make the lists your own first: the buyer-journey stages, your goals, the "
            "tactics you use, your networks and the KPIs you can count. Every other tab "
            "offers these names.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "KPI planner"),
        QT_TRANSLATE_NOOP(
            "",
            "Add a row per stage, goal and tactic you work on (Insert), then mark the KPIs "
            "that judge it: P for primary (one to three a row), S for secondary. A row "
            "marked ⚠ has no primary KPI or too many.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "Maturity"),
        QT_TRANSLATE_NOOP(
            "",
            "Rate where the team stands (C) and wants to be (T) on each dimension, tick the "
            "evidence that proves it, and answer the readiness check before you automate.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "Profiles"),
        QT_TRANSLATE_NOOP(
            "", "Check each of your accounts against the profile checklist; fix the gaps."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "Requests"),
        QT_TRANSLATE_NOOP(
            "",
            "Note incoming connection requests and decide: accept, reply first or ignore.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "Measuring"),
        QT_TRANSLATE_NOOP(
            "",
            "Set the currency and the periods, then type target and actual per network and "
            "KPI each period; add the costs of the work and the returns it brought.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "ROI dashboard"),
        QT_TRANSLATE_NOOP(
            "",
            "Read what it all cost and returned: ROI and the cost per follower, MQC and "
            "SQO, period by period.",
        ),
    ),
)


def getting_started_html() -> str:
    """The guide: the tabs in the order to fill them in, and how the file works."""
    steps = "".join(
        f"<li><b>{html.escape(tr(name))}</b> — {html.escape(tr(text))}</li>" for name, text in STEPS
    )
    return (
        "<h3>"
        + html.escape(tr("Getting started"))
        + "</h3><p>"
        + html.escape(
            tr(
                "A plan says which social media work judges itself by which KPIs, and then "
                "proves what it returned. Fill in the tabs in this order:"
            )
        )
        + f"</p><ol>{steps}</ol><p>"
        + html.escape(
            tr(
                "Every edit can be undone (Ctrl+Z). The plan is saved as an Excel workbook "
                "your colleagues can open; each tab prints as a one-page chart (File > "
                "Print or Export PDF). To see a finished plan, choose Help > Open Example "
                "Plan."
            )
        )
        + "</p>"
    )


def plain_text(action: QAction) -> str:
    """An action's menu text without its mnemonic ampersands and trailing dots."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def keys_text(action: QAction) -> str:
    """The action's keys as this platform writes them ("Ctrl+S", "⌘S")."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def where(action: QAction, tabs: dict[QObject, str]) -> str:
    """The tab an action belongs to, else the menu it sits in, else "Everywhere"."""
    owner: QObject | None = action.parent()
    while owner is not None:
        if owner in tabs:
            return tabs[owner]
        owner = owner.parent()
    for holder in action.associatedObjects():
        if isinstance(holder, QMenu) and holder.title():
            return holder.title().replace("&", "")
    return tr("Everywhere")


def shortcut_rows(
    actions: Iterable[QAction], tabs: dict[QObject, str]
) -> list[tuple[str, str, str, str]]:
    """(where, keys, command, what it does) of every action with keys, in menu and tab order."""
    rows = []
    seen = set()
    for action in actions:
        keys = keys_text(action)
        if not keys or action.isSeparator() or id(action) in seen:
            continue
        seen.add(id(action))
        rows.append((where(action, tabs), keys, plain_text(action), action.statusTip()))
    order = {place: n for n, place in enumerate(dict.fromkeys(r[0] for r in rows))}
    return sorted(rows, key=lambda row: order[row[0]])


def shortcuts_html(rows: list[tuple[str, str, str, str]]) -> str:
    body = ""
    place = None
    for here, keys, command, tip in rows:
        if here != place:
            body += f"<tr><td colspan='3'><br><b>{html.escape(here)}</b></td></tr>"
            place = here
        body += (
            f"<tr><td><code>{html.escape(keys)}</code>&nbsp;&nbsp;</td>"
            f"<td>{html.escape(command)}&nbsp;&nbsp;</td>"
            f"<td><span style='color: palette(mid)'>{html.escape(tip)}</span></td></tr>"
        )
    intro = tr(
        "The keys of the whole window, then of each tab (those work while its table has "
        "the focus). The same commands are in the menus and on right-click."
    )
    return (
        "<h3>" + html.escape(tr("Keyboard shortcuts")) + "</h3>"
        f"<p>{html.escape(intro)}</p><table cellspacing='2'>{body}</table>"
    )


class HelpPage(QDialog):
    """A page of help text with a Close button; links open in the browser."""

    def __init__(self, name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(100 * char, 40 * self.fontMetrics().height())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def add_actions(
    menu: QMenu,
    before: QAction,
    getting_started: Callable[[], object],
    shortcuts: Callable[[], object],
    open_example: Callable[[], object],
) -> None:
    """Help's own items, put before ``before`` (About)."""
    for name, text, keys, tip, slot in (
        (
            ActionName.GETTING_STARTED,
            tr("&Getting Started"),
            [QKeySequence(QKeySequence.StandardKey.HelpContents)],
            tr("The tabs in the order to fill them in"),
            getting_started,
        ),
        (
            ActionName.SHORTCUTS,
            tr("&Keyboard Shortcuts"),
            [],
            tr("Every key of the window and its tabs"),
            shortcuts,
        ),
        (
            ActionName.OPEN_EXAMPLE,
            tr("Open &Example Plan"),
            [],
            tr("Look around a finished plan (asks to save your changes first)"),
            open_example,
        ),
    ):
        item = QAction(text, menu.parent())
        item.setObjectName(name)
        item.setShortcuts(keys)
        item.setStatusTip(tip)
        item.triggered.connect(slot)
        menu.insertAction(before, item)
        if name != ActionName.GETTING_STARTED:
            menu.insertSeparator(before)


def show_getting_started(window: QMainWindow) -> HelpPage:
    page = HelpPage("help.getting_started", tr("Getting Started"), getting_started_html(), window)
    page.show()
    return page


def window_actions(window: QMainWindow, sections: Sequence[QWidget]) -> list[QAction]:
    """The window's actions menu by menu (submenus where they sit), then each tab's."""
    ordered: list[QAction] = []
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop(0)
        if not isinstance(menu, QMenu):
            continue
        for item in menu.actions():
            if isinstance(item.menu(), QMenu):
                menus.insert(0, item.menu())
            else:
                ordered.append(item)
    for section in sections:
        ordered += section.findChildren(QAction)
    return ordered


def show_shortcuts(window: QMainWindow, sections: Sequence[QWidget]) -> HelpPage:
    """The keys as the actions hold them now."""
    tabs: dict[QObject, str] = {s: tr(str(getattr(s, "title", ""))) for s in sections}
    text = shortcuts_html(shortcut_rows(window_actions(window, sections), tabs))
    page = HelpPage("help.shortcuts", tr("Keyboard Shortcuts"), text, window)
    page.show()
    return page
