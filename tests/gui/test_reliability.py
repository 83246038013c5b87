"""Never losing work through the window: autosave and recovery, files changed on disk,
plans open twice, saves that fail. Each test injects the fault it guards against."""

from __future__ import annotations

import errno
import gc
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QSpinBox

from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.gui import settings as keys
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.preferences import PreferencesDialog
from smplanner.io import locks, recovery
from smplanner.io.processes import ProcessId
from smplanner.io.workbook import load_plan, save_plan

from .window_steps import trigger

NOTE = "typed before the crash"


pytestmark = pytest.mark.usefixtures("data_home")


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "team plan.xlsx"
    save_plan(example_plan(), path)
    return path


def type_note(main: MainWindow, qtbot, text: str = "call the partner") -> None:  # type: ignore[no-untyped-def]
    """Mark a KPI cell with the keyboard, as a user does."""
    section = main.sections[0]
    section.grid.select_cell(section.proxy.index(14, 4))
    qtbot.keyClick(section.grid.current_view(), Qt.Key.Key_P)
    assert main.window.isWindowModified()


def autosave_now(main: MainWindow, qtbot) -> Path:  # type: ignore[no-untyped-def]
    """Let the running autosave timer fire at once; the recovery workbook written."""
    autosave = main.document.autosave
    assert autosave.timer.isActive()
    autosave.timer.start(0)
    message = main.window.statusBar().currentMessage
    qtbot.waitUntil(lambda: message().startswith("Recovery copy saved"))  # worker thread
    assert autosave.slot is not None and autosave.slot.exists()
    assert autosave.slot is not None
    return autosave.slot


def another_program_saves(path: Path, plan_name: str = "Saved in Excel") -> None:
    plan = blank_plan()
    plan.name = plan_name
    before = path.stat().st_mtime_ns
    save_plan(plan, path)
    os.utime(path, ns=(before + 2_000_000_000,) * 2)  # coarse clocks: make it visible


def activate(main: MainWindow) -> None:
    QApplication.sendEvent(main.window, QEvent(QEvent.Type.WindowActivate))
    QApplication.processEvents()


# ---------------------------------------------------------------- autosave
def test_autosave_after_quiet_never_over_the_users_file(
    main: MainWindow, qtbot, plan_file: Path
) -> None:  # type: ignore[no-untyped-def]
    assert main.document.open(plan_file)
    before = plan_file.read_bytes()
    type_note(main, qtbot)
    timer = main.document.autosave.timer
    assert timer.isActive() and timer.interval() == 60_000  # the default: a minute of quiet
    slot = autosave_now(main, qtbot)
    assert plan_file.read_bytes() == before
    assert slot.parent == recovery.folder()
    assert load_plan(slot).plan.value("planner", 14, "Followers") == "P"
    sidecar = json.loads(slot.with_suffix(".json").read_text())
    assert sidecar["original"] == str(plan_file)
    assert main.window.statusBar().currentMessage().startswith("Recovery copy saved at")
    trigger(main, ActionName.SAVE)
    assert not slot.exists() and not slot.with_suffix(".json").exists()


