"""Attainment lights: green on target, amber within the plan's band, red below it."""

from __future__ import annotations

import pytest

from smplanner.domain.attainment import attainment_band
from smplanner.domain.catalogue import blank_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.palette import FAIR, GOOD, POOR
from smplanner.domain.periods import settings_of


@pytest.mark.parametrize(
    ("ratio", "light"),
    [
        (1.00, GOOD),  # 100 %: on target
        (1.20, GOOD),  # over target
        (0.95, FAIR),  # 5 % short, inside a 10 % band
        (0.90, FAIR),  # exactly at the band's edge
        (0.89, POOR),  # 11 % short
        (0.00, POOR),
    ],
)
def test_more_is_better_within_a_ten_per_cent_band(ratio: float, light: object) -> None:
    assert attainment_band(ratio, 0.10) is light


@pytest.mark.parametrize(
    ("ratio", "light"), [(0.80, GOOD), (1.00, GOOD), (1.05, FAIR), (1.10, FAIR), (1.11, POOR)]
)
def test_less_is_better_turns_amber_over_target(ratio: float, light: object) -> None:
    assert attainment_band(ratio, 0.10, better_up=False) is light


def test_a_band_of_nothing_leaves_green_and_red_only() -> None:
    assert attainment_band(0.99, 0.0) is POOR
    assert attainment_band(1.0, 0.0) is GOOD


def test_the_band_is_a_plan_setting_of_ten_per_cent_by_default() -> None:
    plan = blank_plan()
    assert settings_of(plan).attainment_band == 10
    plan.apply(SetCells("settings", ((0, "attainment_band", 25),)))
    assert settings_of(plan).attainment_band == 25
