"""Merging a colleague's copy of a plan: additions, fills, conflicts, catalogues, undo."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain import maturity_report as report
from smplanner.domain import merge
from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.commands import CommandError, InsertRows, SetCells
from smplanner.domain.plan import Plan
from smplanner.domain.tables import SCHEMAS

DIMENSIONS = ("Strategy and goals", "Lead management process", "Measurement and ROI")


def add(plan: Plan, table: str, *records: dict[str, Any]) -> None:
    plan.apply(InsertRows(table, plan.row_count(table), records))


def rate(plan: Plan, rater: str, levels: dict[str, tuple[str, str]]) -> None:
    add(plan, "raters", {"name": rater, "role": "Sales lead"})
    records = [
        {"rater": rater, "dimension": d, "current": c, "target": t} for d, (c, t) in levels.items()
    ]
    add(plan, "maturity_ratings", *records)


def merged(mine: Plan, theirs: Plan, take: merge.Side = merge.MINE) -> Plan:
    result = mine.copy()
    merge.apply(result, merge.preview(result, theirs), take)
    return result


def test_merging_a_plan_with_itself_changes_nothing() -> None:
    plan = example_plan()
    before = plan.snapshot()
    found = merge.preview(plan, plan.copy())
    assert found.is_empty and found.added == {} and found.conflicts == () and found.catalogue == ()
    merge.apply(plan, found, merge.MINE)
    assert plan.snapshot() == before


def test_two_raters_on_two_laptops_end_as_if_they_rated_on_one_machine() -> None:
    base = blank_plan()
    alice, bob, together = base.copy(), base.copy(), base.copy()
    alice_levels = {DIMENSIONS[0]: ("II", "IV"), DIMENSIONS[1]: ("I", "III")}
    bob_levels = {
        DIMENSIONS[0]: ("IV", "IV"),
        DIMENSIONS[1]: ("III", "III"),
        DIMENSIONS[2]: ("II", "III"),
    }
    rate(alice, "Alice", alice_levels)
    rate(bob, "Bob", bob_levels)
    rate(together, "Alice", alice_levels)
    rate(together, "Bob", bob_levels)

    found = merge.preview(alice, bob)
    assert found.added == {"raters": 1, "maturity_ratings": 3}
    assert found.conflicts == ()
    assert [(e.table, e.name, e.only_in, e.uses) for e in found.catalogue] == [
        ("raters", "Bob", merge.THEIRS, 3),
        ("raters", "Alice", merge.MINE, 2),
    ]
    merge.apply(alice, found, merge.MINE)

    assert alice.snapshot() == together.snapshot()
    assert report.summary(alice) == report.summary(together)
    spread = report.spreads(alice)[DIMENSIONS[0]]
    assert spread.levels == {"Alice": 2, "Bob": 4}
    assert spread.spread == 2 and spread.disagree
    # the team level is the rounded-down mean of the raters who rated: (2 + 4) / 2 = 3
    team = {d.dimension: d for d in report.profile(alice)}
    assert team[DIMENSIONS[0]].current == 3
    assert team[DIMENSIONS[1]].current == 2  # (1 + 3) / 2
    assert team[DIMENSIONS[2]].current == 2  # Bob alone


def test_a_rater_listed_in_both_copies_brings_the_ratings_only_their_copy_has() -> None:
    base = blank_plan()
    add(base, "raters", {"name": "Alice"}, {"name": "Bob"})
    blank = [{"rater": r, "dimension": DIMENSIONS[0]} for r in ("Alice", "Bob")]
    add(base, "maturity_ratings", *blank)
    alice, bob = base.copy(), base.copy()
    alice.apply(SetCells("maturity_ratings", ((0, "current", "II"), (0, "target", "III"))))
    bob.apply(SetCells("maturity_ratings", ((1, "current", "IV"), (1, "target", "V"))))
    found = merge.preview(alice, bob)
    assert found.conflicts == ()
    assert found.table("maturity_ratings").filled == ((1, "current", "IV"), (1, "target", "V"))
    merge.apply(alice, found, merge.MINE)
    assert report.ratings(alice)["Bob"][DIMENSIONS[0]] == (4, 5)
    assert report.ratings(alice)["Alice"][DIMENSIONS[0]] == (2, 3)


def test_different_values_are_conflicts_listed_value_by_value() -> None:
    mine, theirs = example_plan(), example_plan()
    mine.apply(SetCells("settings", ((0, "currency", "USD"),)))
    theirs.apply(SetCells("settings", ((0, "currency", "PLN"), (0, "hourly_rate", 80))))
    theirs.apply(SetCells("tracking", ((0, "actual", 1234.0),)))
    found = merge.preview(mine, theirs)
    shown = [(c.table, c.identity, c.column, c.mine, c.theirs) for c in found.conflicts]
    assert shown == [
        ("settings", "row 1", "currency", "USD", "PLN"),
        ("settings", "row 1", "hourly_rate", 50.0, 80),
        ("tracking", "LinkedIn · Followers · 1", "actual", 1000.0, 1234.0),
    ]
    assert found.added == {}
    one_by_one = mine.copy()
    merge.apply(one_by_one, found, [merge.THEIRS, merge.MINE, merge.THEIRS])
    assert one_by_one.value("settings", 0, "currency") == "PLN"
    assert one_by_one.value("settings", 0, "hourly_rate") == 50
    assert one_by_one.value("tracking", 0, "actual") == 1234
    assert merged(mine, theirs, merge.MINE).snapshot() == mine.snapshot()
    assert merged(mine, theirs, merge.THEIRS).snapshot() == theirs.snapshot()
    with pytest.raises(merge.MergeError, match="needs a choice"):
        merge.command(found, [merge.THEIRS])


def test_a_network_only_their_copy_has_is_added_with_its_rows() -> None:
    mine, theirs = example_plan(), example_plan()
    add(theirs, "networks", {"name": "Mastodon", "description": "Fediverse"})
    rows = [
        {"network": "Mastodon", "kpi": "Followers", "period": p, "actual": 10.0 * p} for p in (1, 2)
    ]
    add(theirs, "tracking", *rows)
    add(theirs, "costs", {"period": 1, "network": "Mastodon", "amount": 20.0, "note": "server"})
    found = merge.preview(mine, theirs)
    assert [(e.table, e.name, e.only_in, e.uses) for e in found.catalogue] == [
        ("networks", "Mastodon", merge.THEIRS, 3)
    ]
    assert found.added == {"networks": 1, "tracking": 2, "costs": 1}
    merge.apply(mine, found, merge.MINE)
    assert mine.snapshot() == theirs.snapshot()


def test_a_renamed_kpi_is_listed_and_can_be_taken_as_mine() -> None:
    mine, theirs = example_plan(), example_plan()
    row = theirs.keys("kpis").index("Followers")
    theirs.apply(SetCells("kpis", ((row, "name", "Follower count"),)))
    theirs.apply(SetCells("tracking", ((0, "actual", 999.0),)))
    found = merge.preview(mine, theirs)
    entries = {(e.name, e.only_in, e.like) for e in found.catalogue}
    assert entries == {
        ("Follower count", merge.THEIRS, "Followers"),
        ("Followers", merge.MINE, "Follower count"),
    }
    # taken as a new KPI, its rows (tracking, planner column) come with it
    assert found.added["kpis"] == 1 and found.added["tracking"] > 0

    same = merge.preview(mine, theirs, [("kpis", "Follower count", "Followers")])
    assert same.catalogue == () and same.added == {}
    assert [(c.table, c.column, c.theirs) for c in same.conflicts] == [
        ("tracking", "actual", 999.0)
    ]
    merge.apply(mine, same, merge.THEIRS)
    assert mine.value("tracking", 0, "actual") == 999
    assert "Follower count" not in mine.keys("kpis")


def test_names_in_another_letter_case_are_the_same_entry() -> None:
    mine, theirs = example_plan(), example_plan()
    theirs.apply(SetCells("networks", ((0, "name", "LINKEDIN"),)))
    found = merge.preview(mine, theirs)
    assert found.is_empty and found.catalogue == ()


def test_same_as_names_an_entry_that_exists() -> None:
    plan = example_plan()
    with pytest.raises(merge.MergeError, match="no KPI called 'Nope'"):
        merge.preview(plan, plan.copy(), [("kpis", "Nope", "Followers")])
    with pytest.raises(merge.MergeError, match="already a KPI"):
        merge.preview(plan, plan.copy(), [("kpis", "Impressions", "Followers")])


def test_a_refused_merge_changes_nothing() -> None:
    mine, theirs = example_plan(), example_plan()
    add(theirs, "networks", {"name": "Mastodon"})
    theirs.apply(SetCells("settings", ((0, "currency", "PLN"),)))
    found = merge.preview(mine, theirs)
    add(mine, "networks", {"name": "mastodon"})  # the plan changed after the preview
    before = mine.snapshot()
    with pytest.raises(CommandError):
        merge.apply(mine, found, merge.THEIRS)
    assert mine.snapshot() == before


def test_every_table_has_an_identity_of_its_own_columns() -> None:
    for schema in SCHEMAS.values():
        for name in merge.identity_columns(schema):
            assert name in schema.fixed_names, (schema.name, name)
    order = merge.merge_order()
    assert sorted(order) == sorted(SCHEMAS)
    for schema in SCHEMAS.values():
        for column in schema.columns:
            if column.ref:
                assert order.index(column.ref) < order.index(schema.name)


# ------------------------------------------------------------------ properties
@cache
def _example() -> Plan:
    return example_plan()


NETWORKS = ("Mastodon", "Threads", "Bluesky")
KPIS = ("Saves", "Replies")


@st.composite
def additions(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    """Rows to append to the example plan, catalogue entries first."""
    base = _example()
    networks = [*base.keys("networks"), *draw(st.sets(st.sampled_from(NETWORKS)))]
    kpis = [*base.keys("kpis")[:4], *draw(st.sets(st.sampled_from(KPIS)))]
    rows: list[tuple[str, dict[str, Any]]] = [("networks", {"name": n}) for n in networks[6:]]
    rows += [("kpis", {"name": k, "unit": "count"}) for k in kpis[4:]]
    number = st.none() | st.integers(0, 10_000).map(float)
    for _ in range(draw(st.integers(0, 4))):
        rows.append(
            (
                "tracking",
                {
                    "network": draw(st.sampled_from(networks)),
                    "kpi": draw(st.sampled_from(kpis)),
                    "period": draw(st.integers(1, 6)),
                    "target": draw(number),
                    "actual": draw(number),
                },
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        network = draw(st.sampled_from(["", *networks]))
        rows.append(
            (
                "costs",
                {"period": draw(st.integers(1, 6)), "network": network, "amount": draw(number)},
            )
        )
    if draw(st.booleans()):
        planner = {"stage": base.keys("stages")[0], "goal": base.keys("goals")[0]}
        planner |= {"tactic": base.keys("tactics")[0], kpis[-1]: "P"}
        rows.append(("planner", planner))
    for rater in draw(st.sets(st.sampled_from(("Ana", "Ben")))):
        rows.append(("raters", {"name": rater}))
        level = draw(st.sampled_from(("I", "II", "III", "IV", "V")))
        rows.append(
            ("maturity_ratings", {"rater": rater, "dimension": DIMENSIONS[0], "current": level})
        )
    return rows


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(additions())
def test_merging_a_copy_with_added_rows_adds_exactly_those_rows(
    rows: list[tuple[str, dict[str, Any]]],
) -> None:
    mine = _example().copy()
    theirs = mine.copy()
    counts: dict[str, int] = {}
    for table, record in rows:
        add(theirs, table, record)
        counts[table] = counts.get(table, 0) + 1
    before = mine.snapshot()

    found = merge.preview(mine, theirs)
    assert found.added == counts
    assert found.conflicts == ()
    undo = merge.apply(mine, found, merge.MINE)
    assert mine.snapshot() == theirs.snapshot()
    assert mine.column_names("planner") == theirs.column_names("planner")
    assert merge.preview(mine, theirs).is_empty  # merging again changes nothing

    mine.apply(undo)
    assert mine.snapshot() == before
    assert mine.column_names("planner") == _example().column_names("planner")
