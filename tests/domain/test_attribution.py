"""The attribution models: domain.md 7a's worked figures, a hand-worked Markov chain, and
the rule that every won deal's value is credited exactly once."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.domain import attribution as a
from smplanner.domain.deal_roles import ALL_NETWORKS, ANY_TOUCH, role_counts
from smplanner.domain.deal_tables import MODELS
from smplanner.domain.measuring_tables import ASSIST, CONVERSION, ORIGINATING

DAY0 = dt.date(2026, 1, 1)


def day(n: int) -> dt.date:
    return DAY0 + dt.timedelta(days=n)


def frames(
    deals: list[tuple[str, float, str, int | None]], touches: list[tuple[str, int | None, str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    deal_frame = pd.DataFrame(
        {
            "deal_id": [d[0] for d in deals],
            "value": [d[1] for d in deals],
            "stage": [d[2] for d in deals],
            "close": [None if d[3] is None else day(d[3]) for d in deals],
        }
    )
    touch_frame = pd.DataFrame(
        {
            "deal": [t[0] for t in touches],
            "date": [None if t[1] is None else day(t[1]) for t in touches],
            "channel": [t[2] for t in touches],
        },
        columns=["deal", "date", "channel"],
    )
    return deal_frame, touch_frame


def worked() -> a.Journeys:
    deals, touches = frames(
        [("D1", 10_000, "Won", 21)], [("D1", 0, "LinkedIn"), ("D1", 10, "Email"), ("D1", 20, "X")]
    )
    return a.prepare(deals, touches, ["LinkedIn", "X", "Email"])


def values(credit: a.Credit) -> dict[str, float]:
    return {c: round(v, 2) for c, v in zip(credit.channels, credit.value, strict=True) if v}


def test_the_worked_figures_of_the_domain_notes() -> None:
    j = worked()
    assert values(a.credit(j, "first touch")) == {"LinkedIn": 10_000}
    assert values(a.credit(j, "last touch")) == {"X": 10_000}
    assert values(a.credit(j, "linear")) == {"LinkedIn": 3333.33, "X": 3333.33, "Email": 3333.33}
    assert values(a.credit(j, "position-based")) == {"LinkedIn": 4000, "X": 4000, "Email": 2000}
    assert values(a.credit(j, "time decay")) == {
        "LinkedIn": 914.28,
        "Email": 2461.05,
        "X": 6624.67,
    }


def test_one_touch_takes_all_and_two_share_half_each() -> None:
    deals, touches = frames(
        [("A", 100, "Won", 5), ("B", 60, "Won", 5)],
        [("A", 1, "X"), ("B", 1, "X"), ("B", 2, "Email")],
    )
    j = a.prepare(deals, touches)
    assert values(a.credit(j, "position-based")) == {"X": 130, "Email": 30}


def test_a_hand_worked_markov_chain() -> None:
    """Paths C1>C2>C3 (won), C1 (lost), C2>C3 (open): P(conversion) = 1/3; without C1 it
    is 1/6 (removal effect 0.5), without C2 or C3 it is 0 (1 each); shares 0.2, 0.4, 0.4."""
    deals, touches = frames(
        [("W", 900, "Won", 10), ("L", 50, "Lost", 10), ("O", 70, "Qualified", None)],
        [
            ("W", 1, "C1"),
            ("W", 2, "C2"),
            ("W", 3, "C3"),
            ("L", 1, "C1"),
            ("O", 1, "C2"),
            ("O", 2, "C3"),
        ],
    )
    j = a.prepare(deals, touches, ["C1", "C2", "C3"])
    assert a.removal_effects(j)[:3] == pytest.approx([0.5, 1.0, 1.0])
    markov = a.credit(j, "data-driven (Markov)")
    assert markov.value[:3] == pytest.approx([180, 360, 360])
    assert markov.deals[:3] == pytest.approx([0.2, 0.4, 0.4])


def test_touches_after_the_close_are_kept_but_not_credited() -> None:
    deals, touches = frames(
        [("A", 100, "Won", 5), ("B", 40, "Won", 5)],
        [("A", 1, "X"), ("A", 9, "Email"), ("B", 8, "X"), ("B", None, "X")],
    )
    j = a.prepare(deals, touches)
    assert (j.after_close, j.not_counted) == (2, 1)
    assert values(a.credit(j, "last touch")) == {"X": 100, a.NO_TOUCH: 40}


def test_a_deal_without_a_close_date_counts_all_its_touches() -> None:
    deals, touches = frames([("A", 100, "Won", None)], [("A", 0, "X"), ("A", 7, "Email")])
    decay = a.credit(a.prepare(deals, touches), "time decay")
    assert values(decay) == {"X": round(100 / 3, 2), "Email": round(200 / 3, 2)}


def test_touches_on_one_day_keep_the_tables_order() -> None:
    deals, touches = frames(
        [("A", 100, "Won", 3)], [("A", 3, "Email"), ("A", 3, "X"), ("A", 1, "Phone")]
    )
    j = a.prepare(deals, touches)
    assert values(a.credit(j, "first touch")) == {"Phone": 100}
    assert values(a.credit(j, "last touch")) == {"X": 100}


CHANNELS = ["LinkedIn", "X", "Email", "Event"]


@st.composite
def plans(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame]:
    count = draw(st.integers(0, 8))
    deals = [
        (
            f"D{i}",
            draw(st.floats(0, 1e6, allow_nan=False)),
            draw(st.sampled_from(["Qualified", "Won", "Lost"])),
            draw(st.one_of(st.none(), st.integers(0, 40))),
        )
        for i in range(count)
    ]
    touch = st.tuples(
        st.sampled_from([f"D{i}" for i in range(count)] + ["ghost"]),
        st.one_of(st.none(), st.integers(0, 40)),
        st.sampled_from([*CHANNELS, ""]),
    )
    return frames(deals, draw(st.lists(touch, max_size=25)))


@settings(max_examples=150, deadline=None)
@given(plans(), st.floats(0.5, 60))
def test_every_model_credits_each_won_deal_exactly_once(
    data: tuple[pd.DataFrame, pd.DataFrame], half_life: float
) -> None:
    deals, touches = data
    j = a.prepare(deals, touches, CHANNELS)
    won = deals["stage"] == "Won"
    expected = float(deals.loc[won, "value"].sum())
    for model in MODELS:
        found = a.credit(j, model, half_life)
        assert found.value.sum() == pytest.approx(expected, rel=1e-9, abs=1e-6), model
        assert found.deals.sum() == pytest.approx(float(won.sum()), abs=1e-9), model
        assert (found.value >= -1e-9).all()


def test_roles_count_each_deal_once_per_role_and_grow() -> None:
    deals, touches = frames(
        [("A", 100, "Won", 40), ("B", 50, "Won", 70), ("C", 10, "Won", 75)],
        [
            ("A", 1, "LinkedIn"),
            ("A", 2, "LinkedIn"),
            ("A", 3, "Email"),
            ("B", 50, "X"),
            ("C", 60, "Email"),
            ("C", 61, "LinkedIn"),
            ("C", 62, "X"),
        ],
    )
    j = a.prepare(deals, touches, ["LinkedIn", "X", "Email"])
    periods = np.array([1.0, 2.0, 2.0])
    counts = role_counts(j, periods, ["LinkedIn", "X"], 3)
    assert list(counts.deals[(ORIGINATING, "LinkedIn")]) == [1, 0, 0]
    assert list(counts.deals[(ASSIST, "LinkedIn")]) == [1, 1, 0]
    assert list(counts.deals[(CONVERSION, "X")]) == [0, 2, 0]
    assert list(counts.value[(CONVERSION, "X")]) == [0, 60, 0]
    assert list(counts.deals[(ANY_TOUCH, ALL_NETWORKS)]) == [1, 2, 0]
    growth = counts.growth(ANY_TOUCH, ALL_NETWORKS)
    assert np.isnan(growth[0]) and growth[1] == 1.0 and growth[2] == -1.0
