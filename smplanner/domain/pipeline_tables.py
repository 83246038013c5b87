"""The pipeline tables: the stage reference, the lead pools and each deal's qualification.

The stage reference is a catalogue (in order, each with a probability); a deal's stage is
one of its names. A stage at 100 % is the won stage, one at 0 % a lost stage, every other
an open one (:mod:`smplanner.domain.deal_stages`). Only :mod:`smplanner.domain.schema` may
be imported here: ``tables`` and ``deal_tables`` import this module.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

PIPELINE_STAGES = "pipeline_stages"
LEAD_POOLS = "lead_pools"
QUALIFICATION = "qualification"

QUALIFIED = "Qualified"
"""The default catalogue's first open stage: new deals start there."""
WON_NAME = "Won"
LOST_NAME = "Lost"
"""The default catalogue's won and lost stages; a stage without a probability is judged by
these names."""
DEFAULT_STAGES: tuple[tuple[str, float], ...] = (
    (QUALIFIED, 10.0),
    ("Scoped", 25.0),
    ("Evaluated", 50.0),
    ("Proposed", 75.0),
    ("Committed", 90.0),
    (WON_NAME, 100.0),
    (LOST_NAME, 0.0),
)
"""The default stage catalogue's names and probabilities (%); its texts are in
``resources/pipeline.json``."""
COMMIT_PROBABILITY = 75.0
"""Open deals at a stage of at least this probability (%) are the commit forecast."""

MAN = "MAN"
BANT = "BANT"
SCOTSMAN = "SCOTSMAN"
FRAMEWORKS = (MAN, BANT, SCOTSMAN)
CRITERIA: dict[str, str] = {
    "solution": QT_TRANSLATE_NOOP("", "Solution"),
    "competition": QT_TRANSLATE_NOOP("", "Competition"),
    "originality": QT_TRANSLATE_NOOP("", "Originality"),
    "size": QT_TRANSLATE_NOOP("", "Size"),
    "budget": QT_TRANSLATE_NOOP("", "Budget"),
    "money": QT_TRANSLATE_NOOP("", "Money"),
    "authority": QT_TRANSLATE_NOOP("", "Authority"),
    "need": QT_TRANSLATE_NOOP("", "Need"),
    "timescale": QT_TRANSLATE_NOOP("", "Timescale"),
}
"""Every criterion of the frameworks (column name: title), one column each."""
FRAMEWORK_CRITERIA: dict[str, tuple[str, ...]] = {
    MAN: ("money", "authority", "need"),
    BANT: ("budget", "authority", "need", "timescale"),
    SCOTSMAN: (
        "solution",
        "competition",
        "originality",
        "timescale",
        "size",
        "money",
        "authority",
        "need",
    ),
}
"""The criteria a deal must meet to be a sales qualified opportunity, per framework."""
_CRITERION_TIPS: dict[str, str] = {
    "solution": QT_TRANSLATE_NOOP("", "Our solution fits the problem they described"),
    "competition": QT_TRANSLATE_NOOP("", "We know who else they talk to, and why we are ahead"),
    "originality": QT_TRANSLATE_NOOP("", "We offer something the others cannot"),
    "size": QT_TRANSLATE_NOOP("", "The deal is big enough to be worth the sales effort"),
    "budget": QT_TRANSLATE_NOOP("", "A budget is set aside for it"),
    "money": QT_TRANSLATE_NOOP("", "They can pay for it"),
    "authority": QT_TRANSLATE_NOOP("", "We speak to the person who decides"),
    "need": QT_TRANSLATE_NOOP("", "They have a problem we solve, and say so"),
    "timescale": QT_TRANSLATE_NOOP("", "They have a date by which they must decide"),
}


def _text(name: str, title: str, tip: str, width: int = 40) -> Column:
    return Column(name, title, width=width, tooltip=tip)


