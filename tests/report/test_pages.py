"""One page per section, whatever the plan's size: read the PDFs back and look at them."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from smplanner.domain.catalogue import example_plan
from smplanner.domain.plan import Plan
from smplanner.report.export import pdf_bytes, write_pdf
from smplanner.report.kpi_page import fit_grid
from smplanner.report.page import MIN_TYPE, page_size
from smplanner.report.sections import PAGES

PAPERS = {"a4": (842, 595), "letter": (792, 612)}


def huge_plan() -> Plan:
    """2,000 planner rows against 100 KPIs, a few marks in each row."""
    base = example_plan()
    kpis = [
        {"name": f"Measure {n:03d}", "category": ("Reach", "Engagement", "Conversion")[n % 3]}
        for n in range(100)
    ]
    stages, goals, tactics = base.keys("stages"), base.keys("goals"), base.keys("tactics")
    rows = []
    for n in range(2000):
        row = {"stage": stages[n % 5], "goal": goals[n % 7], "tactic": tactics[n % 16]}
        row[f"Measure {n % 100:03d}"] = "P"
        row[f"Measure {(n * 7) % 100:03d}"] = "S"
        if n % 9 == 0:
            row[f"Measure {n % 100:03d}"] = ""  # some rows without a primary
        rows.append(row)
    tables = {name: base.records(name) for name in ("stages", "goals", "tactics", "networks")}
    return Plan("A very large plan", {**tables, "kpis": kpis, "planner": rows})


def words(page) -> str:  # type: ignore[no-untyped-def]
    """A page's extracted text with its runs of spaces and tabs made single spaces."""
    return " ".join(page.extract_text().split())


def ink(pdf: bytes, tmp_path: Path) -> float:
    """Share of the first page's pixels that are not white, from poppler's rendering."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is missing: install poppler-utils (make test does, as root)")
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-singlefile", str(source), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull()
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 200
    )
    return dark / ((image.height() // 2) * (image.width() // 2))


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_each_section_is_one_inked_page_with_its_title_and_plan(
    qapp, page, paper: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    pdf = pdf_bytes(plan, [page], paper)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    size = page_size(paper, page.landscape(plan))
    assert (round(float(box.width)), round(float(box.height))) == (
        round(size.width()),
        round(size.height()),
    )
    text = words(reader.pages[0])
    assert page.title in text and plan.name in text
    assert ink(pdf, tmp_path) > 0.01


def test_all_sections_in_one_pdf(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "all.pdf"
    write_pdf(example_plan(), out, PAGES, "a4")
    reader = PdfReader(out)
    assert len(reader.pages) == len(PAGES)
    for page, section in zip(reader.pages, PAGES, strict=True):
        assert section.title in words(page)


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_the_example_planner_fits_whole(qapp, paper: str) -> None:  # type: ignore[no-untyped-def]
    from smplanner.report.kpi_page import KPI_PAGE

    text = words(PdfReader(io.BytesIO(pdf_bytes(example_plan(), [KPI_PAGE], paper))).pages[0])
    assert "omitted" not in text
    plan = example_plan()
    for row in range(plan.row_count("planner")):
        assert str(plan.value("planner", row, "tactic")) in text
    for kpi in plan.keys("kpis"):
        assert kpi in text


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_huge_plan_still_gives_one_legible_page(qapp, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = huge_plan()
    pdf = pdf_bytes(plan, [page], "a4")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = words(reader.pages[0])
    assert "A very large plan" in text
    assert ink(pdf, tmp_path) > 0.01
    if page.name == "kpi":
        assert "omitted" in text  # the page says what it left out


def test_a_huge_planner_keeps_the_legible_minimum_and_says_what_it_left_out() -> None:
    plan = huge_plan()
    fit = fit_grid(plan, 786, 470)
    assert fit.size == MIN_TYPE
    assert 0 < len(fit.rows) < 2000 and len(fit.kpis) <= 100
    assert any("with no primary KPI omitted" in note for note in fit.notes)
    assert any("filter the planner to print the rest" in note for note in fit.notes)
