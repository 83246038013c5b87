"""The deal tables: deals, their touches and the channels that are not social networks.

A deal is counted once, whatever happened on its way; its touches say which channels
(the plan's networks or the other channels) it met and when. Attribution models in
:mod:`smplanner.domain.attribution` share each won deal's value among its touches.
Only :mod:`smplanner.domain.schema` and ``pipeline_tables`` may be imported here: ``tables``
imports this module.
"""

from __future__ import annotations

from smplanner.domain.pipeline_tables import LOST_NAME, PIPELINE_STAGES, QUALIFIED, WON_NAME
from smplanner.domain.schema import Column, Kind, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

DEALS = "deals"
TOUCHES = "touches"
OTHER_CHANNELS = "other_channels"

STAGE_ALIASES = {
    "open": QUALIFIED,
    "in progress": QUALIFIED,
    "pending": QUALIFIED,
    "closed won": WON_NAME,
    "closedwon": WON_NAME,
    "closed-won": WON_NAME,
    "closed/won": WON_NAME,
    "gewonnen": WON_NAME,
    "closed lost": LOST_NAME,
    "closedlost": LOST_NAME,
    "closed-lost": LOST_NAME,
    "closed/lost": LOST_NAME,
    "verloren": LOST_NAME,
}
"""CRM spellings and the stages of earlier plans (open, won, lost), lower case, mapped to
the default stage catalogue's names. An earlier plan's "open" deal is read as Qualified,
the lowest open stage: its probability is not known, and the lowest one never inflates
the weighted pipeline."""


OTHER_CHANNELS_TABLE = TableSchema(
    name=OTHER_CHANNELS,
    title=QT_TRANSLATE_NOOP("", "Other channels"),
    sheet="Other channels",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "channel"),
    description=QT_TRANSLATE_NOOP(
        "", "Channels that are not social networks: e-mail, events, the website, calls"
    ),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=24,
            tooltip=QT_TRANSLATE_NOOP("", "The channel's name"),
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("", "Description"),
            width=60,
            tooltip=QT_TRANSLATE_NOOP("", "What it means"),
        ),
    ),
)

DEALS_TABLE = TableSchema(
    name=DEALS,
    title=QT_TRANSLATE_NOOP("", "Deals"),
    sheet="Deals",
    key="deal_id",
    row_noun=QT_TRANSLATE_NOOP("", "deal"),
    description=QT_TRANSLATE_NOOP(
        "", "The sales pipeline: each deal once, with its value, stage and close date"
    ),
    columns=(
        Column(
            "deal_id",
            QT_TRANSLATE_NOOP("", "Deal ID"),
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "The deal's id, as in the CRM; each deal once"),
        ),
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Deal name"),
            width=28,
            tooltip=QT_TRANSLATE_NOOP("", "What is sold"),
        ),
        Column(
            "company",
            QT_TRANSLATE_NOOP("", "Company"),
            width=20,
            tooltip=QT_TRANSLATE_NOOP("", "The buyer"),
        ),
        Column(
            "value",
            QT_TRANSLATE_NOOP("", "Value"),
            kind=Kind.NUMBER,
            minimum=0,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "What the deal is worth; empty counts as 0"),
        ),
        Column(
            "stage",
            QT_TRANSLATE_NOOP("", "Stage"),
            kind=Kind.CHOICE,
            ref=PIPELINE_STAGES,
            required=True,
            default=QUALIFIED,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "A stage of the Pipeline stages sheet; its probability weighs the deal, and"
                " only won deals (the 100 % stage) bring a return",
            ),
            aliases=STAGE_ALIASES,
        ),
        Column(
            "created",
            QT_TRANSLATE_NOOP("", "Created"),
            kind=Kind.DATE,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "When the deal was opened"),
        ),
        Column(
            "close",
            QT_TRANSLATE_NOOP("", "Close date"),
            kind=Kind.DATE,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "When the deal closed (won or lost) or is expected to; a won deal's return"
                " counts in the period of this date",
            ),
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("", "Owner"),
            width=16,
            tooltip=QT_TRANSLATE_NOOP("", "Who sells it"),
        ),
        Column(
            "notes",
            QT_TRANSLATE_NOOP("", "Notes"),
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "Anything worth knowing"),
        ),
    ),
)

TOUCHES_TABLE = TableSchema(
    name=TOUCHES,
    title=QT_TRANSLATE_NOOP("", "Touches"),
    sheet="Touches",
    identity=("deal", "date", "channel", "campaign"),
    row_noun=QT_TRANSLATE_NOOP("", "touch"),
    description=QT_TRANSLATE_NOOP("", "Each deal's campaign history: when a channel met the buyer"),
    columns=(
        Column(
            "deal",
            QT_TRANSLATE_NOOP("", "Deal ID"),
            kind=Kind.CHOICE,
            ref=DEALS,
            owned=True,
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "The deal touched (from the Deals sheet)"),
        ),
        Column(
            "date",
            QT_TRANSLATE_NOOP("", "Touch date"),
            kind=Kind.DATE,
            required=True,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "When it happened; touches after the deal's close date are not credited"
            ),
        ),
        Column(
            "channel",
            QT_TRANSLATE_NOOP("", "Channel"),
            kind=Kind.CHOICE,
            ref="networks",
            also_refs=(OTHER_CHANNELS,),
            required=True,
            width=16,
            tooltip=QT_TRANSLATE_NOOP(
                "", "A social network of the plan, or another channel (Other channels)"
            ),
        ),
        Column(
            "campaign",
            QT_TRANSLATE_NOOP("", "Campaign or tactic"),
            width=24,
            tooltip=QT_TRANSLATE_NOOP("", "The campaign, post or tactic behind the touch"),
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Note"),
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "What happened"),
        ),
    ),
)

DEAL_SCHEMAS: tuple[TableSchema, ...] = (DEALS_TABLE, TOUCHES_TABLE)
"""Deal tables placed after the measuring sheets; Other channels is a catalogue."""

FIRST_TOUCH = QT_TRANSLATE_NOOP("", "first touch")
LAST_TOUCH = QT_TRANSLATE_NOOP("", "last touch")
LINEAR = QT_TRANSLATE_NOOP("", "linear")
POSITION_BASED = QT_TRANSLATE_NOOP("", "position-based")
TIME_DECAY = QT_TRANSLATE_NOOP("", "time decay")
MARKOV = QT_TRANSLATE_NOOP("", "data-driven (Markov)")
MODELS = (FIRST_TOUCH, LAST_TOUCH, LINEAR, POSITION_BASED, TIME_DECAY, MARKOV)
"""The attribution models, as the plan settings store them."""
MODEL_KEYS = dict(
    zip(
        MODELS,
        ("first_touch", "last_touch", "linear", "position_based", "time_decay", "markov"),
        strict=True,
    )
)
"""Each model's name in JSON and on the command line."""
MODEL_ALIASES = {
    "first": FIRST_TOUCH,
    "first_touch": FIRST_TOUCH,
    "last": LAST_TOUCH,
    "last_touch": LAST_TOUCH,
    "position": POSITION_BASED,
    "position based": POSITION_BASED,
    "position_based": POSITION_BASED,
    "u-shaped": POSITION_BASED,
    "time_decay": TIME_DECAY,
    "markov": MARKOV,
    "data-driven": MARKOV,
    "data driven": MARKOV,
}
DEFAULT_HALF_LIFE = 7.0
