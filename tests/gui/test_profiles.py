"""The Profiles tab, used as a user would: add accounts, press D/P/M/N, undo, read scores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from smplanner.domain import checklists
from smplanner.domain.catalogue import blank_plan
from smplanner.domain.commands import SetCells
from smplanner.gui.sections.profiles.section import NOTE, SCORE, STATUS, ProfilesSection
from smplanner.gui.undo import PlanEditor

from .test_catalogues import press_and_wait_closed, shown_editor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def profiles(qtbot, editor: PlanEditor) -> Iterator[ProfilesSection]:  # type: ignore[no-untyped-def]
    """The Profiles tab on the example plan (three accounts)."""
    widget = ProfilesSection(editor)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def blank(qtbot) -> Iterator[ProfilesSection]:  # type: ignore[no-untyped-def]
    """The Profiles tab on a new blank plan: default items, no account."""
    widget = ProfilesSection(PlanEditor(blank_plan()))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def status_cell(section: ProfilesSection, row: int):  # type: ignore[no-untyped-def]
    assert section.item_proxy is not None
    return section.item_proxy.index(row, section.item_proxy.extra_column(STATUS))


def test_the_models_are_sound(qtmodeltester, profiles: ProfilesSection) -> None:  # type: ignore[no-untyped-def]
    assert profiles.account_proxy is not None and profiles.item_proxy is not None
    qtmodeltester.check(profiles.account_proxy, force_py=True)
    qtmodeltester.check(profiles.item_proxy, force_py=True)


def test_the_first_account_is_shown_with_its_score_and_to_do(profiles: ProfilesSection) -> None:
    plan = profiles.plan
    checks = checklists.account_checks(plan, "Maria on LinkedIn")
    score = checklists.checks_score(checks)
    assert profiles.current_account() == "Maria on LinkedIn"
    assert f"score <b>{score * 100:.0f} %</b>" in profiles.heading.text()
    proxy = profiles.account_proxy
    assert proxy is not None
    score_cell = proxy.index(0, proxy.extra_column(SCORE))
    assert score_cell.data() == f"{score * 100:.0f} %"
    linkedin = checklists.network_scores(plan)["LinkedIn"]
    assert score_cell.data(Qt.ItemDataRole.ToolTipRole) == (
        f"{score * 100:.0f} %; 6 to do\nAll LinkedIn accounts: {linkedin * 100:.0f} %"
    )
    todo = [
        profiles.todo.item(r).data(Qt.ItemDataRole.UserRole) for r in range(profiles.todo.count())
    ]
    assert todo == [c.item for c in checklists.to_do(checks)]
    assert [bar.label for bar in profiles.bars.bars] == [
        "Accounts",
        *plan.keys("profile_accounts"),
        "Networks",
        "LinkedIn",
        "X",
    ]


def test_keys_set_statuses_step_down_and_undo(qtbot, blank: ProfilesSection) -> None:  # type: ignore[no-untyped-def]
    plan, stack = blank.plan, blank.editor.stack
    qtbot.keyClick(blank.accounts.view, Qt.Key.Key_Insert)  # add an account, name it
    line = shown_editor(qtbot, blank.accounts, QLineEdit)
    qtbot.keyClicks(line, "Me on LinkedIn")
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Return)
    assert blank.current_account() == "Me on LinkedIn"
    assert "0 %" in blank.heading.text()  # nothing checked: all counts as missing
    view = blank.items.view
    view.setFocus()
    view.setCurrentIndex(status_cell(blank, 0))
    for key in (Qt.Key.Key_D, Qt.Key.Key_P, Qt.Key.Key_M, Qt.Key.Key_N):
        qtbot.keyClick(view, key)
    assert [r["status"] for r in plan.records("profile_status")] == [
        "done",
        "partly",
        "missing",
        "not applicable",
    ]
    assert view.currentIndex() == status_cell(blank, 4)  # ready for the next item
    assert status_cell(blank, 1).data() == "partly"
    assert (
        stack.undoText() == "Set status of 'About text that states the value' for 'Me on LinkedIn'"
    )
    stack.undo()
    assert plan.row_count("profile_status") == 3
    view.setCurrentIndex(status_cell(blank, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # clears: not checked again
    assert checklists.account_checks(plan, "Me on LinkedIn")[0].status == ""


def test_status_drop_down_and_note(qtbot, profiles: ProfilesSection) -> None:  # type: ignore[no-untyped-def]
    assert profiles.item_proxy is not None
    view = profiles.items.view
    view.setFocus()
    view.setCurrentIndex(status_cell(profiles, 7))  # Recommendations: missing
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = shown_editor(qtbot, profiles.items, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "",
        "done",
        "partly",
        "missing",
        "not applicable",
    ]
    assert combo.currentText() == "missing"
    press_and_wait_closed(qtbot, combo, Qt.Key.Key_Up)  # partly
    assert status_cell(profiles, 7).data() == "partly"
    view.setCurrentIndex(profiles.item_proxy.index(7, profiles.item_proxy.extra_column(NOTE)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = shown_editor(qtbot, profiles.items, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "One from the Hamburg pilot")
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Return)
    check = checklists.account_checks(profiles.plan, "Maria on LinkedIn")[7]
    assert (check.status, check.note) == ("partly", "One from the Hamburg pilot")


def test_another_account_shows_its_own_statuses_and_excluded_items(
    qtbot, profiles: ProfilesSection
) -> None:  # type: ignore[no-untyped-def]
    proxy = profiles.account_proxy
    assert proxy is not None
    qtbot.mouseClick(
        profiles.accounts.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=profiles.accounts.view.visualRect(proxy.index(2, 0)).center(),
    )
    assert profiles.current_account() == "Vireo Sensing on X"
    recommendations = status_cell(profiles, 7)
    assert recommendations.data() == ""
    assert "Does not apply on X" in recommendations.data(Qt.ItemDataRole.ToolTipRole)
    profiles.items.view.setCurrentIndex(recommendations)
    qtbot.keyClick(profiles.items.view, Qt.Key.Key_D)
    assert checklists.account_checks(profiles.plan, "Vireo Sensing on X")[7].status == ""


def test_renaming_an_item_keeps_its_statuses_and_deleting_an_account_asks(
    qtbot, profiles: ProfilesSection, answers
) -> None:  # type: ignore[no-untyped-def]
    plan = profiles.plan
    items = profiles.items
    items.view.setFocus()
    items.view.setCurrentIndex(items.shown.index(0, 0))
    qtbot.keyClick(items.view, Qt.Key.Key_F2)
    line = shown_editor(qtbot, items, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Head shot")
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Return)
    assert status_cell(profiles, 0).data() == "done"
    accounts = profiles.accounts
    accounts.view.setFocus()
    accounts.view.setCurrentIndex(accounts.shown.index(0, 0))
    answers.answer = answers.answer.Yes
    qtbot.keyClick(accounts.view, Qt.Key.Key_Minus, CTRL)
    assert answers.shown[-1][2].startswith("'Maria on LinkedIn' has 12 status rows of its own.")
    assert "Maria on LinkedIn" not in {r["account"] for r in plan.records("profile_status")}
    profiles.editor.stack.undo()
    assert (
        len([r for r in plan.records("profile_status") if r["account"] == "Maria on LinkedIn"])
        == 12
    )


def test_a_to_do_entry_leads_to_its_item(qtbot, profiles: ProfilesSection) -> None:  # type: ignore[no-untyped-def]
    first = profiles.todo.item(0)
    profiles.todo.setFocus()
    profiles.todo.setCurrentItem(first)
    qtbot.keyClick(profiles.todo, Qt.Key.Key_Return)
    row = profiles.plan.keys("profile_items").index(first.data(Qt.ItemDataRole.UserRole))
    assert profiles.items.view.currentIndex() == status_cell(profiles, row)


def test_looks(qtbot, profiles: ProfilesSection, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The bars paint (and a screenshot is at hand for a look)."""
    image = profiles.grab()
    image.save(str(tmp_path / "profiles.png"))
    assert not image.isNull() and profiles.bars.height() >= profiles.bars.sizeHint().height() - 1


