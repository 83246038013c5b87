"""Saving so that a crash or a full disk never leaves a broken file behind.

The new content goes to a temporary file in the target's folder, is flushed to disk and
then renamed over the target in one step; until that step the old file is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr


class SaveError(OSError):
    """A save that failed; the previous file, if any, is intact."""

    def __str__(self) -> str:  # the sentence alone, without OSError's "[Errno 28]"
        return str(self.strerror)


_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("", "the disk quota is used up"),
    errno.EACCES: QT_TRANSLATE_NOOP("", "you may not write in that folder"),
    errno.EPERM: QT_TRANSLATE_NOOP("", "you may not write in that folder"),
    errno.EROFS: QT_TRANSLATE_NOOP("", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("", "the folder does not exist (any more)"),
}
"""Shown translated, with tr(); the system's own words for other errors are shown as they are."""


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary file that becomes ``path`` only when all went well.

    Any failure, of the disk or of ``write`` itself, raises :class:`SaveError` (an
    ``OSError``) saying "Could not save NAME: why", after removing the temporary file.
    """
    target = Path(path)
    if target.is_symlink():  # replace the file the link points to, and keep the link
        target = target.resolve()
    folder = target.parent
    handle: BinaryIO | None = None
    temporary = ""
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        handle = os.fdopen(fd, "wb")
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
    except OSError as error:
        known = _REASONS.get(error.errno or 0)
        reason = tr(known) if known else error.strerror or str(error)
        text = tr("Could not save {name}: {reason}").format(name=target.name, reason=reason)
        raise SaveError(error.errno or 0, text) from error
    except Exception as error:  # a writer's own failure: the caller still gets one kind
        reason = f"{type(error).__name__}: {error}"
        text = tr("Could not save {name}: {reason}").format(name=target.name, reason=reason)
        raise SaveError(0, text) from error
    finally:
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


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
