"""Evidence suggestions a person turned down, remembered with the plan.

The planner offers maturity evidence its own tables can show (``domain/evidence_rules.py``);
a suggestion dismissed here is not offered again for this plan. One row per rule.
Only :mod:`smplanner.domain.schema` may be imported here: ``tables`` imports this module.
"""

from __future__ import annotations

from smplanner.domain.schema import Column, TableSchema
from smplanner.domain.text import QT_TRANSLATE_NOOP

DISMISSED = "dismissed_suggestions"

DISMISSED_TABLE = TableSchema(
    name=DISMISSED,
    title=QT_TRANSLATE_NOOP("", "Dismissed suggestions"),
    sheet="Dismissed suggestions",
    identity=("rule",),
    row_noun=QT_TRANSLATE_NOOP("", "dismissed suggestion"),
    description=QT_TRANSLATE_NOOP(
        "", "Evidence suggestions not to offer again; delete a row to see it offered again"
    ),
    columns=(
        Column(
            "rule",
            QT_TRANSLATE_NOOP("", "Rule"),
            required=True,
            width=24,
            tooltip=QT_TRANSLATE_NOOP("", "The check that made the suggestion"),
        ),
        Column(
            "statement",
            QT_TRANSLATE_NOOP("", "Statement"),
            width=60,
            tooltip=QT_TRANSLATE_NOOP("", "The evidence statement it suggested ticking"),
        ),
    ),
)

SUGGESTION_SCHEMAS = (DISMISSED_TABLE,)
