"""A blank plan says on every tab what to do first, with a button that does it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from smplanner.domain.catalogue import blank_plan
from smplanner.gui.empty_state import EmptyState
from smplanner.gui.main_window import MainWindow
from smplanner.gui.sections.dashboard.section import DashboardSection
from smplanner.gui.sections.maturity.section import MaturitySection
from smplanner.gui.sections.measuring.section import MeasuringSection
from smplanner.gui.sections.planner.section import PlannerSection
from smplanner.gui.sections.profiles.section import ProfilesSection
from smplanner.gui.sections.requests.section import RequestsSection


@pytest.fixture
def window(qtbot, fresh_settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(blank_plan())

    def forget_changes(_widget: object) -> None:
        if main.editor is not None:
            main.editor.stack.setClean()  # no "save changes?" when the test closes it

    qtbot.addWidget(main.window, before_close_func=forget_changes)
    main.window.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main.window)
    yield main


def cover(section: object, name: str) -> EmptyState:
    found = section.findChild(EmptyState, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def press(qtbot, state: EmptyState) -> None:  # type: ignore[no-untyped-def]
    button = state.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("kind", "name", "table"),
    [
        (PlannerSection, "planner.empty", "planner"),
        (ProfilesSection, "profiles.empty", "profile_accounts"),
        (RequestsSection, "requests.empty", "requests"),
        (MeasuringSection, "costs.empty", "costs"),
    ],
)
def test_the_button_adds_the_first_row_and_the_cover_goes(qtbot, window, kind, name, table) -> None:  # type: ignore[no-untyped-def]
    section = window.show_section(kind)
    if kind is MeasuringSection:
        section.show_page("costs")
    state = cover(section, name)
    assert state.isVisible()
    assert state.findChild(QLabel).text().endswith(".")  # one sentence
    press(qtbot, state)
    assert window.plan.row_count(table) == 1
    assert not state.isVisible()
    window.document.editor.stack.undo()  # type: ignore[union-attr]
    assert state.isVisible()


def test_a_new_planner_row_from_the_cover_has_the_cursor_in_stage(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    planner = window.show_section(PlannerSection)
    press(qtbot, cover(planner, "planner.empty"))
    assert planner.grid.left.hasFocus()
    assert planner.grid.left.currentIndex() == planner.proxy.index(0, 0)


def test_the_dashboard_covers_its_charts_and_sends_the_user_to_measuring(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    board = window.show_section(DashboardSection)
    state = cover(board, "dashboard.empty")
    assert state.isVisible() and state.geometry().size() == board.chart_area.size()
    press(qtbot, state)
    assert window.current_section() is window.section(MeasuringSection)
    measuring = window.section(MeasuringSection)
    tracking = cover(measuring, "tracking.empty")
    assert tracking.isVisible()
    press(qtbot, tracking)  # out of the way, the cursor in the first target cell
    assert not tracking.isVisible()
    assert measuring.tracking.grid.right.hasFocus()
    qtbot.keyClicks(measuring.tracking.grid.right, "120")
    qtbot.keyClick(measuring.tracking.grid.right.focusWidget() or measuring, Qt.Key.Key_Return)
    assert window.plan.row_count("tracking") == 1
    window.show_section(DashboardSection)
    assert not state.isVisible()


def test_maturity_covers_its_chart_until_a_level_is_rated(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    maturity = window.show_section(MaturitySection)
    state = cover(maturity, "maturity.empty")
    assert state.isVisible()
    press(qtbot, state)
    assert maturity.grid.hasFocus()
    qtbot.keyClick(maturity.grid, Qt.Key.Key_C)
    assert not state.isVisible()
