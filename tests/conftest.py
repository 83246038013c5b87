"""Test-wide setup: headless Qt, settings kept away from the user's, quick Hypothesis runs.

The environment is set when pytest loads this file, before any test module (or pytest-qt's
first QApplication) touches Qt, so it holds for the whole session.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# ---------------------------------------------------------------- Qt: no screen needed
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A developer's logging rules could silence the warnings that qt_log_level_fail relies on.
os.environ.pop("QT_LOGGING_RULES", None)
# The tests read English texts, whatever the machine's locale (test_i18n switches itself).
os.environ["SMPLANNER_LANGUAGE"] = "en_GB"

# ---------------------------------------------------------------- settings sandbox
# QSettings, QStandardPaths and platformdirs all follow the XDG variables on Linux, so the
# tests never read or write the user's real configuration, recent files or caches.
_SANDBOX = Path(tempfile.mkdtemp(prefix="smplanner-tests-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    _folder = _SANDBOX / _variable.removeprefix("XDG_").removesuffix("_HOME").lower()
    _folder.mkdir()
    os.environ[_variable] = str(_folder)

# ---------------------------------------------------------------- Hypothesis
# No deadline: a loaded 2-core CI machine makes timings noisy. Pick another profile with
# HYPOTHESIS_PROFILE=default (100 examples) or HYPOTHESIS_PROFILE=thorough.
settings.register_profile("ci", deadline=None, max_examples=50)
settings.register_profile("thorough", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session", autouse=True)
def settings_sandbox() -> Iterator[Path]:
    """The session's private home for settings and data; removed when the session ends.

    The XDG variables above cover Linux. Where Qt ignores them (Windows, macOS), the
    INI-format QSettings paths are pointed into the sandbox as well.
    """
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # Qt-free test runs still get the XDG sandbox
        pass
    else:
        for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
                QSettings.setPath(settings_format, scope, str(_SANDBOX / "config"))
    yield _SANDBOX
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def english_numbers() -> None:
    """Numbers as the app writes them in English (1,234.5), whatever test ran before.

    The app installs its locale at start; tests that build widgets without the app get
    the same default here, and a test that switches language cannot leak into the next.
    """
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))


sys.path.insert(0, str(Path(__file__).parent / "data" / "imports"))
import make_samples  # noqa: E402  (the sample writer lives beside its files)


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    """A folder holding every sample file of tests/data/imports, written afresh."""
    folder = tmp_path / "samples"
    folder.mkdir()
    make_samples.write_all(folder)
    return folder


@pytest.fixture
def plan_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The example plan saved by `smplanner new` (months from January 2027)."""
    from smplanner.cli import main

    path = tmp_path / "plan.xlsx"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    return path
