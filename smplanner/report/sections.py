"""The printable pages, one per section, in the order of the app's tabs.

A later section adds its page here; the command line's ``--section`` takes the names.
"""

from __future__ import annotations

from smplanner.report.alignment_page import ALIGNMENT_PAGE
from smplanner.report.attribution_page import ATTRIBUTION_PAGE
from smplanner.report.kpi_page import KPI_PAGE
from smplanner.report.maturity_page import MATURITY_PAGE
from smplanner.report.measuring_page import MEASURING_PAGE
from smplanner.report.page import SectionPage
from smplanner.report.pipeline_page import PIPELINE_PAGE
from smplanner.report.profiles_page import PROFILES_PAGE
from smplanner.report.requests_page import REQUESTS_PAGE
from smplanner.report.roi_page import ROI_PAGE

PAGES: tuple[SectionPage, ...] = (
    KPI_PAGE,
    MATURITY_PAGE,
    PROFILES_PAGE,
    REQUESTS_PAGE,
    MEASURING_PAGE,
    ATTRIBUTION_PAGE,
    PIPELINE_PAGE,
    ROI_PAGE,
    ALIGNMENT_PAGE,
)
BY_NAME = {page.name: page for page in PAGES}
