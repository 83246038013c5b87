"""The checklists over a plan: scores per account and network, to-dos, request decisions."""

from __future__ import annotations

import datetime as dt

import pytest

from smplanner.domain import checklist_summary, checklists
from smplanner.domain.catalogue import blank_plan, default_tables
from smplanner.domain.checklists import ACCEPT, IGNORE, NOT_CHECKED, REPLY_FIRST
from smplanner.domain.commands import RemoveRows, SetCells
from smplanner.domain.plan import Plan

FINE = dict.fromkeys(
    ("photo", "contact_details", "proofreading", "history", "connections", "message", "activity"),
    "fine",
)


def checklist_plan() -> Plan:
    """Three items (weights 5, 3, 2; the last not for X), two accounts, three requests."""
    tables = default_tables()
    tables["profile_items"] = [
        {"name": "Photo", "weight": 5},
        {"name": "Banner", "weight": 3},
        {"name": "Recommendations", "weight": 2, "not_for": ("X",)},
    ]
    tables["profile_accounts"] = [
        {"name": "Me on LinkedIn", "network": "LinkedIn", "kind": "personal"},
        {"name": "Acme on X", "network": "X", "kind": "company page"},
    ]
    tables["profile_status"] = [
        {"account": "Me on LinkedIn", "item": "Photo", "status": "done"},
        {"account": "Me on LinkedIn", "item": "Banner", "status": "partly", "note": "old logo"},
        {"account": "Acme on X", "item": "Photo", "status": "missing"},
        {"account": "Acme on X", "item": "Banner", "status": "done"},
        {"account": "Acme on X", "item": "Recommendations", "status": "done"},
    ]
    tables["requests"] = [
        {
            "date": dt.date(2026, 1, 12),
            "name": "Dana",
            "network": "LinkedIn",
            "relationship": "ally",
            **FINE,
        },
        {
            "date": dt.date(2026, 1, 20),
            "name": "Bot",
            "network": "X",
            **FINE,
            "photo": "red flag",
            "message": "red flag",
        },
        {
            "date": dt.date(2026, 2, 3),
            "name": "Sam",
            "network": "X",
            "personalised": True,
            "photo": "doubtful",
            "override": "accept",
        },
    ]
    return Plan("Checklists", tables)


def test_scores_weigh_items_count_partly_half_and_skip_excluded_networks() -> None:
    plan = checklist_plan()
    # LinkedIn: photo done 5, banner partly 1.5, recommendations not checked 0 -> 6.5 / 10
    assert checklists.account_score(plan, "Me on LinkedIn") == pytest.approx(0.65)
    # X: recommendations do not apply there, whatever the row says: banner 3 / 8
    checks = checklists.account_checks(plan, "Acme on X")
    assert [c.scored_status for c in checks] == ["missing", "done", "not applicable"]
    assert checklists.checks_score(checks) == pytest.approx(3 / 8)
    assert checklists.network_scores(plan) == {
        "LinkedIn": pytest.approx(0.65),
        "X": pytest.approx(3 / 8),
    }


def test_an_item_without_a_status_row_is_not_checked_and_counts_as_missing() -> None:
    plan = checklist_plan()
    recommendations = checklists.account_checks(plan, "Me on LinkedIn")[2]
    assert recommendations.status == NOT_CHECKED and recommendations.status_row is None
    assert recommendations.scored_status == "missing"


def test_to_do_lists_the_most_valuable_first() -> None:
    plan = checklist_plan()
    todo = checklists.to_do(checklists.account_checks(plan, "Me on LinkedIn"))
    # recommendations missing (gains 2) before banner partly (gains 1.5)
    assert [(c.item, c.gain) for c in todo] == [("Recommendations", 2.0), ("Banner", 1.5)]


def test_an_account_with_no_applicable_item_has_no_score() -> None:
    plan = checklist_plan()
    for row in range(2):
        plan.apply(SetCells("profile_status", ((row, "status", "not applicable"),)))
    plan.apply(SetCells("profile_items", ((2, "not_for", ("LinkedIn", "X")),)))
    assert checklists.account_score(plan, "Me on LinkedIn") is None
    assert checklist_summary.percent(None) == "n/a"


