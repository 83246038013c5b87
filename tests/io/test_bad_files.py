"""No file makes the importer crash or hang; each gets a clear message."""

from __future__ import annotations

import struct
import time
import zipfile
from pathlib import Path

import pytest

from smplanner.io.problems import PlanFileError
from smplanner.io.workbook import load_plan, validate_workbook

from .conftest import CORPUS

CORPUS_FILES = sorted(p for p in CORPUS.glob("*") if p.suffix != ".md") if CORPUS.is_dir() else []


@pytest.mark.skipif(
    not CORPUS_FILES,
    reason=f"no real-world workbooks to try: put some .xlsx files in {CORPUS}",
)
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
    elif "not a smplanner plan workbook" in message:
        assert "has no 'KPI planner' sheet; sheets found: '" in message
    else:
        assert "damaged" in message


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


def test_password_protected_and_old_xls_files(tmp_path: Path) -> None:
    """Both are OLE2 compound files; a protected .xlsx holds its package encrypted."""
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(PlanFileError, match=r"password-protected or an old-style \.xls"):
        load_plan(path)


def test_an_opendocument_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(PlanFileError, match=r"OpenDocument .* save it as .xlsx"):
        load_plan(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "not a workbook")
    with pytest.raises(PlanFileError, match="zip file but not an Excel workbook"):
        load_plan(path)


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


def test_a_bomb_that_lies_about_its_size_is_cut_short(example_path: Path, tmp_path: Path) -> None:
    """Sizes in the zip directory claim a small part; reading stops at the claimed size."""
    path = tmp_path / "liar.xlsx"
    sheet = "xl/worksheets/sheet2.xml"
    with zipfile.ZipFile(example_path) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == sheet:
                end = data.rfind(b"</worksheet>")
                data = data[:end] + b" " * (64 << 20) + data[end:]
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    raw = bytearray(path.read_bytes())
    name = sheet.encode()
    headers = (  # signature, offsets of: unpacked size, name length, name
        (b"PK\x03\x04", 22, 26, 30),  # local file header
        (b"PK\x01\x02", 24, 28, 46),  # central directory entry
    )
    for signature, size_at, length_at, name_at in headers:
        at = raw.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", raw, at + length_at)[0]
            if raw[at + name_at : at + name_at + length] == name:
                struct.pack_into("<I", raw, at + size_at, 4096)
            at = raw.find(signature, at + 4)
    path.write_bytes(bytes(raw))
    start = time.perf_counter()
    with pytest.raises(PlanFileError, match="damaged"):
        load_plan(path)
    assert time.perf_counter() - start < 5


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="does not exist"):
        load_plan(tmp_path / "nowhere.xlsx")
    with pytest.raises(PlanFileError, match="folder"):
        load_plan(tmp_path)
