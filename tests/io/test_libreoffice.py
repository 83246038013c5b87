"""A plan saved again by LibreOffice, as a colleague without smplanner would, still reads."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.io.workbook import load_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NO_LIBREOFFICE = (
    "LibreOffice is missing: install libreoffice-calc-nogui (make test does, as root) "
    "to recalculate the formulas"
)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason=NO_LIBREOFFICE)
def test_a_plan_saved_by_libreoffice_reads_back_the_same(
    example_path: Path, tmp_path: Path
) -> None:
    assert SOFFICE is not None
    out = tmp_path / "out"
    profile = (tmp_path / "profile").as_uri()  # its own profile: no clash with a running one
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(example_path),
        ],
        capture_output=True,
        timeout=180,
    )
    saved = out / example_path.name
    assert done.returncode == 0 and saved.exists(), done.stderr
    result = load_plan(saved)
    assert result.problems == []
    plan = example_plan()
    assert result.plan.name == plan.name
    assert result.plan.snapshot() == plan.snapshot()
