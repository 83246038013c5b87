"""What a plan file looked like when the app last read or wrote it, to notice other saves.

Modification time (in nanoseconds) and size are cheap and change with every save; the
content hash is computed only when they differ, so a file merely touched (a sync client,
a backup tool) is not reported as changed by someone else.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileStamp:
    """Size, modification time (ns) and SHA-256 of a file's content."""

    size: int
    mtime_ns: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: Any) -> FileStamp | None:
        """The stamp stored by :meth:`to_json`, or None for anything else."""
        if not isinstance(data, dict):
            return None
        size, mtime, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
        if isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str):
            return cls(size, mtime, digest)
        return None


def stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The file's stamp now; None when it is missing or cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            info = os.fstat(handle.fileno())
            digest = hashlib.sha256()
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return FileStamp(info.st_size, info.st_mtime_ns, digest.hexdigest())


def changed_since(path: str | os.PathLike[str], known: FileStamp) -> FileStamp | None:
    """The file's new stamp when its content differs from ``known`` (None: unchanged).

    A missing file counts as unchanged here: nobody's work is in it, and saving writes
    it again; callers that care ask :func:`stamp` directly.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    if info.st_size == known.size and info.st_mtime_ns == known.mtime_ns:
        return None
    now = stamp(path)
    if now is None or now.sha256 == known.sha256:
        return None
    return now
