"""Plans written before deals had touches: their Returns lines become won deals.

An old Returns line named a period, a network, a deal and its social role. Lines naming
the same deal in the same period become one deal (counted once, its value the largest
line's) with one touch per line, ordered originating source, assist, conversion point, all
on the first day of the period. The old "Returns counted" setting becomes the nearest
attribution model. The reader says both once, as warnings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from smplanner.domain.deal_tables import FIRST_TOUCH, LINEAR, POSITION_BASED
from smplanner.domain.measuring_tables import ASSIST, CONVERSION, ORIGINATING, PLAN_SETTINGS
from smplanner.domain.periods import Settings, first_day_of_period
from smplanner.domain.pipeline_tables import WON_NAME
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr
from smplanner.io.cells import fold

RETURNS_SHEET = "Returns"
BASIS_TITLES = ("returns counted", "return_basis")
BASIS_TO_MODEL = {
    "sourced only": FIRST_TOUCH,
    "sourced + converted": POSITION_BASED,
    "all touches": LINEAR,
}
"""Sourced only credits the first touch; sourced + converted weighs the first and the last;
all touches shares among every touch."""
NO_NETWORK = "Social media (no network)"
"""The other channel a line without a network becomes."""
_ROLE_ORDER = {fold(ORIGINATING): 0, fold(ASSIST): 1, "": 1, fold(CONVERSION): 2}
_COLUMNS = {
    "period": ("period",),
    "network": ("network",),
    "deal": ("deal or source", "deal"),
    "amount": ("amount",),
    "role": ("social role", "role"),
}


@dataclass
class Migrated:
    """What the old lines became."""

    deals: list[dict[str, Any]] = field(default_factory=list)
    touches: list[dict[str, Any]] = field(default_factory=list)
    lines: int = 0
    merged: int = 0
    """Lines folded into another line's deal."""
    no_network: bool = False
    skipped: list[int] = field(default_factory=list)
    """Sheet rows (0-based) whose period or amount could not be read."""


def has_header(rows: list[list[Any]]) -> bool:
    """Whether a sheet looks like an earlier smplanner's Returns: a Period and an Amount
    column among its first rows."""
    for row in rows[:10]:
        titles = {fold(v) for v in row if isinstance(v, str)}
        if "period" in titles and "amount" in titles:
            return True
    return False


def read_lines(rows: list[list[Any]]) -> list[tuple[int, dict[str, Any]]]:
    """The Returns sheet's lines as (sheet row, values by column); empty without a header."""
    for number, row in enumerate(rows[:10]):
        titles = [fold(v) if isinstance(v, str) else "" for v in row]
        if "period" in titles:
            index = {
                name: next((i for i, t in enumerate(titles) if t in spellings), None)
                for name, spellings in _COLUMNS.items()
            }
            lines = []
            for at in range(number + 1, len(rows)):
                values = rows[at]
                if all(is_blank(v) for v in values):
                    continue
                line = {
                    name: (values[i] if i is not None and i < len(values) else None)
                    for name, i in index.items()
                }
                lines.append((at, line))
            return lines
    return []


def migrate(
    lines: list[tuple[int, dict[str, Any]]],
    settings: Settings,
    networks: list[str],
    taken: set[str],
) -> Migrated:
    """Won deals and touches from the old lines; ``taken`` holds deal ids in use (folded)."""
    result = Migrated()
    groups: dict[tuple[str, int], list[tuple[int, float, str, int]]] = {}
    names: dict[tuple[str, int], str] = {}
    known = {n.casefold(): n for n in networks}
    for at, line in lines:
        try:
            period = int(float(line["period"]))
            amount = 0.0 if is_blank(line["amount"]) else float(line["amount"])
        except (TypeError, ValueError):
            result.skipped.append(at)
            continue
        deal = "" if is_blank(line["deal"]) else str(line["deal"]).strip()
        key = (deal.casefold() or f"\0{at}", period)
        network = "" if is_blank(line["network"]) else str(line["network"]).strip()
        channel = known.get(network.casefold(), network) or NO_NETWORK
        result.no_network |= channel == NO_NETWORK
        role = _ROLE_ORDER.get(fold(line["role"]) if isinstance(line["role"], str) else "", 1)
        groups.setdefault(key, []).append((role, amount, channel, at))
        names.setdefault(key, deal)
        result.lines += 1
    number = 0
    for key, members in groups.items():
        number += 1
        while f"r{number}" in taken:
            number += 1
        deal_id = f"R{number}"
        close = first_day_of_period(settings, key[1]) or dt.date.today()
        result.deals.append(
            {
                "deal_id": deal_id,
                "name": names[key],
                "value": max(m[1] for m in members),
                "stage": WON_NAME,
                "close": close,
                "notes": tr("from the Returns sheet of an earlier smplanner"),
            }
        )
        for _, _, channel, _ in sorted(members, key=lambda m: (m[0], m[3])):
            result.touches.append({"deal": deal_id, "date": close, "channel": channel})
        result.merged += len(members) - 1
    return result


def basis_column(header: list[Any]) -> int | None:
    """The column of the old "Returns counted" setting on the Plan settings sheet."""
    for number, value in enumerate(header):
        if isinstance(value, str) and fold(value) in BASIS_TITLES:
            return number
    return None


def model_of_basis(value: Any) -> str | None:
    """The nearest attribution model to an old return basis; None when it is not one."""
    return BASIS_TO_MODEL.get(fold(value)) if isinstance(value, str) else None


def default_first_period(unit: str, today: dt.date) -> str:
    """A first period for a plan whose periods had no dates: this year's first."""
    return {"week": f"{today.year}-W01", "quarter": f"{today.year}-Q1"}.get(
        unit, f"{today.year}-01"
    )


SETTINGS_SHEET = PLAN_SETTINGS.sheet
