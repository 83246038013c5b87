"""The tables of a plan, declared once.

Order matters: it is the order of the sheets in the workbook and of the catalogue tabs.
A later section adds its schemas to :data:`SCHEMAS`.
"""

from __future__ import annotations

from smplanner.domain.alignment_tables import ALIGNMENT_SCHEMAS
from smplanner.domain.checklist_tables import CHECKLIST_SCHEMAS
from smplanner.domain.deal_tables import DEAL_SCHEMAS, OTHER_CHANNELS, OTHER_CHANNELS_TABLE
from smplanner.domain.maturity_tables import MATURITY_SCHEMAS
from smplanner.domain.measuring_tables import MEASURING_SCHEMAS
from smplanner.domain.schema import Column, DynamicColumns, Kind, TableSchema
from smplanner.domain.suggestion_tables import SUGGESTION_SCHEMAS
from smplanner.domain.text import QT_TRANSLATE_NOOP

PRIMARY = "P"
SECONDARY = "S"
ROLE_LABELS = {
    PRIMARY: QT_TRANSLATE_NOOP("", "Primary"),
    SECONDARY: QT_TRANSLATE_NOOP("", "Secondary"),
}
"""The long names of the KPI marks (stored as P and S); shown translated with tr()."""

KPI_CATEGORIES = ("Reach", "Engagement", "Conversion", "Revenue", "Loyalty", "Advocacy")
KPI_UNITS = ("count", "%", "currency", "seconds", "days", "hours", "score")
KPI_DIRECTIONS = ("up", "down")
KPI_AGGREGATIONS = ("level", "count", "rate")


def _catalogue(
    name: str, title: str, sheet: str, noun: str, what: str, name_tip: str
) -> TableSchema:
    return TableSchema(
        name=name,
        title=title,
        sheet=sheet,
        key="name",
        row_noun=noun,
        description=what,
        columns=(
            Column(
                "name", QT_TRANSLATE_NOOP("", "Name"), required=True, width=30, tooltip=name_tip
            ),
            Column(
                "description",
                QT_TRANSLATE_NOOP("", "Description"),
                width=60,
                tooltip=QT_TRANSLATE_NOOP("", "What it means"),
            ),
        ),
    )


STAGES = _catalogue(
    "stages",
    QT_TRANSLATE_NOOP("", "Stages"),
    "Stages",
    QT_TRANSLATE_NOOP("", "stage"),
    QT_TRANSLATE_NOOP("", "Buyer journey stages, in funnel order"),
    QT_TRANSLATE_NOOP("", "The stage's name"),
)
TACTICS = _catalogue(
    "tactics",
    QT_TRANSLATE_NOOP("", "Tactics"),
    "Tactics",
    QT_TRANSLATE_NOOP("", "tactic"),
    QT_TRANSLATE_NOOP("", "The kinds of social media work you do"),
    QT_TRANSLATE_NOOP("", "The tactic's name"),
)
NETWORKS = _catalogue(
    "networks",
    QT_TRANSLATE_NOOP("", "Networks"),
    "Networks",
    QT_TRANSLATE_NOOP("", "network"),
    QT_TRANSLATE_NOOP("", "The social networks and channels you use"),
    QT_TRANSLATE_NOOP("", "The network's name"),
)

GOALS = TableSchema(
    name="goals",
    title=QT_TRANSLATE_NOOP("", "Goals"),
    sheet="Goals",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "goal"),
    description=QT_TRANSLATE_NOOP("", "What a planner row sets out to achieve"),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "The goal's name"),
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("", "Description"),
            width=60,
            tooltip=QT_TRANSLATE_NOOP("", "What it means"),
        ),
        Column(
            "key_kpis",
            QT_TRANSLATE_NOOP("", "Key KPIs"),
            kind=Kind.LIST,
            ref="kpis",
            width=50,
            tooltip=QT_TRANSLATE_NOOP(
                "", "The KPIs this goal is judged by, best fit first; used by Suggest KPIs"
            ),
        ),
    ),
)