def test_steady_typing_still_autosaves(main: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The quiet interval restarts at every edit, but never beyond three intervals."""
    clock = [1000.0]
    monkeypatch.setattr("smplanner.gui.autosave.time.monotonic", lambda: clock[0])
    type_note(main, qtbot)
    timer = main.document.autosave.timer
    clock[0] += 150  # two and a half minutes of edits later
    trigger(main, ActionName.UNDO)
    assert timer.remainingTime() <= 30_000


def test_undo_back_to_the_saved_plan_drops_the_recovery_file(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_note(main, qtbot)
    slot = autosave_now(main, qtbot)
    trigger(main, ActionName.UNDO)
    assert not main.window.isWindowModified()
    assert not slot.exists()


def test_a_clean_close_leaves_no_recovery_file_nor_lock(
    main: MainWindow, qtbot, plan_file: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    assert main.document.open(plan_file)
    type_note(main, qtbot)
    slot = autosave_now(main, qtbot)
    assert locks.lock_file(plan_file).exists()
    answers.answer = QMessageBox.StandardButton.Discard
    assert main.window.close()
    assert not slot.exists()
    assert not locks.lock_file(plan_file).exists()


def test_preferences_set_the_autosave_interval(main: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        spin = dialog.findChild(QSpinBox, "autosaveSeconds")
        assert spin.value() == 60 and spin.minimum() == 5
        spin.selectAll()
        qtbot.keyClicks(spin, "20")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    QTimer.singleShot(50, fill_in)
    trigger(main, ActionName.PREFERENCES)
    assert main.settings.get(keys.AUTOSAVE_SECONDS) == 20
    assert "20 s" in main.window.statusBar().currentMessage()
    type_note(main, qtbot)
    assert main.document.autosave.timer.interval() == 20_000


def test_a_failed_autosave_says_so_and_keeps_the_plan(main: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    type_note(main, qtbot)
    monkeypatch.setattr(os, "fsync", full)
    main.document.autosave.timer.start(0)
    qtbot.waitUntil(lambda: "Autosave failed" in main.window.statusBar().currentMessage())
    assert "disk is full" in main.window.statusBar().currentMessage()
    assert main.window.isWindowModified()
    assert list(recovery.folder().iterdir()) == []  # no half-written copy either


# ---------------------------------------------------------------- crash and recovery
CHILD = textwrap.dedent(
    """
    import sys
    from smplanner.domain.commands import SetCells
    from smplanner.gui import settings as keys
    from smplanner.gui.app import create_application, create_main_window
    from smplanner.gui.settings import Settings

    app = create_application([sys.argv[0], "-platform", "offscreen"])
    Settings().set(keys.AUTOSAVE_SECONDS, 1)
    window = create_main_window(sys.argv[1])
    window.show()
    window.editor.execute(SetCells("planner", ((0, "notes", sys.argv[2]),)))
    print("edited", flush=True)
    app.exec()
    """
)


@pytest.mark.slow
def test_a_killed_app_offers_its_plan_back(
    main: MainWindow, qtbot, plan_file: Path, data_home: Path, tmp_path: Path, questions
) -> None:  # type: ignore[no-untyped-def]
    """A real smplanner process edits a plan, autosaves and is killed with SIGKILL."""
    before = plan_file.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(plan_file), NOTE], env=env, stdout=subprocess.PIPE
    )
    try:
        folder = data_home / "smplanner" / "recovery"
        deadline = time.monotonic() + 60
        while not list(folder.glob("*.json")):
            assert child.poll() is None, "the app ended by itself"
            assert time.monotonic() < deadline, "no autosave within a minute"
            time.sleep(0.1)
        time.sleep(0.2)
    finally:
        child.kill()  # SIGKILL on POSIX: no clean-up runs
        child.wait()
    assert plan_file.read_bytes() == before
    assert locks.lock_file(plan_file).exists()  # left behind by the killed app

    questions.answer("Recover")
    assert main.offer_recovery() == 1
    (asked,) = questions.asked
    assert f"“{example_plan().name}”" in asked and str(plan_file) in asked
    assert main.plan.value("planner", 0, "notes") == NOTE
    assert main.path == plan_file and main.window.isWindowModified()
    assert not action(main.window, ActionName.UNDO).isEnabled()  # a new starting point
    assert main.window.statusBar().currentMessage().startswith("Recovered")
    [own] = list(recovery.folder().glob("*.xlsx"))  # the copy now belongs to this app
    assert own == main.document.autosave.slot
    assert recovery.orphans() == []
    trigger(main, ActionName.SAVE)  # the stale lock of the dead app does not stop us
    assert questions.asked == [asked]
    assert load_plan(plan_file).plan.value("planner", 0, "notes") == NOTE
    assert list(recovery.folder().iterdir()) == []


def orphan(plan_name: str, original: Path | None) -> Path:
    """A recovery file left by an app that died (its file as it was then)."""
    from smplanner.io.stamps import stamp

    plan = example_plan()
    plan.name = plan_name
    slot = recovery.new_slot()
    recovery.write(slot, plan, original, stamp(original) if original else None)
    data = json.loads(slot.with_suffix(".json").read_text())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    data["process"] = ProcessId(child.pid, ProcessId.current().host).to_json()
    slot.with_suffix(".json").write_text(json.dumps(data))
    return slot


def test_declining_removes_and_later_keeps(main: MainWindow, questions) -> None:
    declined, kept = orphan("Old idea", None), orphan("Kept for later", None)
    questions.answer("Discard", "Decide Later")  # newest first: "Kept for later" ...
    assert main.offer_recovery() == 0
    assert len(questions.asked) == 2
    assert "never saved" in questions.asked[0]
    remaining = {p for p in recovery.folder().glob("*.xlsx")}
    assert remaining == {declined} or remaining == {kept}
    assert len(remaining) == 1


def test_recovering_a_plan_without_a_file_asks_where_on_save(
    main: MainWindow, qtbot, questions, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    orphan("Campaign draft", None)
    questions.answer("Recover")
    assert main.offer_recovery() == 1
    assert main.path is None and main.window.isWindowModified()
    assert main.window.windowTitle().startswith("Campaign draft")
    target = tmp_path / "draft.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    trigger(main, ActionName.SAVE)
    assert load_plan(target).plan.name == "Campaign draft"
    assert list(recovery.folder().iterdir()) == []


# ---------------------------------------------------------------- changed on disk
def test_a_change_on_disk_is_noticed_on_focus_and_reloaded(
    main: MainWindow, plan_file: Path, questions
) -> None:
    assert main.document.open(plan_file)
    activate(main)
    assert questions.asked == []  # nothing changed yet
    another_program_saves(plan_file)
    questions.answer("Reload")
    activate(main)
    assert len(questions.asked) == 1 and "changed on disk" in questions.asked[0]
    assert main.plan.name == "Saved in Excel" and not main.window.isWindowModified()
    activate(main)
    assert len(questions.asked) == 1  # reloaded: nothing new to say


def test_a_file_merely_touched_is_not_reported(
    main: MainWindow, plan_file: Path, questions
) -> None:
    assert main.document.open(plan_file)
    os.utime(plan_file, ns=(plan_file.stat().st_mtime_ns + 5_000_000_000,) * 2)
    activate(main)
    assert questions.asked == []


def test_keeping_mine_still_asks_before_saving_over_theirs(
    main: MainWindow, qtbot, plan_file: Path, questions
) -> None:  # type: ignore[no-untyped-def]
    assert main.document.open(plan_file)
    type_note(main, qtbot)
    another_program_saves(plan_file)
    theirs = plan_file.read_bytes()
    questions.answer("Keep Mine")
    activate(main)
    activate(main)  # kept: not asked again for the same change
    assert len(questions.asked) == 1 and "drops your unsaved changes" in questions.asked[0]
    questions.answer("Cancel")
    trigger(main, ActionName.SAVE)
    assert len(questions.asked) == 2 and "replace that version" in questions.asked[1]
    assert plan_file.read_bytes() == theirs and main.window.isWindowModified()
    questions.answer("Replace Their Version")
    trigger(main, ActionName.SAVE)
    assert load_plan(plan_file).plan.value("planner", 14, "Followers") == "P"
    assert not main.window.isWindowModified()


def test_save_as_keeps_both_versions(
    main: MainWindow, qtbot, plan_file: Path, questions, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert main.document.open(plan_file)
    type_note(main, qtbot)
    another_program_saves(plan_file)
    mine = tmp_path / "mine.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    questions.answer("Save As…")
    trigger(main, ActionName.SAVE)
    assert load_plan(plan_file).plan.name == "Saved in Excel"
    assert load_plan(mine).plan.value("planner", 14, "Followers") == "P"
    assert main.path == mine and not main.window.isWindowModified()


# ---------------------------------------------------------------- opened twice
def held_by_another_app(path: Path) -> None:
    """A lock of a running process that is not us (the test runner's parent)."""
    locks.lock_file(path).write_text(
        json.dumps(
            {
                "process": ProcessId(os.getppid(), ProcessId.current().host).to_json(),
                "since": "2026-05-04T09:30:00+00:00",
            }
        )
    )


def test_a_plan_open_elsewhere_opens_read_only(
    main: MainWindow, qtbot, plan_file: Path, questions, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    held_by_another_app(plan_file)
    questions.answer("Open Read-Only")
    assert main.document.open(plan_file)
    assert "open in another smplanner window" in questions.asked[0]
    assert main.window.windowTitle() == (
        "Example plan: Vireo Sensing social selling 2027 (team plan.xlsx, read-only)[*] — smplanner"
    )
    assert not action(main.window, ActionName.SAVE).isEnabled()
    type_note(main, qtbot)
    copy = tmp_path / "my copy.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    qtbot.keyClick(
        main.sections[0].grid.current_view(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )  # Save is off: the shortcut does nothing, the plan stays unsaved
    assert main.window.isWindowModified()
    before = plan_file.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(plan_file), ""))
    trigger(main, ActionName.SAVE_AS)  # onto the file the other window holds: refused
    assert "Not saved: team plan.xlsx is open in another smplanner window" in questions.asked[-1]
    assert plan_file.read_bytes() == before and main.document.read_only
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    trigger(main, ActionName.SAVE_AS)
    assert main.path == copy and not main.document.read_only
    assert action(main.window, ActionName.SAVE).isEnabled()
    assert locks.other_owner(plan_file) is not None  # their lock is untouched


def test_cancel_leaves_a_plan_open_elsewhere_alone(
    main: MainWindow, plan_file: Path, questions
) -> None:
    held_by_another_app(plan_file)
    questions.answer("Cancel")
    assert not main.document.open(plan_file)
    assert main.path is None


def test_save_as_onto_a_plan_open_elsewhere_is_refused(
    main: MainWindow, qtbot, plan_file: Path, monkeypatch, answers
) -> None:  # type: ignore[no-untyped-def]
    held_by_another_app(plan_file)
    before = plan_file.read_bytes()
    type_note(main, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(plan_file), ""))
    trigger(main, ActionName.SAVE_AS)
    assert answers.shown[-1][:2] == ("warning", "Not saved")
    assert plan_file.read_bytes() == before and main.window.isWindowModified()


