"""The checklist sheets in the workbook: real dates, drop-downs, bad values named by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain import checklists
from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.checklist_tables import (
    OVERRIDES,
    RELATIONSHIPS,
    SIGN_COLUMNS,
    STATUS_CHOICES,
)
from smplanner.domain.commands import InsertRows
from smplanner.domain.schema import clean_text
from smplanner.io.workbook import load_plan, save_plan

from .test_person_edits import edit


def test_the_sheets_round_trip_with_real_dates_and_drop_downs(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    requests = book["Connection requests"]
    assert requests["A1"].value == "Date" and requests["A2"].is_date
    assert requests["A2"].value == dt.datetime(2027, 1, 8)
    assert requests["A2"].number_format == "yyyy-mm-dd"
    checks = {str(v.sqref).split(":")[0]: v for v in requests.data_validations.dataValidation}
    assert checks["A2"].type == "date"
    assert checks["F2"].formula1 == '"fine,doubtful,red flag"'
    assert (requests["E2"].value, requests["E3"].value) == ("yes", "no")  # as LibreOffice shows
    assert checks["E2"].formula1 == '"yes,no"'
    status = book["Profile status"]
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in status.data_validations.dataValidation}
    assert lists["A2"].startswith("'Accounts'!$A$2:")
    assert lists["C2"] == '"done,partly,missing,not applicable"'
    result = load_plan(example_path)
    assert result.problems == []
    assert result.plan.snapshot() == example_plan().snapshot()


def test_dates_typed_in_excel_as_text_or_numbers_are_read(example_path: Path) -> None:
    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Connection requests"]
        sheet["A2"] = "2027-04-01"
        sheet["A3"] = 46388  # a date number without a date format: 2027-01-01
        sheet["F2"] = " Red "
        sheet["G2"] = "ok"

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    plan = result.plan
    assert plan.value("requests", 0, "date") == dt.date(2027, 4, 1)
    assert plan.value("requests", 1, "date") == dt.date(2027, 1, 1)
    assert plan.value("requests", 0, "photo") == "red flag"
    assert plan.value("requests", 0, "contact_details") == "fine"


def test_bad_statuses_ratings_and_dates_are_named_and_their_rows_flagged(
    example_path: Path,
) -> None:
    def change(book: openpyxl.Workbook) -> None:
        book["Profile status"]["C2"] = "finished"
        requests = book["Connection requests"]
        requests["A3"] = "next week"
        requests["H4"] = "terrible"
        requests["D5"] = "friend"

    edit(example_path, change)
    result = load_plan(example_path)
    errors = {(p.sheet, p.cell): p for p in result.errors}
    assert set(errors) == {
        ("Profile status", "C2"),
        ("Connection requests", "A3"),
        ("Connection requests", "H4"),
        ("Connection requests", "D5"),
    }
    assert str(errors[("Profile status", "C2")]) == (
        "Sheet 'Profile status', cell C2: 'finished' is not allowed in column 'Status'; "
        "expected one of done, partly, missing, not applicable, or empty"
    )
    assert "a date such as 2026-03-31" in errors[("Connection requests", "A3")].expected
    assert "fine, doubtful, red flag" in errors[("Connection requests", "H4")].expected
    assert "acquaintance" in errors[("Connection requests", "D5")].expected
    # The rest loads, refused cells empty: so the rows say what is left to look at.
    plan = result.plan
    assert plan.row_count("requests") == example_plan().row_count("requests")
    first = checklists.account_checks(plan, "Maria on LinkedIn")[0]
    assert first.status == checklists.NOT_CHECKED
    assert plan.value("requests", 1, "date") is None
    assert checklists.request_check(plan.row("requests", 2)).unrated == ("proofreading",)
    assert plan.value("requests", 3, "relationship") == "stranger"  # the safe default


def test_a_workbook_from_before_the_checklists_reads_with_the_default_items(
    example_path: Path,
) -> None:
    def change(book: openpyxl.Workbook) -> None:
        for title in ("Accounts", "Profile items", "Profile status", "Connection requests"):
            book.remove(book[title])

    edit(example_path, change)
    result = load_plan(example_path)
    assert result.errors == []
    said = {p.sheet: p.message for p in result.warnings}
    assert said == {
        "Profile items": "sheet missing; the default list is used",
        "Accounts": "sheet missing; the table is left empty",
        "Profile status": "sheet missing; the table is left empty",
        "Connection requests": "sheet missing; the table is left empty",
    }
    plan = result.plan
    assert plan.row_count("profile_items") == 12
    assert plan.row_count("profile_accounts") == plan.row_count("requests") == 0


dates = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)) | st.none()
ratings = st.sampled_from(["", "fine", "doubtful", "red flag"])
texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30
).map(clean_text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    requests=st.lists(
        st.fixed_dictionaries(
            {
                "date": dates,
                "name": texts,
                "network": st.sampled_from(["LinkedIn", "X", ""]),
                "relationship": st.sampled_from(RELATIONSHIPS),
                "personalised": st.booleans(),
                "override": st.sampled_from(["", *OVERRIDES]),
                "note": texts,
                **{sign: ratings for sign in SIGN_COLUMNS},
            }
        ),
        max_size=6,
    ),
    statuses=st.lists(st.sampled_from(["", *STATUS_CHOICES]), min_size=12, max_size=12),
)
def test_any_checklist_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    requests: list[dict[str, object]],
    statuses: list[str],
) -> None:
    plan = blank_plan()
    plan.apply(InsertRows("profile_accounts", 0, ({"name": "Me", "network": "X"},)))
    items = plan.keys("profile_items")
    rows = tuple(
        {"account": "Me", "item": i, "status": s} for i, s in zip(items, statuses, strict=True)
    )
    plan.apply(InsertRows("profile_status", 0, rows))
    if requests:
        plan.apply(InsertRows("requests", 0, tuple(requests)))
    path = tmp_path_factory.mktemp("rt") / "plan.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert result.errors == []
    assert result.plan.snapshot() == plan.snapshot()
    assert checklists.decision_counts(result.plan) == checklists.decision_counts(plan)
