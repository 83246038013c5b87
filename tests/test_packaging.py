"""The installable package: every module and data file ships, found the installed way."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pyproject() -> dict:  # type: ignore[type-arg]
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_every_package_is_listed_for_installation() -> None:
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "smplanner").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"
    assert {"smplanner.resources", "smplanner.forms"} <= listed


def test_entry_points_and_metadata() -> None:
    project = pyproject()["project"]
    assert project["scripts"] == {"smplanner": "smplanner.cli:main"}
    assert project["gui-scripts"] == {"smplanner-gui": "smplanner.cli:gui_main"}
    assert project["dynamic"] == ["version"] and project["license"]
    assert any(
        c.startswith("Environment :: X11 Applications :: Qt") for c in project["classifiers"]
    )


@pytest.mark.slow
def test_the_wheel_holds_the_data_and_runs_from_it(tmp_path: Path) -> None:
    """Build the wheel, unpack it elsewhere, and run the app's data paths from there alone."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("smplanner-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in (
        "smplanner/resources/catalogue.json",
        "smplanner/resources/example_plan.json",
        "smplanner/resources/maturity.json",
        "smplanner/resources/icons/smplanner.svg",
        "smplanner/forms/main_window.ui",
    ):
        assert data in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import sys\n"
        # drop the development install's finders: only the unpacked wheel may answer
        "sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]\n"
        f"sys.path.insert(0, {str(site)!r})\n"
        "import smplanner, smplanner._paths as p\n"
        "from smplanner.domain.catalogue import example_plan\n"
        "assert smplanner.__file__.startswith(sys.path[0]), smplanner.__file__\n"
        "assert str(p.form('main_window.ui')).startswith(sys.path[0])\n"
        "assert p.resource('icons/smplanner.svg').is_file()\n"
        "print(example_plan().row_count('planner'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 12
