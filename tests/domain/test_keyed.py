"""Keyed edits: set the rows that exist, add the rest, one command, refusals named."""

from __future__ import annotations

from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.domain.catalogue import default_tables
from smplanner.domain.checklist_tables import STATUSES
from smplanner.domain.checklists import STATUSES_BY_KEY, account_checks
from smplanner.domain.commands import Compound, InsertRows, SetCells
from smplanner.domain.keyed import KeyedTable, keyed_edit, rows_by_key
from smplanner.domain.maturity_report import RATINGS, RATINGS_BY_KEY, rating_row
from smplanner.domain.measuring_tables import TRACKING
from smplanner.domain.plan import Plan
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.tracking_grid import TRACKING_BY_KEY

FOLLOWERS = "Followers"
MQC = "Marketing qualified contacts (MQC)"
BASE = Plan(
    "keyed",
    {
        **default_tables(),
        "tracking": [
            {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 1, "target": 900, "actual": 1000},
            {"network": "LinkedIn", "kpi": FOLLOWERS, "period": 2, "actual": 1100},
            {"network": "X", "kpi": MQC, "period": 1, "actual": 4},
        ],
        "profile_accounts": [{"name": "Our page", "network": "LinkedIn"}],
    },
)


def fresh() -> Plan:
    return BASE.copy()


def frames(plan: Plan) -> dict[str, pd.DataFrame]:
    return {name: plan.frame(name) for name in SCHEMAS}


def test_an_existing_row_is_set_and_a_missing_one_added_in_one_command() -> None:
    plan = fresh()
    values = {
        ("LinkedIn", FOLLOWERS, 2): {"target": "1000"},
        ("LinkedIn", FOLLOWERS, 3): {"actual": "1210"},
    }
    edit = keyed_edit(plan, TRACKING_BY_KEY, values, "Paste")
    assert edit.refused == ()
    assert isinstance(edit.command, Compound) and edit.command.label == "Paste"
    set_cells, insert = edit.command.steps
    # coerced here, once: the plan takes the values as they are
    assert set_cells == SetCells(TRACKING, ((1, "target", 1000.0),), coerced=True)
    assert insert == InsertRows(
        TRACKING,
        3,
        ({"network": "LinkedIn", "kpi": FOLLOWERS, "period": 3, "actual": 1210.0},),
        coerced=True,
    )
    plan.apply(edit.command)
    assert plan.row(TRACKING, 1)["target"] == 1000
    assert plan.row(TRACKING, 3) == {
        "network": "LinkedIn",
        "kpi": FOLLOWERS,
        "period": 3,
        "target": None,
        "actual": 1210,
    }


def test_unchanged_values_and_empty_values_for_missing_rows_make_no_edit() -> None:
    plan = fresh()
    values = {
        ("LinkedIn", FOLLOWERS, 1): {"actual": "1000", "target": 900},
        ("X", FOLLOWERS, 5): {"actual": "", "target": None},
    }
    assert keyed_edit(plan, TRACKING_BY_KEY, values).command is None


def test_an_empty_value_clears_an_existing_row_but_keeps_it() -> None:
    plan = fresh()
    edit = keyed_edit(plan, TRACKING_BY_KEY, {("LinkedIn", FOLLOWERS, 1): {"actual": ""}})
    assert edit.command == SetCells(TRACKING, ((0, "actual", None),), coerced=True)


def test_a_row_of_just_its_key_is_added_when_asked() -> None:
    plan = fresh()
    edit = keyed_edit(plan, TRACKING_BY_KEY, {("YouTube", MQC, 1): {}}, add_blank=True)
    assert edit.command is not None
    plan.apply(edit.command)
    assert plan.row(TRACKING, 3)["network"] == "YouTube"
    assert (
        keyed_edit(plan, TRACKING_BY_KEY, {("YouTube", MQC, 1): {}}, add_blank=True).command is None
    )


def test_bad_values_are_named_with_key_and_column_and_the_rest_is_set() -> None:
    plan = fresh()
    values = {
        ("LinkedIn", FOLLOWERS, 1): {"actual": "lots", "target": "950"},
        ("Myspace", FOLLOWERS, 1): {"actual": "3"},
    }
    edit = keyed_edit(plan, TRACKING_BY_KEY, values)
    assert [(r.key, r.column, r.raw) for r in edit.refused] == [
        (("LinkedIn", FOLLOWERS, 1), "actual", "lots"),
        (("Myspace", FOLLOWERS, 1), "network", "Myspace"),
    ]
    assert "expected a number" in edit.refused[0].reason
    assert edit.command == SetCells(TRACKING, ((0, "target", 950.0),), coerced=True)


