"""The Qt-free parts of "never lose work": recovery files, plan locks, file stamps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.io import locks, recovery
from smplanner.io.atomic import SaveError
from smplanner.io.processes import ProcessId, pid_exists
from smplanner.io.stamps import FileStamp, changed_since, stamp
from smplanner.io.workbook import load_plan


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def dead_process() -> ProcessId:
    """A process of this machine that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return ProcessId(child.pid, ProcessId.current().host)


# ------------------------------------------------------------------ processes
def test_this_process_is_running_and_an_ended_one_is_not() -> None:
    assert ProcessId.current().is_running()
    assert not dead_process().is_running()
    assert not pid_exists(0)


def test_a_reused_process_id_is_not_taken_for_the_app() -> None:
    me = ProcessId.current()
    if not me.start:
        pytest.skip("no process start times on this system")
    impostor = ProcessId(me.pid, me.host, me.boot, str(int(me.start) - 1000))
    assert not impostor.is_running()
    assert not ProcessId(me.pid, me.host, "another boot", me.start).is_running()


def test_a_process_of_another_machine_counts_as_running() -> None:
    assert ProcessId(1, "some-other-machine.example").is_running()


# ------------------------------------------------------------------ stamps
def test_a_touched_file_is_unchanged_and_a_rewritten_one_changed(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"first")
    known = stamp(path)
    assert known is not None
    os.utime(path, ns=(known.mtime_ns + 5_000_000_000,) * 2)
    assert changed_since(path, known) is None
    path.write_bytes(b"other")  # same size
    os.utime(path, ns=(known.mtime_ns,) * 2)  # and same time: only the hash can tell
    assert changed_since(path, known) is None  # cheap check first: same size and time
    os.utime(path, ns=(known.mtime_ns + 1,) * 2)
    now = changed_since(path, known)
    assert now is not None and now.sha256 != known.sha256
    path.unlink()
    assert changed_since(path, known) is None and stamp(path) is None


def test_stamps_survive_json() -> None:
    original = FileStamp(10, 20, "ab")
    assert FileStamp.from_json(json.loads(json.dumps(original.to_json()))) == original
    assert FileStamp.from_json({"size": "10"}) is None and FileStamp.from_json([]) is None


# ------------------------------------------------------------------ locks
def test_a_lock_is_ours_until_released(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    assert locks.other_owner(plan) is None
    locks.acquire(plan)
    assert locks.lock_file(plan).exists()
    assert locks.other_owner(plan) is None  # our own lock does not stop us
    locks.release(plan)
    assert not locks.lock_file(plan).exists()


def write_lock(plan: Path, process: ProcessId) -> None:
    locks.lock_file(plan).write_text(
        json.dumps({"process": process.to_json(), "since": "2026-01-02T03:04:05+00:00"})
    )


def test_another_running_app_holds_the_lock(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    parent = ProcessId(os.getppid(), ProcessId.current().host)
    write_lock(plan, parent)
    owner = locks.other_owner(plan)
    assert owner is not None and owner.process == parent
    assert owner.since == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    locks.release(plan)  # not ours: left alone
    assert locks.other_owner(plan) == owner


def test_a_crashed_apps_lock_is_stale_and_taken_over(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    write_lock(plan, dead_process())
    assert locks.other_owner(plan) is None
    locks.acquire(plan)
    assert locks.other_owner(plan) is None
    assert json.loads(locks.lock_file(plan).read_text())["process"]["pid"] == os.getpid()


def test_a_broken_lock_file_does_not_lock(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    locks.lock_file(plan).write_text("{not json")
    assert locks.other_owner(plan) is None


def test_the_same_file_by_another_path_has_the_same_lock(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    plan = tmp_path / "plan.xlsx"
    assert locks.lock_file(tmp_path / "sub" / ".." / "plan.xlsx") == locks.lock_file(plan)


# ------------------------------------------------------------------ recovery files
def test_an_autosave_holds_every_edit_and_never_touches_the_plan_file(tmp_path: Path) -> None:
    plan = example_plan()
    plan.apply(SetCells("planner", ((0, "notes", "typed before the crash"),)))
    own_file = tmp_path / "mine.xlsx"
    own_file.write_bytes(b"the user's own file")
    slot = recovery.new_slot()
    entry = recovery.write(slot, plan, own_file, stamp(own_file))
    assert own_file.read_bytes() == b"the user's own file"
    assert slot.parent == recovery.folder() and slot.parent != tmp_path
    assert load_plan(slot).plan.snapshot() == plan.snapshot()
    again = recovery.read(slot)
    assert again == entry
    assert (again.plan_name, again.original) == (plan.name, own_file)
    assert not again.is_orphan()  # we are running
    assert recovery.orphans() == []
    recovery.remove(slot)
    assert list(recovery.folder().iterdir()) == []


def test_a_dead_apps_autosave_is_an_orphan_newest_first(tmp_path: Path) -> None:
    older, newer = recovery.new_slot(), recovery.new_slot()
    for slot, hour in ((older, 9), (newer, 11)):
        recovery.write(slot, example_plan(), None)
        data = json.loads(slot.with_suffix(".json").read_text())
        data["process"] = dead_process().to_json()
        data["saved_at"] = datetime(2026, 3, 4, hour, tzinfo=UTC).isoformat()
        slot.with_suffix(".json").write_text(json.dumps(data))
    found = recovery.orphans()
    assert [r.workbook for r in found] == [newer, older]
    assert found[0].original is None and found[0].plan_name == example_plan().name


def test_a_workbook_without_its_sidecar_is_still_offered() -> None:
    """A crash between the two writes of the very first autosave."""
    slot = recovery.new_slot()
    recovery.write(slot, example_plan(), None)
    slot.with_suffix(".json").unlink()
    (found,) = recovery.orphans()
    assert found.workbook == slot and found.plan_name == "Unnamed plan"


def test_a_failed_autosave_keeps_the_previous_one(monkeypatch: pytest.MonkeyPatch) -> None:
    slot = recovery.new_slot()
    first = example_plan()
    recovery.write(slot, first, None)
    before = slot.read_bytes()

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError, match="disk is full"):
        recovery.write(slot, example_plan(), None)
    assert slot.read_bytes() == before
    assert sorted(p.name for p in slot.parent.iterdir()) == sorted(
        [slot.name, slot.with_suffix(".json").name]
    )


def test_a_killed_process_not_yet_reaped_counts_as_gone() -> None:
    """A writer killed a moment ago is a zombie until its parent waits: gone all the same."""
    from smplanner.io.processes import _start_time

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        me = ProcessId.current()
        writer = ProcessId(child.pid, me.host, me.boot, _start_time(child.pid))
        assert writer.start and writer.is_running()
        child.kill()
        deadline = time.monotonic() + 10
        while writer.is_running() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not writer.is_running()
    finally:
        child.wait()
