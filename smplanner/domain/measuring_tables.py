"""The measuring tables: plan settings, tracking and costs (domain.md section 3).

Returns are won deals (:mod:`smplanner.domain.deal_tables`), credited by the attribution
model the settings name.

Declared here, apart from the planner's tables, and listed in ``tables.SECTION_SCHEMAS``.
Only :mod:`smplanner.domain.schema` may be imported here: ``tables`` imports this module.
"""

from __future__ import annotations

from smplanner.domain.deal_tables import DEFAULT_HALF_LIFE, MODEL_ALIASES, MODELS, POSITION_BASED
from smplanner.domain.pipeline_tables import BANT, FRAMEWORKS
from smplanner.domain.schema import Column, Kind, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

SETTINGS = "settings"
TRACKING = "tracking"
COSTS = "costs"

PERIOD_UNITS = (
    QT_TRANSLATE_NOOP("", "week"),
    QT_TRANSLATE_NOOP("", "month"),
    QT_TRANSLATE_NOOP("", "quarter"),
)
"""Stored in English; the words are marked so that the settings show them translated."""
SPENDS = (QT_TRANSLATE_NOOP("", "organic"), QT_TRANSLATE_NOOP("", "paid"))
COST_CATEGORIES = (
    QT_TRANSLATE_NOOP("", "tools"),
    QT_TRANSLATE_NOOP("", "content"),
    QT_TRANSLATE_NOOP("", "staff time"),
    QT_TRANSLATE_NOOP("", "ad spend"),
    QT_TRANSLATE_NOOP("", "ad production"),
    QT_TRANSLATE_NOOP("", "other"),
)
PAID_ONLY = ("ad spend", "ad production")
ORIGINATING = QT_TRANSLATE_NOOP("", "originating source")
ASSIST = QT_TRANSLATE_NOOP("", "assist")
CONVERSION = QT_TRANSLATE_NOOP("", "conversion point")
SOCIAL_ROLES = (ORIGINATING, ASSIST, CONVERSION)
"""Where social media stood in a won deal's history: its first touch, one between, its last."""
DEFAULT_PERIODS = 6
MAX_PERIODS = 520
"""Ten years of weeks: enough for any plan, small enough to draw."""
DEFAULT_ATTAINMENT_BAND = 10
"""Per cent short of target that still counts as amber, not red."""


def _period(tooltip: str) -> Column:
    return Column(
        "period",
        QT_TRANSLATE_NOOP("", "Period"),
        kind=Kind.INTEGER,
        required=True,
        default=1,
        minimum=1,
        maximum=MAX_PERIODS,
        width=8,
        tooltip=tooltip,
    )


def _amount(tooltip: str) -> Column:
    return Column(
        "amount",
        QT_TRANSLATE_NOOP("", "Amount"),
        kind=Kind.NUMBER,
        minimum=0,
        width=12,
        tooltip=tooltip,
    )


def _typed_rate(name: str, title: str, tooltip: str) -> Column:
    """A funnel rate in per cent that, typed, overrides the one the plan works out."""
    return Column(name, title, kind=Kind.NUMBER, minimum=0, maximum=100, width=12, tooltip=tooltip)


