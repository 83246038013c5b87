"""Profile scores and connection-request verdicts (domain.md section 5)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


ratings = st.fixed_dictionaries(
    {sign: st.sampled_from(["fine", "doubtful", "red flag"]) for sign in checklists.WARNING_SIGNS}
)


@given(
    relationship=st.sampled_from([*checklists.KNOWN_RELATIONSHIPS, "stranger"]),
    personalised=st.booleans(),
    signs=ratings,
)
def test_the_verdict_follows_the_three_rules(
    relationship: str, personalised: bool, signs: dict[str, checklists.Rating]
) -> None:
    verdict = checklists.request_verdict(relationship, personalised, signs)
    red = [s for s, r in signs.items() if r == "red flag"]
    if len(red) >= 2:
        assert verdict.decision == IGNORE and verdict.reason.startswith(f"{len(red)} red flags")
    elif relationship in checklists.KNOWN_RELATIONSHIPS and not red:
        assert verdict.decision == ACCEPT
    else:
        assert verdict.decision == REPLY_FIRST
        assert verdict.reason.endswith("ask what the connection is for")
    assert all(sign in verdict.reason for sign in red)
