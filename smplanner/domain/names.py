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
