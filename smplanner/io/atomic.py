"""Saving so that a crash or a full disk never leaves a broken file behind.

The new content goes to a temporary file in the target's folder, is flushed to disk and
then renamed over the target in one step; until that step the old file is untouched.
The writer's own temporary files (openpyxl streams each sheet into one) go into a
folder beside it, which names the process writing and is removed with the save. A save
killed midway (a crash, a kill, a power cut) leaves both behind; the next save or open
of the same file removes them once that process is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

from smplanner.domain.text import tr
from smplanner.io.oserrors import reason, short_name
from smplanner.io.processes import ProcessId

PART = ".part"
SCRATCH = ".saving"
"""Beside a plan being saved: ``.NAME.XXXX.part`` (the new file) and
``.NAME.XXXX.saving/`` (the writer's temporary files, and who writes them)."""
OWNER = "writer.json"
ORPHAN_AGE = 24 * 3600
"""Seconds after which a temporary file whose writer is unknown is litter: no save takes
that long, and an unknown writer is one killed before it could say who it was."""
_PREFIX_BYTES = 80
_scratch: ContextVar[Path | None] = ContextVar("scratch", default=None)


class SaveError(OSError):
    """A save that failed; the previous file, if any, is intact."""

    def __str__(self) -> str:  # the sentence alone, without OSError's "[Errno 28]"
        return str(self.strerror)


def scratch_folder() -> Path | None:
    """The folder for the temporary files of the save in progress in this thread."""
    return _scratch.get()


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary file that becomes ``path`` only when all went well.

    Any failure, of the disk or of ``write`` itself, raises :class:`SaveError` (an
    ``OSError``) saying "Could not save NAME: why", after removing the temporary files.
    """
    target = Path(path)
    handle: BinaryIO | None = None
    temporary = ""
    scratch: Path | None = None
    token = None
    try:
        if target.is_symlink():  # replace the file the link points to, and keep the link
            target = target.resolve()
        folder = target.parent
        clean_dead_saves(target)
        fd, temporary = tempfile.mkstemp(prefix=_prefix(target), suffix=PART, dir=folder)
        handle = os.fdopen(fd, "wb")
        scratch = Path(temporary[: -len(PART)] + SCRATCH)
        scratch.mkdir()
        (scratch / OWNER).write_text(json.dumps(ProcessId.current().to_json()))
        token = _scratch.set(scratch)
        write(handle)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        handle = None
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
        temporary = ""
        _sync_folder(folder)
    except Exception as error:  # the disk's or a writer's own failure: one kind, said plainly
        text = tr("Could not save {name}: {reason}").format(
            name=short_name(target), reason=reason(error, target)
        )
        code = error.errno if isinstance(error, OSError) else 0
        raise SaveError(code or 0, text) from error
    finally:
        if token is not None:
            _scratch.reset(token)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _prefix(target: Path) -> str:
    """ ".NAME." for the temporary files; a long name is cut so theirs stay within limits."""
    name = target.name
    while len(os.fsencode(name)) > _PREFIX_BYTES:
        name = name[:-1]
    return f".{name}."


def clean_dead_saves(target: str | os.PathLike[str]) -> list[Path]:
    """Remove what saves of ``target`` killed midway left beside it; returns what went.

    Only temporary files whose writer is known to be gone (see :class:`ProcessId`), or
    whose writer is unknown and which are older than ORPHAN_AGE; a save in progress in
    another window or on another machine sharing the folder is left alone. Never fails:
    a folder that cannot be listed or changed keeps its files.
    """
    path = Path(target)
    saves: dict[str, list[Path]] = {}
    for entry in _leftovers(path):
        stem = entry.name.removesuffix(PART).removesuffix(SCRATCH)
        saves.setdefault(stem, []).append(entry)
    removed: list[Path] = []
    for stem, entries in saves.items():
        if not _writer_gone(path.parent / (stem + SCRATCH), entries):
            continue
        for entry in entries:
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
            if not entry.exists():
                removed.append(entry)
    return removed


def _leftovers(path: Path) -> Iterator[Path]:
    prefix = _prefix(path)
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in list(entries):
            name = entry.name
            if name.startswith(prefix) and name.endswith((PART, SCRATCH)):
                yield Path(entry.path)


def _writer_gone(scratch: Path, entries: list[Path]) -> bool:
    """Whether the process that wrote a save's files has ended; when it is unknown, the
    files are left until they are older than any save can take."""
    try:
        data = json.loads((scratch / OWNER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    writer = ProcessId.from_json(data)
    if writer is not None:
        return not writer.is_running()
    try:
        newest = max(e.stat().st_mtime for e in entries)
    except OSError:
        return False
    return time.time() - newest > ORPHAN_AGE


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows opening a folder)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
