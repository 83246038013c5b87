"""Maturity rules: levels as people write them, evidence, overall level, raters, readiness."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain import maturity
from smplanner.domain.schema import InvalidValue


@pytest.mark.parametrize(
    ("raw", "level"),
    [("I", 1), (" iii ", 3), ("IV", 4), ("v", 5), (2, 2), (5.0, 5), ("4", 4), ("", None)],
)
def test_roman_and_arabic_levels(raw: object, level: int | None) -> None:
    assert maturity.parse_level(raw) == level


@pytest.mark.parametrize("raw", ["VI", 0, 6, 2.5, "three", True])
def test_levels_outside_one_to_five_are_named(raw: object) -> None:
    with pytest.raises(InvalidValue) as caught:
        maturity.parse_level(raw)
    assert caught.value.expected == "a level from I to V (or 1 to 5)"


def test_levels_are_written_roman() -> None:
    assert [maturity.roman(level) for level in maturity.LEVELS] == ["I", "II", "III", "IV", "V"]
    assert maturity.roman(None) == ""


def test_evidence_counts_only_on_confirmed_lower_levels() -> None:
    all_true = {1: [True, True], 2: [True, True], 3: [True, False], 4: [True, True]}
    assert maturity.evidenced_level(all_true) == 2
    # Level IV fully confirmed does not count above an unconfirmed level III.
    assert maturity.evidenced_level({1: [True], 2: [False], 3: [True], 4: [True]}) == 1
    assert maturity.evidenced_level({1: [False, True]}) == 0
    assert maturity.evidenced_level({level: [True, True] for level in maturity.LEVELS}) == 5
    assert maturity.evidenced_level({}) == 0


def test_a_self_rating_above_its_evidence_shows_the_gap() -> None:
    assert maturity.rating_gap(4, 2) == 2
    assert maturity.rating_gap(2, 3) == 0
    assert maturity.rating_gap(None, 1) == 0


def test_overall_level_is_the_rounded_down_mean_beside_the_weakest() -> None:
    current = {"Strategy": 3, "Lead management": 2, "Data quality": 4, "Technology": 4}
    assert maturity.overall_level(current) == 3  # mean 3.25
    assert maturity.weakest(current) == ["Lead management"]
    assert maturity.overall_level({"A": 2, "B": 3}) == 2  # mean 2.5 rounds down
    assert maturity.overall_level({"A": None}) is None


def test_raters_mean_spread_and_disagreement() -> None:
    spread = maturity.rater_spread({"Sales lead": 2, "Marketing lead": 4, "CEO": None})
    assert spread.mean == 3 and spread.spread == 2 and spread.disagree
    close = maturity.rater_spread({"Sales lead": 3, "Marketing lead": 4})
    assert close.spread == 1 and not close.disagree
    assert maturity.rater_spread({}).mean is None


def test_readiness_any_no_means_a_readiness_project() -> None:
    verdict, reason = maturity.readiness(["yes", "no", "yes"])
    assert verdict == "Do a readiness project first"
    assert reason == ("The processes are not working: do not automate a missing or broken process.")
    verdict, reason = maturity.readiness(["no", "no", "unsure"])
    assert reason.startswith("The basic processes are not in place and the processes are not")
    assert maturity.readiness(["yes", "yes", "yes"])[0] == "Ready to implement"
    verdict, reason = maturity.readiness(["yes", "unsure"])
    assert verdict == "Do a readiness project first" and "Not yet known" in reason


@given(st.dictionaries(st.sampled_from(maturity.LEVELS), st.lists(st.booleans(), max_size=4)))
def test_evidenced_level_never_skips_a_level(confirmed: dict[int, list[bool]]) -> None:
    level = maturity.evidenced_level(confirmed)
    assert all(confirmed.get(lower) and all(confirmed[lower]) for lower in range(1, level + 1))
