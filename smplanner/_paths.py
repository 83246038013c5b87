"""Where the bundled files are: the example plan, catalogues, forms and icons."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    """The top-level folder ``name`` beside the package (source tree or bundle)."""
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"smplanner's {name}/ folder is missing beside {_HERE}")


def resource(name: str) -> Path:
    return _find("resources") / name


def form(name: str) -> Path:
    return _find("ui") / name