# ---------------------------------------------------------------- saves that fail
class FillsUp(io.BufferedWriter):
    """A file on a disk that is full after ``room`` bytes."""

    room = 4096

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def full_disk_midway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FillsUp(io.FileIO(fd, mode)))


def fsync_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)


def rename_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)


def writer_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(plan, handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"PK\x03\x04 half a workbook")
        raise KeyError("a bug halfway")

    monkeypatch.setattr("smplanner.io.writer.write_plan", fail)


def disk_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", fail)


def file_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """As lxml reports a write past RLIMIT_FSIZE: no errno, only its name."""
    from lxml import etree

    def fail(self: object) -> None:
        raise etree.SerialisationError("IO_EFBIG")

    monkeypatch.setattr("smplanner.io.sheets._SheetWriter.write_top", fail)


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (full_disk_midway, "the disk is full"),
        (file_size_limit, "the file would be larger than this system allows"),
        (fsync_fails, "the disk is full"),
        (rename_refused, "you may not write in that folder"),
        (writer_breaks, "KeyError"),
        (disk_read_only, "the disk is read-only"),
    ],
    ids=lambda v: getattr(v, "__name__", "reason"),
)
def test_a_failed_save_keeps_the_file_and_the_plan(
    main: MainWindow, qtbot, plan_file: Path, monkeypatch, answers, fault, reason: str
) -> None:  # type: ignore[no-untyped-def]
    assert main.document.open(plan_file)
    before = plan_file.read_bytes()
    type_note(main, qtbot)
    fault(monkeypatch)
    trigger(main, ActionName.SAVE)
    gc.collect()  # nothing half-written is left for the collector to complain about
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("critical", "Not saved") and reason in text
    assert "still open with all its changes" in text
    monkeypatch.undo()
    assert plan_file.read_bytes() == before
    assert sorted(p.name for p in plan_file.parent.iterdir() if p.suffix == ".xlsx") == [
        plan_file.name
    ]
    assert not [p for p in plan_file.parent.iterdir() if p.name.endswith((".part", ".saving"))]
    assert main.window.isWindowModified() and main.path == plan_file
    assert main.window.statusBar().currentMessage().startswith("Not saved")