PLAN_SETTINGS = TableSchema(
    name=SETTINGS,
    title=QT_TRANSLATE_NOOP("", "Plan settings"),
    sheet="Plan settings",
    identity=(),
    row_noun=QT_TRANSLATE_NOOP("", "settings row"),
    description=QT_TRANSLATE_NOOP(
        "", "Currency, periods, the hourly rate and how deals are credited (one row)"
    ),
    columns=(
        Column(
            "currency",
            QT_TRANSLATE_NOOP("", "Currency"),
            default="EUR",
            width=10,
            tooltip=QT_TRANSLATE_NOOP("", "Shown with every amount"),
        ),
        Column(
            "period_unit",
            QT_TRANSLATE_NOOP("", "Period unit"),
            kind=Kind.CHOICE,
            choices=PERIOD_UNITS,
            required=True,
            default="month",
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "How long one tracking period is"),
            aliases={"weeks": "week", "months": "month", "quarters": "quarter"},
        ),
        Column(
            "first_period",
            QT_TRANSLATE_NOOP("", "First period"),
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "When period 1 starts, as 2026-01 (a month), 2026-W05 (a week) or 2026-Q1;"
                " leave empty to number the periods",
            ),
        ),
        Column(
            "periods",
            QT_TRANSLATE_NOOP("", "Number of periods"),
            kind=Kind.INTEGER,
            required=True,
            default=DEFAULT_PERIODS,
            minimum=1,
            maximum=MAX_PERIODS,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "How many periods the plan tracks; trends are judged over six"
            ),
        ),
        Column(
            "hourly_rate",
            QT_TRANSLATE_NOOP("", "Hourly rate"),
            kind=Kind.NUMBER,
            minimum=0,
            default=0,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "What an hour of staff time costs; staff time lines are hours x this rate"
            ),
        ),
        Column(
            "attribution_model",
            QT_TRANSLATE_NOOP("", "Attribution model"),
            kind=Kind.CHOICE,
            choices=MODELS,
            required=True,
            default=POSITION_BASED,
            width=20,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "How a won deal's value is shared among its touches; the return of social"
                " media is what the networks are credited",
            ),
            aliases=MODEL_ALIASES,
        ),
        Column(
            "half_life",
            QT_TRANSLATE_NOOP("", "Time decay half-life (days)"),
            kind=Kind.NUMBER,
            minimum=0.1,
            default=DEFAULT_HALF_LIFE,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Time decay: a touch this many days earlier counts half as much"
            ),
        ),
        Column(
            "clv_revenue",
            QT_TRANSLATE_NOOP("", "CLV: annual revenue"),
            kind=Kind.NUMBER,
            minimum=0,
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Customer lifetime value input: revenue per customer and year"
            ),
        ),
        Column(
            "clv_margin",
            QT_TRANSLATE_NOOP("", "CLV: gross margin %"),
            kind=Kind.NUMBER,
            minimum=0,
            maximum=100,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Customer lifetime value input: gross margin, in per cent"
            ),
        ),
        Column(
            "clv_years",
            QT_TRANSLATE_NOOP("", "CLV: years"),
            kind=Kind.NUMBER,
            minimum=0,
            width=10,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Customer lifetime value input: how many years a customer stays"
            ),
        ),
        Column(
            "clv_referrals",
            QT_TRANSLATE_NOOP("", "CLV: referrals"),
            kind=Kind.NUMBER,
            minimum=0,
            width=10,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Customer lifetime value input: referrals a customer brings"
            ),
        ),
        Column(
            "clv_referral_value",
            QT_TRANSLATE_NOOP("", "CLV: value of a referral"),
            kind=Kind.NUMBER,
            minimum=0,
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Customer lifetime value input: what one referral is worth"
            ),
        ),
        Column(
            "attainment_band",
            QT_TRANSLATE_NOOP("", "Amber band %"),
            kind=Kind.NUMBER,
            minimum=0,
            maximum=100,
            default=DEFAULT_ATTAINMENT_BAND,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "How far short of its target, in per cent, a KPI is amber rather than red;"
                " on target or better is green",
            ),
        ),
        Column(
            "qualification_framework",
            QT_TRANSLATE_NOOP("", "Qualification framework"),
            kind=Kind.CHOICE,
            choices=FRAMEWORKS,
            required=True,
            default=BANT,
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "MAN, BANT or SCOTSMAN: the criteria a deal must meet to be a sales qualified"
                " opportunity (a deal may name its own on the Qualification sheet)",
            ),
        ),
        Column(
            "revenue_target",
            QT_TRANSLATE_NOOP("", "Revenue target"),
            kind=Kind.NUMBER,
            minimum=0,
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "The revenue to win in the plan's periods; the funnel worked backwards says"
                " how many deals, SQO, MQC and followers it takes",
            ),
        ),
        _typed_rate(
            "typed_win_rate",
            QT_TRANSLATE_NOOP("", "Win rate % (typed)"),
            QT_TRANSLATE_NOOP(
                "",
                "Won deals per 100 closed (won or lost); empty: worked out from the Deals sheet",
            ),
        ),
        Column(
            "typed_deal_size",
            QT_TRANSLATE_NOOP("", "Average deal size (typed)"),
            kind=Kind.NUMBER,
            minimum=0,
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "", "What a won deal brings on average; empty: worked out from the won deals"
            ),
        ),
        _typed_rate(
            "typed_sqo_rate",
            QT_TRANSLATE_NOOP("", "SQO / MQC % (typed)"),
            QT_TRANSLATE_NOOP(
                "", "SQO per 100 MQC; empty: worked out from the latest tracked counts"
            ),
        ),
        _typed_rate(
            "typed_mqc_rate",
            QT_TRANSLATE_NOOP("", "MQC / Followers % (typed)"),
            QT_TRANSLATE_NOOP(
                "", "MQC per 100 followers; empty: worked out from the latest tracked counts"
            ),
        ),
    ),
)

