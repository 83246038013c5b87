"""A small plan, built by hand, for fast domain tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from smplanner.domain.plan import Plan


def small_plan() -> Plan:
    return Plan(
        "Small plan",
        {
            "stages": [{"name": "Awareness"}, {"name": "Consideration"}, {"name": "Decision"}],
            "goals": [
                {"name": "Grow audience", "key_kpis": ("Followers", "Impressions")},
                {"name": "Generate leads", "key_kpis": ("MQC", "Followers")},
            ],
            "tactics": [{"name": "Video"}, {"name": "Webinar"}, {"name": "Blog article"}],
            "networks": [{"name": "LinkedIn"}, {"name": "X"}],
            "kpis": [
                {"name": "Followers", "category": "Reach", "stages": ("Awareness",)},
                {"name": "Impressions", "category": "Reach", "stages": ("Awareness",)},
                {"name": "MQC", "category": "Conversion", "stages": ("Consideration",)},
                {"name": "SQO", "category": "Conversion", "stages": ("Decision",)},
            ],
            "planner": [
                {
                    "stage": "Awareness",
                    "goal": "Grow audience",
                    "tactic": "Video",
                    "Followers": "P",
                    "Impressions": "S",
                },
                {
                    "stage": "Consideration",
                    "goal": "Generate leads",
                    "tactic": "Webinar",
                    "MQC": "P",
                    "Followers": "S",
                },
                {"stage": "Decision", "goal": "Generate leads", "tactic": "Blog article"},
            ],
        },
    )


@pytest.fixture(scope="session")
def make_plan() -> Callable[[], Plan]:
    """Builds a fresh small plan each call (for property tests)."""
    return small_plan


@pytest.fixture
def plan() -> Plan:
    return small_plan()
