"""A failed save leaves the previous file exactly as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.io import writer
from smplanner.io.atomic import ORPHAN_AGE, OWNER, PART, SCRATCH, SaveError, write_atomically
from smplanner.io.processes import ProcessId
from smplanner.io.workbook import load_plan, save_plan


def test_failure_while_writing_keeps_the_old_file(example_path: Path, monkeypatch) -> None:
    before = example_path.read_bytes()

    def broken(plan, handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "write_plan", broken)
    with pytest.raises(SaveError, match="disk is full"):
        save_plan(blank_plan(), example_path)
    assert example_path.read_bytes() == before
    assert [p.name for p in example_path.parent.iterdir()] == [example_path.name]


def test_failure_at_the_rename_keeps_the_old_file(example_path: Path, monkeypatch) -> None:
    before = example_path.read_bytes()

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError, match="may not write"):
        save_plan(blank_plan(), example_path)
    assert example_path.read_bytes() == before
    assert len(list(example_path.parent.iterdir())) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permission bits only")
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores permission bits: run the tests as a non-root user to check them",
)
def test_read_only_folder(example_path: Path) -> None:
    folder = example_path.parent
    before = example_path.read_bytes()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="may not write"):
            save_plan(blank_plan(), example_path)
    finally:
        folder.chmod(0o700)
    assert example_path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [example_path.name]


def test_a_folder_that_refuses_new_files(example_path: Path, monkeypatch) -> None:
    """What a read-only folder does, for any user (root ignores permission bits)."""
    before = example_path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match=r"Could not save example\.xlsx: you may not write"):
        save_plan(blank_plan(), example_path)
    assert example_path.read_bytes() == before


def test_a_bug_in_the_writer_keeps_the_old_file(example_path: Path, monkeypatch) -> None:
    before = example_path.read_bytes()

    def broken(plan, handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"PK\x03\x04 half")
        raise ValueError("something unexpected")

    monkeypatch.setattr(writer, "write_plan", broken)
    with pytest.raises(SaveError, match="ValueError: something unexpected") as caught:
        save_plan(blank_plan(), example_path)
    assert isinstance(caught.value, OSError)
    assert str(caught.value).startswith("Could not save example.xlsx")  # no "[Errno 0]"
    assert example_path.read_bytes() == before
    assert [p.name for p in example_path.parent.iterdir()] == [example_path.name]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_saving_through_a_link_keeps_the_link(example_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "shortcut.xlsx"
    link.symlink_to(example_path)
    save_plan(blank_plan(), link)
    assert link.is_symlink()
    assert load_plan(example_path).plan.row_count("planner") == 0


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.xlsx"
    save_plan(blank_plan(), path)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_vanished_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        save_plan(example_plan(), tmp_path / "gone" / "plan.xlsx")


def test_a_good_save_replaces_the_file(example_path: Path) -> None:
    save_plan(blank_plan(), example_path)
    assert load_plan(example_path).plan.row_count("planner") == 0


def test_write_atomically_reports_the_file_name(tmp_path: Path) -> None:
    def fail(handle) -> None:  # type: ignore[no-untyped-def]
        raise OSError(30, "Read-only file system")

    with pytest.raises(SaveError, match=r"Could not save x\.xlsx: the disk is read-only"):
        write_atomically(tmp_path / "x.xlsx", fail)


# ------------------------------------------------------------------ saves killed midway
KILLED_MIDWAY = textwrap.dedent(
    """
    import sys, time
    from smplanner.domain.catalogue import example_plan
    from smplanner.io import writer

    def stuck(book, handle):  # every sheet written, the zip not yet: then the kill
        handle.write(b"PK half a workbook")
        handle.flush()
        print("saving", flush=True)
        time.sleep(120)

    writer.save_book = stuck
    writer.save_plan(example_plan(), sys.argv[1])
    """
)


def litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((PART, SCRATCH)))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_save_killed_midway_is_cleaned_up_at_the_next_open_and_save(
    example_path: Path, tmp_path: Path
) -> None:
    system_temp = tmp_path / "system temp"
    system_temp.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_MIDWAY, str(example_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(system_temp)},
    )
    assert child.stdout is not None and child.stdout.readline() == "saving\n"
    left = litter(example_path.parent)
    assert [n[-5:] for n in left] == [PART, "aving"]  # the .part and its .saving folder
    scratch = example_path.parent / left[1]
    assert len(list(scratch.glob("sheet*.xml"))) > 10  # the sheets went there, not to TMPDIR
    assert list(system_temp.iterdir()) == []
    child.send_signal(signal.SIGKILL)
    child.wait()
    before = example_path.read_bytes()

    # a save in progress in another running app is left alone
    alive = example_path.parent / f".{example_path.name}.alive123{SCRATCH}"
    alive.mkdir()
    (alive / OWNER).write_text(json.dumps(ProcessId.current().to_json()))
    (example_path.parent / f".{example_path.name}.alive123{PART}").write_bytes(b"PK")

    assert load_plan(example_path).errors == []
    assert litter(example_path.parent) == [
        f".{example_path.name}.alive123{p}" for p in (PART, SCRATCH)
    ]
    assert example_path.read_bytes() == before
    shutil.rmtree(alive)  # that app has finished: its litter goes at the next save
    old = time.time() - ORPHAN_AGE - 60
    os.utime(example_path.parent / f".{example_path.name}.alive123{PART}", (old, old))
    save_plan(example_plan(), example_path)
    assert litter(example_path.parent) == []


def test_a_long_file_name_keeps_its_temporary_files_within_limits(tmp_path: Path) -> None:
    path = tmp_path / ("é" * 125 + ".xlsx")  # 255 bytes: the longest name allowed
    save_plan(example_plan(), path)
    assert load_plan(path).errors == []
    assert litter(tmp_path) == []
