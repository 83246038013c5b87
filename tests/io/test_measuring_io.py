"""Measuring tables in the workbook: any values round-trip, bad ones are named by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.catalogue import blank_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.deal_tables import MODELS
from smplanner.domain.measures import dashboard
from smplanner.domain.measuring_tables import COST_CATEGORIES, PERIOD_UNITS, SPENDS
from smplanner.domain.pipeline_tables import DEFAULT_STAGES
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
days = st.one_of(st.none(), st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))
deal_rows = st.fixed_dictionaries(
    {
        "name": texts,
        "company": texts,
        "value": amounts,
        "stage": st.sampled_from([name for name, _ in DEFAULT_STAGES]),
        "created": days,
        "close": days,
        "owner": texts,
        "notes": texts,
    }
)
touch_rows = st.fixed_dictionaries(
    {
        "deal": st.integers(0, 5),
        "date": st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)),
        "channel": st.sampled_from([*NETWORKS[1:], "Email", "Event"]),
        "campaign": texts,
        "note": texts,
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
    deals=st.lists(deal_rows, min_size=1, max_size=6),
    touches=st.lists(touch_rows, max_size=8),
    tracking=st.lists(tracking_values, max_size=8),
    unit=st.sampled_from(PERIOD_UNITS),
    model=st.sampled_from(MODELS),
    count=st.integers(1, 12),
    rate=amounts,
    currency=texts,
)
def test_any_measuring_rows_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    costs: list[dict[str, object]],
    deals: list[dict[str, object]],
    touches: list[dict[str, object]],
    tracking: list[dict[str, object]],
    unit: str,
    model: str,
    count: int,
    rate: float | None,
    currency: str,
) -> None:
    plan = blank_plan()
    deals = [{**d, "deal_id": f"D{n}"} for n, d in enumerate(deals)]
    touches = [{**t, "deal": f"D{int(t['deal']) % len(deals)}"} for t in touches]  # type: ignore[call-overload]
    for table, rows in (
        ("costs", costs),
        ("deals", deals),
        ("touches", touches),
        ("tracking", tracking),
    ):
        if rows:
            plan.apply(InsertRows(table, 0, tuple(rows)))
    changes = (
        (0, "period_unit", unit),
        (0, "attribution_model", model),
        (0, "first_period", "2026-01"),
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
    book["Deals"].append(["D1", "A", "", -5, "pending"])
    book["Deals"].append(["D1", "B", "", 5, "maybe"])
    book["Touches"].append(["D9", "2026-01-01", "Mastodon"])
    book["Tracking"].append(["LinkedIn", "Followers", "two", None, 5])
    book["Plan settings"]["D2"] = 0
    book.save(path)
    problems = {(p.sheet, p.cell): p for p in load_plan(path).problems}
    assert problems[("Costs", "A2")].expected == "a whole number from 1 to 520"
    assert problems[("Costs", "D2")].expected.startswith("one of tools, content, staff time")
    assert problems[("Costs", "F2")].expected == "a number of at least 0"
    assert problems[("Deals", "D2")].expected == "a number of at least 0"
    assert problems[("Deals", "A3")].message == "'D1' is listed twice (first in row 2)"
    assert problems[("Deals", "E3")].expected.startswith(
        "one of Qualified, Scoped, Evaluated, Proposed, Committed, Won, Lost"
    )
    assert problems[("Touches", "A2")].message == "'D9' is not allowed in column 'Deal ID'"
    assert problems[("Touches", "C2")].expected.startswith("one of LinkedIn, X")
    assert problems[("Tracking", "C2")].expected == "a whole number from 1 to 520"
    assert problems[("Plan settings", "D2")].expected == "a whole number from 1 to 520"


def test_a_workbook_without_the_funnel_settings_still_opens(tmp_path: Path) -> None:
    """Workbooks written before the revenue target and the typed rates existed."""
    from smplanner.domain.funnel_backwards import backwards
    from smplanner.domain.periods import settings_of

    plan = blank_plan()
    plan.apply(SetCells("settings", ((0, "revenue_target", 90_000), (0, "typed_win_rate", 30))))
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    assert settings_of(load_plan(path).plan).revenue_target == 90_000
    book = openpyxl.load_workbook(path)
    sheet = book["Plan settings"]
    titles = [c.value for c in sheet[1]]
    for title in ("Revenue target", "Win rate % (typed)"):
        sheet.delete_cols(titles.index(title) + 1)
        titles.remove(title)
    book.save(path)
    result = load_plan(path)
    assert not result.errors
    settings = settings_of(result.plan)
    assert settings.revenue_target is None and settings.typed_win_rate is None
    assert backwards(result.plan).levels[0].lacking == ("revenue_target",)
