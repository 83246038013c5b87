"""The stage catalogue, qualification and the weighted pipeline, with worked figures."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain import pipeline as p
from smplanner.domain import roi
from smplanner.domain.catalogue import default_tables
from smplanner.domain.deal_stages import (
    DEFAULT_BOOK,
    Outcome,
    outcome,
    stage_book,
    stage_problems,
)
from smplanner.domain.pipeline_tables import DEFAULT_STAGES
from smplanner.domain.qualification import is_sqo, missing, sqo_flags

DAY = dt.date(2027, 3, 1)


def test_won_lost_and_open_come_from_the_probability_else_the_name() -> None:
    assert outcome("Signed", 100) is Outcome.WON
    assert outcome("No decision", 0) is Outcome.LOST
    assert outcome("Won", 50) is Outcome.OPEN  # the probability decides, not the name
    assert outcome("won", None) is Outcome.WON
    assert outcome("Lost", None) is Outcome.LOST
    assert outcome("Scoped", None) is Outcome.OPEN


def test_the_default_resource_matches_the_default_stages() -> None:
    rows = default_tables()["pipeline_stages"]
    assert [(r["name"], r["probability"]) for r in rows] == list(DEFAULT_STAGES)
    assert all(r["milestone"] and r["crm_tasks"] for r in rows)
    book = stage_book(pd.DataFrame(rows))
    assert book.won == ("Won",) and book.lost == ("Lost",) and book.first_open == "Qualified"
    assert book.names == DEFAULT_BOOK.names


def test_bad_catalogues_are_named() -> None:
    stages = pd.DataFrame({"name": ["Talk", "Hope", "Maybe"], "probability": [10, 120, None]})
    problems = stage_problems(stages)
    assert "Pipeline stages, row 3: 'Hope' has a probability of 120 %" in problems[0]
    assert "row 4: 'Maybe' has no probability" in problems[1]
    assert "no won stage" in problems[2]


def test_qualification_by_framework() -> None:
    assert is_sqo("MAN", {"money": True, "authority": True, "need": True})
    assert not is_sqo("BANT", {"money": True, "authority": True, "need": True})
    assert missing("BANT", {"budget": True, "need": True}) == ("authority", "timescale")
    qualification = pd.DataFrame(
        [
            {
                "deal": "A",
                "framework": "",
                "budget": True,
                "authority": True,
                "need": True,
                "timescale": True,
                "money": False,
            },
            {
                "deal": "B",
                "framework": "MAN",
                "budget": False,
                "authority": True,
                "need": True,
                "timescale": False,
                "money": True,
            },
            {
                "deal": "C",
                "framework": "",
                "budget": True,
                "authority": None,
                "need": True,
                "timescale": True,
                "money": True,
            },
        ]
    ).assign(solution=False, competition=False, originality=False, size=False)
    flags = sqo_flags(pd.Series(["A", "B", "C", "D"]), qualification, "BANT")
    assert flags.tolist() == [True, True, False, False]
    assert sqo_flags(pd.Series(["A"]), qualification, "MAN").tolist() == [False]


def deals_and_touches() -> tuple[pd.DataFrame, pd.DataFrame]:
    deals = pd.DataFrame(
        [
            ("A", 10_000, "Scoped", dt.date(2027, 2, 10)),  # overdue
            ("B", 20_000, "Evaluated", dt.date(2027, 4, 5)),
            ("C", 8_000, "Proposed", dt.date(2027, 4, 20)),
            ("D", 4_000, "Committed", None),
            ("E", 50_000, "Won", dt.date(2027, 1, 5)),
            ("F", 9_000, "Lost", dt.date(2027, 1, 9)),
        ],
        columns=["deal_id", "value", "stage", "close"],
    )
    touches = pd.DataFrame(
        [
            ("A", dt.date(2027, 1, 2), "LinkedIn"),
            ("A", dt.date(2027, 1, 9), "Email"),
            ("B", dt.date(2027, 1, 1), "Email"),
            ("B", dt.date(2027, 1, 5), "X"),
            ("C", None, "LinkedIn"),  # undated: influences, cannot be first
            ("E", dt.date(2027, 1, 1), "LinkedIn"),
        ],
        columns=["deal", "date", "channel"],
    )
    return deals, touches


def test_the_worked_pipeline() -> None:
    deals, touches = deals_and_touches()
    d = p.deal_arrays(deals, touches, DEFAULT_BOOK, ["LinkedIn", "X"])
    whole = p.totals(d)
    # 10,000 x 25 % + 20,000 x 50 % + 8,000 x 75 % + 4,000 x 90 % = 2,500 + 10,000 + 6,000 + 3,600
    assert whole.weighted == pytest.approx(22_100)
    assert whole.best_case == 42_000 and whole.deals == 4
    assert whole.commit == 12_000  # Proposed and Committed
    assert d.sourced.tolist() == [True, False, False, False, True, False]
    assert d.influenced.tolist() == [True, True, True, False, True, False]
    assert p.totals(d, d.sourced).weighted == pytest.approx(2_500)
    assert p.totals(d, d.influenced).weighted == pytest.approx(18_500)
    assert p.overdue(d, DAY).tolist() == [True, False, False, False, False, False]
    stages = {line.stage: line for line in p.by_stage(d, DEFAULT_BOOK)}
    assert stages["Evaluated"].weighted == 10_000 and stages["Won"].deals == 1
    assert sum(s.weighted for s in stages.values() if s.outcome == "open") == whole.weighted


def test_pools_and_the_forecast_by_period() -> None:
    deals, touches = deals_and_touches()
    d = p.deal_arrays(deals, touches, DEFAULT_BOOK, ["LinkedIn"])
    pools = pd.DataFrame(
        {
            "name": ["Medium", "Fast"],
            "stages": [("Scoped", "Evaluated"), ("Proposed",)],
            "min_days": [90, 0],
            "max_days": [180, 90],
        }
    )
    medium, fast = p.by_pool(d, pools, DAY)
    assert medium.totals.deals == 2 and medium.totals.weighted == pytest.approx(12_500)
    assert medium.expected_from == dt.date(2027, 5, 30)
    assert fast.totals.best_case == 8_000 and fast.expected_to == dt.date(2027, 5, 30)
    assert p.without_pool(d, pools) == 1  # D, Committed
    periods = np.array([2.0, 4.0, 4.0, np.nan, 1.0, 1.0])
    forecast = p.forecast_by_period(d, periods, 4)
    assert [f.weighted for f in forecast] == pytest.approx([0, 2_500, 0, 16_000])
    assert forecast[3].best_case == 28_000 and forecast[3].commit == 8_000


def _naive_flags(
    ids: list[str], touches: list[tuple[str, dt.date | None, str]], networks: set[str]
) -> tuple[list[bool], list[bool]]:
    """Sourced and influenced as domain.md 7 says, one deal at a time."""
    sourced, influenced = [], []
    for deal in ids:
        mine = [t for t in touches if t[0] == deal]
        influenced.append(any(channel in networks for _, _, channel in mine))
        dated = [t for t in mine if t[1] is not None]
        first = min(dated, key=lambda t: t[1]) if dated else None  # min keeps the first of ties
        sourced.append(first is not None and first[2] in networks)
    return sourced, influenced


@given(
    st.lists(st.sampled_from("ABCDE"), min_size=1, max_size=6, unique=True),
    st.lists(
        st.tuples(
            st.sampled_from("ABCDEF"),
            st.none() | st.dates(dt.date(2027, 1, 1), dt.date(2027, 1, 6)),
            st.sampled_from(["LinkedIn", "X", "Email", "Event"]),
        ),
        max_size=25,
    ),
)
def test_social_flags_agree_with_the_definition_deal_by_deal(
    ids: list[str], touches: list[tuple[str, dt.date | None, str]]
) -> None:
    networks = {"LinkedIn", "X"}
    frame = pd.DataFrame(touches, columns=["deal", "date", "channel"], dtype=object)
    sourced, influenced = p.social_flags(np.array(ids, dtype=str), frame, sorted(networks))
    assert (sourced.tolist(), influenced.tolist()) == _naive_flags(ids, touches, networks)


@given(
    st.lists(
        st.tuples(
            st.floats(0, 1e7, allow_nan=False),
            st.sampled_from([name for name, _ in DEFAULT_STAGES] + ["Unknown"]),
        ),
        max_size=30,
    )
)
def test_the_totals_are_the_weighted_pipeline_of_the_open_deals(
    rows: list[tuple[float, str]],
) -> None:
    deals = pd.DataFrame(
        [(f"D{n}", value, stage, None) for n, (value, stage) in enumerate(rows)],
        columns=["deal_id", "value", "stage", "close"],
    )
    touches = pd.DataFrame(columns=["deal", "date", "channel"])
    d = p.deal_arrays(deals, touches, DEFAULT_BOOK, ["LinkedIn"])
    opens = [
        (value, DEFAULT_BOOK.probability.get(stage, 0.0))
        for value, stage in rows
        if DEFAULT_BOOK.outcomes.get(stage, Outcome.OPEN) is Outcome.OPEN
    ]
    found = p.totals(d)
    assert found.deals == len(opens)
    assert found.weighted == pytest.approx(roi.weighted_pipeline(opens), rel=1e-12, abs=1e-6)
    assert found.best_case == pytest.approx(sum(v for v, _ in opens), rel=1e-12, abs=1e-6)
    assert found.commit == pytest.approx(sum(v for v, q in opens if q >= 0.75), abs=1e-6)


def test_stages_out_of_order_are_named() -> None:
    stages = pd.DataFrame(
        {
            "name": ["Qualified", "Evaluated", "Scoped", "Won", "Committed", "Lost"],
            "probability": [10, 50, 25, 100, 90, 0],
        }
    )
    assert stage_problems(stages) == [
        "Pipeline stages, row 4: 'Scoped' at 25 % comes after 'Evaluated' at 50 %;"
        " expected the open stages in order of rising probability",
        "Pipeline stages, row 6: the open stage 'Committed' comes after 'Won', which closes a"
        " deal; expected the open stages first, then the won and lost ones",
    ]
    in_order = default_tables()["pipeline_stages"]
    assert stage_problems(pd.DataFrame(in_order)) == []
    level = pd.DataFrame({"name": ["A", "B", "Won"], "probability": [20, 20, 100]})
    assert stage_problems(level) == []  # two stages as likely as each other are in order


def test_a_probability_outside_0_to_100_is_named_once_and_not_judged_for_order() -> None:
    stages = pd.DataFrame({"name": ["A", "B", "Won"], "probability": [30, -5, 100]})
    assert stage_problems(stages) == [
        "Pipeline stages, row 3: 'B' has a probability of -5 %; expected 0 to 100 %"
    ]
