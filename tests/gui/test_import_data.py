"""File > Import data...: a user picks a file, the sheet, target, columns and names, sees the
preview, imports as one undo step, or cancels; files that are not tables are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from smplanner.domain.plan import Plan
from smplanner.gui.actions import ActionName, action
from smplanner.gui.import_data.dialog import ImportDataDialog
from smplanner.gui.main_window import MainWindow
from smplanner.gui.undo import PlanEditor
from tests.gui.import_steps import (
    cell_combo,
    pick,
    row_of,
    rows,
    settle,
    summary,
    while_shown,
)
from tests.gui.window_steps import choose_file

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def open_dialog(qtbot, editor: PlanEditor, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(path: Path) -> ImportDataDialog:
        dialog = ImportDataDialog(editor, path, mappings=tmp_path / "mappings.json")
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, dialog)
        return dialog

    return make


def actual(plan: Plan, network: str, kpi: str, period: int) -> float | None:
    frame = plan.frame("tracking")
    hit = frame[(frame.network == network) & (frame.kpi == kpi) & (frame.period == period)]
    return None if hit.empty else float(hit.actual.iloc[-1])


def test_file_menu_imports_a_daily_export_as_one_undo_step(
    qtbot, main: MainWindow, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    item = action(main.window, ActionName.IMPORT_DATA)
    assert item.shortcut().toString() == "Ctrl+Shift+I"
    assert "spreadsheet or CSV" in item.statusTip()
    assert main.editor is not None
    plan = main.editor.plan
    before = plan.snapshot()
    choose_file(monkeypatch, "open", samples / "daily_new_followers.xlsx")
    seen: list[str] = []

    def steps(dialog: ImportDataDialog) -> None:
        settle(qtbot, dialog)
        seen.append(summary(dialog))
        assert not dialog.import_button.isEnabled()  # the file names no network
        pick(qtbot, dialog.network, "LinkedIn")
        settle(qtbot, dialog)
        seen.append(summary(dialog))
        seen.extend("|".join(r) for r in rows(dialog.landing_view))
        qtbot.mouseClick(dialog.import_button, CLICK)

    while_shown(qtbot, steps)
    item.trigger()
    assert seen[0] == "The file names no network: choose the network it is for"
    assert seen[1].startswith("Tracking values: 4 new, 0 changed, 0 left alone")
    assert "LinkedIn|Impressions|Jan 2027||3,565" in seen
    assert "LinkedIn|Link clicks|Feb 2027||140" in seen
    assert actual(plan, "LinkedIn", "Impressions", 1) == 3565  # 100 + 101 + … + 130
    assert actual(plan, "LinkedIn", "Link clicks", 2) == 140  # 28 days of 5
    assert main.editor.stack.count() == 1
    undo = action(main.window, ActionName.UNDO)
    assert undo.text() == "&Undo Import daily_new_followers.xlsx"
    undo.trigger()
    assert plan.snapshot() == before


def test_monthly_sheet_replace_and_a_name_taken_as_a_network(
    qtbot, qtmodeltester, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "monthly_tracking.xlsx")
    assert "wide by period" in dialog.reason.text()
    assert dialog.target.currentText() == "Tracking values"
    assert not dialog.network.isEnabled()  # the file names each row's network
    assert rows(dialog.columns_view)[2][2:] == ("This period's values", "numbers for Jan 2027")
    said = summary(dialog)
    assert "0 new, 0 changed, 3 left alone (different in the plan), 5 already the same" in said
    assert "no such network in the plan: Mastodon" in said
    assert rows(dialog.names_view) == [("Mastodon", "network", "Leave out")]
    qtbot.mouseClick(dialog.replace, CLICK)
    settle(qtbot, dialog)
    assert "0 new, 3 changed, 0 left alone" in summary(dialog)
    pick(qtbot, cell_combo(dialog.names_view, 0, 2), "Facebook")
    settle(qtbot, dialog)
    assert "Mastodon" not in summary(dialog)
    landed = rows(dialog.landing_view)
    assert ("Facebook", "Followers", "Mar 2027") in [r[:3] for r in landed]
    for model in (dialog.columns, dialog.name_choices, dialog.landing):
        qtmodeltester.check(model)
    qtbot.mouseClick(dialog.import_button, CLICK)
    assert dialog.result() == ImportDataDialog.DialogCode.Accepted
    plan = editor.plan
    assert actual(plan, "LinkedIn", "Followers", 3) == 1150
    assert actual(plan, "LinkedIn", "Sales qualified opportunities (SQO)", 2) == 3
    assert actual(plan, "Facebook", "Followers", 3) == 70
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before


def test_cost_list_with_a_decimal_comma(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "costs.csv")
    assert dialog.target.currentText() == "Cost lines"
    assert not dialog.network.isEnabled()
    assert not dialog.extend.isVisible()  # every date falls in the plan's periods
    betrag = row_of(dialog.columns_view, "Betrag")
    assert rows(dialog.columns_view)[betrag][2] == "Amount"
    assert rows(dialog.columns_view)[betrag][3].startswith("amounts (1,250.50 or 1.250,50")
    assert summary(dialog).startswith("Cost lines: 3 new, 0 changed")
    landed = rows(dialog.landing_view)
    assert landed[0] == (
        "Jan 2027",
        "LinkedIn",
        "paid",
        "ad spend",
        "Carousel campaign",
        "",
        "1,250.5",
    )
    qtbot.mouseClick(dialog.import_button, CLICK)
    costs = editor.plan.frame("costs")
    line = costs[costs.note == "Carousel campaign"]
    assert line.amount.tolist() == [1250.5] and line.period.tolist() == [1]
    assert sorted(costs[costs.note == "Thread visuals"].amount) == [300.0]
    editor.stack.undo()
    assert editor.plan.snapshot() == before


def test_crm_deals_kept_or_replaced(qtbot, open_dialog, editor: PlanEditor, samples: Path) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "crm_deals.csv")
    assert dialog.target.currentText() == "Deals"
    assert summary(dialog).startswith("Deals: 2 new, 0 changed, 1 left alone")
    qtbot.mouseClick(dialog.replace, CLICK)
    settle(qtbot, dialog)
    assert summary(dialog).startswith("Deals: 2 new, 1 changed, 0 left alone")
    assert [r[0] for r in rows(dialog.landing_view)] == ["D-1001", "D-2001", "D-2002"]
    qtbot.mouseClick(dialog.import_button, CLICK)
    deals = editor.plan.frame("deals").set_index("deal_id")
    assert deals.at["D-1001", "value"] == 13500
    assert deals.at["D-2001", "value"] == 4800 and deals.at["D-2002", "stage"] == "Lost"
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert editor.plan.snapshot() == before


def test_a_column_changed_and_the_mapping_saved_comes_back(
    qtbot, open_dialog, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(samples / "daily_new_followers.xlsx")
    pick(qtbot, dialog.network, "LinkedIn")
    settle(qtbot, dialog)
    clicks = row_of(dialog.columns_view, "Clicks")
    pick(qtbot, cell_combo(dialog.columns_view, clicks, 2), "Skip")
    settle(qtbot, dialog)
    assert rows(dialog.columns_view)[clicks][3] == "not imported"
    assert summary(dialog).startswith("Tracking values: 2 new")
    assert {r[1] for r in rows(dialog.landing_view)} == {"Impressions"}
    organic = row_of(dialog.columns_view, "Organic followers")
    assert rows(dialog.columns_view)[organic][2] == "KPI: Followers"
    pick(
        qtbot,
        cell_combo(dialog.columns_view, organic, 3),
        "new followers each day (gains, added up)",
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Page export", True))
    qtbot.mouseClick(dialog.save_button, CLICK)
    dialog.reject()
    again = open_dialog(samples / "daily_new_followers.xlsx")
    assert again.saved_box.currentText() == "Page export"
    assert rows(again.columns_view)[clicks][2] == "Skip"
    assert rows(again.columns_view)[organic][3].startswith("new followers each day")
    assert again.request().readings[organic] == "gains"
    pick(qtbot, again.target, "Cost lines")
    settle(qtbot, again)
    assert summary(again).startswith("Cannot import: New followers: not a cost list")
    assert not again.import_button.isEnabled()


def test_bad_cells_listed_and_the_good_rows_imported_on_request(
    qtbot, qtmodeltester, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(samples / "daily_bad_cells.csv")
    pick(qtbot, dialog.network, "X")
    settle(qtbot, dialog)
    assert summary(dialog).startswith("2 bad cells, listed under Bad cells")
    assert rows(dialog.bad_view) == [
        ("3", "Impressions", "n/a", "a number"),
        ("5", "date", "2027-13-45", "a date such as 2027-01-31"),
    ]
    assert dialog.tabs.currentWidget() is dialog.bad_view
    qtmodeltester.check(dialog.bad)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.good_rows, CLICK)
    settle(qtbot, dialog)
    assert "2 bad cells left out" in summary(dialog)
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    assert actual(plan, "X", "Impressions", 1) == 250  # 120 + 130; n/a and row 5 left out
    assert actual(plan, "X", "Link clicks", 1) == 15  # 4 + 5 + 6
    assert actual(plan, "X", "Impressions", 2) == 150


def test_what_is_not_a_table_is_said_in_the_dialog(
    qtbot, open_dialog, editor: PlanEditor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    picture = tmp_path / "chart.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog = open_dialog(picture)
    assert summary(dialog).startswith("Cannot import: ")
    assert "chart.xlsx" in summary(dialog)
    assert not dialog.import_button.isEnabled()
    binary = tmp_path / "dump.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    dialog = open_dialog(binary)
    assert summary(dialog) == "Cannot import: dump.csv is not a text table (it holds binary data)"
    qtbot.mouseClick(dialog.cancel_button, CLICK)
    assert editor.plan.snapshot() == before and editor.stack.count() == 0


def test_cancel_changes_nothing_and_a_second_sheet_can_be_chosen(
    qtbot, open_dialog, editor: PlanEditor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Read me"
    notes.append(["Exported from the analytics page"])
    daily = book.create_sheet("Daily")
    daily.append(["Date", "Network", "Impressions"])
    daily.append(["2027-01-05", "YouTube", 900])
    path = tmp_path / "two sheets.xlsx"
    book.save(path)
    before = editor.plan.snapshot()
    dialog = open_dialog(path)
    assert "Read me holds no table" in summary(dialog)
    assert dialog.sheet.isEnabled()
    pick(qtbot, dialog.sheet, "Daily")
    settle(qtbot, dialog)
    assert summary(dialog).startswith("Tracking values: 1 new")
    assert rows(dialog.landing_view) == [("YouTube", "Impressions", "Jan 2027", "", "900")]
    qtbot.mouseClick(dialog.cancel_button, CLICK)
    assert dialog.result() == ImportDataDialog.DialogCode.Rejected
    assert editor.plan.snapshot() == before and editor.stack.count() == 0


def test_a_name_added_to_the_catalogue_goes_with_its_values_in_one_undo_step(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "monthly_tracking.xlsx")
    pick(qtbot, cell_combo(dialog.names_view, 0, 2), "Add to the plan's networks")
    settle(qtbot, dialog)
    said = summary(dialog)
    assert said.startswith("Tracking values: 3 new, 0 changed, 3 left alone")
    assert "Added to Networks: Mastodon" in said
    assert ("Mastodon", "Followers", "Jan 2027", "", "50") in rows(dialog.landing_view)
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    assert plan.keys("networks")[-1] == "Mastodon"
    assert actual(plan, "Mastodon", "Followers", 3) == 70
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before


def test_crm_touches_add_a_new_channel_with_them(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    touches = editor.plan.row_count("touches")
    dialog = open_dialog(samples / "crm_touches.csv")
    assert dialog.target.currentText() == "Touches"
    said = summary(dialog)
    assert said.startswith("Touches: 2 new, 0 changed, 0 left alone")
    assert "1 already the same" in said
    assert "Added to Other channels: Podcast" in said
    assert rows(dialog.landing_view) == [
        ("D-1002", "2027-01-15", "LinkedIn", "Carousel campaign"),
        ("D-1002", "2027-02-03", "Podcast", "Guest episode"),
    ]
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    assert plan.row_count("touches") == touches + 2
    assert plan.keys("other_channels")[-1] == "Podcast"
    editor.stack.undo()
    assert plan.snapshot() == before


def test_a_follower_count_read_as_gains_and_back_as_a_level(
    qtbot, qtmodeltester, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "daily_follower_count.csv")
    count = row_of(dialog.columns_view, "Follower count")
    assert rows(dialog.columns_view)[count][2] == "KPI: Followers"
    reading = cell_combo(dialog.columns_view, count, 3)
    assert reading.currentText() == ("guessed: the follower count each day (a level)")
    assert reading.toolTip().startswith("Read as the follower count each day")
    assert "it never falls by much" in reading.toolTip()
    assert summary(dialog).startswith("Tracking values: 0 new, 0 changed, 4 left alone")
    pick(qtbot, reading, "new followers each day (gains, added up)")
    settle(qtbot, dialog)
    assert dialog.request().readings[count] == "gains"
    said = summary(dialog)
    assert said.startswith("Tracking values: 0 new, 0 changed, 2 left alone")  # MQLs only
    why = "LinkedIn: the file starts in the plan's first period, so the count before it is"
    assert f"Not imported, 'Follower count': {why}" in said
    reading = cell_combo(dialog.columns_view, count, 3)
    assert "as you said" in reading.toolTip() and why in reading.toolTip()
    pick(qtbot, reading, "the follower count each day (a level)")
    qtbot.mouseClick(dialog.replace, CLICK)
    settle(qtbot, dialog)
    assert summary(dialog).startswith("Tracking values: 0 new, 4 changed, 0 left alone")
    landed = rows(dialog.landing_view)
    assert ("LinkedIn", "Followers", "Feb 2027") in [r[:3] for r in landed]
    qtmodeltester.check(dialog.columns)
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    assert actual(plan, "LinkedIn", "Followers", 1) == 1090  # 1,000 + 3 x 30, on 31 January
    assert actual(plan, "LinkedIn", "Followers", 2) == 1174  # 1,000 + 3 x 58, on 28 February
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before


def test_new_followers_are_gains_summed_onto_the_count_the_plan_holds(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.commands import SetCells

    # The plan's first period becomes December 2026: its LinkedIn follower count then
    # stands just before the file's first day, so the day's gains can be added to it.
    editor.plan.apply(SetCells("settings", ((0, "first_period", "2026-12"),)))
    december = actual(editor.plan, "LinkedIn", "Followers", 1)
    assert december is not None
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "daily_new_followers.xlsx")
    pick(qtbot, dialog.network, "LinkedIn")
    settle(qtbot, dialog)
    organic = row_of(dialog.columns_view, "Organic followers")
    sponsored = row_of(dialog.columns_view, "Sponsored followers")
    assert rows(dialog.columns_view)[organic][2] == "KPI: Followers"
    reading = cell_combo(dialog.columns_view, organic, 3)
    assert reading.currentText() == ("guessed: new followers each day (gains, added up)")
    assert "its values (median 3) are small against the" in reading.toolTip()
    qtbot.mouseClick(dialog.replace, CLICK)
    settle(qtbot, dialog)
    assert summary(dialog).startswith("Tracking values: 4 new, 2 changed")
    # Sponsored followers read as a level: the file then gives the count itself, and the
    # organic gains are left out with that reason.
    pick(
        qtbot,
        cell_combo(dialog.columns_view, sponsored, 3),
        "the follower count each day (a level)",
    )
    settle(qtbot, dialog)
    said = summary(dialog)
    assert "Not imported, 'Organic followers': LinkedIn: the file gives the follower count" in said
    pick(
        qtbot,
        cell_combo(dialog.columns_view, sponsored, 3),
        "guessed: new followers each day (gains, added up)",
    )
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    # January: 92 organic (2 + n % 3 over 31 days) and 15 sponsored (n % 2); February:
    # 84 and 14 more.
    assert actual(plan, "LinkedIn", "Followers", 2) == december + 92 + 15
    assert actual(plan, "LinkedIn", "Followers", 3) == december + 92 + 15 + 84 + 14
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before


def test_dates_outside_the_plans_periods_are_counted_and_named(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.commands import SetCells

    editor.plan.apply(SetCells("settings", ((0, "first_period", "2027-02"),)))
    dialog = open_dialog(samples / "daily_new_followers.xlsx")
    pick(qtbot, dialog.network, "LinkedIn")
    settle(qtbot, dialog)
    said = summary(dialog)
    assert said.startswith("Tracking values: 2 new")  # February's impressions and clicks
    assert "Not imported, 62 values outside the plan's periods: 2027-01-01 … 2027-01-31" in said
    assert dialog.extend.isVisible() and not dialog.extend.isChecked()
    assert dialog.extend.text() == "&Extend the plan to cover them (adds 1 period)"


def test_the_plan_extended_to_cover_the_files_dates_in_the_same_undo_step(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.commands import SetCells

    plan = editor.plan
    plan.apply(SetCells("settings", ((0, "first_period", "2027-02"),)))
    followers = actual(plan, "LinkedIn", "Followers", 1)  # February's, before the move
    before = plan.snapshot()
    dialog = open_dialog(samples / "daily_new_followers.xlsx")
    pick(qtbot, dialog.network, "LinkedIn")
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.extend, CLICK)
    settle(qtbot, dialog)
    said = summary(dialog)
    assert said.startswith("Tracking values: 4 new")  # January's values too
    assert "The plan's periods are extended: 1 added before the first, 0 after the last" in said
    assert "outside the plan's periods" not in said
    assert dialog.extend.isVisible() and dialog.extend.isChecked()
    landed = rows(dialog.landing_view)
    assert ("LinkedIn", "Impressions", "Jan 2027", "", "3,565") in landed
    qtbot.mouseClick(dialog.import_button, CLICK)
    settings = plan.frame("settings").iloc[0]
    assert (settings.first_period, int(settings.periods)) == ("2027-01", 7)
    assert actual(plan, "LinkedIn", "Impressions", 1) == 3565
    assert actual(plan, "LinkedIn", "Link clicks", 2) == 140
    assert actual(plan, "LinkedIn", "Followers", 2) == followers  # moved with February
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before


def planner_mark(plan: Plan, stage: str, goal: str, tactic: str, kpi: str) -> object:
    frame = plan.frame("planner")
    hit = frame[(frame.stage == stage) & (frame.goal == goal) & (frame.tactic == tactic)]
    return None if hit.empty else hit[kpi].iloc[0]


def test_a_home_made_kpi_planner_with_its_plain_marks_read_as_primary(
    qtbot, qtmodeltester, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "kpi_planner.xlsx")
    assert dialog.target.currentText() == "KPI planner"
    assert "planner: 'Stage', 'Goal' and 'Tactic' name each row" in dialog.reason.text()
    assert dialog.plain.isVisible() and dialog.plain.currentText() == "Secondary"
    assert not dialog.network.isEnabled()
    mqls = row_of(dialog.columns_view, "MQLs")
    assert rows(dialog.columns_view)[mqls][2:] == (
        "KPI: Marketing qualified contacts (MQC)",
        "marks: P or 1 Primary, S or 2 Secondary, X or ✓ as chosen above, empty or - none",
    )
    said = summary(dialog)
    assert said.startswith("Planner marks: 3 new, 0 changed, 7 left alone")
    assert "1 planner row added" in said  # Consideration, Generate leads, Podcast
    assert "Not imported, no such stage in the plan: Delight" in said
    assert "Not imported, no such KPI in the plan: Webinar attendees" in said
    assert rows(dialog.names_view) == [
        ("Delight", "stage", "Leave out"),
        ("Webinar attendees", "KPI", "Leave out"),
    ]
    assert ("Consideration", "Generate leads", "Podcast", "Impressions", "", "S") in rows(
        dialog.landing_view
    )
    pick(qtbot, cell_combo(dialog.names_view, 0, 2), "Retention")
    settle(qtbot, dialog)
    webinar = row_of(dialog.names_view, "Webinar attendees")
    pick(qtbot, cell_combo(dialog.names_view, webinar, 2), "Event registrations")
    settle(qtbot, dialog)
    pick(qtbot, dialog.plain, "Primary")
    settle(qtbot, dialog)
    said = summary(dialog)
    # Read as Primary, the X's agree with five of the plan's marks (Event registrations
    # for the webinar among them, the column taken as that KPI).
    assert said.startswith("Planner marks: 4 new, 0 changed, 3 left alone")
    assert "5 already the same" in said
    assert "2 planner rows added" in said and "Delight" not in said
    landed = rows(dialog.landing_view)
    assert ("Consideration", "Generate leads", "Podcast", "Impressions", "", "P") in landed
    assert ("Retention", "Win customers", "Case study", "Followers", "", "P") in landed
    qtbot.mouseClick(dialog.replace, CLICK)
    settle(qtbot, dialog)
    assert summary(dialog).startswith("Planner marks: 4 new, 3 changed, 0 left alone")
    for model in (dialog.columns, dialog.name_choices, dialog.landing):
        qtmodeltester.check(model)
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    mqc = "Marketing qualified contacts (MQC)"
    assert planner_mark(plan, "Consideration", "Generate leads", "Podcast", mqc) == "P"
    webinar_row = ("Consideration", "Generate leads", "Webinar")
    assert planner_mark(plan, *webinar_row, "Event registrations") == "P"
    assert planner_mark(plan, *webinar_row, "Link clicks") == "P"
    assert (
        planner_mark(plan, "Awareness", "Grow audience", "Employee advocacy", "Impressions") == "P"
    )
    assert planner_mark(plan, "Awareness", "Grow audience", "Employee advocacy", "notes") == (
        "Weekly"
    )
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before


def test_a_planner_stage_the_plan_lacks_can_be_added_with_its_rows(
    qtbot, open_dialog, editor: PlanEditor, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan.snapshot()
    dialog = open_dialog(samples / "kpi_planner.xlsx")
    pick(qtbot, cell_combo(dialog.names_view, 0, 2), "Add to the plan's stages")
    settle(qtbot, dialog)
    said = summary(dialog)
    assert "Added to Stages: Delight" in said and "no such stage" not in said
    assert "2 planner rows added" in said
    qtbot.mouseClick(dialog.import_button, CLICK)
    plan = editor.plan
    assert "Delight" in plan.keys("stages")
    assert planner_mark(plan, "Delight", "Win customers", "Case study", "Followers") == "S"
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert plan.snapshot() == before
