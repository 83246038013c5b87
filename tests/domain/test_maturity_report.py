"""The self-assessment read from a plan: profiles, evidence, raters, overall, readiness."""

from __future__ import annotations

import pytest

from smplanner.domain import maturity_report
from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.commands import InsertRows, RemoveRows, SetCells
from smplanner.domain.plan import Plan

STRATEGY = "Strategy and goals"
DATA = "Data quality and lead-source tracking"


def rate(plan: Plan, rater: str, levels: dict[str, tuple[str, str]]) -> None:
    records = tuple(
        {"rater": rater, "dimension": d, "current": c, "target": t} for d, (c, t) in levels.items()
    )
    plan.apply(InsertRows("maturity_ratings", plan.row_count("maturity_ratings"), records))


def confirm(plan: Plan, dimension: str, up_to: int, level_only: int | None = None) -> None:
    codes = ["I", "II", "III", "IV", "V"]
    changes = []
    for row in range(plan.row_count("maturity_evidence")):
        record = plan.row("maturity_evidence", row)
        number = codes.index(record["level"]) + 1
        if record["dimension"] == dimension and (number <= up_to or number == level_only):
            changes.append((row, "confirmed", True))
    plan.apply(SetCells("maturity_evidence", tuple(changes)))


def test_a_new_plan_has_eight_dimensions_with_their_own_level_texts() -> None:
    plan = blank_plan()
    assert len(plan.keys("maturity")) == 8
    texts = [plan.value("maturity", r, f"level_{n}") for r in range(8) for n in range(1, 6)]
    assert all(texts) and len(set(texts)) == 40  # specific, never the generic line repeated
    per_level: dict[tuple[str, str], int] = {}
    for record in plan.records("maturity_evidence"):
        key = (record["dimension"], record["level"])
        per_level[key] = per_level.get(key, 0) + 1
    assert len(per_level) == 40 and min(per_level.values()) >= 2
    assert plan.keys("raters") == ["Our team"]


def test_evidence_above_an_unconfirmed_level_does_not_count() -> None:
    plan = blank_plan()
    rate(plan, "Our team", {STRATEGY: ("IV", "V")})
    confirm(plan, STRATEGY, up_to=1, level_only=3)  # I and III, not II
    strategy = maturity_report.profile(plan, "Our team")[0]
    assert strategy.evidenced == 1
    assert strategy.gap == 3
    assert "Rated IV Managed, but the evidence supports only I Initial" in strategy.gap_text()
    assert "Still to confirm at level II" in strategy.gap_text()
    confirm(plan, STRATEGY, up_to=4)
    assert maturity_report.profile(plan, "Our team")[0].gap == 0


def test_overall_level_is_rounded_down_and_named_with_the_weakest() -> None:
    plan = blank_plan()
    names = plan.keys("maturity")
    levels = ["III", "II", "I", "IV", "III", "III", "II", "IV"]  # mean 2.75
    rate(plan, "Our team", {n: (c, "IV") for n, c in zip(names, levels, strict=True)})
    whole = maturity_report.overall(maturity_report.profile(plan))
    assert (whole.current, whole.target) == (2, 4)
    assert whole.weakest == [DATA] and whole.weakest_level == 1
    assert whole.sentence() == (
        "Overall level II Repeatable; weakest: Data quality and lead-source tracking (I Initial)"
    )


def test_several_raters_mean_spread_and_disagreement() -> None:
    plan = blank_plan()
    plan.apply(InsertRows("raters", 1, ({"name": "Ana", "role": "Sales lead"},)))
    rate(plan, "Our team", {STRATEGY: ("II", "IV"), DATA: ("III", "IV")})
    rate(plan, "Ana", {STRATEGY: ("IV", "IV"), DATA: ("III", "III")})
    spread = maturity_report.spreads(plan)
    assert spread[STRATEGY].mean == 3 and spread[STRATEGY].spread == 2
    assert spread[STRATEGY].disagree and not spread[DATA].disagree
    team = {d.dimension: d for d in maturity_report.profile(plan)}
    assert team[STRATEGY].current == 3 and team[DATA].target == 3  # floor(3.5)


def test_removing_a_rater_or_dimension_takes_its_rows_and_undo_restores_them() -> None:
    plan = blank_plan()
    plan.apply(InsertRows("raters", 1, ({"name": "Ana"},)))
    rate(plan, "Ana", {STRATEGY: ("II", "IV"), DATA: ("I", "II")})
    rate(plan, "Our team", {STRATEGY: ("III", "IV")})
    before = plan.snapshot()
    undo_rater = plan.apply(RemoveRows("raters", (1,)))
    assert [r["rater"] for r in plan.records("maturity_ratings")] == ["Our team"]
    plan.apply(undo_rater)
    assert plan.snapshot() == before
    evidence = plan.row_count("maturity_evidence")
    undo_dimension = plan.apply(RemoveRows("maturity", (0,)))
    assert plan.row_count("maturity_evidence") == evidence - 10
    assert [r["dimension"] for r in plan.records("maturity_ratings")] == [DATA]
    plan.apply(undo_dimension)
    assert plan.snapshot() == before


def test_renaming_a_dimension_follows_into_evidence_and_ratings() -> None:
    plan = blank_plan()
    rate(plan, "Our team", {STRATEGY: ("II", "IV")})
    plan.apply(SetCells("maturity", ((0, "name", "Strategy"),)))
    assert plan.value("maturity_ratings", 0, "dimension") == "Strategy"
    assert {r["dimension"] for r in plan.records("maturity_evidence")} >= {"Strategy"}


@pytest.mark.parametrize(("typed", "stored"), [("3", "III"), (3.0, "III"), ("iv", "IV")])
def test_levels_typed_as_numbers_or_lower_case_are_stored_roman(typed: object, stored: str) -> None:
    plan = blank_plan()
    rate(plan, "Our team", {STRATEGY: ("I", "")})
    plan.apply(SetCells("maturity_ratings", ((0, "current", typed),)))
    assert plan.value("maturity_ratings", 0, "current") == stored


def test_readiness_from_the_plan() -> None:
    plan = blank_plan()
    assert maturity_report.readiness(plan)[0] == "Do a readiness project first"
    plan.apply(SetCells("readiness", tuple((r, "answer", "yes") for r in range(3))))
    assert maturity_report.readiness(plan) == (
        "Ready to implement",
        "The processes are in place, they work, and there are resources.",
    )


def test_the_example_summary() -> None:
    figures = maturity_report.summary(example_plan())
    assert figures["overall"] == {
        "current": "II",
        "target": "III",
        "evidenced": "II",
        "weakest": [DATA],
        "weakest_level": "I",
    }
    assert figures["gaps"] == ["Technology and integration", "Sales and marketing alignment"]
    alignment = figures["dimensions"][6]
    assert alignment["raters"] == {"Marta Nowak": "II", "Jonas Weber": "IV"}
    assert alignment["disagree"] and alignment["mean"] == 3
    assert figures["readiness"]["verdict"] == "Do a readiness project first"
    lines = maturity_report.summary_lines(figures)
    assert lines[1] == (
        "  Overall: current II Repeatable, target III Defined, evidenced II Repeatable"
    )
    assert any("raters disagree (spread 2)" in line for line in lines)
