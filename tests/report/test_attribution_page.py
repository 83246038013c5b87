"""The attribution page: every model's credit per channel on one page, the chosen model named."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from smplanner.domain.catalogue import example_plan
from smplanner.report.attribution_page import (
    ATTRIBUTION_PAGE,
    attribution_of,
    headline_cards,
    table_rows,
)
from smplanner.report.export import pdf_bytes


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_one_page_names_the_plan_the_chosen_model_and_every_channel_whole(qapp, paper: str) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    text = text_of(pdf_bytes(plan, [ATTRIBUTION_PAGE], paper))
    assert "Attribution" in text and plan.name in text
    assert "the plan's return uses the position-based model" in text
    assert "Credited to the social networks (position-based)" in text
    for channel in ("LinkedIn", "Facebook", "Company blog", "Paid search", "Referral"):
        assert channel in text
    assert "left out" not in text
    assert "…" not in text


def test_every_model_credits_the_whole_won_value_once(qapp) -> None:  # type: ignore[no-untyped-def]
    found = attribution_of(example_plan())
    rows = table_rows(found)
    channels = [r for r in rows if r.bars]
    social, total = rows[-2], rows[-1]
    assert found.won_value == 81_500 and found.won_deals == 8
    # every model's channels add up to the won value; the networks to the social total
    for model in range(6):
        assert sum(r.values[model] for r in channels) == pytest.approx(81_500)
        assert total.values[model] == pytest.approx(81_500)
    networks = [r for r in channels if r.name in found.networks]
    assert [r.name for r in channels[: len(networks)]] == [r.name for r in networks]
    # the data-driven model credits Facebook, which no won deal touched
    facebook = next(r for r in channels if r.name == "Facebook")
    assert facebook.values[:5] == (0, 0, 0, 0, 0) and facebook.values[5] > 0
    # position-based: LinkedIn 26,533.33, X 6,000, Instagram 2,200, YouTube 1,000, blog 3,000
    assert social.values[3] == pytest.approx(26_533.33 + 6_000 + 2_200 + 1_000 + 3_000, abs=0.01)
    won, credited, share = headline_cards(found)
    assert won.value == "81,500.00 EUR" and won.label == "Won value (8 won deals)"
    assert credited.label == "Credited to the social networks (position-based)"
    assert share.value == "48 %"
