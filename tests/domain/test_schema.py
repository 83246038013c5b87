"""Values are read as forgivingly as a spreadsheet user types them, and refused clearly."""

from __future__ import annotations

import pytest

from smplanner.domain.schema import Column, InvalidValue, Kind, coerce, format_value
from smplanner.domain.tables import KPIS, PLANNER

ROLE = PLANNER.column("Any KPI")
UNIT = KPIS.column("unit")


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("P", "P"), (" p ", "P"), ("Primary", "P"), ("SECONDARY", "S"), ("", ""), (None, "")],
)
def test_role_spellings(raw: object, stored: str) -> None:
    assert coerce(ROLE, raw, ROLE.choices) == stored


def test_role_refusal_names_what_is_expected() -> None:
    with pytest.raises(InvalidValue) as caught:
        coerce(ROLE, "x", ROLE.choices)
    assert caught.value.expected == "one of P (Primary), S (Secondary), or empty"


def test_aliases_and_case() -> None:
    assert coerce(UNIT, "Percent", UNIT.choices) == "%"
    assert coerce(UNIT, "COUNT ", UNIT.choices) == "count"


def test_list_column_splits_and_keeps_allowed_spelling() -> None:
    stages = KPIS.column("stages")
    allowed = ("Awareness", "Advocacy")
    assert coerce(stages, "awareness; ADVOCACY,awareness", allowed) == ("Awareness", "Advocacy")
    assert coerce(stages, "", allowed) == ()
    with pytest.raises(InvalidValue):
        coerce(stages, "Awareness, Nowhere", allowed)


def test_numbers() -> None:
    number = Column("amount", "Amount", kind=Kind.NUMBER, minimum=0)
    assert coerce(number, " 1 250.5 ", ()) == 1250.5
    assert coerce(number, "", ()) is None
    with pytest.raises(InvalidValue, match="a number of at least 0"):
        coerce(number, -1, ())
    with pytest.raises(InvalidValue):
        coerce(number, "twelve", ())
    whole = Column("hours", "Hours", kind=Kind.INTEGER)
    assert coerce(whole, 3.0, ()) == 3
    with pytest.raises(InvalidValue, match="whole number"):
        coerce(whole, 2.5, ())


def test_text_keeps_formula_like_text_as_text() -> None:
    text = Column("notes", "Notes")
    assert coerce(text, "  =SUM(A1:A3) ", ()) == "=SUM(A1:A3)"
    assert coerce(text, 12.0, ()) == "12"


def test_format_value() -> None:
    assert format_value(KPIS.column("stages"), ("Awareness", "Decision")) == "Awareness, Decision"
    assert format_value(Column("n", "N", kind=Kind.NUMBER), 2.50) == "2.5"
    assert format_value(Column("n", "N", kind=Kind.NUMBER), None) == ""
