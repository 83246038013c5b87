"""Date columns: a date cell, an ISO text or an Excel date number, kept as a calendar day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.schema import (
    EXCEL_EPOCH,
    Column,
    InvalidValue,
    Kind,
    coerce,
    empty_value,
    format_value,
)

DATE = Column("date", "Date", kind=Kind.DATE)
REQUIRED = Column("date", "Date", kind=Kind.DATE, required=True)


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        (dt.date(2026, 3, 31), dt.date(2026, 3, 31)),
        (dt.datetime(2026, 3, 31, 17, 45), dt.date(2026, 3, 31)),
        ("2026-03-31", dt.date(2026, 3, 31)),
        (" 2026-03-31 ", dt.date(2026, 3, 31)),
        ("2026-03-31 09:30:00", dt.date(2026, 3, 31)),
        ("2026-03-31T09:30", dt.date(2026, 3, 31)),
        (46112, dt.date(2026, 3, 31)),
        (46112.75, dt.date(2026, 3, 31)),
        (1, dt.date(1899, 12, 31)),
        ("", None),
        (None, None),
    ],
)
def test_date_spellings(raw: object, stored: dt.date | None) -> None:
    assert coerce(DATE, raw) == stored


@pytest.mark.parametrize("raw", ["tomorrow", "2026-02-30", "31/03/2026", 0, -5, 3e6, True])
def test_a_value_that_is_not_a_date_names_what_is_expected(raw: object) -> None:
    with pytest.raises(InvalidValue) as caught:
        coerce(DATE, raw)
    assert caught.value.expected == "a date such as 2026-03-31 (year-month-day), or empty"


def test_a_required_date_may_not_be_empty() -> None:
    with pytest.raises(InvalidValue) as caught:
        coerce(REQUIRED, "")
    assert caught.value.expected == "a date such as 2026-03-31 (year-month-day)"


def test_empty_and_shown() -> None:
    assert empty_value(DATE) is None
    assert format_value(DATE, None) == ""
    assert format_value(DATE, dt.date(2026, 1, 5)) == "2026-01-05"


@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)))
def test_any_date_round_trips_as_text_and_as_a_number(day: dt.date) -> None:
    assert coerce(DATE, format_value(DATE, day)) == day
    assert coerce(DATE, (day - EXCEL_EPOCH).days) == day
