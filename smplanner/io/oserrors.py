"""What went wrong with the disk, in plain words, for a save or an open that failed.

The system's own words ("[Errno 36] File name too long: '/the/whole/path…'") are for
programmers; a person needs the reason and, where there is one, the limit they crossed.
Errors raised from inside lxml (openpyxl's sheet writer) carry no errno, only a name
such as ``IO_EFBIG`` in their message; they are mapped back to the errno they stand for.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

NAME_MAX = 255
"""Bytes in one file name on the usual file systems (ext4, NTFS, APFS), when the system
does not say."""
PATH_MAX = 4096
"""Bytes in a whole path on Linux, when the system does not say."""

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("", "the file would be larger than this system allows"),
    errno.EACCES: QT_TRANSLATE_NOOP("", "you may not write in that folder"),
    errno.EPERM: QT_TRANSLATE_NOOP("", "you may not write in that folder"),
    errno.EROFS: QT_TRANSLATE_NOOP("", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("", "the folder does not exist (any more)"),
}
"""Shown translated, with tr(); the system's own words for other errors are shown as they are."""
_LXML_IO = re.compile(r"\bIO_(E[A-Z]+)\b")


def errno_of(error: BaseException) -> int:
    """The errno behind ``error`` or what caused it; 0 when there is none."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno:
            return current.errno
        match = _LXML_IO.search(str(current))  # lxml.etree.SerialisationError: IO_EFBIG
        if match is not None and isinstance(getattr(errno, match.group(1), None), int):
            return int(getattr(errno, match.group(1)))
        current = current.__cause__ or current.__context__
    return 0


def short_name(path: str | os.PathLike[str], room: int = 60) -> str:
    """A file's name as a message shows it: a very long one cut in the middle."""
    name = Path(path).name or str(path)
    if len(name) <= room:
        return name
    return f"{name[: room - 16]}…{name[-15:]}"


def name_too_long(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` is too long for its file system, with the numbers; None when it is not."""
    target = Path(path)
    folder = _existing_folder(target)
    name_max = _limit(folder, "PC_NAME_MAX", NAME_MAX)
    for part in target.parts:
        size = len(os.fsencode(part))
        if size > name_max:
            text = tr("the file name is too long ({size:,} bytes; at most {limit:,})")
            return text.format(size=size, limit=name_max)
    size = len(os.fsencode(os.path.abspath(target)))
    path_max = _limit(folder, "PC_PATH_MAX", PATH_MAX)
    if size >= path_max:
        text = tr("the path is too long ({size:,} bytes; at most {limit:,})")
        return text.format(size=size, limit=path_max - 1)
    return None


def reason(error: BaseException, path: str | os.PathLike[str]) -> str:
    """Why the disk refused, in plain words; the system's words for the unusual."""
    code = errno_of(error)
    if code == errno.ENAMETOOLONG:
        return name_too_long(path) or tr("the file name is too long")
    known = _REASONS.get(code)
    if known is not None:
        return tr(known)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if code:
        return os.strerror(code)
    return f"{type(error).__name__}: {error}"


def _existing_folder(path: Path) -> Path:
    folder = path.parent if path.parent != path else path
    for candidate in (folder, *folder.parents):
        try:
            if candidate.is_dir():
                return candidate
        except OSError:
            continue
    return Path.cwd()


def _limit(folder: Path, name: str, default: int) -> int:
    try:
        return int(os.pathconf(folder, name))
    except (AttributeError, ValueError, OSError):  # not on Windows
        return default