PIPELINE_STAGES_TABLE = TableSchema(
    name=PIPELINE_STAGES,
    title=QT_TRANSLATE_NOOP("", "Pipeline stages"),
    sheet="Pipeline stages",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "pipeline stage"),
    description=QT_TRANSLATE_NOOP(
        "",
        "The sales stages in order, each with the probability that weighs its deals: 100 %"
        " is won, 0 % lost",
    ),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=16,
            tooltip=QT_TRANSLATE_NOOP("", "The stage's name; deals name it in their Stage"),
        ),
        Column(
            "probability",
            QT_TRANSLATE_NOOP("", "Probability (%)"),
            kind=Kind.NUMBER,
            minimum=0,
            maximum=100,
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "How likely a deal at this stage is won, 0 to 100; the won stage is 100,"
                " a lost stage 0",
            ),
        ),
        _text(
            "summary",
            QT_TRANSLATE_NOOP("", "What it means"),
            QT_TRANSLATE_NOOP("", "What is true of a prospect at this stage"),
        ),
        _text(
            "activities",
            QT_TRANSLATE_NOOP("", "Key activities"),
            QT_TRANSLATE_NOOP("", "What moves a prospect up (or back), and the questions to ask"),
        ),
        _text(
            "milestone",
            QT_TRANSLATE_NOOP("", "Milestone"),
            QT_TRANSLATE_NOOP("", "What proves the deal has reached this stage"),
        ),
        _text(
            "documents",
            QT_TRANSLATE_NOOP("", "Control documents"),
            QT_TRANSLATE_NOOP("", "The documents and tools that show it"),
            30,
        ),
        _text(
            "crm_tasks",
            QT_TRANSLATE_NOOP("", "CRM tasks"),
            QT_TRANSLATE_NOOP("", "What to keep up to date in the CRM so the forecast stays true"),
        ),
        _text(
            "partner_forecast",
            QT_TRANSLATE_NOOP("", "Partner forecast"),
            QT_TRANSLATE_NOOP("", "The same stage for deals sold through partners or resellers"),
        ),
    ),
)

LEAD_POOLS_TABLE = TableSchema(
    name=LEAD_POOLS,
    title=QT_TRANSLATE_NOOP("", "Lead pools"),
    sheet="Lead pools",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "lead pool"),
    description=QT_TRANSLATE_NOOP(
        "", "Leads by how close they are to buying, with the time they take to convert"
    ),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "The pool's name"),
        ),
        Column(
            "stages",
            QT_TRANSLATE_NOOP("", "Pipeline stages"),
            kind=Kind.LIST,
            ref=PIPELINE_STAGES,
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "The open stages whose deals are in this pool"),
        ),
        Column(
            "min_days",
            QT_TRANSLATE_NOOP("", "Converts in (days, from)"),
            kind=Kind.INTEGER,
            minimum=0,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "The shortest time a lead here takes to buy"),
        ),
        Column(
            "max_days",
            QT_TRANSLATE_NOOP("", "Converts in (days, to)"),
            kind=Kind.INTEGER,
            minimum=0,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "The longest time a lead here takes to buy"),
        ),
        _text(
            "treatment",
            QT_TRANSLATE_NOOP("", "Treatment"),
            QT_TRANSLATE_NOOP("", "How marketing and sales work these leads"),
            50,
        ),
    ),
)

QUALIFICATION_TABLE = TableSchema(
    name=QUALIFICATION,
    title=QT_TRANSLATE_NOOP("", "Qualification"),
    sheet="Qualification",
    identity=("deal",),
    row_noun=QT_TRANSLATE_NOOP("", "qualification"),
    description=QT_TRANSLATE_NOOP(
        "",
        "Per deal, the criteria it meets; it is a sales qualified opportunity when it meets"
        " all of its framework's",
    ),
    columns=(
        Column(
            "deal",
            QT_TRANSLATE_NOOP("", "Deal ID"),
            kind=Kind.CHOICE,
            ref="deals",
            owned=True,
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "The deal (from the Deals sheet); each deal once"),
        ),
        Column(
            "framework",
            QT_TRANSLATE_NOOP("", "Framework"),
            kind=Kind.CHOICE,
            choices=FRAMEWORKS,
            width=11,
            tooltip=QT_TRANSLATE_NOOP(
                "", "MAN, BANT or SCOTSMAN for this deal; empty: the plan's framework"
            ),
        ),
        *(
            Column(
                name,
                title,
                kind=Kind.BOOL,
                default=False,
                width=11,
                group=QT_TRANSLATE_NOOP("", "Criteria met"),
                tooltip=_CRITERION_TIPS[name],
            )
            for name, title in CRITERIA.items()
        ),
    ),
)

PIPELINE_CATALOGUES: tuple[TableSchema, ...] = (PIPELINE_STAGES_TABLE, LEAD_POOLS_TABLE)
