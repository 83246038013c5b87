"""The social profile checklists' rules: profile scores, request verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from smplanner.domain.checklist_tables import (
    ACCOUNTS,
    ITEMS,
    RATINGS,
    REQUESTS,
    SIGN_COLUMNS,
    STATUSES,
)
from smplanner.domain.keyed import KeyedTable
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

Status = Literal["done", "partly", "missing", "not applicable"]
Rating = Literal["fine", "doubtful", "red flag"]

STATUS_CREDIT: Mapping[str, float] = {"done": 1.0, "partly": 0.5, "missing": 0.0}
KNOWN_RELATIONSHIPS = ("ally", "acquaintance", "colleague/collaborator/client")
WARNING_SIGNS = (
    "photo",
    "contact details",
    "proofreading",
    "history",
    "connections",
    "message",
    "activity",
)
ACCEPT, REPLY_FIRST, IGNORE = "accept", "reply first", "ignore"

WORDS: Mapping[str, str] = {
    # warning signs
    "photo": QT_TRANSLATE_NOOP("", "photo"),
    "contact details": QT_TRANSLATE_NOOP("", "contact details"),
    "proofreading": QT_TRANSLATE_NOOP("", "proofreading"),
    "history": QT_TRANSLATE_NOOP("", "history"),
    "connections": QT_TRANSLATE_NOOP("", "connections"),
    "message": QT_TRANSLATE_NOOP("", "message"),
    "activity": QT_TRANSLATE_NOOP("", "activity"),
    # ratings
    "fine": QT_TRANSLATE_NOOP("", "fine"),
    "doubtful": QT_TRANSLATE_NOOP("", "doubtful"),
    "red flag": QT_TRANSLATE_NOOP("", "red flag"),
    # decisions
    ACCEPT: QT_TRANSLATE_NOOP("", "accept"),
    REPLY_FIRST: QT_TRANSLATE_NOOP("", "reply first"),
    IGNORE: QT_TRANSLATE_NOOP("", "ignore"),
    # relationships
    "ally": QT_TRANSLATE_NOOP("", "ally"),
    "acquaintance": QT_TRANSLATE_NOOP("", "acquaintance"),
    "colleague/collaborator/client": QT_TRANSLATE_NOOP("", "colleague/collaborator/client"),
    "stranger": QT_TRANSLATE_NOOP("", "stranger"),
    # profile item statuses
    "done": QT_TRANSLATE_NOOP("", "done"),
    "partly": QT_TRANSLATE_NOOP("", "partly"),
    "missing": QT_TRANSLATE_NOOP("", "missing"),
    "not applicable": QT_TRANSLATE_NOOP("", "not applicable"),
    # account kinds
    "personal": QT_TRANSLATE_NOOP("", "personal"),
    "company page": QT_TRANSLATE_NOOP("", "company page"),
}
"""The words of the rules (stored values, sign names) as the user reads them: the plan
keeps them in English, the screen shows them with :func:`word`."""


def word(value: str) -> str:
    """A sign, rating, decision, relationship, status or account kind in the user's language."""
    return tr(WORDS[value]) if value in WORDS else value


def _words(values: Sequence[str]) -> str:
    return ", ".join(word(v) for v in values)


def profile_score(
    statuses: Sequence[Status], weights: Sequence[float] | None = None
) -> float | None:
    """Share of the applicable items done, "partly" counting half; None if none applies."""
    weights = weights or [1.0] * len(statuses)
    applicable = [(s, w) for s, w in zip(statuses, weights, strict=True) if s != "not applicable"]
    total = sum(w for _, w in applicable)
    if not total:
        return None
    return sum(STATUS_CREDIT[s] * w for s, w in applicable) / total


@dataclass(frozen=True)
class Verdict:
    decision: str
    reason: str


