"""The Deals and Attribution tabs, driven as a user does: a deal and its touches typed in,
the models side by side follow, another model chosen and undone."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTableView,
    QWidget,
)

from smplanner.domain.commands import SetCells
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.attribution.section import AttributionSection
from smplanner.gui.sections.deals.section import DealsSection
from smplanner.gui.undo import PlanEditor


def _visible(qtbot, parent: QWidget, kind: type) -> QWidget:  # type: ignore[no-untyped-def]
    def found() -> list[QWidget]:
        return [w for w in parent.findChildren(kind) if w.isVisible()]

    qtbot.waitUntil(lambda: len(found()) == 1)
    return found()[0]


def type_into(qtbot, view: QTableView, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """F2 on the cell, then the text: a choice by its first letters, else typed, Enter."""
    view.setCurrentIndex(view.model().index(row, column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState)
    dates = [w for w in view.findChildren(QDateEdit) if w.isVisible()]
    if dates:  # the date box: the date set as a pick would, Enter keeps it
        dates[0].setDate(QDate.fromString(text, Qt.DateFormat.ISODate))
        dates[0].setFocus()
        qtbot.keyClick(dates[0], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
        return
    combos = [w for w in view.findChildren(QComboBox) if w.isVisible()]
    if combos:
        combo = combos[0]
        combo.setFocus()
        qtbot.keyClicks(combo, text)
        if shiboken6.isValid(combo) and combo.isVisible():
            qtbot.keyClick(combo, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
        return
    line = _visible(qtbot, view, QLineEdit)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_a_deal_and_its_touches_typed_in_are_credited(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.document.new(example=False)
    editor = main.document.editor
    assert editor is not None
    plan = editor.plan
    editor.execute(SetCells("settings", ((0, "first_period", "2026-01"),)))
    deals = main.section(DealsSection)
    assert isinstance(deals, DealsSection)
    main.tabs.setCurrentWidget(deals)
    deals.action("deals.add").trigger()
    assert plan.keys("deals") == ["Deal"]
    columns = deals.deals.column_number
    type_into(qtbot, deals.deals_view, 0, columns("value"), "10000")
    type_into(qtbot, deals.deals_view, 0, columns("stage"), "w")
    type_into(qtbot, deals.deals_view, 0, columns("close"), "2026-01-22")
    assert plan.value("deals", 0, "stage") == "Won"
    assert plan.value("deals", 0, "close") == dt.date(2026, 1, 22)
    for number, (day, channel) in enumerate(
        (("2026-01-01", "Li"), ("2026-01-11", "E"), ("2026-01-21", "X"))
    ):
        deals.deals_view.setCurrentIndex(deals.deals.index(0, 0))
        deals.action("touches.add").trigger()
        touches = deals.touches.column_number
        type_into(qtbot, deals.touches_view, number, touches("date"), day)
        type_into(qtbot, deals.touches_view, number, touches("channel"), channel)
    assert [t["channel"] for t in plan.records("touches")] == ["LinkedIn", "Email", "X"]
    assert {t["deal"] for t in plan.records("touches")} == {"Deal"}
    attribution = main.section(AttributionSection)
    assert isinstance(attribution, AttributionSection)
    main.tabs.setCurrentWidget(attribution)
    qtbot.waitUntil(lambda: attribution.found["won_value"] == 10_000)
    models = attribution.models
    rows = {models.verticalHeaderItem(r).text(): r for r in range(models.rowCount())}
    assert models.item(rows["LinkedIn"], 3).text() == "4,000.00"  # position-based
    assert models.item(rows["Email"], 4).text() == "2,461.05"  # time decay
    assert models.item(rows["Social networks"], 3).text() == "8,000.00"
    assert "credits the social networks with 8,000.00 EUR" in attribution.summary.text()
    assert attribution.chart is not None
    assert attribution.chart.readout_at(0).startswith("LinkedIn: first touch 10,000.00")
    # another model, then undo: one step each
    combo = attribution.model.fields["attribution_model"].widget
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClicks(combo, "l")  # last touch
    qtbot.waitUntil(lambda: attribution.found["model"] == "last_touch")
    assert "credits the social networks with 10,000.00 EUR" in attribution.summary.text()
    editor.stack.undo()
    qtbot.waitUntil(lambda: attribution.found["model"] == "position_based")
    roles = attribution.roles
    names = [roles.verticalHeaderItem(r).text() for r in range(roles.rowCount())]
    row = names.index("Originating source: all networks")
    assert roles.item(row, 0).text() == "1"
    attribution.grab().save("/tmp/attribution-tab.png")
    # deleting the deal takes its touches with it, in one undo step
    main.tabs.setCurrentWidget(deals)
    deals.deals_view.setCurrentIndex(deals.deals.index(0, 0))
    deals.action("deals.delete").trigger()
    assert plan.row_count("touches") == 0
    editor.stack.undo()
    assert plan.row_count("touches") == 3


def test_a_touch_needs_a_deal_first(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    editor.plan.apply(SetCells("settings", ((0, "first_period", "2027-01"),)))
    section = DealsSection(editor)
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.message) as said:
        assert not section.add_touch()
    assert said.args[0] == "Choose a deal first: a touch belongs to a deal"
