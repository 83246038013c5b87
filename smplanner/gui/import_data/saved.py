"""Mappings saved under a name, offered again for a file with the same headers (no Qt).

Kept as one JSON file in the app's data folder (:func:`smplanner.io.appdata.data_dir`),
written atomically; a missing or damaged file is read as no mappings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smplanner.domain.kpi_names import squash
from smplanner.io.appdata import read_json, write_json

FILE_NAME = "import-mappings.json"


@dataclass(frozen=True)
class SavedMapping:
    """What each column of a file with these headers becomes, and each unmatched name."""

    name: str
    headers: tuple[str, ...]
    target: str
    columns: dict[str, str]
    """Source column title -> choice."""
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    readings: dict[str, str] = field(default_factory=dict)
    """Source column title -> how it is read, where not its default reading."""

    def fits(self, headers: list[str]) -> bool:
        return [squash(h) for h in self.headers] == [squash(h) for h in headers]


def default_path() -> Path:
    from smplanner.io.appdata import data_dir

    return data_dir("import") / FILE_NAME


def load(path: Path) -> list[SavedMapping]:
    """Every mapping saved in ``path``, oldest first (none when unreadable)."""
    data = read_json(path) or {}
    found: list[SavedMapping] = []
    for entry in data.get("mappings", []):
        try:
            found.append(_entry(entry))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # one damaged entry does not hide the others
    return found


def _entry(entry: dict[str, Any]) -> SavedMapping:
    names = {
        str(kind): {str(k): str(v) for k, v in given.items()}
        for kind, given in dict(entry.get("names", {})).items()
    }
    return SavedMapping(
        str(entry["name"]),
        tuple(str(h) for h in entry["headers"]),
        str(entry["target"]),
        {str(k): str(v) for k, v in dict(entry["columns"]).items()},
        names,
        {str(k): str(v) for k, v in dict(entry.get("readings", {})).items()},
    )


def save(path: Path, mapping: SavedMapping) -> None:
    """Add ``mapping``, replacing one of the same name and headers (raises SaveError)."""
    kept = [m for m in load(path) if not (m.name == mapping.name and m.fits(list(mapping.headers)))]
    kept.append(mapping)
    write_json(
        path,
        {
            "mappings": [
                {
                    "name": m.name,
                    "headers": list(m.headers),
                    "target": m.target,
                    "columns": m.columns,
                    "names": m.names,
                    "readings": m.readings,
                }
                for m in kept
            ]
        },
    )


def fitting(path: Path, headers: list[str]) -> list[SavedMapping]:
    """The saved mappings for a file with ``headers``, the most recent first."""
    return [m for m in reversed(load(path)) if m.fits(headers)]
