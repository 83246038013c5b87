"""Names a user has not typed yet: the first free "New rater", "New rater 2", ..."""

from __future__ import annotations

from collections.abc import Iterable


def unique_name(existing: Iterable[str], base: str) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever is free (ignoring case)."""
    taken = {n.casefold() for n in existing}
    name, number = base, 1
    while name.casefold() in taken:
        number += 1
        name = f"{base} {number}"
    return name


NOT_IN_FILE_NAMES = '<>:"/\\|?*'
"""Characters no file name may hold on Windows (all of them), macOS (":" and "/") or
Linux ("/"); control characters are refused as well."""
_SPELLED = {":": " - ", "/": "-", "\\": "-", "|": "-", '"': "'"}
"""Readable stand-ins; the other refused characters are left out."""
_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
MAX_FILE_STEM = 120
"""Characters kept of a long name: room for " - Section.pdf" within every system's limit."""


def file_stem(name: str, fallback: str) -> str:
    """``name`` as a file name without extension that every system accepts, as close to
    the name as that allows: "Plan: Q3 / EMEA" becomes "Plan - Q3 - EMEA".

    Only what is refused somewhere changes: the characters of :data:`NOT_IN_FILE_NAMES`
    and control characters, leading dots (hidden files on Linux and macOS), trailing dots
    and spaces (dropped by Windows) and Windows' device names (CON, NUL, COM1...).
    ``fallback`` stands in for a name with nothing left.
    """
    kept = "".join(
        _SPELLED.get(c, "")
        if c in NOT_IN_FILE_NAMES
        else (" " if ord(c) < 32 or ord(c) == 127 else c)
        for c in name
    )
    stem = " ".join(kept.split())[:MAX_FILE_STEM].lstrip(". ").rstrip(". ")
    if not stem:
        return fallback
    if stem.split(".")[0].upper() in _DEVICES:
        stem = f"{stem} plan"
    return stem
