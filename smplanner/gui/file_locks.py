"""The locks the open plan holds on its file, so that others know it is being edited.

smplanner's own lock (in the data folder) makes a second smplanner open the file
read-only; LibreOffice's lock file beside the plan makes a colleague's LibreOffice warn
them too. Both are courtesies: a folder that cannot hold them does not stop the work.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from smplanner.io import locks, office_locks


class FileLocks:
    """The locks one window holds on its plan's file, taken and released together."""

    def __init__(self) -> None:
        self.path: Path | None = None
        """The file whose smplanner lock this window holds."""
        self._office: Path | None = None
        """The plan whose LibreOffice lock this window wrote."""

    def take(self, path: Path) -> None:
        try:
            locks.acquire(path)
        except OSError:  # no data folder: the lock is a courtesy to other windows
            self.path = None
        else:
            self.path = path
        self._office = None
        with contextlib.suppress(OSError):  # a read-only share: LibreOffice is not warned
            if office_locks.acquire(path):  # a colleague's LibreOffice warns them
                self._office = path

    def release(self) -> None:
        if self._office is not None:
            office_locks.release(self._office)
            self._office = None
        if self.path is not None:
            locks.release(self.path)
            self.path = None
