"""The office suites' lock files: read who holds a plan, write ours as LibreOffice does."""

from __future__ import annotations

import os
import socket
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.io import office_locks
from smplanner.io.office_locks import (
    EXCEL,
    LIBREOFFICE,
    excel_owner,
    format_entry,
    holder,
    libreoffice_lock,
    parse_entry,
)

# As LibreOffice 7.4 writes it for a user without a name in its profile (field 1 empty).
LIBREOFFICE_WROTE = b",jane,office-pc,23.11.2026 14:05,file:///home/jane/.config/libreoffice/4;"
# Written by LibreOffice 7.4 (Debian 12) opening a plan on this machine, byte for byte.
CAPTURED = b",root,vm,02.12.2026 05:15,file:///tmp/lo16/home/.config/libreoffice/4;"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "team plan.xlsx"
    path.write_bytes(b"PK")
    return path


def test_a_libreoffice_lock_names_its_user_host_and_time() -> None:
    assert parse_entry(LIBREOFFICE_WROTE) == [
        "",
        "jane",
        "office-pc",
        "23.11.2026 14:05",
        "file:///home/jane/.config/libreoffice/4",
    ]


def test_ours_has_the_shape_of_the_one_libreoffice_wrote() -> None:
    captured = parse_entry(CAPTURED)
    assert captured is not None
    ours = format_entry(["", "root", "vm", "02.12.2026 05:15", captured[4]])
    assert ours == CAPTURED


def test_commas_semicolons_and_backslashes_are_escaped() -> None:
    fields = ["Doe, Jane; PhD", "jane\\x", "host", "01.02.2026 09:30", "file:///p"]
    written = format_entry(fields)
    assert written == (b"Doe\\, Jane\\; PhD,jane\\\\x,host,01.02.2026 09:30,file:///p;")
    assert parse_entry(written) == fields


@given(st.lists(st.text(), min_size=5, max_size=5))
def test_any_fields_survive_a_round_trip(fields: list[str]) -> None:
    fields = [f.replace("\x00", "") for f in fields]
    assert parse_entry(format_entry(fields)) == fields


@pytest.mark.parametrize(
    "data",
    [b"", b"garbage", b",a,b,c;", b",a,b,c,d,e;", b"a\\xb,c,d,e,f;", b",a,b,c,d"],
)
def test_what_is_no_libreoffice_lock_is_not_read_as_one(data: bytes) -> None:
    assert parse_entry(data) is None


def test_another_machines_libreoffice_lock_is_reported(plan: Path) -> None:
    libreoffice_lock(plan).write_bytes(LIBREOFFICE_WROTE)
    lock = holder(plan)
    assert lock is not None
    assert (lock.program, lock.user, lock.host) == (LIBREOFFICE, "jane", "office-pc")
    assert lock.since == datetime(2026, 11, 23, 14, 5)
    assert libreoffice_lock(plan).name == ".~lock.team plan.xlsx#"


def test_the_profile_name_is_preferred_to_the_login(plan: Path) -> None:
    entry = format_entry(["Jane Doe", "jane", "office-pc", "23.11.2026 14:05", "file:///x"])
    libreoffice_lock(plan).write_bytes(entry)
    lock = holder(plan)
    assert lock is not None and lock.user == "Jane Doe"


def test_a_lock_of_this_machine_older_than_its_boot_is_stale(plan: Path) -> None:
    entry = [",", "jane", socket.gethostname(), "01.01.2000 10:00", "file:///x"]
    lock = libreoffice_lock(plan)
    lock.write_bytes(format_entry(entry))
    boot = office_locks.boot_time()
    if boot is None:
        pytest.skip("this system does not say when it started")
    os.utime(lock, (boot.timestamp() - 60, boot.timestamp() - 60))
    assert holder(plan) is None


def test_a_lock_of_this_machine_without_libreoffice_running_is_stale(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = ["", "jane", socket.gethostname(), "01.01.2026 10:00", "file:///x"]
    libreoffice_lock(plan).write_bytes(format_entry(entry))
    monkeypatch.setattr(office_locks, "libreoffice_running", lambda: False)
    assert holder(plan) is None
    monkeypatch.setattr(office_locks, "libreoffice_running", lambda: True)
    lock = holder(plan)
    assert lock is not None and lock.program == LIBREOFFICE


def excel_owner_file(name: str) -> bytes:
    """Excel's 165-byte owner file: length, code-page name padded, then a UTF-16 copy."""
    narrow = name.encode("cp1252", errors="replace")
    data = bytearray(b" " * 165)
    data[0] = len(narrow)
    data[1 : 1 + len(narrow)] = narrow
    data[54] = len(name)
    data[55] = 0
    wide = name.encode("utf-16-le")
    data[56 : 56 + len(wide)] = wide
    return bytes(data)


def test_an_excel_owner_file_names_its_owner(plan: Path) -> None:
    (plan.parent / "~$team plan.xlsx").write_bytes(excel_owner_file("Jürgen Łukasz"))
    lock = holder(plan)
    assert lock is not None
    assert (lock.program, lock.user, lock.host) == (EXCEL, "Jürgen Łukasz", "")
    assert lock.since is not None


@pytest.mark.parametrize(
    ("data", "owner"),
    [
        (b"\x04Anna" + b" " * 49, "Anna"),  # no UTF-16 copy
        (b"\x09Anna Berg", "Anna Berg"),  # cut short
        (b"", ""),
        (b"\xff\x00\x01", ""),
        (bytes(range(256)), ""),
    ],
)
def test_excel_owner_files_are_read_leniently(data: bytes, owner: str) -> None:
    assert excel_owner(data) == owner


def test_ours_is_written_as_libreoffice_writes_and_removed_on_release(plan: Path) -> None:
    assert office_locks.acquire(plan)
    written = libreoffice_lock(plan).read_bytes()
    fields = parse_entry(written)
    assert fields is not None and written.endswith(b";") and written.count(b";") == 1
    assert fields[2] == socket.gethostname()
    assert datetime.strptime(fields[3], "%d.%m.%Y %H:%M")
    assert fields[4].startswith("file:///") and fields[4].endswith("/smplanner/locks")
    assert holder(plan) is None  # our own: the app's lock speaks for this smplanner
    office_locks.release(plan)
    assert not libreoffice_lock(plan).exists()


def test_a_live_libreoffice_lock_is_neither_overwritten_nor_removed(plan: Path) -> None:
    libreoffice_lock(plan).write_bytes(LIBREOFFICE_WROTE)
    assert not office_locks.acquire(plan)
    office_locks.release(plan)
    assert libreoffice_lock(plan).read_bytes() == LIBREOFFICE_WROTE


def test_a_stale_libreoffice_lock_is_taken_over(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = ["", "jane", socket.gethostname(), "01.01.2026 10:00", "file:///x"]
    libreoffice_lock(plan).write_bytes(format_entry(entry))
    monkeypatch.setattr(office_locks, "libreoffice_running", lambda: False)
    assert office_locks.acquire(plan)
    assert parse_entry(libreoffice_lock(plan).read_bytes()) != entry
