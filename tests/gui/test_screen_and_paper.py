"""The window and the printed page write the same figure the same way, in English, German
and Polish, and colour the same things with the same colours."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from smplanner.domain import checklists, measures, palette
from smplanner.domain.catalogue import example_plan
from smplanner.gui import i18n
from smplanner.gui.charts.roi_charts import FunnelChart
from smplanner.gui.sections.dashboard.section import DashboardSection
from smplanner.gui.sections.requests.counts import RequestCounts
from smplanner.gui.undo import PlanEditor
from smplanner.report import formats
from smplanner.report.export import pdf_bytes
from smplanner.report.page import draw_page, page_size
from smplanner.report.requests_page import REQUESTS_PAGE
from smplanner.report.roi_page import ROI_PAGE

EXPECTED = {
    # investment, ROI, a conversion rate with one decimal
    "en_GB": ("20,000.00 EUR", "94 %", "11.7 %"),
    "de_DE": ("20.000,00 EUR", "94 %", "11,7 %"),
    "pl_PL": ("20\u00a0000,00 EUR", "94%", "11,7%"),
}


@pytest.fixture
def language(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Switch the app's language for one test; British English again afterwards."""
    yield lambda name: i18n.install(QApplication.instance(), QLocale(name))
    i18n.install(QApplication.instance(), QLocale("en_GB"))


def page_words(pdf: bytes) -> str:
    """The page's text with its runs of white space (tabs between words) made one space;
    no-break spaces (Polish digit groups) are kept."""
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return " ".join(text.replace("\u00a0", "\x00").split()).replace("\x00", "\u00a0")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_dashboard_and_its_page_write_amounts_and_rates_alike(
    qtbot, language, name: str
) -> None:  # type: ignore[no-untyped-def]
    language(name)
    plan = example_plan()
    board = DashboardSection(PlanEditor(plan))
    qtbot.addWidget(board)
    printed = page_words(pdf_bytes(plan, [ROI_PAGE], "a4"))
    investment, roi, rate = EXPECTED[name]
    assert board.cards["investment"].text() == investment
    assert board.cards["roi"].text() == roi
    for key in ("investment", "return", "roi", "per_follower", "per_mqc", "per_sqo", "clv"):
        assert board.cards[key].text() in printed, key
    funnel = FunnelChart()
    qtbot.addWidget(funnel)
    assert rate in funnel.lines(board.board)[1]  # MQC, and its share of the followers
    assert rate in printed
    assert formats.period_labels(board.board.settings)[0] in printed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_requests_tab_and_page_name_months_and_shares_alike(qtbot, language, name: str) -> None:  # type: ignore[no-untyped-def]
    language(name)
    plan = example_plan()
    counts = RequestCounts(plan, lambda: checklists.request_checks(plan))
    qtbot.addWidget(counts)
    printed = page_words(pdf_bytes(plan, [REQUESTS_PAGE], "a4"))
    month = counts.topLevelItem(1).text(0)
    assert month == formats.month("2027-01")
    assert month in printed
    everything = counts.topLevelItem(0)
    linkedin = next(everything.child(i) for i in range(everything.childCount()))
    assert linkedin.text(0) == "LinkedIn"
    ignored = linkedin.text(5)  # one of four requests ignored
    assert ignored == formats.percent(0.25) and f"LinkedIn 4 ({ignored} " in printed


def colour_counts(image: QImage) -> Counter[str]:
    """How many pixels of each exact colour (#rrggbb) an image holds."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)
    pixels = rows[:, : image.width()] & 0xFFFFFF
    values, counts = np.unique(pixels, return_counts=True)
    return Counter({f"#{int(v):06x}": int(n) for v, n in zip(values, counts, strict=True)})


def test_the_funnel_has_the_same_colours_on_screen_and_on_paper(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = example_plan()
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_board(measures.dashboard(plan))
    on_screen = colour_counts(chart.grab().toImage())

    size = page_size("a4", ROI_PAGE.landscape(plan))
    page = QImage(int(size.width()) * 2, int(size.height()) * 2, QImage.Format.Format_RGB32)
    page.setDotsPerMeterX(5669)  # 144 dpi: twice the page's points
    page.setDotsPerMeterY(5669)
    page.fill(QColor("white"))
    painter = QPainter(page)
    draw_page(painter, size, ROI_PAGE, plan)
    painter.end()
    on_paper = colour_counts(page)

    followers, mqc, sqo = palette.FUNNEL
    assert len({followers, mqc, sqo}) == 3
    for level in palette.FUNNEL:  # every level's bar, in the one colour, in both places
        assert on_screen[level] > 20, level
        assert on_paper[level] > 20, level
