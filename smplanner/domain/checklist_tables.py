"""The tables of the social profile checklists (domain.md section 5).

Own profiles: the user's accounts, the checklist items every account is audited against,
and one status row per account and item. A missing status row means "not checked yet",
so a new item or account needs no rows to be written for it. Connection requests: one
row per incoming request, with the seven warning signs rated; the verdict is worked out
from the row (``domain/checklists.py``), never stored.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema

ACCOUNTS = "profile_accounts"
ITEMS = "profile_items"
STATUSES = "profile_status"
REQUESTS = "requests"

ACCOUNT_KINDS = ("personal", "company page")
STATUS_CHOICES = ("done", "partly", "missing", "not applicable")
RELATIONSHIPS = ("ally", "acquaintance", "colleague/collaborator/client", "stranger")
RATINGS = ("fine", "doubtful", "red flag")
OVERRIDES = ("accept", "reply first", "ignore")

SIGN_COLUMNS: dict[str, str] = {
    "photo": "photo",
    "contact_details": "contact details",
    "proofreading": "proofreading",
    "history": "history",
    "connections": "connections",
    "message": "message",
    "activity": "activity",
}
"""Column name of each warning sign -> the sign's name in the rules and in reasons."""

_SIGN_TIPS = {
    "photo": "The profile photo: missing, poor, over-posed or provocative is a warning sign",
    "contact_details": "Contact details: none, incomplete or dodgy ones are a warning sign",
    "proofreading": "Spelling, grammar and awkward prose in the profile and message",
    "history": "Work history: scant, missing, with unexplained breaks or without detail",
    "connections": "Their connections: suspicious ones, none in common, or mutual ones "
    "you do not recognise",
    "message": "Their message: none, generic, or a call to action with a suspicious link",
    "activity": "Their activity: scant, of low value or suspicious",
}
_RATING_ALIASES = {
    "ok": "fine",
    "good": "fine",
    "f": "fine",
    "?": "doubtful",
    "d": "doubtful",
    "maybe": "doubtful",
    "red": "red flag",
    "flag": "red flag",
    "r": "red flag",
    "bad": "red flag",
    "redflag": "red flag",
}
_STATUS_ALIASES = {
    "yes": "done",
    "d": "done",
    "partial": "partly",
    "partially": "partly",
    "p": "partly",
    "no": "missing",
    "m": "missing",
    "todo": "missing",
    "to do": "missing",
    "n/a": "not applicable",
    "na": "not applicable",
    "n.a.": "not applicable",
    "n": "not applicable",
}

PROFILE_ACCOUNTS = TableSchema(
    name=ACCOUNTS,
    title="Accounts",
    sheet="Accounts",
    key="name",
    row_noun="account",
    description="Your profiles and pages",
    columns=(
        Column(
            "name",
            "Account",
            required=True,
            width=28,
            tooltip="A name for the account, e.g. 'LinkedIn personal' or 'Acme on X'",
        ),
        Column(
            "network",
            "Network",
            kind=Kind.CHOICE,
            ref="networks",
            required=True,
            width=16,
            tooltip="The network the account is on (from the Networks catalogue)",
        ),
        Column(
            "kind",
            "Kind",
            kind=Kind.CHOICE,
            choices=ACCOUNT_KINDS,
            required=True,
            default="personal",
            width=14,
            tooltip="A personal profile or a company page",
            aliases={"company": "company page", "page": "company page", "person": "personal"},
        ),
        Column("address", "Profile address", width=36, tooltip="Where the profile is (its link)"),
    ),
)

