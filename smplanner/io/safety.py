"""Checks made before a workbook is parsed, so no file can crash or exhaust the app.

An .xlsx is a zip of XML parts. Refused up front: files that are not zips (an old .xls,
a password-protected workbook, which is an OLE2 container, or any other file), broken
zips, OpenDocument files, and zip bombs: more than MAX_TOTAL bytes unpacked, more than
MAX_MEMBERS parts, or a part that unpacks more than MAX_RATIO times its packed size
(beyond a small allowance, since XML packs well).
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from smplanner.io.problems import PlanFileError

MAX_TOTAL = 400 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 200
RATIO_ALLOWANCE = 10 * 1024 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def check_workbook_file(path: Path) -> None:
    """Raise :class:`PlanFileError` unless ``path`` looks like a safe .xlsx to parse."""
    name = path.name
    if not path.exists():
        raise PlanFileError(f"{name} does not exist")
    if path.is_dir():
        raise PlanFileError(f"{name} is a folder, not a workbook")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise PlanFileError(f"{name} cannot be read: {error.strerror or error}") from None
    if not head:
        raise PlanFileError(f"{name} is empty (0 bytes): it is not a workbook")
    if head.startswith(_OLE2):
        raise PlanFileError(
            f"{name} is password-protected or an old-style .xls workbook; "
            "open it in Excel or LibreOffice, remove the password and save it as .xlsx"
        )
    if not head.startswith(_ZIP):
        raise PlanFileError(f"{name} is not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename.replace("\\", "/") for m in members}
            if "mimetype" in names and "content.xml" in names:
                raise PlanFileError(
                    f"{name} is an OpenDocument spreadsheet, which smplanner does not read; "
                    "save it as .xlsx (Excel 2007-365) and open that"
                )
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise PlanFileError(f"{name} is a zip file but not an Excel workbook")
            _check_sizes(name, members)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, struct.error):
        raise PlanFileError(f"{name} is damaged (a broken or truncated .xlsx file)") from None
    except OSError as error:
        raise PlanFileError(f"{name} cannot be read: {error.strerror or error}") from None


def _check_sizes(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise PlanFileError(f"{name} has {len(members):,} parts; a workbook has far fewer")
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > RATIO_ALLOWANCE and member.file_size / packed > MAX_RATIO:
            raise PlanFileError(
                f"{name} looks like a zip bomb: part {member.filename} unpacks "
                f"{member.file_size / packed:,.0f} times its size; refused to protect memory"
            )
    if total > MAX_TOTAL:
        raise PlanFileError(
            f"{name} unpacks to {total / 2**20:,.0f} MB, more than the "
            f"{MAX_TOTAL / 2**20:,.0f} MB a plan workbook may have"
        )
