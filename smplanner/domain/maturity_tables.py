"""The tables of the CRM capability maturity self-assessment.

Dimensions carry a description of each of the five levels; evidence statements belong
to a dimension and a level; each rater's current and target level per dimension is one
row of the ratings table (long form, so a colleague can filter it in Excel). Levels are
stored and written as Roman numerals; 1..5 and the level names are read too.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema

LEVEL_CODES = ("I", "II", "III", "IV", "V")
LEVEL_NAMES = {
    "I": "Initial",
    "II": "Repeatable",
    "III": "Defined",
    "IV": "Managed",
    "V": "Optimizing",
}
LEVEL_ALIASES = {str(number): code for number, code in enumerate(LEVEL_CODES, 1)}
ANSWERS = ("yes", "no", "unsure")


def level_column(name: str, title: str, tooltip: str, required: bool = False) -> Column:
    return Column(
        name,
        title,
        kind=Kind.CHOICE,
        choices=LEVEL_CODES,
        required=required,
        width=9,
        tooltip=tooltip,
        aliases=LEVEL_ALIASES,
        labels=LEVEL_NAMES,
    )


MATURITY = TableSchema(
    name="maturity",
    title="Maturity dimensions",
    sheet="Maturity",
    key="name",
    row_noun="dimension",
    description="What each dimension looks like at each of the five levels",
    columns=(
        Column("name", "Dimension", required=True, width=26, tooltip="What is rated"),
        Column("description", "Description", width=36, tooltip="What the dimension covers"),
        *(
            Column(
                f"level_{number}",
                f"{code} {LEVEL_NAMES[code]}",
                width=34,
                tooltip=f"What level {code} ({LEVEL_NAMES[code]}) looks like in this dimension",
            )
            for number, code in enumerate(LEVEL_CODES, 1)
        ),
    ),
)

EVIDENCE = TableSchema(
    name="maturity_evidence",
    title="Maturity evidence",
    sheet="Maturity evidence",
    row_noun="evidence statement",
    description="Checkable statements that prove a level; a level counts only when its "
    "statements and those of every level below are confirmed",
    columns=(
        Column(
            "dimension",
            "Dimension",
            kind=Kind.CHOICE,
            ref="maturity",
            owned=True,
            required=True,
            width=26,
            tooltip="The dimension this statement is evidence for",
        ),
        level_column("level", "Level", "The level this statement proves", required=True),
        Column("statement", "Statement", required=True, width=60, tooltip="What must be true"),
        Column(
            "confirmed",
            "Confirmed",
            kind=Kind.BOOL,
            width=10,
            tooltip="Ticked when the statement is true today and someone could show it",
        ),
        Column("note", "Where to see it", width=30, tooltip="The report, record or document"),
    ),
)

RATERS = TableSchema(
    name="raters",
    title="Raters",
    sheet="Raters",
    key="name",
    row_noun="rater",
    description="The people who rate the dimensions, each independently",
    columns=(
        Column("name", "Name", required=True, width=24, tooltip="Who rates"),
        Column("role", "Role", width=30, tooltip="For example Sales lead or Marketing lead"),
    ),
)

RATINGS = TableSchema(
    name="maturity_ratings",
    title="Maturity ratings",
    sheet="Maturity ratings",
    row_noun="rating",
    description="Each rater's current and target level per dimension",
    columns=(
        Column(
            "rater",
            "Rater",
            kind=Kind.CHOICE,
            ref="raters",
            owned=True,
            required=True,
            width=24,
            tooltip="Who gave this rating",
        ),
        Column(
            "dimension",
            "Dimension",
            kind=Kind.CHOICE,
            ref="maturity",
            owned=True,
            required=True,
            width=26,
            tooltip="The dimension rated",
        ),
        level_column("current", "Current", "Where the team stands today"),
        level_column("target", "Target", "Where the team wants to be"),
        Column("note", "Note", width=40, tooltip="Why this rating"),
    ),
)

READINESS = TableSchema(
    name="readiness",
    title="Readiness check",
    sheet="Readiness",
    row_noun="question",
    description="Whether the team is ready to automate: any no means a readiness project first",
    columns=(
        Column("question", "Question", required=True, width=56, tooltip="The question"),
        Column(
            "answer",
            "Answer",
            kind=Kind.CHOICE,
            choices=ANSWERS,
            width=10,
            tooltip="yes, no or unsure (unsure is not a yes)",
            aliases={"y": "yes", "n": "no", "?": "unsure", "don't know": "unsure"},
        ),
        Column("note", "Note", width=40, tooltip="What the answer rests on"),
    ),
)

MATURITY_SCHEMAS = (MATURITY, EVIDENCE, RATERS, RATINGS, READINESS)