def test_removing_an_account_or_item_takes_its_status_rows_in_one_undo_step() -> None:
    plan = checklist_plan()
    before = plan.snapshot()
    undo = plan.apply(RemoveRows("profile_accounts", (1,)))
    assert {r["account"] for r in plan.records("profile_status")} == {"Me on LinkedIn"}
    plan.apply(undo)
    assert plan.snapshot() == before
    plan.apply(RemoveRows("profile_items", (0,)))
    assert "Photo" not in {r["item"] for r in plan.records("profile_status")}


def test_renaming_an_item_or_network_follows_everywhere() -> None:
    plan = checklist_plan()
    plan.apply(SetCells("profile_items", ((0, "name", "Head shot"),)))
    assert plan.value("profile_status", 0, "item") == "Head shot"
    x = plan.keys("networks").index("X")
    plan.apply(SetCells("networks", ((x, "name", "Twitter"),)))
    assert plan.value("profile_accounts", 1, "network") == "Twitter"
    assert plan.value("profile_items", 2, "not_for") == ("Twitter",)
    assert plan.value("requests", 1, "network") == "Twitter"


def test_request_decisions_follow_the_rules_and_the_override() -> None:
    plan = checklist_plan()
    first, second, third = checklists.request_checks(plan)
    assert first.decision == ACCEPT and first.unrated == ()
    assert second.verdict == checklists.Verdict(IGNORE, "2 red flags: photo, message")
    assert third.verdict.decision == REPLY_FIRST and third.decision == ACCEPT
    assert "personalised message in their favour" in third.verdict.reason
    assert third.unrated == (
        "contact details",
        "proofreading",
        "history",
        "connections",
        "message",
        "activity",
    )
    assert checklists.decision_counts(plan) == {ACCEPT: 2, REPLY_FIRST: 0, IGNORE: 1}


def test_counts_by_month_and_network() -> None:
    plan = checklist_plan()
    plan.apply(SetCells("requests", ((2, "date", ""),)))
    by_month = checklists.counts_by_month_and_network(plan)
    assert list(by_month) == ["2026-01", "no date"]
    assert by_month["2026-01"] == {
        "LinkedIn": {ACCEPT: 1, REPLY_FIRST: 0, IGNORE: 0},
        "X": {ACCEPT: 0, REPLY_FIRST: 0, IGNORE: 1},
    }
    by_network = checklists.counts_by_network(checklists.counts_by_month_and_network(plan))
    assert list(by_network) == ["X", "LinkedIn"]
    assert by_network["X"] == {ACCEPT: 1, REPLY_FIRST: 0, IGNORE: 1}


def test_summary_part() -> None:
    part = checklist_summary.figures(checklist_plan())
    assert part["accounts"][0] == {
        "account": "Me on LinkedIn",
        "network": "LinkedIn",
        "kind": "personal",
        "score": pytest.approx(0.65),
        "to_do": 2,
    }
    assert part["decisions"] == {ACCEPT: 2, REPLY_FIRST: 0, IGNORE: 1}
    assert part["requests"] == 3 and part["overridden"] == 1
    text = "\n".join(checklist_summary.lines(part))
    assert "Me on LinkedIn   65 %  (LinkedIn, personal; 2 to do)" in text
    assert "by network: LinkedIn 65 %, X 38 %" in text
    assert "Connection requests: 3 (2 accept, 0 reply first, 1 ignore; 1 by your decision)" in text


def test_a_new_plan_has_the_default_items_and_no_accounts_or_requests() -> None:
    plan = blank_plan()
    assert plan.row_count("profile_items") == 12
    assert plan.row_count("profile_accounts") == plan.row_count("requests") == 0
    weights = [r["weight"] for r in plan.records("profile_items")]
    assert all(1 <= w <= 5 for w in weights) and max(weights) == 5
