"""The stream scan of one worksheet part, before any cell of it is parsed.

The cell reader keeps each sheet as a dense grid from A1 to its last cell and copies a
shared string into every cell that refers to it, so :mod:`smplanner.io.safety` needs each
sheet's extent and its shared-string references before the reader runs. The part is read
in pieces that split no tag; the usual spelling is surveyed with numpy
(:mod:`smplanner.io.sheet_survey`), any other read tag by tag.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from smplanner.io.sheet_survey import Survey, column_number, survey

MAX_FORMULA_CELLS = 1000
"""Cells with a formula but no value named per sheet; more are counted."""

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

# Exact path, for tags without a reference: a <row> or <c> start tag and its attributes
# ('<' never occurs inside a tag, '>' may, inside a quoted value), then its reference.
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>")
_R = re.compile(rb"(?:^|\s)r\s*=\s*[\"']\$?([A-Za-z]*)\$?([0-9]*)[\"']")


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


def bodies(
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
    for body in bodies(archive, member, b"<c"):
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
