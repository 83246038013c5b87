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
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from smplanner.domain.text import tr
from smplanner.io.oserrors import name_too_long, reason, short_name
from smplanner.io.problems import PlanFileError
from smplanner.io.sheet_survey import Survey, column_number, survey

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
MAX_FORMULA_CELLS = 1000
"""Cells with a formula but no value named per sheet; more are counted."""
_MAX_INDEX_PART = 10 * 1024 * 1024
"""The workbook's list of sheets is read for their names only up to this size."""
_CHUNK = 1 << 20
_MAX_TAG = 1 << 20
_LONG_TEXT = 1 << 16
# Fast path, for the usual sheet: no namespace prefixes, and every <row> and <c> tag
# starts with its reference, as Excel, LibreOffice and openpyxl write them; otherwise
# (the counts of tags and of references differ) the tags are read one by one.
_ROW_REF = re.compile(rb'<row r="([0-9]{1,12})"')
_CELL_REF = re.compile(rb'<c r="\$?([A-Za-z]{1,8})\$?([0-9]{1,12})"')
_TAG_NAME = re.compile(rb"<(c|row)[\s/>]")


# Shared-string cells as Excel, LibreOffice and openpyxl write them; a chunk with any other
# "s" in quotes (another spelling of t="s", or such text) is read cell by cell instead.
_SHARED_CELL = re.compile(
    rb'<c r="[A-Za-z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,6}")? t="s"(?: [^<>]*)?><v>([0-9]{1,10})</v>'
)
_CELL_PART = re.compile(
    rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(c|v|f|row)(?=[\s/>])((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>([^<]*)"
)
_T_SHARED = re.compile(rb"(?:^|\s)t\s*=\s*[\"']s[\"']")
_SI = re.compile(
    rb"<(/?)(?:[A-Za-z_][\w.-]*:)?si(?=[\s/>])(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*?(/?)>"
)

# Exact path, for tags without a reference: a <row> or <c> start tag and its attributes
# ('<' never occurs inside a tag, '>' may, inside a quoted value), then its reference.
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>")
_R = re.compile(rb"(?:^|\s)r\s*=\s*[\"']\$?([A-Za-z]*)\$?([0-9]*)[\"']")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def check_workbook_file(path: Path) -> WorkbookScan:
    """Raise :class:`PlanFileError` unless ``path`` looks like a safe .xlsx to parse.

    Returns what the scan of its sheets found for the reader to say (formulas without
    values).
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
    try:
        with zipfile.ZipFile(path) as archive:
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
            return _check_extent(name, archive, members)
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


@dataclass
class SheetScan:
    """What the stream scan of one worksheet found before any cell is parsed."""

    rows: int = 0
    columns: int = 0
    shared: Counter[int] = field(default_factory=Counter)
    """How many cells refer to each shared string, by its index (-1: an unreadable one)."""
    formulas: list[str] = field(default_factory=list)
    """Cells with a formula but no value (the reader sees them empty), up to a limit."""
    formula_count: int = 0


@dataclass
class WorkbookScan:
    """Per sheet (by name), what the scan found that the reader should say."""

    sheets: dict[str, SheetScan] = field(default_factory=dict)


def _check_extent(
    name: str, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]
) -> WorkbookScan:
    total = 0
    titles = _sheet_titles(archive)
    lengths = shared_string_lengths(archive, members)
    text = sum(lengths)  # the shared strings themselves, read once
    found = WorkbookScan()
    for member in members:
        part = member.filename.replace("\\", "/").lower()
        if not (part.startswith("xl/worksheets/") and part.endswith(".xml")):
            continue
        scan = scan_sheet(archive, member)
        sheet = titles.get(part, member.filename)
        found.sheets[sheet] = scan
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
    return found


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
    for body in _bodies(archive, member):
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


def _bodies(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, boundary: bytes = b"<"
) -> Iterator[bytes]:
    """A part in pieces that end before a "<", so no tag is split between two pieces;
    before ``boundary`` where it is near the end (a cell then stays in one piece, and the
    quick scans see it whole).

    A tag longer than _MAX_TAG (no real workbook has one) counts as damage.
    """
    carry = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data = carry + chunk
            cut = data.rfind(boundary)
            if cut < 0 or len(data) - cut > _LONG_TEXT:
                cut = data.rfind(b"<")
            if cut < 0 or (len(data) - cut > _LONG_TEXT and data.find(b">", cut) >= 0):
                cut = len(data)  # a long text after a whole tag: split, as its size is all
            yield data[:cut]
            carry = data[cut:]
            if len(carry) > _MAX_TAG:
                raise zipfile.BadZipFile(f"{member.filename} holds an endless tag")
    yield carry


def sheet_extent(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> tuple[int, int]:
    """(rows, columns) up to the last cell of a worksheet part, read as a stream."""
    scan = scan_sheet(archive, member)
    return scan.rows, scan.columns


def scan_sheet(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> SheetScan:
    """Extent, shared-string references and formulas without values of a worksheet part.

    Rows and cells without a reference come after the previous one, as readers place
    them.
    """
    scanner = _Scanner()
    for body in _bodies(archive, member, b"<c"):
        scanner.scan(body)
    return scanner.result


class _Scanner:
    """The furthest row and column seen so far, where the reader stands, and the cells
    that matter: those that copy a shared string, and formulas without a value."""

    def __init__(self) -> None:
        self.result = SheetScan()
        self.row = self.column = 0
        self.shared = False
        self.cell = ""
        self.formula = self.value = False

    def scan(self, body: bytes) -> None:
        found = survey(body)
        self._extent(body, found)
        self._shared(body, found.shared)
        if found.formula_tags or self.cell or found.prefixed:
            self._formulas(body)
        elif found.formulas:  # no f tag (<formula1> of a list): only whether a cell is open
            self._formulas(body[max(found.last_cell, 0) :])

    def _extent(self, body: bytes, found: Survey) -> None:
        """Every tag with its reference (the usual case) is handled without a loop."""
        result = self.result
        if found.prefixed:  # perhaps prefixed tags: one by one
            self._extent_each(body)
            return
        if found.extent is not None:  # the usual spelling, read with numpy
            self.row = result.rows = max(result.rows, found.extent[0])
            self.column = result.columns = max(result.columns, found.extent[1])
            return
        rows = _ROW_REF.findall(body)
        cells = _CELL_REF.findall(body)
        names = _TAG_NAME.findall(body)
        if len(rows) != names.count(b"row") or len(cells) != len(names) - len(rows):
            self._extent_each(body)
            return
        cell_rows = (digits for _, digits in cells)
        result.rows = max(
            result.rows, max(map(int, rows), default=0), max(map(int, cell_rows), default=0)
        )
        letters = {c for c, _ in cells}
        result.columns = max([result.columns, *(column_number(c) for c in letters)])
        # where a following tag without a reference would go: at most here
        self.row, self.column = result.rows, result.columns

    def _extent_each(self, body: bytes) -> None:
        result = self.result
        for match in _TAG.finditer(body):
            reference = _R.search(match.group(2))
            letters, digits = reference.groups() if reference else (b"", b"")
            if match.group(1) == b"row":
                self.row = _number(digits) if digits else self.row + 1
                self.column = 0
            else:
                self.column = column_number(letters) if letters else self.column + 1
                if digits:
                    self.row = _number(digits)
            result.rows = max(result.rows, self.row)
            result.columns = max(result.columns, self.column)

    def _shared(self, body: bytes, quoted: bool) -> None:
        """Which shared string each t="s" cell copies; a loose count checks the quick way.
        ``quoted``: whether "s" or 's' is in ``body``."""
        if not self.shared and not quoted:
            return  # no t="s" here: the quoted value is in any spelling of it
        found = _SHARED_CELL.findall(body)
        usual = len(found) == body.count(b't="s"') == body.count(b'"s"')
        if usual and not self.shared and b"'s'" not in body:
            shared = self.result.shared
            for digits, uses in Counter(found).items():
                shared[int(digits)] += uses
            return
        for match in _CELL_PART.finditer(body):
            closing, name, attributes, text = match.groups()
            if name == b"c":
                self.shared = (
                    not closing
                    and not attributes.rstrip().endswith(b"/")
                    and bool(_T_SHARED.search(attributes))
                )
            elif name == b"v" and not closing and self.shared:
                # anything but plain digits: the reader's reading is unknown, so the longest
                index = int(text) if text.isdigit() and len(text) <= 10 else -1
                self.result.shared[index] += 1
                self.shared = False

    def _formulas(self, body: bytes) -> None:
        """Cells with a formula whose value was never worked out: the reader sees nothing."""
        for match in _CELL_PART.finditer(body):
            closing, name, attributes, text = match.groups()
            ends = attributes.rstrip().endswith(b"/")
            if name == b"c":
                if closing or ends:
                    self._formula_cell_ends()
                    continue
                reference = _R.search(attributes)
                self.cell = (
                    b"".join(reference.groups()).decode("ascii", "replace").upper()
                    if reference and reference.group(1)
                    else "?"
                )
                self.formula = self.value = False
            elif name == b"f" and not closing and self.cell:
                self.formula = True
            elif name == b"v" and not closing and not ends and text.strip():
                self.value = True

    def _formula_cell_ends(self) -> None:
        result = self.result
        if self.cell and self.formula and not self.value:
            result.formula_count += 1
            if len(result.formulas) < MAX_FORMULA_CELLS:
                result.formulas.append(self.cell)
        self.cell = ""
        self.formula = self.value = False


def _number(digits: bytes) -> int:
    return int(digits[:12])


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
