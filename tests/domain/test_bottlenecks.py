"""Bottlenecks named in words, from figures worked out by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smplanner.domain.bottlenecks import FALL_OUT_UNKNOWN, bottlenecks
from smplanner.domain.catalogue import default_tables
from smplanner.domain.plan import Plan

TODAY = dt.date(2027, 3, 31)
FOLLOWERS = "Followers"
MQC = "Marketing qualified contacts (MQC)"
SQO = "Sales qualified opportunities (SQO)"


def plan_with(**tables: Any) -> Plan:
    row = {"currency": "EUR", "periods": 6, "period_unit": "month", "first_period": "2027-01"}
    return Plan("t", {**default_tables(), "settings": [row], **tables})


def deal(number: int, stage: str, created: dt.date | None) -> dict[str, Any]:
    return {"deal_id": f"D{number}", "value": 1_000, "stage": stage, "created": created}


# Scoped: created 2027-03-01 and 2027-01-30 -> 30 and 60 days old, mean 45, oldest 60.
# Qualified: 2027-03-21 -> 10 days; a second one without a date is left out.
# Proposed: 2027-02-19 -> 40 days. Won and lost deals never wait, however old.
DEALS = [
    deal(1, "Scoped", dt.date(2027, 3, 1)),
    deal(2, "Scoped", dt.date(2027, 1, 30)),
    deal(3, "Qualified", dt.date(2027, 3, 21)),
    deal(4, "Qualified", None),
    deal(8, "Qualified", dt.date(2027, 4, 2)),  # created after today: no age yet
    deal(5, "Proposed", dt.date(2027, 2, 19)),
    deal(6, "Won", dt.date(2020, 1, 1)),
    deal(7, "Lost", dt.date(2020, 1, 1)),
]


def test_the_stage_where_open_deals_wait_longest() -> None:
    found = bottlenecks(plan_with(deals=DEALS), TODAY)
    waits = {w.stage: w for w in found.waits}
    assert (waits["Scoped"].deals, waits["Scoped"].mean_days, waits["Scoped"].longest_days) == (
        2,
        45.0,
        60,
    )
    assert waits["Qualified"].deals == 3 and waits["Qualified"].dated == 1
    assert waits["Qualified"].mean_days == 10.0
    assert waits["Evaluated"].mean_days is None  # no deals: no wait, not 0
    assert found.longest is not None and found.longest.stage == "Scoped"
    assert found.undated_open == 2
    text = found.sentences()
    assert text[0] == (
        "Deals wait longest at Scoped: 2 open deals, on average 45 days old, the oldest 60"
        " days. The wait is each deal's age since it was created: deals keep no date of"
        " entering their stage."
    )
    assert text[1] == "Left out of the wait, with no created date or one after today: 2 open deals."
    assert FALL_OUT_UNKNOWN in text


def track(kpi: str, actual: float, target: float) -> dict[str, Any]:
    return {"network": "LinkedIn", "kpi": kpi, "period": 1, "actual": actual, "target": target}


def test_the_funnel_step_furthest_below_its_target() -> None:
    # followers 1,000 (target 1,000), MQC 100 (target 80), SQO 5 (target 16):
    # Followers to MQC 10 % against 8 % = 125 %; MQC to SQO 5 % against 20 % = 25 %.
    tracking = [track(FOLLOWERS, 1_000, 1_000), track(MQC, 100, 80), track(SQO, 5, 16)]
    found = bottlenecks(plan_with(tracking=tracking), TODAY)
    steps = {(s.upper, s.lower): s for s in found.steps}
    assert steps[("followers", "mqc")].against_target == 1.25
    assert steps[("mqc", "sqo")].actual == 0.05 and steps[("mqc", "sqo")].target == 0.2
    assert found.weakest is not None and (found.weakest.upper, found.weakest.lower) == (
        "mqc",
        "sqo",
    )
    assert (
        "The weakest funnel step is MQC to SQO: 5.0 % against a target of 20.0 % (25 % of"
        " target)." in found.sentences()
    )


def test_nothing_to_judge_is_said_not_guessed() -> None:
    found = bottlenecks(plan_with(), TODAY)
    assert found.longest is None and found.weakest is None
    assert all(s.against_target is None for s in found.steps)
    text = found.sentences()
    assert text[0] == "No open deal has a created date up to today, so no stage's wait is known."
    assert text[-1].startswith("No funnel step can be judged against a target yet")
    data = found.as_json()
    assert data["longest_wait"] is None and data["fall_out"] is None


def test_when_every_step_meets_its_target_the_text_says_so() -> None:
    # Followers to MQC 10 % against 8 % (125 %); MQC to SQO 10 % against 10 % (100 %)
    tracking = [track(FOLLOWERS, 1_000, 1_000), track(MQC, 100, 80), track(SQO, 10, 8)]
    found = bottlenecks(plan_with(tracking=tracking), TODAY)
    assert found.sentences()[-1] == (
        "Every funnel step meets its target; the closest to falling short is MQC to SQO:"
        " 10.0 % against a target of 10.0 % (100 % of target)."
    )
