"""The alignment chart's page: nine boxes on one page, overdue marked, long text cut and said."""

from __future__ import annotations

import datetime as dt
import io
from functools import partial
from pathlib import Path

from pypdf import PdfReader

from smplanner.cli import main
from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.io.workbook import save_plan
from smplanner.report.alignment_page import ALIGNMENT_PAGE, TITLE, draw_alignment_page
from smplanner.report.export import pdf_bytes
from smplanner.report.formats import short_date
from smplanner.report.page import SectionPage

TODAY = dt.date(2026, 12, 2)


def page_on(day: dt.date) -> SectionPage:
    return SectionPage(
        "alignment", TITLE, lambda plan: True, partial(draw_alignment_page, today=day)
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_the_page_shows_every_box_and_marks_the_overdue_one(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    text = text_of(pdf_bytes(plan, [page_on(TODAY)], "a4"))
    assert "Sales and marketing alignment" in text
    for words in ("Value", "Volume", "Velocity", "Content", "Community", "Conversion"):
        assert words in text
    assert f"overdue: due {short_date(dt.date(2026, 11, 27))} (5 days)" in text
    assert "Action: Booking link on every demo form;" in text
    assert "Which step between a filled form and the first sales call" in text
    assert "2 of 9 crossings agreed, 1 done, 1 overdue" in text
    # before the due date nothing is overdue
    assert "overdue:" not in text_of(pdf_bytes(plan, [page_on(dt.date(2026, 11, 1))], "a4"))


def test_text_too_long_for_its_box_is_cut_and_the_foot_says_where(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    long = " ".join(["Every account manager reviews the shared content calendar."] * 40)
    plan.apply(SetCells("alignment", ((4, "action", long),)))
    text = text_of(pdf_bytes(plan, [page_on(TODAY)], "letter"))
    assert "text cut short in Community × Volume" in text
    assert "Which step between a filled form and the first sales call" in text


def test_export_prints_the_alignment_page_alone(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    save_plan(example_plan(), plan)
    out = tmp_path / "alignment.pdf"
    assert main(["export", str(plan), "--pdf", str(out), "--section", "alignment"]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "Sales and marketing alignment" in " ".join(reader.pages[0].extract_text().split())
    assert ALIGNMENT_PAGE.name == "alignment"
