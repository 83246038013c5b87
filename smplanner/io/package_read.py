"""The sheets of the user's own, as parts of the workbook they were opened from.

Read once, when a plan is opened, into objects the plan carries until it is saved (on
each :class:`~smplanner.domain.plan.KeptSheet`), so a save needs the original file no
more: it may have been moved, changed or deleted since. Kept for each such sheet: its
XML and every part it uses, found by following relationships (drawings, charts and their
styles, pictures, comments and their VML shapes, printer settings, tables, pivot tables
and their caches, embedded objects). Kept for the workbook: its styles and theme, the
shared strings the sheets refer to, the user's defined names, the calculation settings,
the document properties, the external links and the people of threaded comments.

Parts are held deflated in memory (they are read and packed as a stream), so a large
sheet of the user's costs a fraction of its size between open and save. Anything that
cannot be kept as it is (a 1904 date system, a DTD in a part, a dangling relationship)
leaves these objects out: the reader then keeps the cell values alone, as it always did.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smplanner.io.package_parts import (
    APP,
    APP_KEPT,
    CHARTSHEET,
    CORE,
    CUSTOM,
    EXTERNAL_LINK,
    MAIN,
    OFFICE_DOCUMENT,
    PIVOT_CACHE,
    REL_NS,
    SHARED_STRING_ITEM,
    SHARED_STRINGS,
    SHEET_TYPES,
    STRINGS_ROOT,
    STYLES,
    THEME,
    ContentTypes,
    PackageError,
    Rel,
    has_dtd,
    local,
    parse,
    read_rels,
    read_xml,
)
from smplanner.io.package_styles import merge_styles

_CHUNK = 1 << 20
_WORKBOOK_LEVEL = {OFFICE_DOCUMENT, STYLES, SHARED_STRINGS, THEME, *SHEET_TYPES}
"""Parts a sheet's own parts may never lead to: they are the workbook's, written afresh."""
_SHARED_WITH_WORKBOOK = (
    "http://schemas.microsoft.com/office/2017/10/relationships/person",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/connections",
)
"""Workbook-level parts the user's parts refer to by id, kept whole."""
_WORKBOOK_EXTENSIONS = ("/slicer", "/timeline")
"""Their caches are listed in the workbook's extension list, which is written afresh."""
PLAN_NAMES = frozenset({"_xlnm._filterdatabase", "_xlnm.print_titles", "_xlnm.print_area"})
"""Names smplanner sets on its own sheets (filters, printing): never kept for them."""
_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*?)>\s*<(?:[A-Za-z_][\w.-]*:)?v>\s*([0-9]+)\s*<"
)
_T_SHARED = re.compile(rb"(?:^|\s)t\s*=\s*[\"']s[\"']")
_SELECTED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheetView\s[^>]*tabSelected=[\"'](?:1|true)[\"']")
_HEAD = 1 << 16
"""Bytes at the start of a sheet that hold its views (before its cells)."""
_XMLNS = re.compile(rb"\sxmlns(?::[\w.-]+)?\s*=\s*(?:\"[^\"]*\"|'[^']*')")


@dataclass(frozen=True, eq=False)
class KeptPart:
    """One part as the user's file held it: its bytes deflated, and its relationships."""

    name: str
    content_type: str
    packed: bytes
    rels: tuple[Rel, ...]

    def chunks(self) -> Iterator[bytes]:
        """The part's bytes, in pieces."""
        inflate = zlib.decompressobj()
        for start in range(0, len(self.packed), _CHUNK):
            yield inflate.decompress(self.packed[start : start + _CHUNK])
        yield inflate.flush()


@dataclass(frozen=True, eq=False)
class DefinedName:
    """A defined name of the user's; ``scope`` is the title of its sheet (None: global)."""

    attributes: tuple[tuple[str, str], ...]
    text: str
    scope: str | None


@dataclass(eq=False)
class KeptPackage:
    """What the user's sheets need of the workbook they came from."""

    parts: dict[str, KeptPart] = field(default_factory=dict)
    styles: bytes = b""
    theme: bytes | None = None
    strings: tuple[bytes, ...] = ()
    """The shared strings (each an ``<si>`` as written) the user's sheets refer to: the
    table up to the highest index they use."""
    strings_namespaces: bytes = b""
    core: bytes | None = None
    custom: bytes | None = None
    app: tuple[tuple[str, str], ...] = ()
    """Of the application's properties, those a person sets (company, manager)."""
    calc: tuple[tuple[str, str], ...] = ()
    names: tuple[DefinedName, ...] = ()
    pivot_caches: tuple[tuple[str, str], ...] = ()
    """(cacheId, cache definition part) of the pivot tables' caches."""
    external_links: tuple[str, ...] = ()
    """External link parts in the workbook's order (formulas refer to them as [1], [2])."""
    shared: tuple[Rel, ...] = ()