def test_a_known_row_is_taken_from_the_caller() -> None:
    plan = fresh()
    edit = keyed_edit(plan, TRACKING_BY_KEY, {("X", MQC, 1): {"actual": 5}}, locate=lambda key: 2)
    assert edit.command == SetCells(TRACKING, ((2, "actual", 5.0),), coerced=True)


def test_of_duplicate_rows_the_one_the_figures_read_is_edited() -> None:
    records = [
        {"account": "Our page", "item": "Banner", "status": "done"},
        {"account": "Our page", "item": "Banner", "status": "missing"},
    ]
    plan = Plan("dup", {**default_tables(), "profile_accounts": [{"name": "Our page"}]})
    plan.apply(InsertRows(STATUSES, 0, tuple(records)))
    banner = next(c for c in account_checks(plan, "Our page") if c.item == "Banner")
    assert (
        banner.status == "done" and rows_by_key(plan, STATUSES_BY_KEY)[("Our page", "Banner")] == 0
    )
    edit = keyed_edit(plan, STATUSES_BY_KEY, {("Our page", "Banner"): {"status": "partly"}})
    assert edit.command == SetCells(STATUSES, ((0, "status", "partly"),), coerced=True)
    last = KeyedTable(STATUSES, ("account", "item"))
    assert rows_by_key(plan, last)[("Our page", "Banner")] == 1


def test_a_rating_is_set_where_it_is_and_added_where_it_is_not() -> None:
    plan = Plan("r", {**default_tables(), "raters": [{"name": "Ann"}]})
    dimension = plan.keys("maturity")[0]
    edit = keyed_edit(plan, RATINGS_BY_KEY, {("Ann", dimension): {"current": "II"}})
    assert isinstance(edit.command, InsertRows)
    plan.apply(edit.command)
    assert rating_row(plan, "Ann", dimension) == 0
    edit = keyed_edit(plan, RATINGS_BY_KEY, {("Ann", dimension): {"current": ""}})
    assert edit.command == SetCells(RATINGS, ((0, "current", ""),), coerced=True)


NETWORKS = ("LinkedIn", "X", "YouTube", "Myspace")
KPIS = (FOLLOWERS, MQC)
RAW = st.one_of(
    st.none(),
    st.just(""),
    st.just("lots"),
    st.floats(min_value=-5, max_value=1e6, allow_nan=False),
    st.integers(min_value=0, max_value=10_000).map(str),
)
KEYS = st.tuples(st.sampled_from(NETWORKS), st.sampled_from(KPIS), st.integers(1, 4))
FIELDS = st.dictionaries(st.sampled_from(("target", "actual")), RAW, max_size=2)


@settings(max_examples=60, deadline=None)
@given(values=st.dictionaries(KEYS, FIELDS, max_size=6), blank=st.booleans())
def test_any_keyed_edit_applied_then_undone_gives_back_the_plan(
    values: dict[tuple[Any, ...], dict[str, Any]], blank: bool
) -> None:
    plan = fresh()
    before = frames(plan)
    edit = keyed_edit(plan, TRACKING_BY_KEY, values, "edit", add_blank=blank)
    if edit.command is None:
        return
    inverse = plan.apply(edit.command)
    redo = plan.apply(inverse)
    for name, frame in frames(plan).items():
        pd.testing.assert_frame_equal(frame, before[name])
    plan.apply(redo)
    assert plan.row_count(TRACKING) >= BASE.row_count(TRACKING)


@settings(max_examples=40, deadline=None)
@given(
    values=st.dictionaries(
        st.tuples(st.just("Our page"), st.sampled_from(("Banner", "Professional photo"))),
        st.dictionaries(
            st.sampled_from(("status", "note")),
            st.sampled_from(("done", "partly", "erledigt", "", "maybe", "a note")),
            max_size=2,
        ),
        max_size=2,
    )
)
def test_any_status_edit_applied_then_undone_gives_back_the_plan(
    values: dict[tuple[Any, ...], dict[str, Any]],
) -> None:
    plan = fresh()
    before = frames(plan)
    edit = keyed_edit(plan, STATUSES_BY_KEY, values)
    if edit.command is None:
        return
    plan.apply(plan.apply(edit.command))
    for name, frame in frames(plan).items():
        pd.testing.assert_frame_equal(frame, before[name])
