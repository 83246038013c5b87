"""The Pipeline tab, driven as a user does: a stage clicked, filters chosen, a deal edited,
the revenue target typed and undone, the pipeline KPIs filled into Tracking and undone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView

from smplanner.domain.commands import SetCells
from smplanner.domain.pipeline_kpis import INFLUENCED_KPI, SOURCED_KPI
from smplanner.domain.pipeline_tables import LEAD_POOLS
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.pipeline.section import OVERDUE, PipelineSection
from smplanner.gui.undo import PlanEditor


def pipeline_tab(qtbot, main: MainWindow, today: dt.date) -> PipelineSection:  # type: ignore[no-untyped-def]
    section = main.show_section(PipelineSection)
    section.today = lambda: today
    section.refresh()
    qtbot.waitUntil(lambda: section.chart is not None)
    return section


def shown_ids(section: PipelineSection) -> list[str]:
    model = section.filter
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def type_into(qtbot, view: QTableView, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    view.setCurrentIndex(view.model().index(row, column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState)
    line = next(w for w in view.findChildren(QLineEdit) if w.isVisible())
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_the_filter_passes_the_model_tester(qtmodeltester, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    section = PipelineSection(editor)
    section.filter.set_wanted("source", "influenced")
    qtmodeltester.check(section.filter)
    section.filter.set_wanted("stage", "Proposed")
    qtmodeltester.check(section.filter)
    section.deleteLater()


def test_stages_filters_and_an_edit_that_every_figure_follows(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # the example's open deals: D-1008 Proposed 40,000 closing 2027-06-25, D-1009 Scoped
    # 7,000 closing 2027-05-31; on 10 June D-1009 is overdue
    section = pipeline_tab(qtbot, main, dt.date(2027, 6, 10))
    board = section.stages
    proposed = board.stages.index("Proposed")
    assert board.horizontalHeaderItem(proposed).text() == "Proposed\n75 %"
    assert board.item(2, proposed).text() == "30,000.00 EUR"
    assert "1 open deal overdue" in section.summary.text()
    # clicking a stage lists its deals
    header = board.horizontalHeader()
    x = header.sectionViewportPosition(proposed) + header.sectionSize(proposed) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_ids(section) == ["D-1008"]
    assert section.combos["stage"].currentText() == "Proposed"
    section.action("pipeline.show_all").trigger()
    assert len(shown_ids(section)) == 12
    # lead pool and source from the combos, as a user picks them
    pool = section.combos["pool"]
    pool.setCurrentIndex(pool.findData("Medium"))
    pool.activated.emit(pool.currentIndex())
    assert shown_ids(section) == ["D-1009"]
    overdue = section.extras.extra_column(OVERDUE)
    assert section.filter.index(0, overdue).data() == "overdue"
    source = section.combos["source"]
    source.setCurrentIndex(source.findData("other"))
    source.activated.emit(source.currentIndex())
    assert shown_ids(section) == ["D-1009"]  # its touches are email and an event
    # an edit in the list: the stage board follows, and the undo brings it back
    value = section.model.column_number("value")
    type_into(qtbot, section.view, 0, value, "9000")
    scoped = board.stages.index("Scoped")
    qtbot.waitUntil(lambda: board.item(1, scoped).text() == "9,000.00 EUR")
    assert board.item(2, scoped).text() == "2,250.00 EUR"
    main.editor.stack.undo()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: board.item(1, scoped).text() == "7,000.00 EUR")


def test_the_target_typed_and_undone_and_the_kpis_filled(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = pipeline_tab(qtbot, main, dt.date(2027, 6, 1))
    editor = main.editor
    assert editor is not None
    plan = editor.plan
    levels = section.funnel.levels
    assert levels.item(0, 0).text() == "150,000.00 EUR"
    section.tabs.setCurrentIndex(1)
    field = section.funnel.target.fields["revenue_target"].widget
    assert isinstance(field, QLineEdit)
    steps = editor.stack.index()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "203750")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.stack.index() == steps + 1
    # 203,750 / 10,187.50 a deal = 20 deals; / 80 % = 25 SQO
    qtbot.waitUntil(lambda: levels.item(1, 0).text() == "20")
    assert levels.item(2, 0).text() == "25"
    editor.stack.undo()
    qtbot.waitUntil(lambda: levels.item(1, 0).text() == "15")
    assert field.text() == "150000"
    # a typed win rate wins over the tracked one, and says so
    win = section.funnel.typed[0].fields["typed_win_rate"].widget
    assert isinstance(win, QLineEdit)
    win.setFocus()
    qtbot.keyClicks(win, "50")
    qtbot.keyClick(win, Qt.Key.Key_Return)
    rates = section.funnel.rates
    qtbot.waitUntil(lambda: rates.item(1, 1).text() == "typed")
    assert rates.item(1, 0).text() == "50.0 %"
    editor.stack.undo()
    qtbot.waitUntil(lambda: rates.item(1, 1).text() == "tracked")

    # the open deals close in May and June, the plan's last two periods
    assert section.found["outside_periods"] == 0
    chart = section.chart
    assert chart is not None
    assert chart.readout_at(4).startswith("May 2027: 1 open deal; Best case 7,000.00 EUR")
    assert chart.readout_at(5).startswith("Jun 2027: 1 open deal; Best case 40,000.00 EUR")
    before = plan.row_count("tracking")
    steps = editor.stack.index()
    with qtbot.waitSignal(section.message) as said:
        section.action("pipeline.fill_kpis").trigger()
    assert editor.stack.index() == steps + 1
    assert said.args[0].startswith(
        "Filled the pipeline KPIs into Tracking: sourced by social 30,000.00 EUR"
    )
    tracking = plan.frame("tracking")
    sourced = tracking[(tracking["kpi"] == SOURCED_KPI) & (tracking["actual"] > 0)]
    assert sourced[["network", "period", "actual"]].values.tolist() == [["LinkedIn", 6, 30_000.0]]
    assert (tracking["kpi"] == INFLUENCED_KPI).sum() == len(plan.keys("networks")) * 6
    editor.stack.undo()
    assert plan.row_count("tracking") == before


def test_a_pool_without_stages_is_named_on_the_tab_until_undone(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = pipeline_tab(qtbot, main, dt.date(2027, 6, 10))
    assert "has no stages" not in section.summary.text()
    main.editor.execute(SetCells(LEAD_POOLS, ((0, "stages", ()),)))
    qtbot.waitUntil(lambda: "Lead pools, row 2: the pool" in section.summary.text())
    assert "has no stages" in section.summary.text()
    main.editor.stack.undo()
    qtbot.waitUntil(lambda: "has no stages" not in section.summary.text())