PROFILE_ITEMS = TableSchema(
    name=ITEMS,
    title="Profile items",
    sheet="Profile items",
    key="name",
    row_noun="profile item",
    description="What a strong profile has",
    columns=(
        Column("name", "Item", required=True, width=34, tooltip="What the profile should have"),
        Column(
            "weight",
            "Weight",
            kind=Kind.INTEGER,
            required=True,
            default=3,
            minimum=1,
            maximum=5,
            width=8,
            tooltip="How much it matters to buyers, 1 (nice to have) to 5 (essential); "
            "scores weigh items by it and to-dos list the heaviest first",
        ),
        Column(
            "not_for",
            "Not for networks",
            kind=Kind.LIST,
            ref="networks",
            width=22,
            tooltip="Networks where the item does not apply (LinkedIn-only features, say)",
        ),
        Column("description", "How to do it well", width=60, tooltip="What good looks like"),
    ),
)

PROFILE_STATUS = TableSchema(
    name=STATUSES,
    title="Profile status",
    sheet="Profile status",
    row_noun="status row",
    description="Where each account stands on each profile item",
    columns=(
        Column(
            "account",
            "Account",
            kind=Kind.CHOICE,
            ref=ACCOUNTS,
            required=True,
            owned=True,
            width=28,
            tooltip="The account (from the Accounts sheet)",
        ),
        Column(
            "item",
            "Item",
            kind=Kind.CHOICE,
            ref=ITEMS,
            required=True,
            owned=True,
            width=34,
            tooltip="The profile item (from the Profile items sheet)",
        ),
        Column(
            "status",
            "Status",
            kind=Kind.CHOICE,
            choices=STATUS_CHOICES,
            width=14,
            tooltip="Done, partly, missing or not applicable; empty means not checked yet",
            aliases=_STATUS_ALIASES,
        ),
        Column("note", "Note", width=50, tooltip="What is left to do, or why"),
    ),
)

CONNECTION_REQUESTS = TableSchema(
    name=REQUESTS,
    title="Connection requests",
    sheet="Connection requests",
    row_noun="request",
    description="Incoming connection requests, their warning signs and what to do",
    columns=(
        Column(
            "date",
            "Date",
            kind=Kind.DATE,
            required=True,
            width=11,
            tooltip="When the request came in (year-month-day)",
        ),
        Column("name", "Name", required=True, width=24, tooltip="Who sent the request"),
        Column(
            "network",
            "Network",
            kind=Kind.CHOICE,
            ref="networks",
            required=True,
            width=14,
            tooltip="Where the request came from",
        ),
        Column(
            "relationship",
            "Relationship",
            kind=Kind.CHOICE,
            choices=RELATIONSHIPS,
            required=True,
            default="stranger",
            width=26,
            tooltip="How you know them: an ally or acquaintance you have really exchanged "
            "value with, a colleague, collaborator or client, or a stranger (sharing a "
            "group without real dialogue does not count)",
            aliases={
                "colleague": "colleague/collaborator/client",
                "collaborator": "colleague/collaborator/client",
                "client": "colleague/collaborator/client",
                "customer": "colleague/collaborator/client",
                "unknown": "stranger",
            },
        ),
        Column(
            "personalised",
            "Personal message",
            kind=Kind.BOOL,
            width=18,
            tooltip="Their message says why connecting is of value to you (counts in their favour)",
        ),
        *(
            Column(
                name,
                sign.capitalize(),
                kind=Kind.CHOICE,
                choices=RATINGS,
                width=max(10, len(sign) + 3),
                tooltip=_SIGN_TIPS[name] + ". Fine, doubtful or red flag; empty: not rated yet",
                aliases=_RATING_ALIASES,
                group="Warning signs",
            )
            for name, sign in SIGN_COLUMNS.items()
        ),
        Column(
            "override",
            "Your decision",
            kind=Kind.CHOICE,
            choices=OVERRIDES,
            width=15,
            tooltip="Leave empty to follow the verdict; or accept, reply first or ignore "
            "whatever it says",
        ),
        Column("note", "Note", width=40, tooltip="What you replied, what they said"),
    ),
)

CHECKLIST_SCHEMAS = (PROFILE_ACCOUNTS, PROFILE_ITEMS, PROFILE_STATUS, CONNECTION_REQUESTS)
