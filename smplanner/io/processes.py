"""Which running app wrote a lock, a recovery file or a save, and is it still running?

A process is named by its id, its machine, the boot it runs in and its start time, so a
crash is told from a live app even after a reboot handed the same id to another program.
psutil answers "is this process still the one that wrote it" the same way on Linux,
Windows and macOS (its start time is the system's own record of the process).
"""

from __future__ import annotations

import contextlib
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import psutil


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

        A process of another machine cannot be checked and counts as running; one that
        has ended but was not yet reaped (a zombie) counts as gone.
        """
        if self.host != socket.gethostname():
            return True
        if self.boot and self.boot != _boot_id():
            return False
        if self.pid == os.getpid():
            return not self.start or self.start == _start_time(self.pid)
        try:
            process = psutil.Process(self.pid)
            if process.status() == psutil.STATUS_ZOMBIE:
                return False
            return not self.start or self.start == _start(process)
        except psutil.NoSuchProcess:
            return False
        except psutil.Error:  # it exists, and is not ours to look at
            return True


def pid_exists(pid: int) -> bool:
    """True when a process ``pid`` exists here (ours, another user's, or a zombie)."""
    return pid > 0 and (pid == os.getpid() or psutil.pid_exists(pid))


def _boot_id() -> str:
    """This boot's id where the system gives one (Linux), else empty; the start time
    alone tells processes of two boots apart everywhere else."""
    with contextlib.suppress(OSError):
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    return ""


def _start_time(pid: int) -> str:
    """When the process started, in milliseconds since 1970; empty when unknown."""
    try:
        return _start(psutil.Process(pid))
    except psutil.Error:
        return ""


def _start(process: psutil.Process) -> str:
    return str(round(process.create_time() * 1000))
