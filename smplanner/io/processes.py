"""Which running app wrote a lock or a recovery file, and is it still running?

A process is named by its id, its machine, the boot it runs in and its start time, so a
crash is told from a live app even after a reboot handed the same id to another program.
``os.kill(pid, 0)`` answers on POSIX; on Windows signal 0 would *stop* the process (it is
CTRL_C_EVENT there), so the process table is asked through the Win32 API instead.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ProcessId:
    """A process, as another process can later recognise it."""

    pid: int
    host: str
    boot: str = ""
    start: str = ""

    @classmethod
    def current(cls) -> ProcessId:
        pid = os.getpid()
        return cls(pid, socket.gethostname(), _boot_id(), _start_time(pid))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> ProcessId | None:
        if not isinstance(data, dict) or not isinstance(data.get("pid"), int):
            return None
        texts = [data.get(k, "") for k in ("host", "boot", "start")]
        if not all(isinstance(t, str) for t in texts):
            return None
        return cls(data["pid"], *texts)

    def is_running(self) -> bool:
        """True unless this process is known to be gone (a crash, a kill, a reboot).

        A process of another machine cannot be checked and counts as running.
        """
        if self.host != socket.gethostname():
            return True
        if self.boot and self.boot != _boot_id():
            return False
        if not pid_exists(self.pid):
            return False
        return not self.start or self.start == _start_time(self.pid)


def pid_exists(pid: int) -> bool:
    """True when a process ``pid`` exists here (ours, another user's, or a zombie)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_pid_exists(pid)
    try:
        os.kill(pid, 0)
    except PermissionError:  # it exists; it is someone else's
        return True
    except OSError:
        return False
    return True


def _boot_id() -> str:
    """This boot's id where the system gives one (Linux), else empty."""
    with contextlib.suppress(OSError):
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    return ""


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), else empty."""
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[19]  # field 22; the name may hold spaces
    return ""


def _windows_pid_exists(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)
