"""Checks made before a workbook is parsed, so no file can crash or exhaust the app.

An .xlsx is a zip of XML parts. Refused up front: files that are not zips (an old .xls,
a password-protected workbook, which is an OLE2 container, or any other file), broken
zips, OpenDocument files, and zip bombs: more than MAX_TOTAL bytes unpacked, more than
MAX_MEMBERS parts, or a part that unpacks more than MAX_RATIO times its packed size
(beyond a small allowance, since XML packs well).

The cell reader keeps each sheet as a dense grid from A1 to its last cell, so one cell
far out (XFD1048576) would ask for terabytes and abort the process. Every worksheet is
therefore scanned as a stream for its cell and row references first; a sheet of more
than MAX_ROWS rows, or sheets spanning more than MAX_CELLS cells in all, are refused.
The bounds are about three times the largest plan in benchmarks/ (2,000 planner rows and
a 100,000 x 6 sheet of the user's own); measured worst cases are in docs/reliability.md.
The few XML parts read here are parsed with defusedxml (no entities, no DTDs).
"""

from __future__ import annotations

import errno
import re
import struct
import zipfile
import zlib
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from smplanner.domain.text import tr
from smplanner.io.oserrors import name_too_long, reason, short_name
from smplanner.io.problems import PlanFileError
from smplanner.io.sheet_scan import (
    MAX_FORMULA_CELLS,
    SheetScan,
    bodies,
    scan_sheet,
    sheet_extent,
)

__all__ = ["MAX_FORMULA_CELLS", "SheetScan", "scan_sheet", "sheet_extent"]

MAX_TOTAL = 400 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 200
RATIO_ALLOWANCE = 10 * 1024 * 1024
MAX_CELLS = 2_000_000
"""Rows x columns of every worksheet's used area, summed."""
MAX_ROWS = 250_000
"""Rows of any one sheet."""
MAX_TEXT = 100 * 1024 * 1024
"""Bytes of text the cell reader may make: each cell that refers to a shared string gets
a copy of it, so one long string referred to by many cells can ask for gigabytes."""
MAX_BOOK_RATIO = 100
"""Unpacked bytes per packed byte of the whole file, once it unpacks to more than
RATIO_ALLOWANCE: real workbooks pack 5 to 30 times."""
_MAX_INDEX_PART = 10 * 1024 * 1024
"""The workbook's list of sheets is read for their names only up to this size."""
_SI = re.compile(
    rb"<(/?)(?:[A-Za-z_][\w.-]*:)?si(?=[\s/>])(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*?(/?)>"
)


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def check_workbook_file(path: Path) -> WorkbookScan:
    """Raise :class:`PlanFileError` unless ``path`` looks like a safe .xlsx to parse.

    Returns what the scan of its sheets found for the reader to say (formulas without
    values).
    """
    found = WorkbookScan()
    for passed in check_workbook(path):
        found.sheets[passed.sheet] = passed.scan
    return found


def check_workbook(path: Path, first: Sequence[str] = ()) -> Iterator[Passed]:
    """The workbook-wide checks now, then each worksheet's scan as it is iterated.

    Raises :class:`PlanFileError` here for what the whole file shows (not a zip, damaged,
    a zip bomb by its sizes). The iterator gives each worksheet's title and scan, those
    titled in ``first`` (in any spelling) first, the others in the workbook's order,
    once the sheets given so far and this one stay within every bound: a sheet it has
    given is safe to parse. At a sheet that goes over a bound it raises, with the message
    the workbook's own order gives (the sheet where the total goes over in that order).
    """
    name = short_name(path)
    too_long = name_too_long(path)
    if too_long is not None:
        text = tr("{name} cannot be opened: {reason}")
        raise PlanFileError(text.format(name=name, reason=too_long))
    try:
        exists = path.exists()
    except OSError as error:  # a path the system cannot even look up
        raise PlanFileError(_unreadable(name, error, path)) from None
    if not exists:
        raise PlanFileError(tr("{name} does not exist").format(name=name))
    if path.is_dir():
        raise PlanFileError(tr("{name} is a folder, not a workbook").format(name=name))
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise PlanFileError(_unreadable(name, error, path)) from None
    if not head:
        raise PlanFileError(tr("{name} is empty (0 bytes): it is not a workbook").format(name=name))
    if head.startswith(_OLE2):
        raise PlanFileError(
            tr(
                "{name} is password-protected or an old-style .xls workbook; open it in Excel "
                "or LibreOffice, remove the password and save it as .xlsx"
            ).format(name=name)
        )
    if not head.startswith(_ZIP):
        raise PlanFileError(tr("{name} is not an Excel workbook (.xlsx)").format(name=name))
    with _refusals(name, path):
        archive = zipfile.ZipFile(path)
        try:
            members = archive.infolist()
            names = {m.filename.replace("\\", "/") for m in members}
            if "mimetype" in names and "content.xml" in names:
                raise PlanFileError(
                    tr(
                        "{name} is an OpenDocument spreadsheet, which smplanner does not read; "
                        "save it as .xlsx (Excel 2007-365) and open that"
                    ).format(name=name)
                )
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                text = tr("{name} is a zip file but not an Excel workbook")
                raise PlanFileError(text.format(name=name))
            _check_sizes(name, members)
            titles = _sheet_titles(archive)
            lengths = shared_string_lengths(archive, members)
        except BaseException:
            archive.close()
            raise
    return _checked_sheets(name, path, archive, members, titles, lengths, first)