def test_an_account_without_a_network_is_flagged(qtbot, blank: ProfilesSection) -> None:  # type: ignore[no-untyped-def]
    from smplanner.gui.grid.table_model import Role

    qtbot.keyClick(blank.accounts.view, Qt.Key.Key_Insert)
    line = shown_editor(qtbot, blank.accounts, QLineEdit)
    press_and_wait_closed(qtbot, line, Qt.Key.Key_Return)
    model = blank.accounts.model
    assert "Choose the account's network" in model.headerData(
        0, Qt.Orientation.Vertical, Role.PROBLEM
    )
    blank.plan.apply(SetCells("profile_accounts", ((0, "network", "X"),)))
    assert model.headerData(0, Qt.Orientation.Vertical, Role.PROBLEM) is None


def test_f6_moves_between_the_panes(qtbot, profiles: ProfilesSection) -> None:  # type: ignore[no-untyped-def]
    profiles.activateWindow()
    profiles.accounts.view.setFocus()
    qtbot.waitUntil(profiles.accounts.view.hasFocus)
    qtbot.keyClick(profiles.accounts.view, Qt.Key.Key_F6)
    assert profiles.items.view.hasFocus()
    assert profiles.items.view.currentIndex().isValid()
    qtbot.keyClick(profiles.items.view, Qt.Key.Key_F6)
    assert profiles.todo.hasFocus()
    qtbot.keyClick(profiles.todo, Qt.Key.Key_F6)
    assert profiles.accounts.view.hasFocus()


def test_statuses_and_notes_paste_from_a_spreadsheet_in_one_undo_step(
    qtbot, profiles: ProfilesSection
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    plan, stack = profiles.plan, profiles.editor.stack
    before = plan.snapshot()
    messages: list[str] = []
    profiles.message.connect(messages.append)
    view = profiles.items.view
    view.setFocus()
    view.setCurrentIndex(status_cell(profiles, 7))
    QApplication.clipboard().setText("done\tTwo from the pilots\nYes\nlater\n")
    profiles.paste()
    checks = checklists.account_checks(plan, "Maria on LinkedIn")
    assert (checks[7].status, checks[7].note) == ("done", "Two from the pilots")
    assert checks[8].status == "done"  # "yes" is how a spreadsheet may say it
    assert checks[9].status == "partly"  # "later" is no status: left as it was, and said
    assert messages[-1].startswith("Not set: 'Active in groups or hashtags': 'later'")
    assert stack.undoText() == "Paste 3 cells for 'Maria on LinkedIn'"
    stack.undo()
    assert plan.snapshot() == before
