"""Profile scores and connection-request verdicts (domain.md section 5)."""

from __future__ import annotations

import pytest

from smplanner.domain import checklists
from smplanner.domain.checklists import ACCEPT, IGNORE, REPLY_FIRST


def test_score_counts_partly_as_half_and_skips_not_applicable() -> None:
    score = checklists.profile_score(["done", "partly", "missing", "not applicable"])
    assert score == pytest.approx(0.5)
    assert checklists.profile_score(["not applicable"]) is None
    assert checklists.profile_score(["done", "missing"], [3, 1]) == pytest.approx(0.75)


def test_two_red_flags_ignore_naming_them() -> None:
    verdict = checklists.request_verdict(
        "ally", True, {"photo": "red flag", "message": "red flag", "history": "fine"}
    )
    assert verdict == checklists.Verdict(IGNORE, "2 red flags: photo, message")


def test_known_relationship_without_red_flag_is_accepted() -> None:
    verdict = checklists.request_verdict("acquaintance", False, {"activity": "doubtful"})
    assert verdict.decision == ACCEPT


def test_stranger_gets_a_reply_first_with_reasons() -> None:
    verdict = checklists.request_verdict("stranger", False, {"photo": "red flag"})
    assert verdict.decision == REPLY_FIRST
    assert "1 red flag: photo" in verdict.reason and "no known relationship" in verdict.reason


def test_a_personalised_message_is_named_in_the_reason() -> None:
    clean = {sign: "fine" for sign in checklists.WARNING_SIGNS}
    verdict = checklists.request_verdict("stranger", True, clean)
    assert verdict.decision == REPLY_FIRST
    assert "personalised message in their favour" in verdict.reason
