"""Every setting declared once, with its type and default, behind one QSettings.

QSettings hands back whatever the platform stored (an INI file gives strings, one recent
file comes back as a str rather than a list), so reading goes through the declared
default's type and falls back to the default instead of passing junk to the window.
A settings version lets a later release drop or convert keys it no longer understands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray())
"""Main window position and size (QMainWindow.saveGeometry)."""
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray())
"""Toolbar and dock layout (QMainWindow.saveState)."""
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [])
"""Plans opened or saved lately, newest first, at most MAX_RECENT."""
LAST_FOLDER: Setting[str] = Setting("files/last_folder", "")
"""Where Open and Save As start when the plan has no file yet."""

PAPER: Setting[str] = Setting("print/paper", "")
"""a4 or letter for printed pages; empty: the locale's."""
AUTOSAVE_SECONDS: Setting[int] = Setting("files/autosave_seconds", 60)
"""Seconds without an edit before an unsaved plan is copied to its recovery file."""
AUTOSAVE_RANGE = (5, 3600)
"""What Preferences offers for AUTOSAVE_SECONDS."""
LANGUAGE: Setting[str] = Setting("view/language", "")
"""en, de or pl for the app's words from the next start; empty: the system's language."""
CURRENCY: Setting[str] = Setting("plan/currency", "")
"""The code or symbol a new blank plan shows with amounts; empty: the plan's default."""

ALL: tuple[Setting[Any], ...] = (
    GEOMETRY,
    WINDOW_STATE,
    RECENT_FILES,
    LAST_FOLDER,
    PAPER,
    AUTOSAVE_SECONDS,
    LANGUAGE,
    CURRENCY,
)
VERSION_KEY = "version"


def _read(value: Any, default: T) -> T:
    """``value`` as the default's type, or the default when it can't be."""
    if value is None or value == "":
        return cast(T, list(default)) if isinstance(default, list) else default
    if isinstance(default, list):
        items = value if isinstance(value, list) else [value]
        return cast(T, [str(v) for v in items])
    if isinstance(default, QByteArray):
        return cast(T, value) if isinstance(value, QByteArray) else default
    convert: Any = type(default)  # str or int: the declared defaults' plain types
    try:
        return cast(T, convert(value))
    except (TypeError, ValueError):
        return default


class Settings:
    """The user's settings (QSettings under organisation and application "smplanner")."""

    def __init__(self) -> None:
        self._store = QSettings("smplanner", "smplanner")
        stored = _read(self._store.value(VERSION_KEY), 0)
        if stored < SETTINGS_VERSION:  # a newer release's settings are left alone
            self._migrate(stored)

    def _migrate(self, stored: int) -> None:
        """Keep the keys this version declares; version 1 is the first, nothing to convert."""
        known = {s.key for s in ALL}
        for key in self._store.allKeys():
            if key not in known:
                self._store.remove(key)
        self._store.setValue(VERSION_KEY, SETTINGS_VERSION)

    def get(self, setting: Setting[T]) -> T:
        return _read(self._store.value(setting.key), setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set(RECENT_FILES, recent)
        return recent

    def remove_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        self.set(RECENT_FILES, recent)
        return recent
