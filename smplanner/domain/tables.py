"""The tables of a plan, declared once.

Order matters: it is the order of the sheets in the workbook and of the catalogue tabs.
A later section adds its schemas to :data:`SCHEMAS`.
"""

from __future__ import annotations

from smplanner.domain.checklist_tables import CHECKLIST_SCHEMAS
from smplanner.domain.maturity_tables import MATURITY_SCHEMAS
from smplanner.domain.measuring_tables import MEASURING_SCHEMAS
from smplanner.domain.schema import Column, DynamicColumns, Kind, TableSchema

PRIMARY = "P"
SECONDARY = "S"
ROLE_LABELS = {PRIMARY: "Primary", SECONDARY: "Secondary"}

KPI_CATEGORIES = ("Reach", "Engagement", "Conversion", "Revenue", "Loyalty", "Advocacy")
KPI_UNITS = ("count", "%", "currency", "seconds", "days", "hours", "score")
KPI_DIRECTIONS = ("up", "down")


def _catalogue(name: str, title: str, sheet: str, noun: str, what: str) -> TableSchema:
    return TableSchema(
        name=name,
        title=title,
        sheet=sheet,
        key="name",
        row_noun=noun,
        description=what,
        columns=(
            Column("name", "Name", required=True, width=30, tooltip=f"The {noun}'s name"),
            Column("description", "Description", width=60, tooltip="What it means"),
        ),
    )


STAGES = _catalogue(
    "stages", "Stages", "Stages", "stage", "Buyer journey stages, in funnel order"
)
TACTICS = _catalogue(
    "tactics", "Tactics", "Tactics", "tactic", "The kinds of social media work you do"
)
NETWORKS = _catalogue(
    "networks", "Networks", "Networks", "network", "The social networks and channels you use"
)

GOALS = TableSchema(
    name="goals",
    title="Goals",
    sheet="Goals",
    key="name",
    row_noun="goal",
    description="What a planner row sets out to achieve",
    columns=(
        Column("name", "Name", required=True, width=30, tooltip="The goal's name"),
        Column("description", "Description", width=60, tooltip="What it means"),
        Column(
            "key_kpis",
            "Key KPIs",
            kind=Kind.LIST,
            ref="kpis",
            width=50,
            tooltip="The KPIs this goal is judged by, best fit first; used by Suggest KPIs",
        ),
    ),
)

KPIS = TableSchema(
    name="kpis",
    title="KPIs",
    sheet="KPIs",
    key="name",
    row_noun="KPI",
    description="The key performance indicators a plan can use",
    columns=(
        Column("name", "Name", required=True, width=34, tooltip="The KPI's name"),
        Column(
            "category",
            "Category",
            kind=Kind.CHOICE,
            choices=KPI_CATEGORIES,
            required=True,
            default="Reach",
            width=14,
            tooltip="The group the KPI belongs to; the planner groups its columns by it",
        ),
        Column(
            "unit",
            "Unit",
            kind=Kind.CHOICE,
            choices=KPI_UNITS,
            required=True,
            default="count",
            width=10,
            tooltip="How the KPI is measured",
            aliases={"percent": "%", "percentage": "%", "number": "count", "money": "currency"},
        ),
        Column(
            "direction",
            "Better when",
            kind=Kind.CHOICE,
            choices=KPI_DIRECTIONS,
            required=True,
            default="up",
            width=12,
            tooltip="Whether a higher (up) or lower (down) value is better",
            aliases={"higher": "up", "lower": "down", "increase": "up", "decrease": "down"},
        ),
        Column(
            "stages",
            "Usual stages",
            kind=Kind.LIST,
            ref="stages",
            width=30,
            tooltip="The buyer journey stages this KPI usually serves; used by Suggest KPIs",
        ),
        Column("description", "Description", width=60, tooltip="What it means and how to count it"),
    ),
)

PLANNER = TableSchema(
    name="planner",
    title="KPI planner",
    sheet="KPI planner",
    row_noun="planner row",
    description="Which KPIs judge each stage, goal and tactic",
    columns=(
        Column(
            "stage",
            "Stage",
            kind=Kind.CHOICE,
            ref="stages",
            required=True,
            width=15,
            tooltip="The buyer journey stage",
        ),
        Column(
            "goal",
            "Goal",
            kind=Kind.CHOICE,
            ref="goals",
            required=True,
            width=26,
            tooltip="What the row sets out to achieve",
        ),
        Column(
            "tactic",
            "Tactic",
            kind=Kind.CHOICE,
            ref="tactics",
            required=True,
            width=26,
            tooltip="The social media work that serves the goal",
        ),
        Column("notes", "Notes", width=30, tooltip="Who does what, how often"),
    ),
    dynamic=DynamicColumns(
        source="kpis",
        template=Column(
            "kpi",
            "KPI",
            kind=Kind.CHOICE,
            choices=(PRIMARY, SECONDARY),
            width=4,
            aliases={"primary": PRIMARY, "secondary": SECONDARY, "1": PRIMARY, "2": SECONDARY},
            labels=ROLE_LABELS,
        ),
    ),
)

SECTION_SCHEMAS: tuple[TableSchema, ...] = (
    *MATURITY_SCHEMAS,
    *CHECKLIST_SCHEMAS,
    *MEASURING_SCHEMAS,
)
"""The tables of the sections after the KPI planner, each section's in its own module."""

SCHEMAS: dict[str, TableSchema] = {
    s.name: s for s in (PLANNER, *SECTION_SCHEMAS, STAGES, GOALS, TACTICS, NETWORKS, KPIS)
}
CATALOGUES: tuple[str, ...] = ("stages", "goals", "tactics", "networks", "kpis")
DEFAULT_FILES: tuple[str, ...] = (
    "catalogue.json",
    "maturity.json",
    "checklists.json",
    "measuring.json",
)
"""Resources holding the default rows of tables (by table name) for a new plan."""
