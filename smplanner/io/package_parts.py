"""The pieces of an .xlsx package (OPC) that keeping a user's sheets needs.

An .xlsx is a zip of parts; each part's relationships (``folder/_rels/name.rels``) say
which other parts it uses, and ``[Content_Types].xml`` says what each part is. Part
names here have no leading slash ("xl/worksheets/sheet1.xml"). XML read from a user's
file is first parsed with defusedxml (no DTDs, no entities), then with lxml, whose tree
keeps every namespace prefix and declaration as written (Excel's ``mc:Ignorable`` lists
prefixes that must stay declared) and so writes back what it read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxml import etree

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_TYPE = REL_NS + "/"
OFFICE_DOCUMENT = REL_TYPE + "officeDocument"
WORKSHEET = REL_TYPE + "worksheet"
CHARTSHEET = REL_TYPE + "chartsheet"
STYLES = REL_TYPE + "styles"
SHARED_STRINGS = REL_TYPE + "sharedStrings"
THEME = REL_TYPE + "theme"
CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
CUSTOM = REL_TYPE + "custom-properties"
APP = REL_TYPE + "extended-properties"
APP_KEPT = ("Company", "Manager", "HyperlinkBase")
"""The application properties a person sets; the rest describe the app that saved."""
PIVOT_CACHE = REL_TYPE + "pivotCacheDefinition"
EXTERNAL_LINK = REL_TYPE + "externalLink"
SHEET_TYPES = (WORKSHEET, CHARTSHEET)
STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
MAX_XML = 64 * 1024 * 1024
"""Index parts (workbook, relationships, styles, content types) parsed whole, at most."""

SHARED_STRING_ITEM = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?si(?:\s[^>]*)?(?:/>|>.*?</(?:[A-Za-z_][\w.-]*:)?si\s*>)", re.S
)
STRINGS_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sst\b([^>]*)>")
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=False
)


class PackageError(ValueError):
    """A package whose parts cannot be kept as they are (the values still are)."""


@dataclass(frozen=True)
class Rel:
    """One relationship: ``target`` is a part name, or a URL when ``external``."""

    id: str
    type: str
    target: str
    external: bool = False


def parse(data: bytes) -> Any:
    """The root element of an XML part, refused (PackageError) if it has a DTD."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(data, forbid_dtd=True)
        return etree.fromstring(data, _PARSER)
    except (DefusedXmlException, ParseError, etree.XMLSyntaxError) as error:
        raise PackageError(f"unreadable XML: {error}") from None


DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def serialize(root: Any) -> bytes:
    """A part as Excel writes its declaration (double quotes, standalone)."""
    return DECLARATION + bytes(etree.tostring(root, encoding="UTF-8"))


def read_xml(archive: zipfile.ZipFile, name: str) -> Any:
    info = archive.getinfo(name)
    if info.file_size > MAX_XML:
        raise PackageError(f"{name} is too large to rewrite")
    return parse(archive.read(info))


def rels_name(part: str) -> str:
    """Where the relationships of ``part`` live ("" is the package itself)."""
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve(source: str, target: str) -> str:
    """A relationship's target as a part name, relative to the part that has it."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def relative(source: str, part: str) -> str:
    """A part name as a target written in the relationships of ``source``."""
    return posixpath.relpath(part, posixpath.dirname(source) or ".")


def read_rels(archive: zipfile.ZipFile, part: str) -> list[Rel]:
    """The relationships of ``part`` (none when it has no .rels part)."""
    name = rels_name(part)
    try:
        root = read_xml(archive, name)
    except KeyError:
        return []
    found = []
    for element in root:
        if not isinstance(element.tag, str) or etree.QName(element).localname != "Relationship":
            continue
        external = element.get("TargetMode", "") == "External"
        target = str(element.get("Target", ""))
        found.append(
            Rel(
                str(element.get("Id", "")),
                str(element.get("Type", "")),
                target if external else resolve(part, target),
                external,
            )
        )
    return found


def rels_xml(source: str, rels: Iterable[Rel]) -> bytes:
    """The .rels part of ``source`` holding ``rels`` (targets written relative to it)."""
    root = etree.Element(f"{{{PACKAGE_RELS}}}Relationships", nsmap={None: PACKAGE_RELS})
    for rel in rels:
        element = etree.SubElement(root, f"{{{PACKAGE_RELS}}}Relationship")
        element.set("Id", rel.id)
        element.set("Type", rel.type)
        element.set("Target", rel.target if rel.external else relative(source, rel.target))
        if rel.external:
            element.set("TargetMode", "External")
    return serialize(root)


class ContentTypes:
    """``[Content_Types].xml``: each part's type, by its name or by its extension."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.defaults: dict[str, str] = {}
        self.overrides: dict[str, str] = {}
        for element in root:
            if not isinstance(element.tag, str):
                continue
            kind = etree.QName(element).localname
            if kind == "Default":
                self.defaults[str(element.get("Extension", "")).lower()] = str(
                    element.get("ContentType", "")
                )
            elif kind == "Override":
                part = str(element.get("PartName", "")).lstrip("/")
                self.overrides[part.lower()] = str(element.get("ContentType", ""))

    @classmethod
    def read(cls, archive: zipfile.ZipFile) -> ContentTypes:
        return cls(read_xml(archive, "[Content_Types].xml"))

    def of(self, part: str) -> str:
        found = self.overrides.get(part.lower())
        if found is None:
            found = self.defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")
        return found

    def add(self, part: str, content_type: str) -> None:
        """Name ``part``'s type (an Override, whatever its extension)."""
        if self.overrides.get(part.lower()) == content_type:
            return
        for element in self.root:
            if (
                isinstance(element.tag, str)
                and etree.QName(element).localname == "Override"
                and str(element.get("PartName", "")).lstrip("/").lower() == part.lower()
            ):
                self.root.remove(element)
        element = etree.SubElement(self.root, f"{{{TYPES_NS}}}Override")
        element.set("PartName", "/" + part)
        element.set("ContentType", content_type)
        self.overrides[part.lower()] = content_type

    def xml(self) -> bytes:
        return serialize(self.root)


def local(element: Any) -> str:
    """An element's name without its namespace ("" for comments)."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def has_dtd(head: bytes) -> bool:
    """A part's first bytes declare a DTD (never copied: it could define entities)."""
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


def split_strings(data: bytes) -> list[bytes]:
    """Each ``<si>`` of a shared-strings part written by smplanner, as written."""
    root = STRINGS_ROOT.search(data)
    return [m.group(0) for m in SHARED_STRING_ITEM.finditer(data, root.end() if root else 0)]
