"""The tables of the social profile checklists (domain.md section 5).

Own profiles: the user's accounts, the checklist items every account is audited against,
and one status row per account and item. A missing status row means "not checked yet",
so a new item or account needs no rows to be written for it. Connection requests: one
row per incoming request, with the seven warning signs rated; the verdict is worked out
from the row (``domain/checklists.py``), never stored.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

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

_SIGN_TITLES = {
    "photo": QT_TRANSLATE_NOOP("", "Photo"),
    "contact_details": QT_TRANSLATE_NOOP("", "Contact details"),
    "proofreading": QT_TRANSLATE_NOOP("", "Proofreading"),
    "history": QT_TRANSLATE_NOOP("", "History"),
    "connections": QT_TRANSLATE_NOOP("", "Connections"),
    "message": QT_TRANSLATE_NOOP("", "Message"),
    "activity": QT_TRANSLATE_NOOP("", "Activity"),
}
"""Each warning sign's column title (the sign's name, capitalised)."""
_SIGN_TIPS = {
    "photo": QT_TRANSLATE_NOOP(
        "",
        "The profile photo: missing, poor, over-posed or provocative is a warning sign. "
        "Fine, doubtful or red flag; empty: not rated yet",
    ),
    "contact_details": QT_TRANSLATE_NOOP(
        "",
        "Contact details: none, incomplete or dodgy ones are a warning sign. "
        "Fine, doubtful or red flag; empty: not rated yet",
    ),
    "proofreading": QT_TRANSLATE_NOOP(
        "",
        "Spelling, grammar and awkward prose in the profile and message. "
        "Fine, doubtful or red flag; empty: not rated yet",
    ),
    "history": QT_TRANSLATE_NOOP(
        "",
        "Work history: scant, missing, with unexplained breaks or without detail. "
        "Fine, doubtful or red flag; empty: not rated yet",
    ),
    "connections": QT_TRANSLATE_NOOP(
        "",
        "Their connections: suspicious ones, none in common, or mutual ones "
        "you do not recognise. Fine, doubtful or red flag; empty: not rated yet",
    ),
    "message": QT_TRANSLATE_NOOP(
        "",
        "Their message: none, generic, or a call to action with a suspicious link. "
        "Fine, doubtful or red flag; empty: not rated yet",
    ),
    "activity": QT_TRANSLATE_NOOP(
        "",
        "Their activity: scant, of low value or suspicious. "
        "Fine, doubtful or red flag; empty: not rated yet",
    ),
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
    title=QT_TRANSLATE_NOOP("", "Accounts"),
    sheet="Accounts",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "account"),
    description=QT_TRANSLATE_NOOP("", "Your profiles and pages"),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Account"),
            required=True,
            width=28,
            tooltip=QT_TRANSLATE_NOOP(
                "", "A name for the account, e.g. 'LinkedIn personal' or 'Acme on X'"
            ),
        ),
        Column(
            "network",
            QT_TRANSLATE_NOOP("", "Network"),
            kind=Kind.CHOICE,
            ref="networks",
            required=True,
            width=16,
            tooltip=QT_TRANSLATE_NOOP(
                "", "The network the account is on (from the Networks catalogue)"
            ),
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("", "Kind"),
            kind=Kind.CHOICE,
            choices=ACCOUNT_KINDS,
            required=True,
            default="personal",
            width=14,
            tooltip=QT_TRANSLATE_NOOP("", "A personal profile or a company page"),
            aliases={"company": "company page", "page": "company page", "person": "personal"},
        ),
        Column(
            "address",
            QT_TRANSLATE_NOOP("", "Profile address"),
            width=36,
            tooltip=QT_TRANSLATE_NOOP("", "Where the profile is (its link)"),
        ),
    ),
)

PROFILE_ITEMS = TableSchema(
    name=ITEMS,
    title=QT_TRANSLATE_NOOP("", "Profile items"),
    sheet="Profile items",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "profile item"),
    description=QT_TRANSLATE_NOOP("", "What a strong profile has"),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Item"),
            required=True,
            width=34,
            tooltip=QT_TRANSLATE_NOOP("", "What the profile should have"),
        ),
        Column(
            "weight",
            QT_TRANSLATE_NOOP("", "Weight"),
            kind=Kind.INTEGER,
            required=True,
            default=3,
            minimum=1,
            maximum=5,
            width=8,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "How much it matters to buyers, 1 (nice to have) to 5 (essential); "
                "scores weigh items by it and to-dos list the heaviest first",
            ),
        ),
        Column(
            "not_for",
            QT_TRANSLATE_NOOP("", "Not for networks"),
            kind=Kind.LIST,
            ref="networks",
            width=22,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Networks where the item does not apply (LinkedIn-only features, say)"
            ),
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("", "How to do it well"),
            width=60,
            tooltip=QT_TRANSLATE_NOOP("", "What good looks like"),
        ),
    ),
)

PROFILE_STATUS = TableSchema(
    name=STATUSES,
    title=QT_TRANSLATE_NOOP("", "Profile status"),
    sheet="Profile status",
    identity=("account", "item"),
    row_noun=QT_TRANSLATE_NOOP("", "status row"),
    description=QT_TRANSLATE_NOOP("", "Where each account stands on each profile item"),
    columns=(
        Column(
            "account",
            QT_TRANSLATE_NOOP("", "Account"),
            kind=Kind.CHOICE,
            ref=ACCOUNTS,
            required=True,
            owned=True,
            width=28,
            tooltip=QT_TRANSLATE_NOOP("", "The account (from the Accounts sheet)"),
        ),
        Column(
            "item",
            QT_TRANSLATE_NOOP("", "Item"),
            kind=Kind.CHOICE,
            ref=ITEMS,
            required=True,
            owned=True,
            width=34,
            tooltip=QT_TRANSLATE_NOOP("", "The profile item (from the Profile items sheet)"),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("", "Status"),
            kind=Kind.CHOICE,
            choices=STATUS_CHOICES,
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Done, partly, missing or not applicable; empty means not checked yet"
            ),
            aliases=_STATUS_ALIASES,
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Note"),
            width=50,
            tooltip=QT_TRANSLATE_NOOP("", "What is left to do, or why"),
        ),
    ),
)

CONNECTION_REQUESTS = TableSchema(
    name=REQUESTS,
    title=QT_TRANSLATE_NOOP("", "Connection requests"),
    sheet="Connection requests",
    identity=("date", "name", "network"),
    row_noun=QT_TRANSLATE_NOOP("", "request"),
    description=QT_TRANSLATE_NOOP(
        "", "Incoming connection requests, their warning signs and what to do"
    ),
    columns=(
        Column(
            "date",
            QT_TRANSLATE_NOOP("", "Date"),
            kind=Kind.DATE,
            required=True,
            width=11,
            tooltip=QT_TRANSLATE_NOOP("", "When the request came in (year-month-day)"),
        ),
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=24,
            tooltip=QT_TRANSLATE_NOOP("", "Who sent the request"),
        ),
        Column(
            "network",
            QT_TRANSLATE_NOOP("", "Network"),
            kind=Kind.CHOICE,
            ref="networks",
            required=True,
            width=14,
            tooltip=QT_TRANSLATE_NOOP("", "Where the request came from"),
        ),
        Column(
            "relationship",
            QT_TRANSLATE_NOOP("", "Relationship"),
            kind=Kind.CHOICE,
            choices=RELATIONSHIPS,
            required=True,
            default="stranger",
            width=26,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "How you know them: an ally or acquaintance you have really exchanged "
                "value with, a colleague, collaborator or client, or a stranger (sharing a "
                "group without real dialogue does not count)",
            ),
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
            QT_TRANSLATE_NOOP("", "Personal message"),
            kind=Kind.BOOL,
            width=18,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Their message says why connecting is of value to you (counts in their favour)"
            ),
        ),
        *(
            Column(
                name,
                _SIGN_TITLES[name],
                kind=Kind.CHOICE,
                choices=RATINGS,
                width=max(10, len(sign) + 3),
                tooltip=_SIGN_TIPS[name],
                aliases=_RATING_ALIASES,
                group=QT_TRANSLATE_NOOP("", "Warning signs"),
            )
            for name, sign in SIGN_COLUMNS.items()
        ),
        Column(
            "override",
            QT_TRANSLATE_NOOP("", "Your decision"),
            kind=Kind.CHOICE,
            choices=OVERRIDES,
            width=15,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "Leave empty to follow the verdict; or accept, reply first or ignore "
                "whatever it says",
            ),
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Note"),
            width=40,
            tooltip=QT_TRANSLATE_NOOP("", "What you replied, what they said"),
        ),
    ),
)

CHECKLIST_SCHEMAS = (PROFILE_ACCOUNTS, PROFILE_ITEMS, PROFILE_STATUS, CONNECTION_REQUESTS)