KPIS = TableSchema(
    name="kpis",
    title=QT_TRANSLATE_NOOP("", "KPIs"),
    sheet="KPIs",
    key="name",
    row_noun=QT_TRANSLATE_NOOP("", "KPI"),
    description=QT_TRANSLATE_NOOP("", "The key performance indicators a plan can use"),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=34,
            tooltip=QT_TRANSLATE_NOOP("", "The KPI's name"),
        ),
        Column(
            "category",
            QT_TRANSLATE_NOOP("", "Category"),
            kind=Kind.CHOICE,
            choices=KPI_CATEGORIES,
            required=True,
            default="Reach",
            width=14,
            tooltip=QT_TRANSLATE_NOOP(
                "", "The group the KPI belongs to; the planner groups its columns by it"
            ),
        ),
        Column(
            "unit",
            QT_TRANSLATE_NOOP("", "Unit"),
            kind=Kind.CHOICE,
            choices=KPI_UNITS,
            required=True,
            default="count",
            width=10,
            tooltip=QT_TRANSLATE_NOOP("", "How the KPI is measured"),
            aliases={"percent": "%", "percentage": "%", "number": "count", "money": "currency"},
        ),
        Column(
            "direction",
            QT_TRANSLATE_NOOP("", "Better when"),
            kind=Kind.CHOICE,
            choices=KPI_DIRECTIONS,
            required=True,
            default="up",
            width=12,
            tooltip=QT_TRANSLATE_NOOP("", "Whether a higher (up) or lower (down) value is better"),
            aliases={"higher": "up", "lower": "down", "increase": "up", "decrease": "down"},
        ),
        Column(
            "stages",
            QT_TRANSLATE_NOOP("", "Usual stages"),
            kind=Kind.LIST,
            ref="stages",
            width=30,
            tooltip=QT_TRANSLATE_NOOP(
                "", "The buyer journey stages this KPI usually serves; used by Suggest KPIs"
            ),
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("", "Description"),
            width=60,
            tooltip=QT_TRANSLATE_NOOP("", "What it means and how to count it"),
        ),
        Column(
            "aggregation",
            QT_TRANSLATE_NOOP("", "Per period"),
            kind=Kind.CHOICE,
            choices=KPI_AGGREGATIONS,
            width=10,
            tooltip=QT_TRANSLATE_NOOP(
                "",
                "How daily values make a period's: level (the last, as followers), count (the"
                " sum, as leads) or rate (the mean); empty: from the name and unit",
            ),
            aliases={
                "last": "level",
                "sum": "count",
                "total": "count",
                "mean": "rate",
                "average": "rate",
            },
        ),
    ),
)

PLANNER = TableSchema(
    name="planner",
    title=QT_TRANSLATE_NOOP("", "KPI planner"),
    sheet="KPI planner",
    identity=("stage", "goal", "tactic"),
    row_noun=QT_TRANSLATE_NOOP("", "planner row"),
    description=QT_TRANSLATE_NOOP("", "Which KPIs judge each stage, goal and tactic"),
    columns=(
        Column(
            "stage",
            QT_TRANSLATE_NOOP("", "Stage"),
            kind=Kind.CHOICE,
            ref="stages",
            required=True,
            width=15,
            tooltip=QT_TRANSLATE_NOOP("", "The buyer journey stage"),
        ),
        Column(
            "goal",
            QT_TRANSLATE_NOOP("", "Goal"),
            kind=Kind.CHOICE,
            ref="goals",
            required=True,
            width=26,
            tooltip=QT_TRANSLATE_NOOP("", "What the row sets out to achieve"),
        ),
        Column(
            "tactic",
            QT_TRANSLATE_NOOP("", "Tactic"),
            kind=Kind.CHOICE,
            ref="tactics",
            required=True,
            width=26,
            tooltip=QT_TRANSLATE_NOOP("", "The social media work that serves the goal"),
        ),
        Column(
            "notes",
            QT_TRANSLATE_NOOP("", "Notes"),
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "Who does what, how often"),
        ),
    ),
    dynamic=DynamicColumns(
        source="kpis",
        template=Column(
            "kpi",
            QT_TRANSLATE_NOOP("", "KPI"),
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
    *SUGGESTION_SCHEMAS,
    *CHECKLIST_SCHEMAS,
    *MEASURING_SCHEMAS,
    *ALIGNMENT_SCHEMAS,
    *DEAL_SCHEMAS,
)
"""The tables of the sections after the KPI planner, each section's in its own module."""

SCHEMAS: dict[str, TableSchema] = {
    s.name: s
    for s in (
        PLANNER,
        *SECTION_SCHEMAS,
        STAGES,
        GOALS,
        TACTICS,
        NETWORKS,
        OTHER_CHANNELS_TABLE,
        KPIS,
    )
}
CATALOGUES: tuple[str, ...] = ("stages", "goals", "tactics", "networks", OTHER_CHANNELS, "kpis")
DEFAULT_FILES: tuple[str, ...] = (
    "catalogue.json",
    "maturity.json",
    "checklists.json",
    "measuring.json",
    "alignment.json",
    "deals.json",
)
"""Resources holding the default rows of tables (by table name) for a new plan."""
