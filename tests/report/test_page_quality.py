"""Each printed page on the example plan: no text cut, headline figures as on screen, and
the paper used (neither half blank nor a solid block)."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from smplanner.domain.catalogue import example_plan
from smplanner.domain.measures import dashboard
from smplanner.domain.tracking_summary import funnel_status
from smplanner.report import formats
from smplanner.report.export import pdf_bytes
from smplanner.report.measuring_page import tracking_grid
from smplanner.report.sections import PAGES

INK_BAND = (0.06, 0.45)
"""Share of a page's pixels (at 40 dpi) that carry ink. Before the pages were laid out
to fill the paper the Requests page measured about 0.05 (half blank); a page of the grid
or charts drawn to the edges measures 0.10 to 0.30. Above 0.45 a page would be mostly
solid fill, which no page means to be."""


@pytest.fixture(scope="module", params=["a4", "letter"])
def exported(request, qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """All pages of the example plan on one paper: the PDF, its page texts and renders."""
    pdf = pdf_bytes(example_plan(), PAGES, request.param)
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    folder = tmp_path_factory.mktemp(request.param)
    images: list[QImage] = []
    if shutil.which("pdftoppm") is not None:
        (folder / "all.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", str(folder / "all.pdf"), str(folder / "page")],
            check=True,
            timeout=60,
        )
        images = [QImage(str(path)) for path in sorted(folder.glob("page-*.png"))]
    return texts, images


def page_text(exported, name: str) -> str:  # type: ignore[no-untyped-def]
    texts, _ = exported
    return texts[[p.name for p in PAGES].index(name)]


def test_every_section_has_its_page(exported) -> None:  # type: ignore[no-untyped-def]
    texts, _ = exported
    assert len(texts) == len(PAGES)
    assert "measuring" in [p.name for p in PAGES]


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_no_text_is_cut(exported, name: str) -> None:  # type: ignore[no-untyped-def]
    text = page_text(exported, name)
    assert "…" not in text and "..." not in text


def test_the_kpi_page_names_every_goal_tactic_and_kpi_whole(exported) -> None:  # type: ignore[no-untyped-def]
    text = page_text(exported, "kpi")
    plan = example_plan()
    for name in ("Consideration", "Brand awareness and sentiment"):
        assert name in text
    for kpi in plan.keys("kpis"):
        assert kpi in text


def test_roi_headline_figures_are_the_dashboards(exported) -> None:  # type: ignore[no-untyped-def]
    text = page_text(exported, "roi")
    board = dashboard(example_plan())
    currency = board.settings.currency
    overall = board.overall
    for shown in (
        formats.money(overall.investment, currency),
        formats.money(overall.returned, currency),
        formats.percent(overall.roi),
        formats.money(overall.cost_per_sqo, currency),
        formats.money(board.clv, currency),
    ):
        assert shown in text
    assert "20,000.00 EUR" in text and "94 %" in text and "24,600.00 EUR" in text


def test_measuring_headline_is_the_grids_total_rows(exported) -> None:  # type: ignore[no-untyped-def]
    text = page_text(exported, "measuring")
    statuses = funnel_status(tracking_grid(example_plan()))
    assert [s.actual for s in statuses] == [1800, 210, 7]
    for status in statuses:
        assert formats.count(status.actual) in text
        assert formats.count(status.target) in text
    assert "1,800" in text and "target 1,820" in text and "attained 99 %" in text


def test_requests_and_profiles_headlines(exported) -> None:  # type: ignore[no-untyped-def]
    profiles = page_text(exported, "profiles")
    assert "61 %" in profiles and "72 %" in profiles and "17 %" in profiles
    requests = page_text(exported, "requests")
    assert "5 requests logged" in requests


def test_every_page_says_whose_figures_they_are(exported) -> None:  # type: ignore[no-untyped-def]
    assert "the team's" in page_text(exported, "maturity")
    assert "Return: the position-based model's credit to the networks" in page_text(exported, "roi")
    assert "Tracking grid" in page_text(exported, "measuring")
    assert "Every planner row" in page_text(exported, "kpi")


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_the_page_uses_its_paper(exported, name: str) -> None:  # type: ignore[no-untyped-def]
    _, images = exported
    if not images:
        pytest.skip("pdftoppm is missing: install poppler-utils")
    image = images[[p.name for p in PAGES].index(name)]
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 235
    )
    share = dark / ((image.height() // 2) * (image.width() // 2))
    assert INK_BAND[0] <= share <= INK_BAND[1], f"{name}: {share:.3f}"
