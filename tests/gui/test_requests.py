"""The Requests tab, used as a user would: log, rate with F/D/R, override, count, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from smplanner.domain.catalogue import blank_plan
from smplanner.gui.grid.table_model import Role
from smplanner.gui.sections.requests.section import VERDICT, WHY, RequestsSection
from smplanner.gui.undo import PlanEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def requests(qtbot) -> Iterator[RequestsSection]:  # type: ignore[no-untyped-def]
    """The Requests tab on a new blank plan: an empty log."""
    widget = RequestsSection(PlanEditor(blank_plan()))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def example(qtbot, editor: PlanEditor) -> Iterator[RequestsSection]:  # type: ignore[no-untyped-def]
    widget = RequestsSection(editor)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def open_editor(qtbot, section: RequestsSection, kind: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    def shown() -> list[QWidget]:
        return [w for w in section.view.findChildren(kind) if w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def close(qtbot, editor: QWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def cell(section: RequestsSection, row: int, name: str):  # type: ignore[no-untyped-def]
    if name in (VERDICT, WHY):
        return section.proxy.index(row, section.proxy.extra_column(name))
    return section.proxy.index(row, section.model.column_number(name))


def log(qtbot, section: RequestsSection, name: str) -> int:  # type: ignore[no-untyped-def]
    """Insert, type the name, Enter: the row of the new request."""
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Insert)
    line = open_editor(qtbot, section, QLineEdit)
    qtbot.keyClicks(line, name)
    close(qtbot, line, Qt.Key.Key_Return)
    return section.model.rowCount() - 1


def rate(qtbot, section: RequestsSection, row: int, keys: str) -> None:  # type: ignore[no-untyped-def]
    """From the photo sign, one key per sign: F fine, D doubtful, R red flag."""
    section.view.setCurrentIndex(cell(section, row, "photo"))
    for key in keys:
        qtbot.keyClick(section.view, getattr(Qt.Key, f"Key_{key}"))


def test_the_model_is_sound(qtmodeltester, example: RequestsSection) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(example.proxy, force_py=True)


def test_logging_and_rating_by_keys_gives_a_live_verdict(qtbot, requests: RequestsSection) -> None:  # type: ignore[no-untyped-def]
    plan = requests.plan
    row = log(qtbot, requests, "Top Growth Hacks")
    assert plan.row("requests", row)["date"] == dt.date.today()
    assert plan.value("requests", row, "network") == "LinkedIn"  # the first network
    assert plan.value("requests", row, "relationship") == "stranger"
    assert cell(requests, row, VERDICT).data() == "reply first"
    problem = requests.model.headerData(row, Qt.Orientation.Vertical, Role.PROBLEM)
    assert problem == (
        "Not rated yet: photo, contact details, proofreading, history, connections, "
        "message, activity."
    )
    rate(qtbot, requests, row, "RFFDFR")  # photo red, ..., history doubtful, ..., message red
    assert requests.view.currentIndex() == cell(requests, row, "activity")
    assert cell(requests, row, VERDICT).data() == "ignore"
    assert cell(requests, row, WHY).data() == "2 red flags: photo, message"
    assert cell(requests, row, "photo").data(Qt.ItemDataRole.BackgroundRole) is not None
    qtbot.waitUntil(lambda: "1 to finish" in requests.count_label.text())
    qtbot.keyClick(requests.view, Qt.Key.Key_F)
    assert requests.model.headerData(row, Qt.Orientation.Vertical, Role.PROBLEM) is None
    qtbot.waitUntil(lambda: requests.count_label.text() == "1 request")
    requests.editor.stack.undo()
    assert plan.value("requests", row, "activity") == ""


def test_a_known_contact_is_accepted_and_the_override_shows_as_yours(
    qtbot, requests: RequestsSection
) -> None:  # type: ignore[no-untyped-def]
    row = log(qtbot, requests, "Jonas Weber")
    requests.view.setCurrentIndex(cell(requests, row, "relationship"))
    qtbot.keyClick(requests.view, Qt.Key.Key_F2)
    combo = open_editor(qtbot, requests, QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("ally"))
    close(qtbot, combo, Qt.Key.Key_Return)
    requests.view.setCurrentIndex(cell(requests, row, "personalised"))
    qtbot.keyClick(requests.view, Qt.Key.Key_Space)
    assert requests.plan.value("requests", row, "personalised")
    requests.view.setCurrentIndex(cell(requests, row, "photo"))
    qtbot.keyClick(requests.view, Qt.Key.Key_F, CTRL | SHIFT)  # rate the rest fine
    assert cell(requests, row, VERDICT).data() == "accept"
    assert cell(requests, row, WHY).data() == "known ally, no red flag"
    requests.view.setCurrentIndex(cell(requests, row, "override"))
    qtbot.keyClick(requests.view, Qt.Key.Key_F2)
    combo = open_editor(qtbot, requests, QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("ignore"))
    close(qtbot, combo, Qt.Key.Key_Return)
    verdict = cell(requests, row, VERDICT)
    assert verdict.data() == "ignore (yours)"
    assert verdict.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Your decision: ignore. The rule says accept"
    )
    assert verdict.data(Qt.ItemDataRole.FontRole).bold()
    assert cell(requests, row, "override").data(Qt.ItemDataRole.FontRole).bold()


def test_counts_by_network_and_month_follow_the_log(qtbot, example: RequestsSection) -> None:  # type: ignore[no-untyped-def]
    counts = example.counts
    everything = counts.topLevelItem(0)
    assert [everything.text(c) for c in range(6)] == ["All months", "5", "1", "2", "2", "40 %"]
    assert [counts.topLevelItem(i).text(0) for i in range(1, 4)] == [
        "Jan 2027",
        "Feb 2027",
        "Mar 2027",
    ]
    example.view.setFocus()
    example.view.setCurrentIndex(cell(example, 0, "name"))
    qtbot.keyClick(example.view, Qt.Key.Key_Minus, CTRL)
    assert example.plan.row_count("requests") == 4
    qtbot.waitUntil(lambda: counts.topLevelItem(0).text(1) == "4")
    example.editor.stack.undo()
    qtbot.waitUntil(lambda: counts.topLevelItem(0).text(1) == "5")


def test_dates_are_picked_and_a_pasted_non_date_is_refused(qtbot, example: RequestsSection) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QDateEdit

    messages: list[str] = []
    example.message.connect(messages.append)
    example.view.setFocus()
    example.view.setCurrentIndex(cell(example, 0, "date"))
    qtbot.keyClick(example.view, Qt.Key.Key_F2)
    dates = open_editor(qtbot, example, QDateEdit)
    assert isinstance(dates, QDateEdit) and dates.date() == QDate(2027, 1, 8)
    assert dates.calendarPopup()
    dates.setDate(QDate(2027, 1, 9))
    close(qtbot, dates, Qt.Key.Key_Return)
    assert example.plan.value("requests", 0, "date") == dt.date(2027, 1, 9)
    QApplication.clipboard().setText("soon\n")
    example.paste()
    assert example.plan.value("requests", 0, "date") == dt.date(2027, 1, 9)
    assert "a date such as 2026-03-31" in messages[-1]
    QApplication.clipboard().setText("2027-04-01\tAnna\tX\n")  # a row from the sheet
    example.paste()
    row = example.plan.row("requests", 0)
    assert (row["date"], row["name"], row["network"]) == (dt.date(2027, 4, 1), "Anna", "X")


def test_a_paste_or_delete_reaching_the_verdict_leaves_it_alone(
    qtbot, example: RequestsSection
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    example.view.setFocus()
    example.view.setCurrentIndex(cell(example, 0, "note"))
    QApplication.clipboard().setText("Called back\taccept\twhatever\n")
    example.paste()  # the block runs on into the worked-out columns: they take nothing
    assert example.plan.value("requests", 0, "note") == "Called back"
    example.view.setCurrentIndex(cell(example, 0, VERDICT))
    example.delete_selection()
    assert cell(example, 0, VERDICT).data() == "accept"
    assert example.editor.stack.undoText() == "Paste 1 cell"


def test_f6_moves_to_the_counts_and_back(qtbot, example: RequestsSection) -> None:  # type: ignore[no-untyped-def]
    example.activateWindow()
    example.view.setFocus()
    qtbot.waitUntil(example.view.hasFocus)
    qtbot.keyClick(example.view, Qt.Key.Key_F6)
    assert example.counts.hasFocus()
    qtbot.keyClick(example.counts, Qt.Key.Key_F6)
    assert example.view.hasFocus()
