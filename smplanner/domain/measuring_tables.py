"""The measuring tables: plan settings, tracking, costs and returns (domain.md section 3).

Declared here, apart from the planner's tables, and listed in ``tables.SECTION_SCHEMAS``.
Only :mod:`smplanner.domain.schema` may be imported here: ``tables`` imports this module.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema

SETTINGS = "settings"
TRACKING = "tracking"
COSTS = "costs"
RETURNS = "returns"

PERIOD_UNITS = ("week", "month", "quarter")
SPENDS = ("organic", "paid")
COST_CATEGORIES = ("tools", "content", "staff time", "ad spend", "ad production", "other")
PAID_ONLY = ("ad spend", "ad production")
ORIGINATING, ASSIST, CONVERSION = "originating source", "assist", "conversion point"
SOCIAL_ROLES = (ORIGINATING, ASSIST, CONVERSION)
SOURCED_ONLY, SOURCED_CONVERTED, ALL_TOUCHES = "sourced only", "sourced + converted", "all touches"
RETURN_BASES = (SOURCED_ONLY, SOURCED_CONVERTED, ALL_TOUCHES)
DEFAULT_PERIODS = 6
MAX_PERIODS = 520
"""Ten years of weeks: enough for any plan, small enough to draw."""


def _period(tooltip: str) -> Column:
    return Column(
        "period",
        "Period",
        kind=Kind.INTEGER,
        required=True,
        default=1,
        minimum=1,
        maximum=MAX_PERIODS,
        width=8,
        tooltip=tooltip,
    )


def _amount(tooltip: str) -> Column:
    return Column("amount", "Amount", kind=Kind.NUMBER, minimum=0, width=12, tooltip=tooltip)


PLAN_SETTINGS = TableSchema(
    name=SETTINGS,
    title="Plan settings",
    sheet="Plan settings",
    row_noun="settings row",
    description="Currency, periods, the hourly rate and how returns are counted (one row)",
    columns=(
        Column("currency", "Currency", default="EUR", width=10, tooltip="Shown with every amount"),
        Column(
            "period_unit",
            "Period unit",
            kind=Kind.CHOICE,
            choices=PERIOD_UNITS,
            required=True,
            default="month",
            width=12,
            tooltip="How long one tracking period is",
            aliases={"weeks": "week", "months": "month", "quarters": "quarter"},
        ),
        Column(
            "first_period",
            "First period",
            width=14,
            tooltip="When period 1 starts, as 2026-01 (a month), 2026-W05 (a week) or 2026-Q1;"
            " leave empty to number the periods",
        ),
        Column(
            "periods",
            "Number of periods",
            kind=Kind.INTEGER,
            required=True,
            default=DEFAULT_PERIODS,
            minimum=1,
            maximum=MAX_PERIODS,
            width=12,
            tooltip="How many periods the plan tracks; trends are judged over six",
        ),
        Column(
            "hourly_rate",
            "Hourly rate",
            kind=Kind.NUMBER,
            minimum=0,
            default=0,
            width=12,
            tooltip="What an hour of staff time costs; staff time lines are hours x this rate",
        ),
        Column(
            "return_basis",
            "Returns counted",
            kind=Kind.CHOICE,
            choices=RETURN_BASES,
            required=True,
            default=ALL_TOUCHES,
            width=20,
            tooltip="Which returns count: those social media sourced; sourced or converted;"
            " or every deal it touched",
        ),
        Column(
            "clv_revenue",
            "CLV: annual revenue",
            kind=Kind.NUMBER,
            minimum=0,
            width=14,
            tooltip="Customer lifetime value input: revenue per customer and year",
        ),
        Column(
            "clv_margin",
            "CLV: gross margin %",
            kind=Kind.NUMBER,
            minimum=0,
            maximum=100,
            width=12,
            tooltip="Customer lifetime value input: gross margin, in per cent",
        ),
        Column(
            "clv_years",
            "CLV: years",
            kind=Kind.NUMBER,
            minimum=0,
            width=10,
            tooltip="Customer lifetime value input: how many years a customer stays",
        ),
        Column(
            "clv_referrals",
            "CLV: referrals",
            kind=Kind.NUMBER,
            minimum=0,
            width=10,
            tooltip="Customer lifetime value input: referrals a customer brings",
        ),
        Column(
            "clv_referral_value",
            "CLV: value of a referral",
            kind=Kind.NUMBER,
            minimum=0,
            width=14,
            tooltip="Customer lifetime value input: what one referral is worth",
        ),
    ),
)

TRACKING_TABLE = TableSchema(
    name=TRACKING,
    title="Tracking",
    sheet="Tracking",
    row_noun="tracking value",
    description="Target and actual of a KPI on a network in a period; empty means no data",
    columns=(
        Column(
            "network",
            "Network",
            kind=Kind.CHOICE,
            ref="networks",
            owned=True,
            required=True,
            width=16,
            tooltip="The network measured",
        ),
        Column(
            "kpi",
            "KPI",
            kind=Kind.CHOICE,
            ref="kpis",
            owned=True,
            required=True,
            width=34,
            tooltip="The KPI measured",
        ),
        _period("The period number, 1 for the first"),
        Column(
            "target",
            "Target",
            kind=Kind.NUMBER,
            width=12,
            tooltip="What you aim for at the end of the period; empty: no target",
        ),
        Column(
            "actual",
            "Actual",
            kind=Kind.NUMBER,
            width=12,
            tooltip="What you counted at the end of the period; empty: no data (not zero)",
        ),
    ),
)

COSTS_TABLE = TableSchema(
    name=COSTS,
    title="Costs",
    sheet="Costs",
    row_noun="cost line",
    description="The investment: what social media work cost, per period and network",
    columns=(
        _period("The period the money was spent in"),
        Column(
            "network",
            "Network",
            kind=Kind.CHOICE,
            ref="networks",
            width=16,
            tooltip="The network the cost is for; empty: shared by all networks",
        ),
        Column(
            "spend",
            "Organic or paid",
            kind=Kind.CHOICE,
            choices=SPENDS,
            required=True,
            default="organic",
            width=12,
            tooltip="Organic work, or paid promotion (ads)",
        ),
        Column(
            "category",
            "Category",
            kind=Kind.CHOICE,
            choices=COST_CATEGORIES,
            required=True,
            default="content",
            width=14,
            tooltip="Tools, content, staff time (hours x hourly rate), ad spend, ad production"
            " or other",
            aliases={"staff": "staff time", "ads": "ad spend", "tool": "tools"},
        ),
        _amount("Money spent; empty counts as 0"),
        Column(
            "hours",
            "Hours",
            kind=Kind.NUMBER,
            minimum=0,
            width=8,
            tooltip="Staff time in hours, valued at the plan's hourly rate",
        ),
        Column("note", "Note", width=30, tooltip="What it was"),
    ),
)

RETURNS_TABLE = TableSchema(
    name=RETURNS,
    title="Returns",
    sheet="Returns",
    row_noun="return line",
    description="Revenue social media sourced, assisted or converted, per period and network",
    columns=(
        _period("The period the revenue was won in"),
        Column(
            "network",
            "Network",
            kind=Kind.CHOICE,
            ref="networks",
            width=16,
            tooltip="The network that played the role; empty: not tied to one network",
        ),
        Column("deal", "Deal or source", width=28, tooltip="The deal, customer or source"),
        _amount("Revenue won; empty counts as 0"),
        Column(
            "role",
            "Social role",
            kind=Kind.CHOICE,
            choices=SOCIAL_ROLES,
            width=18,
            tooltip="What social media did: brought the buyer in (originating source), helped"
            " on the way (assist), or was the last touch (conversion point)",
            aliases={"source": ORIGINATING, "sourced": ORIGINATING, "conversion": CONVERSION},
        ),
    ),
)

MEASURING_SCHEMAS: tuple[TableSchema, ...] = (
    PLAN_SETTINGS,
    TRACKING_TABLE,
    COSTS_TABLE,
    RETURNS_TABLE,
)
