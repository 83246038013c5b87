"""The sourced and influenced weighted pipeline, filled into Tracking as one edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

from smplanner.domain.catalogue import default_tables
from smplanner.domain.commands import RemoveRows, SetCells
from smplanner.domain.pipeline_kpis import INFLUENCED_KPI, SOURCED_KPI, fill_pipeline_kpis
from smplanner.domain.plan import Plan


def plan_with(**tables: Any) -> Plan:
    row = {"currency": "EUR", "periods": 3, "period_unit": "month", "first_period": "2027-01"}
    return Plan("t", {**default_tables(), "settings": [row], **tables})


def deal(number: int, value: float, stage: str, close: dt.date | None) -> dict[str, Any]:
    return {"deal_id": f"D{number}", "value": value, "stage": stage, "close": close}


def touch(number: int, day: int | None, channel: str) -> dict[str, Any]:
    return {
        "deal": f"D{number}",
        "date": None if day is None else dt.date(2026, 12, day),
        "channel": channel,
    }


# D1 Proposed (75 %) 10,000 closing in February: first touch LinkedIn, later X
#    -> weighted 7,500; sourced on LinkedIn, influenced on LinkedIn (its first social touch).
# D2 Scoped (25 %) 8,000 closing in January: first touch Email, then X
#    -> weighted 2,000; not sourced, influenced on X.
# D3 Evaluated (50 %) 4,000 in January, only an undated X touch -> influenced 2,000 on X.
# D4 Won 50,000: closed, in no pipeline. D5 open with a LinkedIn touch closing in
#    December 2027 (outside the three periods): left out and counted. D6 open, no social.
DEALS = [
    deal(1, 10_000, "Proposed", dt.date(2027, 2, 14)),
    deal(2, 8_000, "Scoped", dt.date(2027, 1, 9)),
    deal(3, 4_000, "Evaluated", dt.date(2027, 1, 30)),
    deal(4, 50_000, "Won", dt.date(2027, 1, 5)),
    deal(5, 6_000, "Qualified", dt.date(2027, 12, 1)),
    deal(6, 3_000, "Qualified", dt.date(2027, 1, 1)),
]
TOUCHES = [
    touch(1, 2, "LinkedIn"),
    touch(1, 5, "X"),
    touch(2, 1, "Email"),
    touch(2, 3, "X"),
    touch(3, None, "X"),
    touch(4, 1, "LinkedIn"),
    touch(5, 1, "LinkedIn"),
    touch(6, 1, "Email"),
]


def actuals(plan: Plan, kpi: str) -> dict[tuple[str, int], float]:
    frame = plan.frame("tracking")
    rows = frame[frame["kpi"] == kpi]
    return {
        (n, int(p)): float(a)
        for n, p, a in zip(rows["network"], rows["period"], rows["actual"], strict=True)
    }


def test_each_deal_is_placed_once_on_one_network_and_period() -> None:
    plan = plan_with(deals=DEALS, touches=TOUCHES)
    fill = fill_pipeline_kpis(plan)
    assert fill.sourced == pytest.approx(7_500)
    assert fill.influenced == pytest.approx(11_500)
    assert fill.left_out == 1 and not fill.missing_kpis
    assert fill.edit.command is not None and not fill.edit.refused
    plan.apply(fill.edit.command)
    sourced, influenced = actuals(plan, SOURCED_KPI), actuals(plan, INFLUENCED_KPI)
    assert sourced[("LinkedIn", 2)] == 7_500
    assert influenced[("LinkedIn", 2)] == 7_500
    assert influenced[("X", 1)] == 4_000  # D2 2,000 + D3 2,000
    # every network and period of the plan has its actual, 0 included
    networks = plan.keys("networks")
    assert len(sourced) == len(influenced) == len(networks) * 3
    assert sum(sourced.values()) == pytest.approx(fill.sourced)
    assert sum(influenced.values()) == pytest.approx(fill.influenced)
    assert fill.describe("EUR") == (
        "Filled the pipeline KPIs into Tracking: sourced by social 7,500.00 EUR, influenced"
        " by social 11,500.00 EUR (weighted, by period of expected close); 1 open social"
        " deal left out (no close date, or outside the periods)"
    )


def test_a_second_fill_changes_nothing_and_a_moved_deal_leaves_no_stale_value() -> None:
    plan = plan_with(deals=DEALS, touches=TOUCHES)
    command = fill_pipeline_kpis(plan).edit.command
    assert command is not None
    plan.apply(command)
    again = fill_pipeline_kpis(plan)
    assert again.edit.command is None
    assert again.describe().startswith("Tracking already holds these values")
    row = plan.keys("deals").index("D1")
    plan.apply(SetCells("deals", ((row, "close", dt.date(2027, 3, 2)),)))
    moved = fill_pipeline_kpis(plan).edit.command
    assert moved is not None
    plan.apply(moved)
    assert actuals(plan, SOURCED_KPI)[("LinkedIn", 2)] == 0
    assert actuals(plan, SOURCED_KPI)[("LinkedIn", 3)] == 7_500


def test_targets_stay_and_the_fill_undoes_as_one_step() -> None:
    typed = {"network": "LinkedIn", "kpi": SOURCED_KPI, "period": 2, "target": 9_000}
    plan = plan_with(deals=DEALS, touches=TOUCHES, tracking=[typed])
    before = plan.snapshot()
    command = fill_pipeline_kpis(plan).edit.command
    assert command is not None
    inverse = plan.apply(command)
    frame = plan.frame("tracking")
    first = frame.iloc[0]
    assert (first["target"], first["actual"]) == (9_000, 7_500)
    plan.apply(inverse)
    assert plan.snapshot() == before


def test_a_kpi_missing_from_the_catalogue_is_said_and_not_written() -> None:
    plan = plan_with(deals=DEALS, touches=TOUCHES)
    row = plan.keys("kpis").index(INFLUENCED_KPI)
    plan.apply(RemoveRows("kpis", (row,)))
    fill = fill_pipeline_kpis(plan)
    assert fill.missing_kpis == (INFLUENCED_KPI,)
    assert fill.edit.command is not None
    plan.apply(fill.edit.command)
    assert set(pd.unique(plan.frame("tracking")["kpi"])) == {SOURCED_KPI}
    assert fill.describe().endswith("the KPIs sheet has no 'Pipeline influenced by social'")


def test_each_deal_row_has_its_weighted_value_pool_source_and_overdue_flag() -> None:
    from smplanner.domain.pipeline_deals import INFLUENCED, OTHER, SOURCED, deal_facts

    facts = deal_facts(plan_with(deals=DEALS, touches=TOUCHES), dt.date(2027, 2, 1))
    assert len(facts) == 6
    # D1 Proposed 10,000 x 75 %; D4 won: not in the pipeline, so no weighted value
    assert facts.weighted[0] == 7_500 and facts.weighted[3] is None
    assert facts.source[:4] == [SOURCED, INFLUENCED, INFLUENCED, SOURCED]
    assert facts.source[5] == OTHER and facts.influenced(0) and not facts.influenced(5)
    # the default pools: Qualified is slow, Scoped and Evaluated medium, Proposed fast
    assert facts.pool[0] == "Fast" and facts.pool[1] == "Medium"
    # open and closing before 1 February: D2 (9 Jan), D3 (30 Jan), D6 (1 Jan); D4 is won
    assert facts.overdue == [False, True, True, False, False, True]
