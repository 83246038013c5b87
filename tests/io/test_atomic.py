"""A failed save leaves the previous file exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.io import writer
from smplanner.io.atomic import SaveError, write_atomically
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


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError):
            save_plan(example_plan(), folder / "plan.xlsx")
    finally:
        folder.chmod(0o700)


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
