"""No file makes the importer crash or hang; each gets a clear message."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from smplanner.io.problems import PlanFileError
from smplanner.io.workbook import load_plan, validate_workbook

from .conftest import CORPUS

CORPUS_FILES = sorted(p for p in CORPUS.glob("*") if p.suffix != ".md") if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="shared/corpus is not beside the repository")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_real_world_workbooks_are_refused_cleanly(path: Path) -> None:
    start = time.perf_counter()
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert time.perf_counter() - start < 10
    message = str(caught.value)
    assert path.name in message
    if path.suffix == ".ods":
        assert "OpenDocument" in message and "save it as .xlsx" in message
    elif "pass_protected" in path.name:
        assert "password" in message
    else:
        assert "not a smplanner plan workbook" in message or "damaged" in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"Stage,Goal\nAwareness,Grow\n", "not an Excel workbook"),
        (b"PK\x03\x04 truncated", "damaged"),
    ],
)
def test_files_that_are_not_workbooks(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(content)
    problems = validate_workbook(path)
    assert len(problems) == 1 and words in str(problems[0])


def test_a_truncated_plan_is_refused(example_path: Path) -> None:
    data = example_path.read_bytes()
    example_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(PlanFileError, match="damaged"):
        load_plan(example_path)


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(450):  # 450 MB of zeros packs into well under 1 MB
                member.write(block)
    assert path.stat().st_size < 2_000_000
    start = time.perf_counter()
    with pytest.raises(PlanFileError, match=r"zip bomb|unpacks to"):
        load_plan(path)
    assert time.perf_counter() - start < 5


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="does not exist"):
        load_plan(tmp_path / "nowhere.xlsx")
    with pytest.raises(PlanFileError, match="folder"):
        load_plan(tmp_path)
