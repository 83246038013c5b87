"""Evidence the plan can show, offered with the reason; and raters who rate the middle."""

from __future__ import annotations

import datetime as dt

from smplanner.domain import evidence_rules as rules
from smplanner.domain import rating_bias
from smplanner.domain.catalogue import blank_plan, default_tables
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.plan import Plan

TODAY = dt.date(2026, 3, 16)


def add(plan: Plan, table: str, *records: dict[str, object]) -> None:
    plan.apply(InsertRows(table, plan.row_count(table), records))


def cost(period: int, network: str, category: str, amount: float = 0.0, hours: float = 0.0):  # type: ignore[no-untyped-def]
    return {"period": period, "network": network, "category": category, "amount": amount,
            "hours": hours}  # fmt: skip


def test_every_rule_names_a_statement_of_the_default_model() -> None:
    statements = {
        (r["dimension"], r["level"], r["statement"]) for r in default_tables()["maturity_evidence"]
    }
    for rule in rules.RULES:
        assert (rule.dimension, rule.level, rule.statement) in statements, rule.name


def test_costs_by_network_in_every_period_suggest_roi_per_network() -> None:
    plan = blank_plan()  # six monthly periods, 50 an hour
    add(plan, "costs", cost(1, "LinkedIn", "content", 300), cost(2, "", "tools", 100))
    assert rules.roi_per_network(plan, TODAY) is None  # period 2 has no network's costs
    add(plan, "costs", cost(2, "X", "staff time", hours=4), cost(3, "X", "content", 200))
    assert rules.roi_per_network(plan, TODAY) == (
        "Costs are entered by network for each of periods 1 to 3, so the Dashboard works out "
        "ROI per network every period"
    )
    # one period says nothing about "every period"
    single = blank_plan()
    add(single, "costs", cost(1, "LinkedIn", "content", 300))
    assert rules.roi_per_network(single, TODAY) is None


def test_staff_time_must_be_costed_in_every_period_with_costs() -> None:
    plan = blank_plan()
    add(plan, "costs", cost(1, "LinkedIn", "staff time", hours=10), cost(2, "", "tools", 90))
    assert rules.staff_time_valued(plan, TODAY) is None
    add(plan, "costs", cost(2, "X", "staff time", amount=400))
    assert rules.staff_time_valued(plan, TODAY) == (
        "Staff time is in the costs, valued in money, in each of periods 1 to 2"
    )
    # hours with no hourly rate are not valued
    plan.apply(SetCells("settings", ((0, "hourly_rate", 0),)))
    assert rules.staff_time_valued(plan, TODAY) is None


def test_followers_and_an_engagement_kpi_every_month() -> None:
    plan = blank_plan()
    actual = [
        {"network": "LinkedIn", "kpi": "Followers", "period": p, "actual": 100.0 + p}
        for p in (1, 2, 3)
    ]
    add(plan, "tracking", *actual)
    add(plan, "tracking", {"network": "X", "kpi": "Comments", "period": 1, "actual": 4.0},
        {"network": "X", "kpi": "Comments", "period": 3, "actual": 6.0})  # fmt: skip
    assert rules.followers_and_engagement(plan, TODAY) is None  # no engagement in period 2
    add(plan, "tracking", {"network": "LinkedIn", "kpi": "Shares", "period": 2, "actual": 9.0})
    assert rules.followers_and_engagement(plan, TODAY) == (
        "Followers and an engagement KPI have actuals for every month from period 1 to 3"
    )
    plan.apply(SetCells("settings", ((0, "period_unit", "quarter"),)))
    assert rules.followers_and_engagement(plan, TODAY) is None  # not "at least monthly"


def test_won_deals_of_the_last_quarter_need_a_touch_before_they_closed() -> None:
    deals = [
        {"deal_id": "D1", "stage": "won", "close": dt.date(2026, 3, 1)},
        {"deal_id": "D2", "stage": "won", "close": dt.date(2026, 1, 20)},
        {"deal_id": "D3", "stage": "won", "close": dt.date(2025, 10, 1)},  # before the quarter
        {"deal_id": "D4", "stage": "lost", "close": dt.date(2026, 3, 2)},
    ]
    touches = [
        {"deal": "D1", "date": dt.date(2026, 2, 1)},
        {"deal": "D2", "date": dt.date(2026, 2, 1)},  # after D2 closed
    ]
    assert rules.won_deals_touched(deals, touches, TODAY) is None
    touches.append({"deal": "D2", "date": dt.date(2026, 1, 5)})
    assert rules.won_deals_touched(deals, touches, TODAY) == (
        "All 2 deals won in the last quarter have touches: the first is the originating "
        "source, the last the conversion point"
    )
    assert rules.won_deals_touched(deals, touches, dt.date(2027, 1, 1)) is None  # none won


def test_the_deals_rule_is_offered_only_when_the_plan_has_deals() -> None:
    names = [r.name for r in rules.active_rules()]
    has_deals = "deals" in rules.SCHEMAS and "touches" in rules.SCHEMAS
    assert ("won_deals_touched" in names) == has_deals
    assert {"roi_per_network", "staff_time_valued", "followers_and_engagement"} <= set(names)


def test_a_suggestion_is_accepted_or_dismissed_in_one_step_and_not_offered_again() -> None:
    plan = blank_plan()
    add(plan, "costs", *(cost(p, "LinkedIn", "staff time", hours=5) for p in (1, 2)))
    offered = {s.rule: s for s in rules.suggestions(plan, TODAY)}
    assert sorted(offered) == ["roi_per_network", "staff_time_valued"]
    roi = offered["roi_per_network"]
    assert plan.value("maturity_evidence", roi.row, "statement") == (
        "ROI per network is calculated every period."
    )
    before = plan.snapshot()
    undo = plan.apply(rules.accept(plan, roi))
    assert bool(plan.value("maturity_evidence", roi.row, "confirmed")) is True
    assert plan.value("maturity_evidence", roi.row, "note") == (
        "Costs and Returns sheets; the Dashboard's ROI per network"
    )
    assert [s.rule for s in rules.suggestions(plan, TODAY)] == ["staff_time_valued"]
    plan.apply(undo)
    assert plan.snapshot() == before

    plan.apply(rules.dismiss(plan, offered["staff_time_valued"]))
    assert plan.records("dismissed_suggestions") == [
        {
            "rule": "staff_time_valued",
            "statement": "Staff time spent on social media is recorded and valued in the "
            "cost figures.",
        }
    ]
    assert [s.rule for s in rules.suggestions(plan, TODAY)] == ["roi_per_network"]


def test_a_rater_with_most_levels_at_three_is_named() -> None:
    plan = blank_plan()
    dimensions = plan.keys("maturity")[:5]
    add(plan, "raters", {"name": "Ana"}, {"name": "Ben"})
    ana = ["III", "III", "III", "II", "IV"]  # 3 of 5: more than half
    ben = ["III", "III", "II", "IV", ""]  # 2 of 4 rated: half is not most
    for rater, levels in (("Ana", ana), ("Ben", ben)):
        records = [
            {"rater": rater, "dimension": d, "current": c}
            for d, c in zip(dimensions, levels, strict=True)
        ]
        add(plan, "maturity_ratings", *records)
    assert rating_bias.central_tendency(plan) == [rating_bias.MiddleHeavy("Ana", 3, 5)]
    add(plan, "maturity_ratings", {"rater": "Ben", "dimension": dimensions[4], "current": "III"})
    assert [m.rater for m in rating_bias.central_tendency(plan)] == ["Ana", "Ben"]
