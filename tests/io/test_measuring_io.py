"""Measuring tables in the workbook: any values round-trip, bad ones are named by cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.catalogue import blank_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.measures import dashboard
from smplanner.domain.measuring_tables import (
    COST_CATEGORIES,
    PERIOD_UNITS,
    RETURN_BASES,
    SOCIAL_ROLES,
    SPENDS,
)
from smplanner.io.workbook import load_plan, save_plan

NETWORKS = ["", "LinkedIn", "X", "YouTube"]
# money to the cent: a spreadsheet keeps 15 significant digits, so do people's amounts
cents = st.integers(0, 10**11).map(lambda c: c / 100)
amounts = st.one_of(st.none(), cents)
periods = st.integers(1, 12)
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)

cost_lines = st.fixed_dictionaries(
    {
        "period": periods,
        "network": st.sampled_from(NETWORKS),
        "spend": st.sampled_from(SPENDS),
        "category": st.sampled_from(COST_CATEGORIES),
        "amount": amounts,
        "hours": amounts,
        "note": texts,
    }
)
return_lines = st.fixed_dictionaries(
    {
        "period": periods,
        "network": st.sampled_from(NETWORKS),
        "deal": texts,
        "amount": amounts,
        "role": st.sampled_from(["", *SOCIAL_ROLES]),
    }
)
tracking_values = st.fixed_dictionaries(
    {
        "network": st.sampled_from(NETWORKS[1:]),
        "kpi": st.sampled_from(["Followers", "Impressions", "Sales qualified opportunities (SQO)"]),
        "period": periods,
        "target": st.one_of(st.none(), cents, st.integers(-100, 0).map(float)),
        "actual": st.one_of(st.none(), cents, st.integers(-100, 0).map(float)),
    }
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    costs=st.lists(cost_lines, max_size=6),
    returns=st.lists(return_lines, max_size=6),
    tracking=st.lists(tracking_values, max_size=8),
    unit=st.sampled_from(PERIOD_UNITS),
    basis=st.sampled_from(RETURN_BASES),
    count=st.integers(1, 12),
    rate=amounts,
    currency=texts,
)
def test_any_measuring_rows_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    costs: list[dict[str, object]],
    returns: list[dict[str, object]],
    tracking: list[dict[str, object]],
    unit: str,
    basis: str,
    count: int,
    rate: float | None,
    currency: str,
) -> None:
    plan = blank_plan()
    for table, rows in (("costs", costs), ("returns", returns), ("tracking", tracking)):
        if rows:
            plan.apply(InsertRows(table, 0, tuple(rows)))
    changes = (
        (0, "period_unit", unit),
        (0, "return_basis", basis),
        (0, "periods", count),
        (0, "hourly_rate", rate),
        (0, "currency", currency),
    )
    plan.apply(SetCells("settings", changes))
    path = tmp_path_factory.mktemp("measuring") / "plan.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert result.problems == []
    assert result.plan.snapshot() == plan.snapshot()
    again, before = dashboard(result.plan), dashboard(plan)
    assert again.overall == before.overall and again.labels == before.labels


def test_bad_measuring_cells_are_named(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    save_plan(blank_plan(), path)
    book = openpyxl.load_workbook(path)
    book["Costs"].append([0, "LinkedIn", "organic", "snacks", 10, -2])
    book["Returns"].append([2, "Mastodon", "Deal", 5, "helped"])
    book["Tracking"].append(["LinkedIn", "Followers", "two", None, 5])
    book["Plan settings"]["D2"] = 0
    book.save(path)
    problems = {(p.sheet, p.cell): p for p in load_plan(path).problems}
    assert problems[("Costs", "A2")].expected == "a whole number from 1 to 520"
    assert problems[("Costs", "D2")].expected.startswith("one of tools, content, staff time")
    assert problems[("Costs", "F2")].expected == "a number of at least 0"
    assert problems[("Returns", "B2")].expected.startswith("one of LinkedIn, X")
    assert problems[("Returns", "E2")].expected.startswith("one of originating source")
    assert problems[("Tracking", "C2")].expected == "a whole number from 1 to 520"
    assert problems[("Plan settings", "D2")].expected == "a whole number from 1 to 520"
