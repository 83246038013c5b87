"""The pipeline's reference chart: every stage's texts and the plan's deals on one page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.report.export import pdf_bytes
from smplanner.report.pipeline_page import PIPELINE_PAGE, headline_cards, pipeline_chart


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_one_page_holds_every_stage_its_texts_and_the_plans_deals(qapp, paper: str) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    text = text_of(pdf_bytes(plan, [PIPELINE_PAGE], paper))
    assert "Pipeline" in text and plan.name in text
    for stage in ("Qualified 10 %", "Scoped 25 %", "Proposed 75 %", "Won 100 %", "Lost 0 %"):
        assert stage in text
    for row in ("What it means", "Key activities", "Milestone", "Control documents"):
        assert row in text
    assert "CRM tasks" in text and "Partner forecast" in text
    assert "Demo plan, trial results, reference customers" in text  # Evaluated's documents
    assert "31,750.00 EUR Weighted pipeline (2 open deals)" in text
    assert "47,000.00 EUR Best case" in text and "40,000.00 EUR Commit" in text
    assert "Sourced by social (weighted)" in text and "Influenced by social: 30,000.00 EUR" in text
    assert "Value (EUR)" in text and "81,500" in text  # the won deals' value
    assert "left out" not in text.lower() and "…" not in text


def test_the_chart_carries_the_apps_figures_per_stage(qapp) -> None:  # type: ignore[no-untyped-def]
    chart = pipeline_chart(example_plan())
    stages = {s.name: s for s in chart.stages}
    assert [s.name for s in chart.stages][:3] == ["Qualified", "Scoped", "Evaluated"]
    assert (stages["Scoped"].deals, stages["Scoped"].value) == (1, 7_000)
    assert stages["Scoped"].weighted == 1_750  # 7,000 x 25 %
    assert stages["Proposed"].weighted == 30_000 and stages["Won"].deals == 8
    assert stages["Evaluated"].texts["milestone"] == "The buyer says we meet the success criteria."
    weighted, best, commit, social = headline_cards(chart)
    assert weighted.value == "31,750.00 EUR" and best.value == "47,000.00 EUR"
    assert commit.label == "Commit (stages of 75 % and more)" and commit.value == "40,000.00 EUR"
    assert social.value == "30,000.00 EUR"  # D-1008, first touched on LinkedIn


def test_texts_too_long_for_the_page_leave_rows_out_and_say_so(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    long = "Ask what changed since the last call, who else decides, and why now. " * 6
    edits = tuple((row, column, long) for row in range(7) for column in ("summary", "activities"))
    plan.apply(SetCells("pipeline_stages", edits))
    text = text_of(pdf_bytes(plan, [PIPELINE_PAGE], "a4"))
    assert "Left out for want of room:" in text and "Partner forecast" in text
    assert "Key activities" in text and "Proposed 75 %" in text


def test_stages_out_of_order_are_named_at_the_foot(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    plan.apply(SetCells("pipeline_stages", ((2, "probability", 20),)))
    text = text_of(pdf_bytes(plan, [PIPELINE_PAGE], "a4"))
    assert "'Evaluated' at 20 % comes after 'Scoped' at 25 %" in text