TRACKING_TABLE = TableSchema(
    name=TRACKING,
    title=QT_TRANSLATE_NOOP("", "Tracking"),
    sheet="Tracking",
    identity=("network", "kpi", "period"),
    row_noun=QT_TRANSLATE_NOOP("", "tracking value"),
    description=QT_TRANSLATE_NOOP(
        "", "Target and actual of a KPI on a network in a period; empty means no data"
    ),
    columns=(
        Column(
            "network",
            QT_TRANSLATE_NOOP("", "Network"),
            kind=Kind.CHOICE,
            ref="networks",
            owned=True,
            required=True,
            width=16,
            tooltip=QT_TRANSLATE_NOOP("", "The network measured"),
        ),
        Column(
            "kpi",
            QT_TRANSLATE_NOOP("", "KPI"),
            kind=Kind.CHOICE,
            ref="kpis",
            owned=True,
            required=True,
            width=34,
            tooltip=QT_TRANSLATE_NOOP("", "The KPI measured"),
        ),
        _period(QT_TRANSLATE_NOOP("", "The period number, 1 for the first")),
        Column(
            "target",
            QT_TRANSLATE_NOOP("", "Target"),
            kind=Kind.NUMBER,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "What you aim for at the end of the period; empty: no target"
            ),
        ),
        Column(
            "actual",
            QT_TRANSLATE_NOOP("", "Actual"),
            kind=Kind.NUMBER,
            width=12,
            tooltip=QT_TRANSLATE_NOOP(
                "", "What you counted at the end of the period; empty: no data (not zero)"
            ),
        ),
    ),
)

COSTS_TABLE = TableSchema(
    name=COSTS,
    title=QT_TRANSLATE_NOOP("", "Costs"),
    sheet="Costs",
    identity=("period", "network", "spend", "category", "note"),
    row_noun=QT_TRANSLATE_NOOP("", "cost line"),
    description=QT_TRANSLATE_NOOP(
        "", "The investment: what social media work cost, per period and network"
    ),
    columns=(
        _period(QT_TRANSLATE_NOOP("", "The period the money was spent in")),
        Column(
            "network",
            QT_TRANSLATE_NOOP("", "Network"),
            kind=Kind.CHOICE,
            ref="networks",
            width=16,
            tooltip=QT_TRANSLATE_NOOP(
                "", "The network the cost is for; empty: shared by all networks"
            ),
        ),
        Column(
            "spend",
            QT_TRANSLATE_NOOP("", "Organic or paid"),
            kind=Kind.CHOICE,
            choices=SPENDS,
            required=True,
            default="organic",
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "Organic work, or paid promotion (ads)"),
        ),
        Column(
            "category",
            QT_TRANSLATE_NOOP("", "Category"),
            kind=Kind.CHOICE,
            choices=COST_CATEGORIES,
            required=True,
            default="content",
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "Tools, content, staff time (hours x hourly rate), ad spend, ad production"
                " or other",
            ),
            aliases={"staff": "staff time", "ads": "ad spend", "tool": "tools"},
        ),
        _amount(QT_TRANSLATE_NOOP("", "Money spent; empty counts as 0")),
        Column(
            "hours",
            QT_TRANSLATE_NOOP("", "Hours"),
            kind=Kind.NUMBER,
            minimum=0,
            width=8,
            tooltip=QT_TRANSLATE_NOOP("", "Staff time in hours, valued at the plan's hourly rate"),
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Note"),
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "What it was"),
        ),
    ),
)

MEASURING_SCHEMAS: tuple[TableSchema, ...] = (
    PLAN_SETTINGS,
    TRACKING_TABLE,
    COSTS_TABLE,
)
