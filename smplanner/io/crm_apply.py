"""Checking a CRM export's rows and merging them into the plan's Deals or Touches.

Deals are matched by id (letter case aside): a known deal is updated in the columns the
export has, a new one added. Touches are added unless the same touch (deal, date, channel,
campaign) is there already, so importing an export twice changes nothing. A channel that
names a plan network is that network; any other becomes an other channel, added to that
catalogue. While any cell is wrong the plan is left as it was.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd

from smplanner.domain.deal_stages import book_of
from smplanner.domain.deal_tables import (
    DEALS,
    DEALS_TABLE,
    OTHER_CHANNELS,
    TOUCHES,
    TOUCHES_TABLE,
)
from smplanner.domain.plan import Plan
from smplanner.domain.schema import MAX_TEXT
from smplanner.domain.tables import NETWORKS, SCHEMAS
from smplanner.io.crm_import import (
    BadCell,
    ImportResult,
    guess_into,
    map_headers,
    parse_amounts,
    parse_dates,
    parse_stages,
)

_NAME_MARKS = r"[,;\n]"
DATE_WORDS = "a date such as 2026-12-31, 31.12.2026 or 12/31/2026"


class _Checker:
    """Collects the bad cells of one export."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.problems: list[BadCell] = []

    def bad(self, mask: pd.Series, header: str, expected: str) -> None:
        for index in mask.index[mask.to_numpy(dtype=bool)]:
            value = self.frame.at[index, header]
            self.problems.append(BadCell(int(index) + 2, header, str(value), expected))

    def text(self, header: str | None) -> pd.Series:
        if header is None:
            return pd.Series([""] * len(self.frame), index=self.frame.index, dtype=object)
        values = self.frame[header].map(lambda v: "" if v is None else str(v).strip())
        self.bad(values.str.len() > MAX_TEXT, header, f"at most {MAX_TEXT:,} characters")
        return values


def import_table(plan: Plan, frame: pd.DataFrame, into: str | None = None) -> ImportResult:
    """Check ``frame`` (an export's rows) and, when all is well, the plan with them merged
    in (``result.plan``); otherwise ``result.problems`` names each bad cell."""
    frame = frame.reset_index(drop=True)
    target = into or guess_into(list(frame.columns))
    if target is None:
        result = ImportResult(DEALS)
        wanted = "Deal ID with Amount, Deal Stage or Close Date; or Deal ID, Touch Date, Channel"
        result.problems.append(BadCell(1, "", ", ".join(map(str, frame.columns)), wanted))
        return result
    if target == DEALS:
        return _deals(plan, frame)
    return _touches(plan, frame)


def _missing(result: ImportResult, headers: dict[str, str], needed: dict[str, str]) -> bool:
    lacking = [title for name, title in needed.items() if name not in headers]
    for title in lacking:
        result.problems.append(BadCell(1, title, "", f"a column headed '{title}'"))
    return bool(lacking)


def _deals(plan: Plan, frame: pd.DataFrame) -> ImportResult:
    result = ImportResult(DEALS, rows=len(frame))
    headers = map_headers(list(frame.columns), DEALS)
    if _missing(result, headers, {"deal_id": "Deal ID"}):
        return result
    check = _Checker(frame)
    ids = check.text(headers["deal_id"])
    check.bad(ids == "", headers["deal_id"], "a deal ID")
    check.bad(
        ids.str.contains(_NAME_MARKS, regex=True),
        headers["deal_id"],
        "an ID without , ; or line breaks",
    )
    folded = ids.str.casefold()
    again = folded.duplicated() & (ids != "")
    for index in again.index[again.to_numpy()]:
        first = int(folded.index[folded == folded[index]][0]) + 2
        check.problems.append(
            BadCell(
                int(index) + 2,
                headers["deal_id"],
                ids[index],
                f"each deal once (first in row {first})",
            )
        )
    columns: dict[str, pd.Series] = {"deal_id": ids}
    if "value" in headers:
        value = parse_amounts(frame[headers["value"]])
        wrong = value.map(lambda v: v is False)
        check.bad(wrong, headers["value"], "a number")
        numbers = value.where(~wrong, np.nan).astype(float)
        check.bad(numbers < 0, headers["value"], "a number of at least 0")
        columns["value"] = numbers
    if "stage" in headers:
        book = book_of(plan)
        stage = parse_stages(frame[headers["stage"]], book)
        words = ", ".join([*book.names[:7], "Closed Won", "Closed Lost", "…"])
        check.bad(stage.map(lambda v: v is False), headers["stage"], f"a stage such as {words}")
        columns["stage"] = stage
    for name in ("created", "close"):
        if name in headers:
            dates, order = parse_dates(frame[headers[name]])
            check.bad(dates.map(lambda v: v is False), headers[name], DATE_WORDS)
            columns[name] = dates
            result.date_order = result.date_order or order
    for name in ("name", "company", "owner", "notes"):
        if name in headers:
            columns[name] = check.text(headers[name])
    result.problems = check.problems
    if result.problems:
        return result
    incoming = pd.DataFrame(columns)
    existing = plan.frame(DEALS)
    position = {k.casefold(): i for i, k in enumerate(existing["deal_id"].astype(str))}
    rows = incoming["deal_id"].str.casefold().map(position)
    known = rows.notna()
    at = rows[known].astype(int).to_numpy()
    changed = np.zeros(len(at), dtype=bool)
    for name in incoming.columns[1:]:
        after = incoming.loc[known, name].to_numpy()
        differs = ~_same(existing[name].to_numpy()[at], after)
        changed |= differs
        existing.loc[existing.index[at[differs]], name] = after[differs]
    result.updated = int(changed.sum())
    result.unchanged = len(at) - result.updated
    new = incoming[~known.to_numpy()]
    result.added = len(new)
    merged = pd.concat([existing, _complete(new, DEALS)], ignore_index=True)
    result.plan = _rebuilt(plan, {DEALS: merged})
    return result


