"""The sales and marketing alignment chart: three sales goals across, three marketing
levers down, one row per crossing (domain.md section 6).

Each crossing holds the same question asked from both sides, who owns it, how far it is,
when it is due, the action both sides agreed and notes. A row is found by its lever and
goal, so a merge matches the crossings of two copies box by box.
Only :mod:`smplanner.domain.schema` may be imported here: ``tables`` imports this module.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

ALIGNMENT = "alignment"
SALES_GOALS = (
    QT_TRANSLATE_NOOP("", "Value"),
    QT_TRANSLATE_NOOP("", "Volume"),
    QT_TRANSLATE_NOOP("", "Velocity"),
)
"""Across the chart: bigger deals, more deals, faster deals."""
LEVERS = (
    QT_TRANSLATE_NOOP("", "Content"),
    QT_TRANSLATE_NOOP("", "Community"),
    QT_TRANSLATE_NOOP("", "Conversion"),
)
"""Down the chart: what marketing works with."""
GOAL_TIPS = {
    "Value": QT_TRANSLATE_NOOP("", "Bigger deals: a small sale costs almost as much to close"),
    "Volume": QT_TRANSLATE_NOOP("", "More deal flow"),
    "Velocity": QT_TRANSLATE_NOOP("", "Faster deals: speed becomes a flywheel"),
}
LEVER_TIPS = {
    "Content": QT_TRANSLATE_NOOP("", "Relevant content draws the buyers most likely to benefit"),
    "Community": QT_TRANSLATE_NOOP("", "Content that resonates builds a community and a dialogue"),
    "Conversion": QT_TRANSLATE_NOOP(
        "", "Converting well teaches how to improve engagement and the product"
    ),
}
OPEN = QT_TRANSLATE_NOOP("", "open")
IN_PROGRESS = QT_TRANSLATE_NOOP("", "in progress")
AGREED = QT_TRANSLATE_NOOP("", "agreed")
DONE = QT_TRANSLATE_NOOP("", "done")
STATUSES = (OPEN, IN_PROGRESS, AGREED, DONE)
"""Stored in English, in the order a crossing moves through them."""

ALIGNMENT_TABLE = TableSchema(
    name=ALIGNMENT,
    title=QT_TRANSLATE_NOOP("", "Alignment"),
    sheet="Alignment",
    identity=("lever", "goal"),
    row_noun=QT_TRANSLATE_NOOP("", "crossing"),
    description=QT_TRANSLATE_NOOP(
        "",
        "Where a marketing lever meets a sales goal: the question from both sides, "
        "its owner, status, due date and the agreed action",
    ),
    columns=(
        Column(
            "lever",
            QT_TRANSLATE_NOOP("", "Marketing lever"),
            kind=Kind.CHOICE,
            choices=LEVERS,
            required=True,
            width=14,
            tooltip=QT_TRANSLATE_NOOP("", "Content, Community or Conversion"),
        ),
        Column(
            "goal",
            QT_TRANSLATE_NOOP("", "Sales goal"),
            kind=Kind.CHOICE,
            choices=SALES_GOALS,
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "Value, Volume or Velocity"),
        ),
        Column(
            "marketing_question",
            QT_TRANSLATE_NOOP("", "Marketing asks"),
            width=48,
            tooltip=QT_TRANSLATE_NOOP("", "The question from marketing's side"),
        ),
        Column(
            "sales_question",
            QT_TRANSLATE_NOOP("", "Sales asks"),
            width=48,
            tooltip=QT_TRANSLATE_NOOP("", "The same question from sales' side"),
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("", "Owner"),
            width=18,
            tooltip=QT_TRANSLATE_NOOP("", "Who answers for this crossing"),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("", "Status"),
            kind=Kind.CHOICE,
            choices=STATUSES,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "open, in progress, agreed or done; empty counts as open"
            ),
            aliases={
                "new": OPEN,
                "to do": OPEN,
                "todo": OPEN,
                "started": IN_PROGRESS,
                "in-progress": IN_PROGRESS,
                "wip": IN_PROGRESS,
                "ongoing": IN_PROGRESS,
                "agreed on": AGREED,
                "closed": DONE,
                "finished": DONE,
            },
        ),
        Column(
            "due",
            QT_TRANSLATE_NOOP("", "Due"),
            kind=Kind.DATE,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "When the action should be done; empty: no date"),
        ),
        Column(
            "action",
            QT_TRANSLATE_NOOP("", "Agreed action"),
            width=40,
            tooltip=QT_TRANSLATE_NOOP("", "What both sides agreed to do"),
        ),
        Column(
            "notes",
            QT_TRANSLATE_NOOP("", "Notes"),
            width=40,
            tooltip=QT_TRANSLATE_NOOP("", "Anything else worth keeping"),
        ),
    ),
)

ALIGNMENT_SCHEMAS = (ALIGNMENT_TABLE,)