def request_verdict(
    relationship: str, personalised: bool, ratings: Mapping[str, Rating]
) -> Verdict:
    """Accept, reply first or ignore a connection request, with the reason in words.

    Two or more red flags: ignore. A known relationship and no red flag: accept.
    Otherwise reply first and ask what the connection is for. A personalised message
    counts in the requester's favour: the reason says so, the rule stays as it is.
    """
    red = [sign for sign in WARNING_SIGNS if ratings.get(sign) == "red flag"]
    doubtful = [sign for sign in WARNING_SIGNS if ratings.get(sign) == "doubtful"]
    if len(red) >= 2:
        return Verdict(
            IGNORE, tr("%n red flag(s): {signs}", "", len(red)).format(signs=_words(red))
        )
    if relationship in KNOWN_RELATIONSHIPS and not red:
        reason = tr("known {relationship}, no red flag").format(relationship=word(relationship))
        return Verdict(ACCEPT, reason)
    reasons = []
    if red:
        reasons.append(tr("1 red flag: {sign}").format(sign=word(red[0])))
    if doubtful:
        reasons.append(tr("doubtful: {signs}").format(signs=_words(doubtful)))
    if relationship not in KNOWN_RELATIONSHIPS:
        reasons.append(tr("no known relationship"))
    if personalised:
        reasons.append(tr("a personalised message in their favour"))
    reason = tr("{reasons} — ask what the connection is for").format(reasons="; ".join(reasons))
    return Verdict(REPLY_FIRST, reason)


# ------------------------------------------------------------------ over a plan
# The functions below read the checklist tables of a plan (checklist_tables.py).

NOT_CHECKED = ""
"""The status of an item nobody has looked at yet: counted as missing, shown as a to-do."""
STATUSES_BY_KEY = KeyedTable(STATUSES, ("account", "item"), first_wins=True)
"""An account's status of a profile item; the first of duplicate rows counts (see
:func:`all_account_checks`)."""
NO_DATE = QT_TRANSLATE_NOOP("", "no date")
"""The month of requests without a date (shown translated with tr())."""
NO_NETWORK = QT_TRANSLATE_NOOP("", "no network")
"""The network of requests without one (shown translated with tr())."""


@dataclass(frozen=True)
class ItemCheck:
    """One profile item as it stands for one account."""

    item: str
    weight: float
    status: str
    """done, partly, missing, not applicable, or NOT_CHECKED."""
    note: str
    status_row: int | None
    """The row of the profile status table that holds it; None when there is none yet."""
    excluded: bool
    """The item does not apply to the account's network (the items table says so)."""

    @property
    def scored_status(self) -> Status:
        if self.excluded or self.status == "not applicable":
            return "not applicable"
        if self.status in ("done", "partly"):
            return self.status  # type: ignore[return-value]
        return "missing"

    @property
    def gain(self) -> float:
        """What finishing the item adds, in weight: all of it if missing, half if partly."""
        status = self.scored_status
        return 0.0 if status == "not applicable" else self.weight * (1 - STATUS_CREDIT[status])


