"""The office suites' lock files beside a plan: who else has it open, and ours for them.

A plan is often a shared file that colleagues open in LibreOffice or Excel. Both leave a
small file beside the document while they have it open:

- LibreOffice ``.~lock.NAME#``: one entry of five fields, each with ``\\``, ``,`` and
  ``;`` escaped by a backslash, separated by commas and ended by a semicolon, in UTF-8:
  the name from the user's profile, the system user, the host, the time it was opened
  (``DD.MM.YYYY HH:MM``, local time) and the URL of the user's profile folder.
- Excel ``~$NAME``: 165 bytes; the first byte is the length of the owner's name, which
  follows in the Windows code page, padded; a UTF-16 copy may follow at byte 54. Read
  leniently: a name that cannot be made out is reported as unknown.

While the app holds a plan it writes LibreOffice's lock too (its profile URL is the
app's data folder, so it is told from LibreOffice's own), so a colleague who opens the
plan in LibreOffice is warned. A lock left by a crash is stale when it names this machine
and is older than the current boot, or was written by LibreOffice and no LibreOffice runs
here any more; a stale lock is ignored and taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FIELDS = 5
LIBREOFFICE = "LibreOffice"
EXCEL = "Excel"
SMPLANNER = "smplanner"


@dataclass(frozen=True)
class OfficeLock:
    """Another program's mark that it has the plan open: who, where, since when."""

    program: str
    user: str
    """A display name, or empty when the lock does not say."""
    host: str
    """Empty when the lock does not say (Excel's)."""
    since: datetime | None
    file: Path


# ------------------------------------------------------------------ file names
def libreoffice_lock(plan: Path) -> Path:
    return plan.with_name(f".~lock.{plan.name}#")


def excel_lock(plan: Path) -> Path:
    """Excel's owner file (Word shortens long names; Excel keeps the whole name)."""
    return plan.with_name(f"~${plan.name}")


# ---------------------------------------------------------------- LibreOffice
def _escape(text: str) -> str:
    return "".join("\\" + c if c in "\\,;" else c for c in text)


def format_entry(fields: list[str]) -> bytes:
    """One LibreOffice lock entry: the five fields escaped, commas between, a semicolon."""
    if len(fields) != FIELDS:
        raise ValueError(f"a LibreOffice lock entry has {FIELDS} fields, not {len(fields)}")
    return (",".join(_escape(f) for f in fields) + ";").encode("utf-8")


def parse_entry(data: bytes) -> list[str] | None:
    """The five fields of the first entry, or None when it is not a LibreOffice lock."""
    fields: list[str] = []
    current = bytearray()
    escaped = False
    for byte in data:
        char = chr(byte)
        if escaped:
            if char not in "\\,;":
                return None
            current.append(byte)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in ",;":
            fields.append(current.decode("utf-8", errors="replace"))
            current = bytearray()
            if char == ";":
                return fields if len(fields) == FIELDS else None
            if len(fields) == FIELDS:
                return None
        else:
            current.append(byte)
    return None


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y %H:%M")
    except ValueError:
        return None


def own_entry(now: datetime | None = None) -> list[str]:
    """The fields the app writes: the user's full and login names, host, time, data URL."""
    moment = now or datetime.now()
    return [
        _full_name(),
        _login(),
        socket.gethostname(),
        moment.strftime("%d.%m.%Y %H:%M"),
        _profile_url(),
    ]


def _profile_url() -> str:
    """The app's locks folder as a URL: LibreOffice shows a profile folder there."""
    from platformdirs import user_data_dir

    return (Path(user_data_dir("smplanner", appauthor=False)) / "locks").absolute().as_uri()


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password file
        return ""


def _full_name() -> str:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return ""
    with contextlib.suppress(ImportError, KeyError):
        import pwd

        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    return ""


def _is_ours(fields: list[str]) -> bool:
    """Written by this user's smplanner on this machine (its app lock says which one)."""
    return fields[1:3] == [_login(), socket.gethostname()] and fields[4] == _profile_url()


# ---------------------------------------------------------------------- Excel
def excel_owner(data: bytes) -> str:
    """The owner's name in an Excel owner file; empty when it cannot be made out."""
    if len(data) >= 56 and 0 < data[54] == data[0]:  # both copies hold as many letters
        size = data[54] * 2
        with contextlib.suppress(UnicodeDecodeError):
            wide = data[56 : 56 + size].decode("utf-16-le").strip(" \x00")
            if wide.isprintable() and wide:
                return wide
    if data and 0 < data[0] < len(data):
        name = data[1 : 1 + data[0]].decode("cp1252", errors="replace").strip(" \x00")
        if name.isprintable():
            return name
    return ""


# ------------------------------------------------------------------ liveness
def boot_time() -> datetime | None:
    """When this machine started (Linux), else None."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("btime "):
                return datetime.fromtimestamp(int(line.split()[1]))
    return None


def libreoffice_running() -> bool:
    """True unless this machine's process table shows no LibreOffice (Linux)."""
    proc = Path("/proc")
    if not (proc / "self").exists():
        return True
    for entry in proc.iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (entry / "comm").read_text().strip().startswith("soffice"):
                    return True
    return False


def _stale(lock: OfficeLock, written: datetime) -> bool:
    if lock.host != socket.gethostname():
        return False  # another machine's: it cannot be checked from here
    boot = boot_time()
    if boot is not None and written < boot:
        return True
    return lock.program == LIBREOFFICE and not libreoffice_running()


def _modified(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


# ----------------------------------------------------------------- the answers
def holder(plan: Path) -> OfficeLock | None:
    """Another program that has ``plan`` open, by its lock file; None when none does.

    Stale locks and this user's own smplanner's lock (its app lock speaks for it) are
    left out.
    """
    lock = libreoffice_lock(plan)
    written = _modified(lock)
    if written is not None:
        with contextlib.suppress(OSError):
            fields = parse_entry(lock.read_bytes()[:4096])
            if fields is not None and not _is_ours(fields):
                program = SMPLANNER if fields[4].endswith("/smplanner/locks") else LIBREOFFICE
                found = OfficeLock(
                    program, fields[0] or fields[1], fields[2], _parse_time(fields[3]), lock
                )
                if not _stale(found, written):
                    return found
    owner = excel_lock(plan)
    written = _modified(owner)
    if written is not None:
        with contextlib.suppress(OSError):
            return OfficeLock(EXCEL, excel_owner(owner.read_bytes()[:512]), "", written, owner)
    return None


def acquire(plan: Path) -> bool:
    """Write LibreOffice's lock for ``plan`` unless another program's live lock is there.

    True when the lock is ours now; raises OSError when the folder refuses it.
    """
    other = holder(plan)
    if other is not None and other.program != EXCEL:  # Excel's does not warn LibreOffice
        return False
    libreoffice_lock(plan).write_bytes(format_entry(own_entry()))
    return True


def release(plan: Path) -> None:
    """Remove LibreOffice's lock for ``plan`` if this app wrote it; others' stay."""
    lock = libreoffice_lock(plan)
    with contextlib.suppress(OSError):
        fields = parse_entry(lock.read_bytes()[:4096])
        if fields is not None and _is_ours(fields):
            lock.unlink()
