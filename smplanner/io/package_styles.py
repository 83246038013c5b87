"""One styles table and one shared-strings table for the plan's sheets and the user's.

Cells name their style and their shared text by number, workbook-wide. The user's
tables are kept as they are, numbers included, and the plan's entries are added after
them (an entry the user's table already holds, such as one added by the previous save,
is used again rather than added twice); the plan's sheets are then renumbered to match.
The numbers the user's parts hold (in sheets, conditional formats, tables, pivot tables)
therefore stay right without their being read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from smplanner.io.package_parts import (
    DECLARATION,
    MAIN,
    local,
    parse,
    serialize,
    split_strings,
)

ORDER = (
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
)
"""The children of a styles part, in the order the format requires."""
FIRST_CUSTOM_FORMAT = 164


@dataclass
class Numbers:
    """Where the plan's own numbers went: index i of the plan's table is ``map[i]``."""

    xfs: list[int]
    dxfs: list[int]
    strings: list[int]

    @property
    def unchanged(self) -> bool:
        return all(m == list(range(len(m))) for m in (self.xfs, self.dxfs, self.strings))


def merge_styles(kept: bytes, plan: bytes) -> tuple[bytes, list[int], list[int]]:
    """The user's styles with the plan's added: (styles part, cell xf map, dxf map)."""
    base = parse(kept)
    ours = etree.fromstring(plan)
    formats = _formats(base, ours)
    fonts = _add(base, ours, "fonts", "font")
    fills = _add(base, ours, "fills", "fill")
    borders = _add(base, ours, "borders", "border")
    maps: dict[str, dict[int, int] | list[int]] = {
        "numFmtId": formats,
        "fontId": fonts,
        "fillId": fills,
        "borderId": borders,
    }

    def remap(xf: Any) -> None:
        for attribute, mapping in maps.items():
            value = xf.get(attribute)
            if value is not None:
                number = int(value)
                if isinstance(mapping, dict):
                    xf.set(attribute, str(mapping.get(number, number)))
                elif 0 <= number < len(mapping):
                    xf.set(attribute, str(mapping[number]))
        if xf.get("xfId") is not None:
            xf.set("xfId", "0")  # the user's Normal style: the cell's own xf says the rest

    xfs = _add(base, ours, "cellXfs", "xf", remap)

    def remap_dxf(dxf: Any) -> None:
        for fmt in dxf.iter(f"{{{MAIN}}}numFmt"):
            number = int(fmt.get("numFmtId", "0"))
            fmt.set("numFmtId", str(formats.get(number, number)))

    dxfs = _add(base, ours, "dxfs", "dxf", remap_dxf)
    return serialize(base), xfs, dxfs


def merge_strings(
    kept: tuple[bytes, ...], namespaces: bytes, plan: bytes | None
) -> tuple[bytes, list[int]]:
    """The user's shared strings (each ``<si>`` as written, and the namespaces their table
    declared) with the plan's added: (table part, the plan's string map)."""
    strings = list(kept)
    found = {text: index for index, text in enumerate(strings)}
    mapping: list[int] = []
    for text in split_strings(plan) if plan else ():
        index = found.get(text)
        if index is None:
            index = found[text] = len(strings)
            strings.append(text)
        mapping.append(index)
    if b'xmlns="' not in namespaces and b"xmlns='" not in namespaces:
        namespaces = f' xmlns="{MAIN}"'.encode() + namespaces
    head = DECLARATION + b"<sst" + namespaces
    count = f' count="{len(strings)}" uniqueCount="{len(strings)}">'.encode()
    return head + count + b"".join(strings) + b"</sst>", mapping


def _formats(base: Any, ours: Any) -> dict[int, int]:
    """The plan's custom number formats by id -> the merged table's id (same code, same id)."""
    theirs = _collection(base, "numFmts")
    codes = {str(f.get("formatCode")): int(f.get("numFmtId", "0")) for f in _items(theirs)}
    used = [FIRST_CUSTOM_FORMAT - 1, *codes.values()]
    mapping: dict[int, int] = {}
    for fmt in _items(_find(ours, "numFmts")):
        number, code = int(fmt.get("numFmtId", "0")), str(fmt.get("formatCode"))
        if code in codes:
            mapping[number] = codes[code]
            continue
        new = max(used) + 1
        used.append(new)
        codes[code] = mapping[number] = new
        added = etree.SubElement(theirs, f"{{{MAIN}}}numFmt")
        added.set("numFmtId", str(new))
        added.set("formatCode", code)
    theirs.set("count", str(len(_items(theirs))))
    if not len(theirs):
        base.remove(theirs)
    return mapping


def _add(base: Any, ours: Any, collection: str, item: str, remap: Any = None) -> list[int]:
    """Each of the plan's entries, remapped, found in or added to the user's table."""
    theirs = _collection(base, collection)
    known = {_key(e): n for n, e in enumerate(_items(theirs))}
    mapping: list[int] = []
    for entry in _items(_find(ours, collection)):
        copy = etree.fromstring(etree.tostring(entry))
        if remap is not None:
            remap(copy)
        key = _key(copy)
        number = known.get(key)
        if number is None:
            number = known[key] = len(_items(theirs))
            added = etree.SubElement(theirs, f"{{{MAIN}}}{item}")
            added.attrib.update(copy.attrib)
            added.extend(list(copy))
            added.text = copy.text
        mapping.append(number)
    theirs.set("count", str(len(_items(theirs))))
    if not len(theirs):
        base.remove(theirs)
    return mapping


def _collection(root: Any, name: str) -> Any:
    """The named child of a styles part, made in its place when missing."""
    found = _find(root, name)
    if found is not None:
        return found
    made = etree.Element(f"{{{MAIN}}}{name}")
    rank = ORDER.index(name)
    for index, child in enumerate(root):
        if local(child) in ORDER and ORDER.index(local(child)) > rank:
            root.insert(index, made)
            break
    else:
        root.append(made)
    return made


def _find(root: Any, name: str) -> Any:
    return next((c for c in root if local(c) == name), None)


def _items(collection: Any) -> list[Any]:
    return [c for c in collection if isinstance(c.tag, str)] if collection is not None else []


def _key(element: Any) -> tuple[Any, ...]:
    """What an entry means, whatever the order of its attributes."""
    if not isinstance(element.tag, str):
        return ()
    return (
        local(element),
        tuple(sorted((str(k), str(v)) for k, v in element.attrib.items())),
        (element.text or "").strip(),
        tuple(_key(c) for c in element if isinstance(c.tag, str)),
    )