@contextmanager
def _refusals(name: str, path: Path) -> Iterator[None]:
    """Damage and system errors met while reading the zip, said as a refusal."""
    try:
        yield
    except (
        zipfile.BadZipFile,
        EOFError,
        ValueError,
        NotImplementedError,
        struct.error,
        zlib.error,
    ):
        text = tr("{name} is damaged (a broken or truncated .xlsx file)")
        raise PlanFileError(text.format(name=name)) from None
    except OSError as error:
        raise PlanFileError(_unreadable(name, error, path)) from None


def _unreadable(name: str, error: OSError, path: Path) -> str:
    """The system's words, except for a name too long (said with its length and limit)."""
    text = tr("{name} cannot be read: {reason}")
    said = reason(error, path) if error.errno == errno.ENAMETOOLONG else error.strerror
    return text.format(name=name, reason=said or error)


# Numbers go into the texts unformatted: the format (thousands separators, "{parts:,}")
# is part of the text, so each language writes them its own way.
def _check_sizes(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        text = tr("{name} has {parts:,} parts; a workbook has far fewer")
        raise PlanFileError(text.format(name=name, parts=len(members)))
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > RATIO_ALLOWANCE and member.file_size / packed > MAX_RATIO:
            text = tr(
                "{name} looks like a zip bomb: part {part} unpacks {ratio:,.0f} times its "
                "size; refused to protect memory"
            )
            ratio = member.file_size / packed
            raise PlanFileError(text.format(name=name, part=member.filename, ratio=ratio))
    if total > MAX_TOTAL:
        text = tr(
            "{name} unpacks to {size:,.0f} MB, more than the {limit:,.0f} MB a plan workbook "
            "may have"
        )
        raise PlanFileError(text.format(name=name, size=total / 2**20, limit=MAX_TOTAL / 2**20))
    packed = max(sum(m.compress_size for m in members), 1)
    if total > RATIO_ALLOWANCE and total / packed > MAX_BOOK_RATIO:
        text = tr(
            "{name} looks like a zip bomb: it unpacks {ratio:,.0f} times its size (a "
            "workbook packs at most {limit:,} times); refused to protect memory"
        )
        ratio = total / packed
        raise PlanFileError(text.format(name=name, ratio=ratio, limit=MAX_BOOK_RATIO))


class Passed(NamedTuple):
    """A worksheet that passed, with the text the reader makes for it and those before."""

    sheet: str
    scan: SheetScan
    text: int
    """Bytes: the shared strings, once, and a copy per cell that refers to one."""
    strings: int
    """Bytes of the shared strings themselves (what each open of the workbook reads)."""


@dataclass
class WorkbookScan:
    """Per sheet (by name), what the scan found that the reader should say."""

    sheets: dict[str, SheetScan] = field(default_factory=dict)


def _checked_sheets(
    name: str,
    path: Path,
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    titles: dict[str, str],
    lengths: array[int],
    first: Sequence[str],
) -> Iterator[Passed]:
    scanned: dict[int, SheetScan] = {}  # by id(member): a zip may repeat a name
    total = 0
    text = sum(lengths)  # the shared strings themselves, read once
    with archive, _refusals(name, path):
        for member in _worksheets(members, titles, first):
            scan = scanned[id(member)] = scan_sheet(archive, member)
            total += scan.rows * scan.columns
            text += shared_text(scan, lengths)
            if scan.rows > MAX_ROWS or text > MAX_TEXT or total > MAX_CELLS:
                # sums only grow: the whole workbook goes over too, and is refused so
                _check_extent(name, archive, members, titles, lengths, scanned)
            yield Passed(titles.get(_part(member), member.filename), scan, text, sum(lengths))


def _part(member: zipfile.ZipInfo) -> str:
    return member.filename.replace("\\", "/").lower()


def _worksheets(
    members: list[zipfile.ZipInfo], titles: dict[str, str], first: Sequence[str]
) -> list[zipfile.ZipInfo]:
    """The worksheet parts, those titled in ``first`` first, then in the file's order."""
    rank = {_fold(title): number for number, title in enumerate(first)}

    def place(member: zipfile.ZipInfo) -> int:
        return rank.get(_fold(titles.get(_part(member), "")), len(rank))

    parts = [m for m in members if _is_worksheet(_part(m))]
    return sorted(parts, key=place)  # stable: the file's order otherwise


def _is_worksheet(part: str) -> bool:
    return part.startswith("xl/worksheets/") and part.endswith(".xml")


def _fold(title: str) -> str:
    """A sheet title as workbooks compare them: runs of spaces as one, any letter case."""
    return " ".join(title.split()).casefold()


def _check_extent(
    name: str,
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    titles: dict[str, str],
    lengths: array[int],
    scanned: dict[int, SheetScan],
) -> None:
    """Raise for the first sheet, in the workbook's order, that goes over a bound."""
    total = 0
    text = sum(lengths)  # the shared strings themselves, read once
    for member in members:
        part = _part(member)
        if not _is_worksheet(part):
            continue
        scan = scanned.get(id(member)) or scan_sheet(archive, member)
        sheet = titles.get(part, member.filename)
        total += scan.rows * scan.columns
        if scan.rows > MAX_ROWS:
            message = tr(
                "{name}: sheet '{sheet}' has {rows:,} rows; a plan workbook may have at "
                "most {limit:,} rows per sheet. Delete the rows it does not need in Excel "
                "or LibreOffice, or keep them in another workbook"
            )
            raise PlanFileError(
                message.format(name=name, sheet=sheet, rows=scan.rows, limit=MAX_ROWS)
            )
        copies = shared_text(scan, lengths)
        text += copies
        if text > MAX_TEXT:
            message = tr(
                "{name}: sheet '{sheet}' repeats shared text in {cells:,} cells, {size:,.0f} MB "
                "in all; a plan workbook may hold at most {limit:,.0f} MB of text. Shorten "
                "the long texts it repeats in Excel or LibreOffice"
            )
            raise PlanFileError(
                message.format(
                    name=name,
                    sheet=sheet,
                    cells=sum(scan.shared.values()),
                    size=copies / 2**20,
                    limit=MAX_TEXT / 2**20,
                )
            )
    if total > MAX_CELLS:
        message = tr(
            "{name} has sheets spanning {cells:,} cells (rows x columns up to the last used "
            "cell); a plan workbook may span at most {limit:,}. Delete the unused rows and "
            "columns at the end of its sheets in Excel or LibreOffice"
        )
        raise PlanFileError(message.format(name=name, cells=total, limit=MAX_CELLS))


def shared_text(scan: SheetScan, lengths: Sequence[int]) -> int:
    """Bytes of text the reader makes for a sheet's shared-string cells: a copy each."""
    longest = max(lengths, default=0)
    size = len(lengths)
    return sum(
        count * (lengths[index] if 0 <= index < size else longest if index < 0 else 0)
        for index, count in scan.shared.items()
    )


def shared_string_lengths(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> array[int]:
    """The size in bytes of each shared string's XML (an upper bound of its text).

    Read as a stream, keeping one number per string: quick-xml expands no entities of
    its own, so no string's text is longer than its XML.
    """
    lengths: array[int] = array("q")
    for member in members:
        part = member.filename.replace("\\", "/").lower()
        if not part.startswith("xl/") or not re.search(r"sharedstrings[^/]*\.xml$", part):
            continue
        found = _si_lengths(archive, member)
        for index, length in enumerate(found[: len(lengths)]):  # two tables: the longer
            lengths[index] = max(lengths[index], length)
        lengths.extend(found[len(lengths) :])
    return lengths


def _si_lengths(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> array[int]:
    lengths: array[int] = array("q")
    offset = 0
    start: int | None = None
    for body in bodies(archive, member):
        for match in _SI.finditer(body):
            if match.group(2):  # <si/>
                lengths.append(0)
            elif not match.group(1):
                start = offset + match.end()
            elif start is not None:
                lengths.append(offset + match.start() - start)
                start = None
        offset += len(body)
    if start is not None:  # cut short: the rest counts
        lengths.append(offset - start)
    return lengths


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet names by worksheet part ("xl/worksheets/sheet2.xml" -> "KPI planner").

    Empty when the workbook's index parts are missing, huge or not plain XML.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    relation = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    try:
        parts = [archive.getinfo(n) for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")]
        if any(p.file_size > _MAX_INDEX_PART for p in parts):
            return {}
        book, rels = (fromstring(archive.read(p)) for p in parts)
    except (KeyError, ParseError, DefusedXmlException, zipfile.BadZipFile, OSError):
        return {}
    targets = {r.get("Id"): str(r.get("Target", "")) for r in rels}
    titles: dict[str, str] = {}
    for sheet in book.iter(f"{main}sheet"):
        target = targets.get(sheet.get(relation), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        titles[part.lower()] = str(sheet.get("name", ""))
    return titles