@dataclass(frozen=True, eq=False)
class SheetParts:
    """A sheet of the user's own: where its XML is among ``package.parts``."""

    package: KeptPackage
    title: str
    part: str
    type: str
    state: str
    before: tuple[str, ...]
    """Titles of the sheets that came before it in the workbook, nearest first."""
    selected: bool = False
    """Its tab was the one selected: it opens as the active sheet again (two selected tabs
    would group the sheets, and an edit in one would go into both)."""

    @property
    def is_chart(self) -> bool:
        return self.type == CHARTSHEET


def read_kept_parts(path: Path, titles: Iterable[str]) -> dict[str, SheetParts]:
    """The named sheets as parts, by title; empty when they cannot be kept as they are."""
    wanted = set(titles)
    if not wanted:
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            return _Capture(archive).sheets(wanted)
    except Exception:  # any odd or damaged structure: the cell values are kept instead
        return {}


class _Capture:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.types = ContentTypes.read(archive)
        self.package = KeptPackage()
        self.highest_string = -1
        self.all_strings = False

    def sheets(self, wanted: set[str]) -> dict[str, SheetParts]:
        root_rels = read_rels(self.archive, "")
        book_part = next(r.target for r in root_rels if r.type == OFFICE_DOCUMENT)
        book = read_xml(self.archive, book_part)
        pr = _child(book, "workbookPr")
        if pr is not None and pr.get("date1904", "0").lower() in ("1", "true"):
            raise PackageError("1904 date system")
        rels = {r.id: r for r in read_rels(self.archive, book_part)}
        listed = _child(book, "sheets")
        order: list[tuple[str, Rel, str]] = []
        for sheet in listed if listed is not None else ():
            if local(sheet) == "sheet":
                rel = rels[str(sheet.get(f"{{{REL_NS}}}id"))]
                order.append((str(sheet.get("name", "")), rel, str(sheet.get("state", ""))))
        found: dict[str, SheetParts] = {}
        for number, (title, rel, state) in enumerate(order):
            if title not in wanted or rel.type not in SHEET_TYPES:
                continue
            self._walk(rel.target)
            before = tuple(t for t, _, _ in reversed(order[:number]))
            head = next(self.package.parts[rel.target].chunks())[:_HEAD]
            selected = _SELECTED.search(head) is not None
            found[title] = SheetParts(
                self.package, title, rel.target, rel.type, state, before, selected
            )
        if not found:
            return {}
        self._workbook_parts(book, rels)
        self._names(book, [t for t, _, _ in order], set(found))
        self._documents(root_rels)
        self._strings(rels.values())
        return found

    # ------------------------------------------------------------------ parts
    def _walk(self, start: str) -> None:
        """``start`` and every part it leads to, each once."""
        pending = deque([start])
        while pending:
            name = pending.popleft()
            if name in self.package.parts:
                continue
            rels = tuple(read_rels(self.archive, name))
            for rel in rels:
                if rel.external:
                    continue
                if rel.type in _WORKBOOK_LEVEL:
                    raise PackageError(f"{name} leads to the workbook's {rel.target}")
                if rel.type.endswith(_WORKBOOK_EXTENSIONS):
                    raise PackageError(f"{name} has a slicer or timeline")
                self.archive.getinfo(rel.target)  # a dangling relationship: KeyError
                pending.append(rel.target)
            self.package.parts[name] = self._part(name, rels)

    def _part(self, name: str, rels: tuple[Rel, ...]) -> KeptPart:
        content_type = self.types.of(name)
        if not content_type:
            raise PackageError(f"{name} has no content type")
        sheet = content_type.endswith("worksheet+xml")
        deflate = zlib.compressobj(1)
        packed: list[bytes] = []
        carry = b""
        first = True
        with self.archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                if first and content_type.endswith("xml") and has_dtd(chunk[:4096]):
                    raise PackageError(f"{name} declares a DTD")
                if first and sheet and re.match(rb"(?:<\?[^>]*>\s*)?<\w+:", chunk.lstrip()):
                    self.all_strings = True  # prefixed tags: keep the whole table
                first = False
                packed.append(deflate.compress(chunk))
                if sheet:
                    carry = self._string_uses(carry + chunk)
        if sheet:
            self._string_uses(carry, final=True)
        packed.append(deflate.flush())
        return KeptPart(name, content_type, b"".join(packed), rels)

    def _string_uses(self, data: bytes, final: bool = False) -> bytes:
        """Note the highest shared string a sheet's cells use; the unfinished tail back."""
        cut = len(data) if final else data.rfind(b"<c ")
        if cut < 0:
            cut = len(data) if len(data) > _CHUNK * 8 else 0
        for match in _CELL.finditer(data, 0, cut):
            if _T_SHARED.search(match.group(1)):
                self.highest_string = max(self.highest_string, int(match.group(2)))
        return data[cut:]

    # --------------------------------------------------------------- workbook
    def _workbook_parts(self, book: Any, rels: dict[str, Rel]) -> None:
        package = self.package
        caches = _child(book, "pivotCaches")
        kept: list[tuple[str, str]] = []
        for cache in caches if caches is not None else ():
            rel = rels.get(str(cache.get(f"{{{REL_NS}}}id")))
            if rel is not None and rel.type == PIVOT_CACHE and rel.target in package.parts:
                kept.append((str(cache.get("cacheId", "")), rel.target))
        package.pivot_caches = tuple(kept)
        links = _child(book, "externalReferences")
        external: list[str] = []
        for reference in links if links is not None else ():
            rel = rels.get(str(reference.get(f"{{{REL_NS}}}id")))
            if rel is not None and rel.type == EXTERNAL_LINK:
                self._walk(rel.target)
                external.append(rel.target)
        package.external_links = tuple(external)
        shared = [r for r in rels.values() if r.type in _SHARED_WITH_WORKBOOK]
        for rel in shared:
            self._walk(rel.target)
        package.shared = tuple(shared)
        styles = next((r.target for r in rels.values() if r.type == STYLES), None)
        if styles is None:
            raise PackageError("no styles")
        root = read_xml(self.archive, styles)
        if root.prefix is not None or root.nsmap.get(None) != MAIN:
            raise PackageError("styles written with prefixes")
        package.styles = self.archive.read(styles)
        merge_styles(package.styles, package.styles)  # a trial: every number in it reads
        theme = next((r.target for r in rels.values() if r.type == THEME), None)
        if theme is not None:
            read_xml(self.archive, theme)  # refused with a DTD
            package.theme = self.archive.read(theme)
        calc = _child(book, "calcPr")
        if calc is not None:
            package.calc = tuple((str(k), str(v)) for k, v in calc.attrib.items())

    def _names(self, book: Any, titles: list[str], kept: set[str]) -> None:
        names = _child(book, "definedNames")
        found: list[DefinedName] = []
        for name in names if names is not None else ():
            if local(name) != "definedName":
                continue
            scope: str | None = None
            if name.get("localSheetId") is not None:
                index = int(name.get("localSheetId"))
                scope = titles[index] if 0 <= index < len(titles) else None
                if scope is None:
                    continue
                if scope not in kept and str(name.get("name", "")).lower() in PLAN_NAMES:
                    continue
            attributes = tuple(
                (str(k), str(v)) for k, v in name.attrib.items() if k != "localSheetId"
            )
            found.append(DefinedName(attributes, str(name.text or ""), scope))
        self.package.names = tuple(found)

    def _documents(self, root_rels: list[Rel]) -> None:
        for rel in root_rels:
            if rel.type not in (CORE, CUSTOM, APP) or rel.external:
                continue
            data = self.archive.read(rel.target)
            root = parse(data)
            if rel.type == CORE:
                self.package.core = data
            elif rel.type == CUSTOM:
                self.package.custom = data
            else:
                self.package.app = tuple(
                    (local(e), e.text or "") for e in root if local(e) in APP_KEPT and e.text
                )

    def _strings(self, rels: Iterable[Rel]) -> None:
        part = next((r.target for r in rels if r.type == SHARED_STRINGS), None)
        if part is None or (self.highest_string < 0 and not self.all_strings):
            return
        wanted = None if self.all_strings else self.highest_string + 1
        strings: list[bytes] = []
        carry = b""
        with self.archive.open(part) as stream:
            while wanted is None or len(strings) < wanted:
                chunk = stream.read(_CHUNK)
                data = carry + chunk
                if not self.package.strings_namespaces:
                    if has_dtd(data[:4096]):
                        raise PackageError("shared strings declare a DTD")
                    root = STRINGS_ROOT.search(data)
                    if root is None:
                        carry = data
                        if not chunk:
                            raise PackageError("no shared strings table")
                        continue
                    self.package.strings_namespaces = b"".join(_XMLNS.findall(root.group(1)))
                    data = data[root.end() :]
                end = 0
                for match in SHARED_STRING_ITEM.finditer(data):
                    strings.append(match.group(0))
                    end = match.end()
                carry = data[end:]
                if not chunk:
                    break
        self.package.strings = tuple(strings[:wanted] if wanted is not None else strings)


def _child(element: Any, name: str) -> Any:
    return next((c for c in element if local(c) == name), None)
