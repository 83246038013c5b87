"""Every setting declared once, with its type and default, behind one QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray())
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [])
LAST_FOLDER: Setting[str] = Setting("files/last_folder", "")


class Settings:
    """The user's settings (QSettings under organisation and application "smplanner")."""

    def __init__(self) -> None:
        self._store = QSettings("smplanner", "smplanner")
        if int(self._store.value("version", 0) or 0) != SETTINGS_VERSION:
            self._store.setValue("version", SETTINGS_VERSION)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._store.value(setting.key, setting.default)
        default = setting.default
        if isinstance(default, list):
            if value in (None, ""):
                return list(default)  # type: ignore[return-value]
            return [str(v) for v in (value if isinstance(value, list) else [value])]  # type: ignore[return-value]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default  # type: ignore[return-value]
        return type(default)(value) if value is not None else default  # type: ignore[call-arg]

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
