"""The planner's rules: focus, suggestions, headline figures."""

from __future__ import annotations

from smplanner.domain import kpi_planner
from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.plan import Plan


def test_focus_rules() -> None:
    assert kpi_planner.focus_problem(["", "S"]) is not None
    assert "No primary" in str(kpi_planner.focus_problem([]))
    assert kpi_planner.focus_problem(["P", "S", "P"]) is None
    assert kpi_planner.focus_problem(["P"] * 3) is None
    assert "4 primary KPIs" in str(kpi_planner.focus_problem(["P"] * 4))


def test_focus_problems_per_row(plan: Plan) -> None:
    problems = kpi_planner.focus_problems(plan)
    assert problems[:2] == [None, None]
    assert problems[2] is not None and "No primary" in problems[2]


def test_suggest_marks_stage_kpis_secondary_and_goal_kpis_primary(plan: Plan) -> None:
    roles = kpi_planner.suggested_roles(
        plan.records("kpis"), plan.records("goals"), "Awareness", "Grow audience"
    )
    assert roles == {"Followers": "P", "Impressions": "P"}
    roles = kpi_planner.suggested_roles(
        plan.records("kpis"), plan.records("goals"), "Decision", "Generate leads"
    )
    # No key KPI of the goal serves the Decision stage: the best-fitting one alone.
    assert roles == {"SQO": "S", "MQC": "P"}


def test_suggest_is_one_edit_that_replaces_the_row(plan: Plan) -> None:
    command = kpi_planner.suggest(plan, 2)
    plan.apply(command)
    assert kpi_planner.row_roles(plan, 2) == {"SQO": "S", "MQC": "P"}
    assert command.label == "Suggest KPIs for row 3"


def test_summary(plan: Plan) -> None:
    summary = kpi_planner.summary(plan)
    assert summary["rows_per_stage"] == {"Awareness": 1, "Consideration": 1, "Decision": 1}
    assert summary["primaries_per_kpi"]["Followers"] == 1
    assert summary["secondaries_per_kpi"]["Followers"] == 1
    assert [r["row"] for r in summary["rows_lacking_focus"]] == [3]


def test_example_plan_is_realistic() -> None:
    plan = example_plan()
    assert plan.row_count("planner") >= 12
    assert len(plan.keys("kpis")) == 41
    stages = {r["stage"] for r in plan.records("planner")}
    assert stages == set(plan.keys("stages")) and len(stages) == 5
    summary = kpi_planner.summary(plan)
    assert all(count >= 2 for count in summary["rows_per_stage"].values())
    # The example shows both warnings the planner gives.
    problems = [r["problem"] for r in summary["rows_lacking_focus"]]
    assert any("No primary" in p for p in problems)
    assert any("4 primary" in p for p in problems)


def test_example_suggestions_use_real_catalogue() -> None:
    plan = example_plan()
    kpis, goals = plan.records("kpis"), plan.records("goals")
    for stage in plan.keys("stages"):
        for goal in plan.keys("goals"):
            roles = kpi_planner.suggested_roles(kpis, goals, stage, goal)
            primaries = [k for k, r in roles.items() if r == "P"]
            assert 1 <= len(primaries) <= 3, (stage, goal)


def test_blank_plan_has_catalogues_and_no_rows() -> None:
    plan = blank_plan()
    assert plan.row_count("planner") == 0
    assert len(plan.keys("kpis")) == 41
    assert len(plan.keys("tactics")) == 16 and len(plan.keys("goals")) == 7
