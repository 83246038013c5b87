"""One module per tab of the main window, and the order of the tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from smplanner.gui.undo import PlanEditor

if TYPE_CHECKING:
    from smplanner.gui.sections.base import Section

SectionFactory = Callable[[PlanEditor], "Section"]


def section_factories() -> list[SectionFactory]:
    """The tabs, in order: the planner first, each later section after it, catalogues last.

    Imported here, not at module level, so a test of one section loads only that one.
    """
    from smplanner.gui.sections.alignment.section import AlignmentSection
    from smplanner.gui.sections.attribution.section import AttributionSection
    from smplanner.gui.sections.catalogues.section import CataloguesSection
    from smplanner.gui.sections.dashboard.section import DashboardSection
    from smplanner.gui.sections.deals.section import DealsSection
    from smplanner.gui.sections.maturity.section import MaturitySection
    from smplanner.gui.sections.measuring.section import MeasuringSection
    from smplanner.gui.sections.pipeline.section import PipelineSection
    from smplanner.gui.sections.planner.section import PlannerSection
    from smplanner.gui.sections.profiles.section import ProfilesSection
    from smplanner.gui.sections.requests.section import RequestsSection

    return [
        PlannerSection,
        MaturitySection,
        ProfilesSection,
        RequestsSection,
        MeasuringSection,
        DealsSection,
        PipelineSection,
        AttributionSection,
        DashboardSection,
        AlignmentSection,
        CataloguesSection,
    ]
