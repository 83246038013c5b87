"""The tables of the CRM capability maturity self-assessment.

Dimensions carry a description of each of the five levels; evidence statements belong
to a dimension and a level; each rater's current and target level per dimension is one
row of the ratings table (long form, so a colleague can filter it in Excel). Levels are
stored and written as Roman numerals; 1..5 and the level names are read too.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, Kind, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

LEVEL_CODES = ("I", "II", "III", "IV", "V")
LEVEL_NAMES = {
    "I": QT_TRANSLATE_NOOP("", "Initial"),
    "II": QT_TRANSLATE_NOOP("", "Repeatable"),
    "III": QT_TRANSLATE_NOOP("", "Defined"),
    "IV": QT_TRANSLATE_NOOP("", "Managed"),
    "V": QT_TRANSLATE_NOOP("", "Optimizing"),
}
"""The level names, English as stored and read; ``tr(LEVEL_NAMES[code])`` where shown."""
LEVEL_TITLES = (
    QT_TRANSLATE_NOOP("", "I Initial"),
    QT_TRANSLATE_NOOP("", "II Repeatable"),
    QT_TRANSLATE_NOOP("", "III Defined"),
    QT_TRANSLATE_NOOP("", "IV Managed"),
    QT_TRANSLATE_NOOP("", "V Optimizing"),
)
"""The level columns' titles (code and name), as the workbook's headers write them."""
LEVEL_TIPS = (
    QT_TRANSLATE_NOOP("", "What level I (Initial) looks like in this dimension"),
    QT_TRANSLATE_NOOP("", "What level II (Repeatable) looks like in this dimension"),
    QT_TRANSLATE_NOOP("", "What level III (Defined) looks like in this dimension"),
    QT_TRANSLATE_NOOP("", "What level IV (Managed) looks like in this dimension"),
    QT_TRANSLATE_NOOP("", "What level V (Optimizing) looks like in this dimension"),
)
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
    title=QT_TRANSLATE_NOOP("", "Maturity dimensions"),
    sheet="Maturity",
    key="name",
    row_noun="dimension",
    description=QT_TRANSLATE_NOOP("", "What each dimension looks like at each of the five levels"),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Dimension"),
            required=True,
            width=26,
            tooltip=QT_TRANSLATE_NOOP("", "What is rated"),
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("", "Description"),
            width=36,
            tooltip=QT_TRANSLATE_NOOP("", "What the dimension covers"),
        ),
        *(
            Column(f"level_{number}", title, width=34, tooltip=tip)
            for number, (title, tip) in enumerate(zip(LEVEL_TITLES, LEVEL_TIPS, strict=True), 1)
        ),
    ),
)

EVIDENCE = TableSchema(
    name="maturity_evidence",
    title=QT_TRANSLATE_NOOP("", "Maturity evidence"),
    sheet="Maturity evidence",
    identity=("dimension", "level", "statement"),
    row_noun="evidence statement",
    description=QT_TRANSLATE_NOOP(
        "",
        "Checkable statements that prove a level; a level counts only when its "
        "statements and those of every level below are confirmed",
    ),
    columns=(
        Column(
            "dimension",
            QT_TRANSLATE_NOOP("", "Dimension"),
            kind=Kind.CHOICE,
            ref="maturity",
            owned=True,
            required=True,
            width=26,
            tooltip=QT_TRANSLATE_NOOP("", "The dimension this statement is evidence for"),
        ),
        level_column(
            "level",
            QT_TRANSLATE_NOOP("", "Level"),
            QT_TRANSLATE_NOOP("", "The level this statement proves"),
            required=True,
        ),
        Column(
            "statement",
            QT_TRANSLATE_NOOP("", "Statement"),
            required=True,
            width=60,
            tooltip=QT_TRANSLATE_NOOP("", "What must be true"),
        ),
        Column(
            "confirmed",
            QT_TRANSLATE_NOOP("", "Confirmed"),
            kind=Kind.BOOL,
            width=10,
            tooltip=QT_TRANSLATE_NOOP(
                "", "Ticked when the statement is true today and someone could show it"
            ),
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Where to see it"),
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "The report, record or document"),
        ),
    ),
)

RATERS = TableSchema(
    name="raters",
    title=QT_TRANSLATE_NOOP("", "Raters"),
    sheet="Raters",
    key="name",
    row_noun="rater",
    description=QT_TRANSLATE_NOOP("", "The people who rate the dimensions, each independently"),
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("", "Name"),
            required=True,
            width=24,
            tooltip=QT_TRANSLATE_NOOP("", "Who rates"),
        ),
        Column(
            "role",
            QT_TRANSLATE_NOOP("", "Role"),
            width=30,
            tooltip=QT_TRANSLATE_NOOP("", "For example Sales lead or Marketing lead"),
        ),
    ),
)

RATINGS = TableSchema(
    name="maturity_ratings",
    title=QT_TRANSLATE_NOOP("", "Maturity ratings"),
    sheet="Maturity ratings",
    identity=("rater", "dimension"),
    row_noun="rating",
    description=QT_TRANSLATE_NOOP("", "Each rater's current and target level per dimension"),
    columns=(
        Column(
            "rater",
            QT_TRANSLATE_NOOP("", "Rater"),
            kind=Kind.CHOICE,
            ref="raters",
            owned=True,
            required=True,
            width=24,
            tooltip=QT_TRANSLATE_NOOP("", "Who gave this rating"),
        ),
        Column(
            "dimension",
            QT_TRANSLATE_NOOP("", "Dimension"),
            kind=Kind.CHOICE,
            ref="maturity",
            owned=True,
            required=True,
            width=26,
            tooltip=QT_TRANSLATE_NOOP("", "The dimension rated"),
        ),
        level_column(
            "current",
            QT_TRANSLATE_NOOP("", "Current"),
            QT_TRANSLATE_NOOP("", "Where the team stands today"),
        ),
        level_column(
            "target",
            QT_TRANSLATE_NOOP("", "Target"),
            QT_TRANSLATE_NOOP("", "Where the team wants to be"),
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Note"),
            width=40,
            tooltip=QT_TRANSLATE_NOOP("", "Why this rating"),
        ),
    ),
)

READINESS = TableSchema(
    name="readiness",
    title=QT_TRANSLATE_NOOP("", "Readiness check"),
    sheet="Readiness",
    identity=("question",),
    row_noun="question",
    description=QT_TRANSLATE_NOOP(
        "", "Whether the team is ready to automate: any no means a readiness project first"
    ),
    columns=(
        Column(
            "question",
            QT_TRANSLATE_NOOP("", "Question"),
            required=True,
            width=56,
            tooltip=QT_TRANSLATE_NOOP("", "The question"),
        ),
        Column(
            "answer",
            QT_TRANSLATE_NOOP("", "Answer"),
            kind=Kind.CHOICE,
            choices=ANSWERS,
            width=10,
            tooltip=QT_TRANSLATE_NOOP("", "yes, no or unsure (unsure is not a yes)"),
            aliases={"y": "yes", "n": "no", "?": "unsure", "don't know": "unsure"},
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("", "Note"),
            width=40,
            tooltip=QT_TRANSLATE_NOOP("", "What the answer rests on"),
        ),
    ),
)

MATURITY_SCHEMAS = (MATURITY, EVIDENCE, RATERS, RATINGS, READINESS)
