"""Edits apply, cascade and undo exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.domain.commands import (
    CommandError,
    Compound,
    InsertRows,
    MoveRows,
    RemoveRows,
    SetCells,
)
from smplanner.domain.events import Change
from smplanner.domain.plan import Plan


def undo_all(plan: Plan, inverses: list) -> None:
    for inverse in reversed(inverses):
        plan.apply(inverse)


def test_set_cell_and_undo(plan: Plan) -> None:
    before = plan.snapshot()
    inverse = plan.apply(SetCells("planner", ((2, "SQO", "primary"),)))
    assert plan.value("planner", 2, "SQO") == "P"
    plan.apply(inverse)
    assert plan.snapshot() == before


def test_bad_value_is_refused_with_what_is_expected(plan: Plan) -> None:
    before = plan.snapshot()
    with pytest.raises(CommandError, match=r"'Prim' is not allowed; expected one of P \(Primary\)"):
        plan.apply(SetCells("planner", ((0, "Followers", "Prim"),)))
    assert plan.snapshot() == before


def test_renaming_a_tactic_renames_it_in_every_planner_row(plan: Plan) -> None:
    before = plan.snapshot()
    inverse = plan.apply(SetCells("tactics", ((0, "name", "Short video"),)))
    assert plan.value("planner", 0, "tactic") == "Short video"
    assert "Short video" in plan.allowed("planner", "tactic")
    plan.apply(inverse)
    assert plan.snapshot() == before


def test_renaming_a_kpi_renames_column_and_goal_references(plan: Plan) -> None:
    before = plan.snapshot()
    inverse = plan.apply(SetCells("kpis", ((0, "name", "Audience"),)))
    assert "Audience" in plan.column_names("planner")
    assert "Followers" not in plan.column_names("planner")
    assert plan.value("planner", 0, "Audience") == "P"
    assert plan.value("goals", 0, "key_kpis") == ("Audience", "Impressions")
    plan.apply(inverse)
    assert plan.snapshot() == before


def test_renaming_a_stage_follows_into_kpi_usual_stages(plan: Plan) -> None:
    plan.apply(SetCells("stages", ((0, "name", "Attention"),)))
    assert plan.value("kpis", 0, "stages") == ("Attention",)
    assert plan.value("planner", 0, "stage") == "Attention"


def test_duplicate_and_empty_names_are_refused(plan: Plan) -> None:
    with pytest.raises(CommandError, match="already a tactic called 'Webinar'"):
        plan.apply(SetCells("tactics", ((0, "name", " webinar "),)))
    with pytest.raises(CommandError, match="needs a name"):
        plan.apply(SetCells("tactics", ((0, "name", ""),)))
    with pytest.raises(CommandError, match="cannot hold a comma"):
        plan.apply(SetCells("kpis", ((0, "name", "Cost, per lead"),)))
    with pytest.raises(CommandError, match="column of the KPI planner"):
        plan.apply(SetCells("kpis", ((0, "name", "Notes"),)))


def test_removing_a_kpi_removes_its_column_and_undo_restores_the_marks(plan: Plan) -> None:
    before = plan.snapshot()
    inverse = plan.apply(RemoveRows("kpis", (0, 2)))
    assert plan.keys("kpis") == ["Impressions", "SQO"]
    assert plan.column_names("planner")[4:] == ["Impressions", "SQO"]
    assert plan.value("goals", 1, "key_kpis") == ()
    plan.apply(inverse)
    assert plan.snapshot() == before


def test_removing_a_tactic_in_use_clears_it_from_rows(plan: Plan) -> None:
    assert plan.references("tactics", "Webinar") == [("planner", 1, "tactic")]
    inverse = plan.apply(RemoveRows("tactics", (1,)))
    assert plan.value("planner", 1, "tactic") == ""
    plan.apply(inverse)
    assert plan.value("planner", 1, "tactic") == "Webinar"


def test_adding_a_kpi_adds_an_empty_planner_column_at_its_place(plan: Plan) -> None:
    plan.apply(InsertRows("kpis", 1, ({"name": "Reach", "category": "Reach"},)))
    assert plan.column_names("planner")[4:] == ["Followers", "Reach", "Impressions", "MQC", "SQO"]
    assert [plan.value("planner", r, "Reach") for r in range(3)] == ["", "", ""]


def test_moving_kpis_moves_planner_columns(plan: Plan) -> None:
    events = []
    plan.subscribe(events.append)
    inverse = plan.apply(MoveRows("kpis", 0, 2, 4))
    assert plan.keys("kpis") == ["MQC", "SQO", "Followers", "Impressions"]
    assert plan.column_names("planner")[4:] == plan.keys("kpis")
    assert Change.COLUMNS_MOVED in {e.change for e in events}
    plan.apply(inverse)
    assert plan.keys("kpis") == ["Followers", "Impressions", "MQC", "SQO"]


def test_moving_rows_into_themselves_is_refused(plan: Plan) -> None:
    with pytest.raises(CommandError):
        plan.apply(MoveRows("planner", 0, 2, 1))


def test_failed_compound_changes_nothing(plan: Plan) -> None:
    before = plan.snapshot()
    bad = Compound(
        (
            SetCells("planner", ((0, "notes", "first step"),)),
            SetCells("planner", ((0, "Followers", "nonsense"),)),
        )
    )
    with pytest.raises(CommandError):
        plan.apply(bad)
    assert plan.snapshot() == before


def test_events_come_in_before_and_after_pairs(plan: Plan) -> None:
    seen: list[tuple[Change, int]] = []
    plan.subscribe(lambda e: seen.append((e.change, plan.row_count("planner"))))
    plan.apply(InsertRows("planner", 1, ({"stage": "Decision"},)))
    assert seen == [(Change.ROWS_INSERT_ABOUT, 3), (Change.ROWS_INSERTED, 4)]


# --------------------------------------------------------------- property: undo is exact
def command_strategy(plan: Plan) -> st.SearchStrategy:
    rows = plan.row_count("planner")
    kpis = plan.column_names("planner")[4:]
    tactics = plan.keys("tactics")
    role = st.sampled_from(["", "P", "S", "primary", "Secondary "])
    choices = [
        st.builds(
            lambda r, k, v: SetCells("planner", ((r, k, v),)),
            st.integers(0, max(rows - 1, 0)),
            st.sampled_from(kpis) if kpis else st.just("notes"),
            role,
        ),
        st.builds(
            lambda at, note: InsertRows("planner", at, ({"stage": "Awareness", "notes": note},)),
            st.integers(0, rows),
            st.text(max_size=20),
        ),
        st.builds(
            lambda t, name: SetCells("tactics", ((t, "name", name),)),
            st.integers(0, len(tactics) - 1),
            st.text(min_size=1, max_size=12),
        ),
        st.builds(
            lambda name: InsertRows("kpis", 0, ({"name": name},)),
            st.text(min_size=1, max_size=12),
        ),
    ]
    if rows:
        choices.append(st.builds(lambda r: RemoveRows("planner", (r,)), st.integers(0, rows - 1)))
        choices.append(
            st.builds(
                lambda first, dest: MoveRows("planner", first, 1, dest),
                st.integers(0, rows - 1),
                st.integers(0, rows),
            )
        )
    if len(kpis) > 1:
        choices.append(st.builds(lambda k: RemoveRows("kpis", (k,)), st.integers(0, len(kpis) - 1)))
    return st.one_of(choices)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_sequence_of_edits_undoes_and_redoes_exactly(
    data: st.DataObject, make_plan: Callable[[], Plan]
) -> None:
    plan = make_plan()
    before = plan.snapshot()
    inverses, applied = [], []
    for _ in range(data.draw(st.integers(1, 8))):
        command = data.draw(command_strategy(plan))
        try:
            inverses.append(plan.apply(command))
        except CommandError:
            continue
        applied.append(command)
        assert plan.column_names("planner")[4:] == plan.keys("kpis")
    after = plan.snapshot()
    undo_all(plan, inverses)
    assert plan.snapshot() == before
    for command in applied:
        plan.apply(command)
    assert plan.snapshot() == after


def test_a_copy_does_not_follow_later_edits() -> None:
    from smplanner.domain.catalogue import example_plan
    from smplanner.domain.commands import SetCells

    plan = example_plan()
    heard: list[object] = []
    plan.subscribe(heard.append)
    twin = plan.copy()
    assert twin.snapshot() == plan.snapshot() and twin.name == plan.name
    plan.apply(SetCells("planner", ((0, "notes", "changed later"),)))
    assert twin.value("planner", 0, "notes") != "changed later"
    twin.apply(SetCells("planner", ((1, "notes", "in the copy"),)))
    assert len(heard) == 1  # the copy has no listeners of the original
    assert plan.value("planner", 1, "notes") != "in the copy"