def _same(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Element-wise equality where NaN equals NaN and None equals None."""
    out = np.zeros(len(before), dtype=bool)
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        out[i] = (a == b) or (_empty(a) and _empty(b))
    return out


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or value == ""


def _complete(new: pd.DataFrame, table: str) -> pd.DataFrame:
    """New rows with every column of the table, defaults where the export had none."""
    schema = SCHEMAS[table]
    out = {}
    for column in schema.columns:
        if column.name in new.columns:
            out[column.name] = new[column.name].to_numpy()
        elif column.kind.value in ("number", "integer"):
            out[column.name] = np.full(len(new), np.nan)
        elif column.kind.value == "date":
            out[column.name] = np.full(len(new), None, dtype=object)
        else:
            default = column.default if isinstance(column.default, str) else ""
            out[column.name] = np.full(len(new), default, dtype=object)
    return pd.DataFrame(out, columns=list(schema.fixed_names))


def _touches(plan: Plan, frame: pd.DataFrame) -> ImportResult:
    result = ImportResult(TOUCHES, rows=len(frame))
    headers = map_headers(list(frame.columns), TOUCHES)
    needed = {"deal": "Deal ID", "date": "Touch Date", "channel": "Channel"}
    if _missing(result, headers, needed):
        return result
    check = _Checker(frame)
    ids = check.text(headers["deal"])
    deals = {k.casefold(): k for k in plan.keys(DEALS)}
    stored = ids.str.casefold().map(deals)
    check.bad(stored.isna(), headers["deal"], "the ID of a deal on the Deals sheet")
    dates, order = parse_dates(frame[headers["date"]])
    result.date_order = order
    check.bad(dates.map(lambda v: v is False or v is None), headers["date"], DATE_WORDS)
    channel = check.text(headers["channel"])
    check.bad(channel == "", headers["channel"], "a channel")
    check.bad(
        channel.str.contains(_NAME_MARKS, regex=True),
        headers["channel"],
        "a name without , ; or line breaks",
    )
    result.problems = check.problems
    if result.problems:
        return result
    known = {k.casefold(): k for k in [*plan.keys(NETWORKS.name), *plan.keys(OTHER_CHANNELS)]}
    spaced = channel.str.replace(r"\s+", " ", regex=True)
    named = spaced.str.casefold().map(known)
    fresh: dict[str, str] = {}
    for name in spaced[named.isna()]:
        fresh.setdefault(name.casefold(), name)
    result.new_channels = list(fresh.values())
    named = named.where(named.notna(), spaced.str.casefold().map(fresh))
    incoming = pd.DataFrame(
        {
            "deal": stored,
            "date": dates,
            "channel": named,
            "campaign": check.text(headers.get("campaign")),
            "note": check.text(headers.get("note")),
        }
    )
    existing = plan.frame(TOUCHES)
    key = ["deal", "date", "channel", "campaign"]
    seen = pd.MultiIndex.from_frame(existing[key].astype(str))
    repeat = pd.MultiIndex.from_frame(incoming[key].astype(str)).isin(seen)
    twice = incoming[key].astype(str).duplicated().to_numpy()
    keep = ~repeat & ~twice
    result.unchanged = int((~keep).sum())
    result.added = int(keep.sum())
    others = plan.frame(OTHER_CHANNELS)
    added = pd.DataFrame({"name": result.new_channels, "description": ""})
    merged = pd.concat([existing, _complete(incoming[keep], TOUCHES)], ignore_index=True)
    result.plan = _rebuilt(
        plan,
        {TOUCHES: merged, OTHER_CHANNELS: pd.concat([others, added], ignore_index=True)},
    )
    return result


def _rebuilt(plan: Plan, replaced: dict[str, pd.DataFrame]) -> Plan:
    """A plan with ``replaced`` tables (already valid values) and the rest as it was."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in SCHEMAS:
        frame = replaced.get(name)
        if frame is None:
            frame = plan.frame(name)
        tables[name] = cast(list[dict[str, Any]], frame.to_dict("records"))
    again = Plan(plan.name, tables)
    again.kept_sheets = list(plan.kept_sheets)
    return again


DEAL_TITLES = {c.name: c.title for c in DEALS_TABLE.columns}
TOUCH_TITLES = {c.name: c.title for c in TOUCHES_TABLE.columns}
