"""Plans that LibreOffice or Excel hold open, through the window, as a user meets them."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from smplanner.domain.catalogue import example_plan
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.io import office_locks
from smplanner.io.office_locks import format_entry, libreoffice_lock, parse_entry
from smplanner.io.workbook import save_plan

from .questions import Questions
from .window_steps import mark_a_cell, trigger

JANE = format_entry(["Jane Doe", "jane", "office-pc", "23.11.2026 14:05", "file:///home/jane/lo"])


pytestmark = pytest.mark.usefixtures("data_home")


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team plan.xlsx"
    save_plan(example_plan(), path)
    return path


def ours(plan: Path) -> list[str] | None:
    lock = libreoffice_lock(plan)
    fields = parse_entry(lock.read_bytes()) if lock.exists() else None
    return fields if fields is not None and fields[2] == socket.gethostname() else None


def test_a_plan_open_in_libreoffice_says_who_and_opens_read_only(
    main: MainWindow, plan_file: Path, questions: Questions
) -> None:
    libreoffice_lock(plan_file).write_bytes(JANE)
    questions.answer("Open Read-Only")
    assert main.document.open(plan_file)
    asked = questions.asked[0]
    assert "team plan.xlsx is open in LibreOffice by Jane Doe on office-pc since" in asked
    assert main.window.windowTitle() == (
        "Example plan: Vireo Sensing social selling 2027 (team plan.xlsx, read-only)[*] — smplanner"
    )
    assert not action(main.window, ActionName.SAVE).isEnabled()
    main.window.close()
    assert libreoffice_lock(plan_file).read_bytes() == JANE  # theirs, untouched


def test_cancel_leaves_a_plan_open_in_libreoffice_alone(
    main: MainWindow, plan_file: Path, questions: Questions
) -> None:
    libreoffice_lock(plan_file).write_bytes(JANE)
    questions.answer("Cancel")
    assert not main.document.open(plan_file)
    assert main.path is None


def test_a_plan_open_in_excel_names_its_owner_and_may_be_edited_anyway(
    main: MainWindow, qtbot, plan_file: Path, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    owner = bytearray(b" " * 165)
    owner[0], owner[1:6] = 5, b"Ingrid"[:5]
    (plan_file.parent / "~$team plan.xlsx").write_bytes(bytes(owner))
    questions.answer("Edit Anyway")
    assert main.document.open(plan_file)
    assert "team plan.xlsx is open in Excel by Ingri since" in questions.asked[0]
    assert not main.document.read_only
    assert ours(plan_file) is not None  # LibreOffice users are warned by ours
    mark_a_cell(main, qtbot)
    trigger(main, ActionName.SAVE)
    assert not main.window.isWindowModified()


def test_our_libreoffice_lock_follows_the_plan_and_goes_on_close(
    main: MainWindow, plan_file: Path, questions: Questions, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert main.document.open(plan_file)
    assert questions.asked == []
    fields = ours(plan_file)
    assert fields is not None and fields[4].endswith("/smplanner/locks")
    copy = tmp_path / "shared" / "my copy.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    trigger(main, ActionName.SAVE_AS)
    assert not libreoffice_lock(plan_file).exists() and ours(copy) is not None
    main.window.close()
    assert not libreoffice_lock(copy).exists()


def test_a_stale_libreoffice_lock_is_taken_over_without_asking(
    main: MainWindow, plan_file: Path, questions: Questions
) -> None:
    entry = ["", "jane", socket.gethostname(), "01.01.2000 10:00", "file:///home/jane/lo"]
    lock = libreoffice_lock(plan_file)
    lock.write_bytes(format_entry(entry))
    boot = office_locks.boot_time()
    if boot is None:
        pytest.skip("this system does not say when it started")
    os.utime(lock, (boot.timestamp() - 60, boot.timestamp() - 60))
    assert main.document.open(plan_file)
    assert questions.asked == [] and not main.document.read_only
    assert ours(plan_file) is not None


def test_save_as_onto_a_plan_open_in_libreoffice_is_refused(
    main: MainWindow, qtbot, plan_file: Path, monkeypatch, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    libreoffice_lock(plan_file).write_bytes(JANE)
    before = plan_file.read_bytes()
    mark_a_cell(main, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(plan_file), ""))
    trigger(main, ActionName.SAVE_AS)
    assert plan_file.read_bytes() == before and main.window.isWindowModified()
    assert main.window.statusBar().currentMessage() == (
        "Not saved: team plan.xlsx is open in LibreOffice"
    )
