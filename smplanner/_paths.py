"""Where the bundled files are: the example plan, default tables, forms and icons.

They live in the repository's top-level ``resources/`` and ``ui/`` folders, which install
as the packages ``smplanner.resources`` and ``smplanner.forms`` (see pyproject.toml), so
an installed app or a PyInstaller bundle finds them through importlib.resources. Running
from a checkout that was never installed, the folders beside the package are used.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent


def _folder(package: str, folder: str) -> Traversable:
    try:
        return files(package)
    except ModuleNotFoundError:
        return _SOURCE_TREE / folder


def resource(name: str) -> Traversable:
    """A file of ``resources/`` ("catalogue.json", "icons/smplanner.svg")."""
    found = _folder("smplanner.resources", "resources")
    for part in name.split("/"):  # one step at a time: some readers take one part only
        found = found.joinpath(part)
    return found


def form(name: str) -> Traversable:
    """A Designer form of ``ui/`` ("main_window.ui")."""
    return _folder("smplanner.forms", "ui").joinpath(name)
