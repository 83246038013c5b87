"""The planner and the tracking agree: primaries nothing tracks, tracked KPIs nothing uses."""

from __future__ import annotations

from smplanner.domain import tracking_agreement as agree
from smplanner.domain.plan import Plan


def plan(tracking: list[tuple[str, str]]) -> Plan:
    """Two planner rows: Impressions and Downloads primary, Comments secondary."""
    kpis = ["Followers", "MQC", "SQO", "Impressions", "Comments", "Downloads", "Shares"]
    return Plan(
        "Agreement",
        {
            "stages": [{"name": "Awareness"}],
            "goals": [{"name": "Grow audience"}],
            "tactics": [{"name": "Video"}, {"name": "Webinar"}],
            "networks": [{"name": "LinkedIn"}, {"name": "X"}, {"name": "YouTube"}],
            "kpis": [{"name": k} for k in kpis],
            "planner": [
                {"stage": "Awareness", "goal": "Grow audience", "tactic": "Video",
                 "Impressions": "P", "Followers": "P", "Comments": "S"},
                {"stage": "Awareness", "goal": "Grow audience", "tactic": "Webinar",
                 "Downloads": "P"},
            ],
            "tracking": [
                {"network": n, "kpi": k, "period": p, "actual": 10.0}
                for n, k in tracking
                for p in (1, 2)
            ],
        },
    )  # fmt: skip


def test_primaries_nothing_tracks_and_tracked_kpis_nothing_uses() -> None:
    found = agree.agreement(plan([("LinkedIn", "Followers"), ("LinkedIn", "Comments"),
                                  ("X", "Shares"), ("X", "MQC")]))  # fmt: skip
    # Followers is primary but always tracked; Comments is only secondary
    assert found.untracked == ("Impressions", "Downloads")
    # Shares is tracked and nowhere in the planner; MQC is a funnel level, never unused
    assert found.unused == ("Shares",)
    assert not found.agrees


def test_tracking_them_adds_one_row_per_measured_network_and_undoes() -> None:
    subject = plan([("LinkedIn", "Followers"), ("X", "Shares")])
    assert agree.measured_networks(subject) == ["LinkedIn", "X"]  # YouTube measures nothing
    before = subject.snapshot()
    command = agree.track(subject, ("Impressions", "Downloads"))
    assert command is not None
    undo = subject.apply(command)
    added = subject.records("tracking")[4:]
    assert [(r["network"], r["kpi"], r["period"], r["actual"]) for r in added] == [
        ("LinkedIn", "Impressions", 1, None),
        ("X", "Impressions", 1, None),
        ("LinkedIn", "Downloads", 1, None),
        ("X", "Downloads", 1, None),
    ]
    assert agree.agreement(subject).untracked == ()
    assert agree.track(subject, ("Impressions",)) is None  # already tracked everywhere
    subject.apply(undo)
    assert subject.snapshot() == before


def test_untracking_removes_every_row_of_the_kpis() -> None:
    subject = plan([("LinkedIn", "Shares"), ("X", "Shares"), ("X", "Followers")])
    command = agree.untrack(subject, ("Shares",))
    assert command is not None
    subject.apply(command)
    assert [r["kpi"] for r in subject.records("tracking")] == ["Followers", "Followers"]
    assert agree.agreement(subject).unused == ()
    assert agree.untrack(subject, ("Shares",)) is None


def test_with_nothing_tracked_the_plan_measures_every_network() -> None:
    assert agree.measured_networks(plan([])) == ["LinkedIn", "X", "YouTube"]


def test_names_are_listed_short() -> None:
    assert agree.names_text(["A"]) == "A"
    assert agree.names_text(["A", "B", "C"]) == "A, B and C"
    assert agree.names_text(["A", "B", "C", "D", "E", "F"]) == "A, B, C, D and 2 more"