def _weight(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and value == value else 1.0


def all_account_checks(plan: Plan) -> dict[str, list[ItemCheck]]:
    """Every account's checks, by account name, reading each table once."""
    items = plan.records(ITEMS)
    found: dict[tuple[str, str], tuple[int, str, str]] = {}
    for number, record in enumerate(plan.records(STATUSES)):
        pair = (str(record["account"]), str(record["item"]))
        found.setdefault(pair, (number, str(record["status"]), str(record["note"])))
    checks: dict[str, list[ItemCheck]] = {}
    for account in plan.records(ACCOUNTS):
        name, network = str(account["name"]), str(account["network"])
        checks[name] = [
            _check(item, network, found.get((name, str(item["name"])))) for item in items
        ]
    return checks


def _check(
    item: Mapping[str, object], network: str, status: tuple[int, str, str] | None
) -> ItemCheck:
    row, state, note = status if status is not None else (None, NOT_CHECKED, "")
    not_for = item["not_for"]
    return ItemCheck(
        item=str(item["name"]),
        weight=_weight(item["weight"]),
        status=state,
        note=note,
        status_row=row,
        excluded=bool(network) and isinstance(not_for, tuple) and network in not_for,
    )


def account_checks(plan: Plan, account: str) -> list[ItemCheck]:
    """Every profile item, in the items' order, as it stands for ``account``."""
    return all_account_checks(plan).get(account, [])


def checks_score(checks: Sequence[ItemCheck]) -> float | None:
    """The weighted share of the applicable items done, "partly" counting half."""
    return profile_score([c.scored_status for c in checks], [c.weight for c in checks])


def account_score(plan: Plan, account: str) -> float | None:
    return checks_score(account_checks(plan, account))


def to_do(checks: Sequence[ItemCheck]) -> list[ItemCheck]:
    """The items still to finish, the most valuable first (then in the items' order)."""
    open_items = [c for c in checks if c.gain > 0]
    return sorted(open_items, key=lambda c: -c.gain)


def network_scores(plan: Plan) -> dict[str, float | None]:
    """Per network with accounts: the score of all its accounts' items taken together."""
    pooled: dict[str, list[ItemCheck]] = {}
    every = all_account_checks(plan)
    for record in plan.records(ACCOUNTS):
        pooled.setdefault(str(record["network"]), []).extend(every[str(record["name"])])
    return {network: checks_score(checks) for network, checks in pooled.items()}


@dataclass(frozen=True)
class RequestCheck:
    """One logged connection request: the rule's verdict, the user's decision, the gaps."""

    verdict: Verdict
    override: str
    unrated: tuple[str, ...]
    """Warning signs not rated yet (the verdict treats them as fine)."""

    @property
    def decision(self) -> str:
        """What to do: the user's override when there is one, else the verdict."""
        return self.override or self.verdict.decision


def request_check(record: Mapping[str, object]) -> RequestCheck:
    """The verdict of one request row (a record of the requests table)."""
    ratings = {sign: str(record.get(column) or "") for column, sign in SIGN_COLUMNS.items()}
    rated: dict[str, Rating] = {s: r for s, r in ratings.items() if r in RATINGS}  # type: ignore[misc]
    verdict = request_verdict(
        str(record.get("relationship") or ""), bool(record.get("personalised")), rated
    )
    unrated = tuple(sign for sign, rating in ratings.items() if not rating)
    return RequestCheck(verdict, str(record.get("override") or ""), unrated)


def table_records(plan: Plan, table: str) -> list[dict[str, Any]]:
    """The table's rows as records, read in one go (a log may hold thousands)."""
    names = plan.column_names(table)
    columns = [plan.column_values(table, name) for name in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def request_checks(plan: Plan) -> list[RequestCheck]:
    return [request_check(r) for r in table_records(plan, REQUESTS)]


DECISIONS = (ACCEPT, REPLY_FIRST, IGNORE)
Counts = dict[str, int]


def decision_counts(plan: Plan, checks: Sequence[RequestCheck] | None = None) -> Counts:
    """How many requests to accept, reply to first and ignore (overrides included)."""
    counts = dict.fromkeys(DECISIONS, 0)
    for check in request_checks(plan) if checks is None else checks:
        counts[check.decision] = counts.get(check.decision, 0) + 1
    return counts


def month_of(day: object) -> str:
    """``2026-03`` for a date in March 2026; "no date" for a request without one."""
    return day.strftime("%Y-%m") if isinstance(day, dt.date) else NO_DATE


def counts_by_month_and_network(
    plan: Plan, checks: Sequence[RequestCheck] | None = None
) -> dict[str, dict[str, Counts]]:
    """month -> network -> decision -> count, months in order (undated last).

    ``checks`` are the requests' verdicts when the caller has them already.
    """
    records = table_records(plan, REQUESTS)
    if checks is None:
        checks = [request_check(r) for r in records]
    table: dict[str, dict[str, Counts]] = {}
    for record, check in zip(records, checks, strict=True):
        by_network = table.setdefault(month_of(record["date"]), {})
        network = str(record["network"]) or NO_NETWORK
        counts = by_network.setdefault(network, dict.fromkeys(DECISIONS, 0))
        counts[check.decision] += 1
    return dict(sorted(table.items(), key=lambda item: (item[0] == NO_DATE, item[0])))


def counts_by_network(by_month: Mapping[str, Mapping[str, Counts]]) -> dict[str, Counts]:
    """network -> decision -> count over all months, the most ignored first."""
    totals: dict[str, Counts] = {}
    for by_network in by_month.values():
        for network, counts in by_network.items():
            total = totals.setdefault(network, dict.fromkeys(DECISIONS, 0))
            for decision, count in counts.items():
                total[decision] += count
    return dict(sorted(totals.items(), key=lambda item: (-item[1][IGNORE], item[0])))