def test_a_file_name_too_long_is_said_plainly(
    main: MainWindow, tmp_path: Path, monkeypatch, answers
) -> None:  # type: ignore[no-untyped-def]
    long = tmp_path / ("n" * 300 + ".xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(long), ""))
    trigger(main, ActionName.SAVE_AS)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("critical", "Not saved")
    assert "the file name is too long (305 bytes; at most 255)" in text
    assert "Errno" not in text and str(tmp_path) not in text
    assert not main.document.open(long)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("warning", "Cannot open plan")
    assert "cannot be opened: the file name is too long (305 bytes; at most 255)" in text
    assert "Errno" not in text and str(tmp_path) not in text


def test_a_vanished_folder_keeps_the_plan_open(
    main: MainWindow, qtbot, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb stick"
    folder.mkdir()
    path = folder / "plan.xlsx"
    save_plan(example_plan(), path)
    assert main.document.open(path)
    type_note(main, qtbot)
    shutil.rmtree(folder)  # the stick is pulled: the plan and our lock beside it go
    trigger(main, ActionName.SAVE)
    kind, title, text = answers.shown[-1]
    assert kind == "critical"
    assert title == "Not saved" and "does not exist" in text
    assert main.window.isWindowModified()


def test_a_copy_still_being_written_when_the_plan_is_saved_is_removed(
    main: MainWindow, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Autosave runs in a thread: saving meanwhile must not leave its copy behind."""
    import threading

    release = threading.Event()
    real_write = recovery.write

    def slow_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(recovery, "write", slow_write)
    type_note(main, qtbot)
    autosave = main.document.autosave
    autosave.timer.start(0)
    qtbot.waitUntil(lambda: autosave._job is not None)
    job = autosave._job
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.xlsx"), "")
    )
    trigger(main, ActionName.SAVE)  # saved while the copy is being written
    assert not main.window.isWindowModified()
    release.set()
    job.thread.join(10)
    QApplication.processEvents()
    assert list(recovery.folder().iterdir()) == []
    assert not main.window.statusBar().currentMessage().startswith("Recovery copy")


def test_the_app_offers_recovery_as_it_starts(
    qtbot, fresh_settings, questions, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Through gui.app.run, as a user starts smplanner after a crash."""
    from smplanner.gui import app as app_module

    orphan("Left open at the crash", None)
    questions.answer("Recover")
    started: list[MainWindow] = []
    real_factory = app_module.create_main_window

    def remembered(path: str | None = None, form: object = None) -> MainWindow:
        window = real_factory(path, form)  # type: ignore[arg-type]
        started.append(window)
        return window

    def finish() -> None:
        if questions.asked and started:
            window = started[0]
            window.editor.stack.setClean()  # so closing asks nothing
            window.window.close()
        else:
            QTimer.singleShot(20, finish)

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)  # a hang fails below, never blocks the run
    guard.start(20_000)
    monkeypatch.setattr(app_module, "create_main_window", remembered)
    QTimer.singleShot(20, finish)
    app_module.run(None)
    guard.stop()
    assert "Left open at the crash" in questions.asked[0]
    assert started[0].plan.name == "Left open at the crash"


def test_a_forged_file_with_a_problem_in_every_row_lists_quickly(qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.gui.problems_dialog import MAX_SHOWN, ProblemsDialog
    from smplanner.io.problems import Problem

    problems = [Problem("Networks", f"A{n}", "'Same' is listed twice") for n in range(3, 9003)]
    dialog = ProblemsDialog("forged.xlsx", problems)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == MAX_SHOWN + 1
    assert dialog.table.topLevelItem(MAX_SHOWN).text(0) == (
        f"… and {9000 - MAX_SHOWN:,} more; Copy list copies them all"
    )
    dialog.copy_button.click()
    assert QApplication.clipboard().text().count("\n") == 9000


def test_edit_anyway_takes_the_lock_and_saves(
    main: MainWindow, qtbot, plan_file: Path, questions
) -> None:  # type: ignore[no-untyped-def]
    held_by_another_app(plan_file)
    questions.answer("Edit Anyway")
    assert main.document.open(plan_file)
    assert not main.document.read_only and action(main.window, ActionName.SAVE).isEnabled()
    assert locks.other_owner(plan_file) is None  # the lock is ours now
    type_note(main, qtbot)
    trigger(main, ActionName.SAVE)
    assert load_plan(plan_file).plan.value("planner", 14, "Followers") == "P"


def test_a_recovered_plan_whose_file_changed_since_asks_before_saving(
    main: MainWindow, plan_file: Path, questions
) -> None:
    orphan("Before the crash", plan_file)
    another_program_saves(plan_file)  # a colleague saved while smplanner was down
    questions.answer("Recover", "Cancel")
    assert main.offer_recovery() == 1
    trigger(main, ActionName.SAVE)
    assert "changed on disk since you opened it" in questions.asked[1]
    assert load_plan(plan_file).plan.name == "Saved in Excel"
    assert main.window.isWindowModified()
