"""The planner and measuring tabs say where planner and tracking disagree; one click fixes it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smplanner.domain import tracking_agreement as agree
from smplanner.domain.commands import InsertRows
from smplanner.domain.tracking_grid import track_edit
from smplanner.gui.grid.agreement_notice import AgreementNotice
from smplanner.gui.sections.measuring.section import MeasuringSection
from smplanner.gui.sections.planner.section import PlannerSection
from smplanner.gui.undo import PlanEditor


def shown(qtbot, section) -> AgreementNotice:  # type: ignore[no-untyped-def]
    qtbot.addWidget(section)
    section.resize(1200, 600)
    section.show()
    qtbot.waitExposed(section)
    notice = section.findChild(AgreementNotice)
    assert notice is not None
    return notice


def test_the_planner_tab_tracks_its_untracked_primaries_in_one_click(  # type: ignore[no-untyped-def]
    qtbot, editor: PlanEditor
) -> None:
    planner = PlannerSection(editor)
    said: list[str] = []
    planner.message.connect(said.append)
    notice = shown(qtbot, planner)
    untracked = agree.agreement(editor.plan).untracked
    assert len(untracked) == 21 and notice.isVisible()
    assert notice.untracked_label.text().startswith(
        "Primary KPIs of the planner that nothing tracks: Follower growth rate, Impressions,"
    )
    assert "and 17 more" in notice.untracked_label.text()
    assert not notice.unused_label.isVisible()
    before, rows = editor.plan.snapshot(), editor.plan.row_count("tracking")

    qtbot.mouseClick(notice.track_button, Qt.MouseButton.LeftButton)
    assert editor.plan.row_count("tracking") == rows + 21 * 2  # LinkedIn and X
    assert editor.stack.count() == 1
    assert said[-1] == "Tracking 21 KPIs on LinkedIn and X; Undo (Ctrl+Z) takes them back"
    qtbot.waitUntil(lambda: not notice.isVisible())

    editor.stack.undo()
    assert editor.plan.snapshot() == before
    qtbot.waitUntil(notice.isVisible)


def test_the_measuring_tab_stops_tracking_what_no_planner_row_uses(  # type: ignore[no-untyped-def]
    qtbot, editor: PlanEditor
) -> None:
    measuring = MeasuringSection(editor)
    notice = shown(qtbot, measuring)
    kpis = editor.plan.row_count("kpis")
    assert editor.execute(InsertRows("kpis", kpis, ({"name": "Saves", "category": "Engagement"},)))
    tracked = track_edit(editor.plan, [("LinkedIn", "Saves")], "Track Saves").command
    assert tracked is not None and editor.execute(tracked)
    qtbot.waitUntil(notice.unused_label.isVisible)
    assert notice.unused_label.text() == "Tracked KPI that no planner row uses: Saves"
    steps = editor.stack.count()

    qtbot.mouseClick(notice.untrack_button, Qt.MouseButton.LeftButton)
    assert "Saves" not in editor.plan.column_values("tracking", "kpi")
    assert editor.stack.count() == steps + 1
    qtbot.waitUntil(lambda: not notice.unused_label.isVisible())
    editor.stack.undo()
    assert "Saves" in editor.plan.column_values("tracking", "kpi")
    qtbot.waitUntil(notice.unused_label.isVisible)
