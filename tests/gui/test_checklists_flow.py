"""The checklists end to end, tried as a new user would, through the window and the CLI.

A blank plan; two LinkedIn accounts (personal, company page); work through the checklist
by keys; log three requests, one for each verdict; save; open again; the same state is
there, in the plan and on screen; ``smplanner summary`` reports it.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from smplanner.cli import main as cli
from smplanner.domain import checklists
from smplanner.gui.actions import ActionName
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.profiles.section import STATUS, ProfilesSection
from smplanner.gui.sections.requests.section import VERDICT, RequestsSection

from .window_steps import choose_file, trigger

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def editor_in(qtbot, view: QWidget, kind: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    def shown() -> list[QWidget]:
        return [w for w in view.findChildren(kind) if w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def commit(qtbot, editor: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def choose(qtbot, view, index, value: str) -> None:  # type: ignore[no-untyped-def]
    """F2 on a drop-down cell, pick ``value``, Enter."""
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = editor_in(qtbot, view, QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    commit(qtbot, combo)


def add_account(qtbot, profiles: ProfilesSection, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    view = profiles.accounts.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    line = editor_in(qtbot, view, QLineEdit)
    qtbot.keyClicks(line, name)
    commit(qtbot, line)
    row = profiles.plan.keys("profile_accounts").index(name)
    shown = profiles.accounts.shown
    choose(qtbot, view, shown.index(row, 1), "LinkedIn")
    choose(qtbot, view, shown.index(row, 2), kind)
    view.setCurrentIndex(shown.index(row, 0))


def audit(qtbot, profiles: ProfilesSection, keys: str) -> None:  # type: ignore[no-untyped-def]
    """From the first item down, one status key per item."""
    assert profiles.item_proxy is not None
    view = profiles.items.view
    view.setFocus()
    view.setCurrentIndex(profiles.item_proxy.index(0, profiles.item_proxy.extra_column(STATUS)))
    for key in keys:
        qtbot.keyClick(view, getattr(Qt.Key, f"Key_{key}"))


def log_request(qtbot, requests: RequestsSection, name: str, signs: str) -> int:  # type: ignore[no-untyped-def]
    view = requests.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    line = editor_in(qtbot, view, QLineEdit)
    qtbot.keyClicks(line, name)
    commit(qtbot, line)
    row = requests.model.rowCount() - 1
    view.setCurrentIndex(requests.proxy.index(row, requests.model.column_number("photo")))
    for key in signs:
        qtbot.keyClick(view, getattr(Qt.Key, f"Key_{key}"))
    return row


def screen_state(main: MainWindow) -> dict[str, object]:
    profiles, requests = main.section(ProfilesSection), main.section(RequestsSection)
    assert isinstance(profiles, ProfilesSection) and isinstance(requests, RequestsSection)
    verdict = requests.proxy.extra_column(VERDICT)
    profiles.accounts.view.setCurrentIndex(profiles.accounts.shown.index(0, 0))  # as on opening
    return {
        "heading": profiles.heading.text(),
        "bars": [(b.label, b.score) for b in profiles.bars.bars],
        "verdicts": [
            requests.proxy.index(r, verdict).data() for r in range(requests.proxy.rowCount())
        ],
    }


def test_a_new_user_audits_two_accounts_and_vets_three_requests(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    trigger(main, ActionName.NEW_BLANK)
    profiles = main.show_section(ProfilesSection)
    assert isinstance(profiles, ProfilesSection)
    add_account(qtbot, profiles, "Me on LinkedIn", "personal")
    audit(qtbot, profiles, "DDPDDDMMPDPD")
    add_account(qtbot, profiles, "Our page on LinkedIn", "company page")
    audit(qtbot, profiles, "DDDDDNDNMP")  # the last two items stay unchecked
    plan = main.plan
    assert [r["kind"] for r in plan.records("profile_accounts")] == ["personal", "company page"]
    personal = checklists.account_score(plan, "Me on LinkedIn")
    company = checklists.account_score(plan, "Our page on LinkedIn")
    assert personal is not None and company is not None and 0 < company < personal < 1
    assert "Our page on LinkedIn" in profiles.heading.text()

    requests = main.show_section(RequestsSection)
    assert isinstance(requests, RequestsSection)
    ally = log_request(qtbot, requests, "Dana Ally", "FFFFFFF")
    choose(qtbot, requests.view, requests.proxy.index(ally, 3), "ally")
    log_request(qtbot, requests, "Priya Stranger", "FFFDFFF")
    log_request(qtbot, requests, "Growth Hacks Bot", "RFDFFRD")
    assert checklists.decision_counts(plan) == {"accept": 1, "reply first": 1, "ignore": 1}
    before, shown = plan.snapshot(), screen_state(main)
    assert shown["verdicts"] == ["accept", "reply first", "ignore"]

    saved = tmp_path / "checklists.xlsx"
    choose_file(monkeypatch, "save", saved)
    trigger(main, ActionName.SAVE)
    assert saved.exists() and not main.window.isWindowModified()
    trigger(main, ActionName.NEW_BLANK)
    assert main.plan.row_count("requests") == 0
    choose_file(monkeypatch, "open", saved)
    trigger(main, ActionName.OPEN)
    assert main.plan.snapshot() == before
    assert screen_state(main) == shown

    assert cli(["summary", str(saved), "--json"]) == 0
    part = json.loads(capsys.readouterr().out)["checklists"]
    assert [(a["account"], a["kind"]) for a in part["accounts"]] == [
        ("Me on LinkedIn", "personal"),
        ("Our page on LinkedIn", "company page"),
    ]
    assert part["accounts"][0]["score"] == pytest.approx(personal)
    assert part["decisions"] == {"accept": 1, "reply first": 1, "ignore": 1}
    assert cli(["summary", str(saved)]) == 0
    text = capsys.readouterr().out
    assert f"Me on LinkedIn         {personal * 100:.0f} %  (LinkedIn, personal; " in text
    assert "Connection requests: 3 (1 accept, 1 reply first, 1 ignore)" in text


def test_bad_checklist_cells_open_only_if_asked_with_their_rows_flagged(
    main: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.catalogue import example_plan
    from smplanner.gui.grid.table_model import Role
    from smplanner.io.workbook import save_plan

    from .window_steps import click_when_shown

    path = tmp_path / "bad checklists.xlsx"
    save_plan(example_plan(), path)
    book = openpyxl.load_workbook(path)
    book["Connection requests"]["A3"] = "next week"
    book["Connection requests"]["F4"] = "awful"
    book["Profile status"]["C2"] = "finished"
    book.save(path)
    seen: list[str] = []
    click_when_shown(qtbot, "cancel_button", seen)
    assert not main.document.open(path)
    assert "Sheet 'Profile status', cell C2: 'finished' is not allowed" in seen[0]
    assert "Sheet 'Connection requests', cell A3: " in seen[0]
    assert main.plan.value("requests", 1, "date") is not None  # the example is still open
    click_when_shown(qtbot, "open_button", seen)
    assert main.document.open(path)
    requests = main.section(RequestsSection)
    assert isinstance(requests, RequestsSection)
    flags = [
        requests.model.headerData(r, Qt.Orientation.Vertical, Role.PROBLEM)
        for r in range(requests.model.rowCount())
    ]
    assert flags[1] == "Give it a date." and flags[2] == "Not rated yet: photo."
    assert flags[0] is None
    profiles = main.section(ProfilesSection)
    assert isinstance(profiles, ProfilesSection)
    assert profiles.item_proxy is not None
    first = profiles.item_proxy.index(0, profiles.item_proxy.extra_column(STATUS))
    assert first.data() == "" and "Not checked yet" in first.data(Qt.ItemDataRole.ToolTipRole)


def test_the_window_s_delete_and_undo_work_on_a_status(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    profiles = main.show_section(ProfilesSection)
    assert isinstance(profiles, ProfilesSection) and profiles.item_proxy is not None
    view = profiles.items.view
    view.setFocus()
    view.setCurrentIndex(profiles.item_proxy.index(1, profiles.item_proxy.extra_column(STATUS)))
    trigger(main, ActionName.COPY)
    assert QApplication.clipboard().text() == "partly\n"
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the window's Delete, as from the Edit menu
    assert checklists.account_checks(main.plan, "Maria on LinkedIn")[1].status == ""
    assert main.window.isWindowModified()
    trigger(main, ActionName.UNDO)
    assert checklists.account_checks(main.plan, "Maria on LinkedIn")[1].status == "partly"
    assert not main.window.isWindowModified()
