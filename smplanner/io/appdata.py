"""The app's own folder for data the user never picks: recovery files and plan locks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from smplanner.io.atomic import write_atomically


def data_dir(part: str) -> Path:
    """``part`` inside the user's data folder for smplanner (made when missing)."""
    from platformdirs import user_data_dir  # 8 ms: not needed before the first plan opens

    folder = Path(user_data_dir("smplanner", appauthor=False)) / part
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON atomically (raises SaveError)."""
    text = json.dumps(data, indent=1, ensure_ascii=False).encode()

    def write(handle: BinaryIO) -> None:
        handle.write(text)

    write_atomically(path, write)


def read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``; None when missing, unreadable or not an object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
