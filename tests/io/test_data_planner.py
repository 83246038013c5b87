"""A home-made KPI planner read into the planner grid: names, marks, keep or replace."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.domain.plan import Plan
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.io.data_file import Grid, find_header, read_grid
from smplanner.io.data_import import DataImportResult, ImportRefused
from smplanner.io.data_layout import PLANNER, WIDE_DATE, classify
from smplanner.io.data_planner import import_planner, read_mark

sys.path.insert(0, str(Path(__file__).parents[1] / "data" / "imports"))
import make_samples

MQC = "Marketing qualified contacts (MQC)"
SQO = "Sales qualified opportunities (SQO)"


def _grid(rows: list[list[object]]) -> Grid:
    return Grid(rows, "Sheet1", find_header(rows), list(range(1, len(rows) + 1)))


def _planner(plan: Plan, grid: Grid, **options: Any) -> DataImportResult:
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    return import_planner(plan, grid, layout, **options)


def _mark(plan: Plan, stage: str, goal: str, tactic: str, kpi: str) -> Any:
    for record in plan.records("planner"):
        if (record["stage"], record["goal"], record["tactic"]) == (stage, goal, tactic):
            return record[kpi]
    raise AssertionError(f"no planner row {stage} / {goal} / {tactic}")


@pytest.fixture
def sample(tmp_path: Path) -> Grid:
    make_samples.kpi_planner(tmp_path / "kpi_planner.xlsx")
    return read_grid(tmp_path / "kpi_planner.xlsx")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("P", PRIMARY),
        (" primary ", PRIMARY),
        (1, PRIMARY),
        (1.0, PRIMARY),
        ("s", SECONDARY),
        ("Secondary", SECONDARY),
        ("2", SECONDARY),
        ("X", SECONDARY),
        ("✓", SECONDARY),
        ("✔", SECONDARY),
        ("yes", SECONDARY),
        (True, SECONDARY),
        (None, ""),
        ("", ""),
        ("-", ""),
        (False, ""),
        ("maybe", None),
        (3, None),
    ],
)
def test_marks_read_as_primary_secondary_or_none(raw: object, expected: str | None) -> None:
    assert read_mark(raw) == expected


def test_a_plain_mark_can_be_read_as_primary() -> None:
    assert read_mark("x", plain=PRIMARY) == PRIMARY
    assert read_mark("S", plain=PRIMARY) == SECONDARY


def test_the_planner_layout_is_recognised_by_its_titles(sample: Grid) -> None:
    layout = classify(sample.titles, sample.rows[sample.header], sample.body)
    assert (layout.kind, layout.stage, layout.goal, layout.tactic) == (PLANNER, 0, 1, 2)
    assert layout.metrics == tuple(range(3, 11))
    assert "'Stage', 'Goal' and 'Tactic' name each row" in layout.reason
    daily = classify(["Date", "Stage views"], [], [["2027-01-01", 3]])
    assert daily.kind == WIDE_DATE


def test_a_home_made_planner_with_x_marks_keeps_what_the_plan_says(sample: Grid) -> None:
    plan = example_plan()
    before = plan.frame("planner").copy()
    result = _planner(plan, sample)
    # new: Link clicks for the webinar row, and the podcast row's two marks;
    # kept: the plan's Primary marks the file's X (Secondary) would demote, the notes
    # and the webinar's Video views, which the file leaves empty
    assert (result.new, result.changed, result.kept, result.same) == (3, 0, 7, 1)
    assert result.added_rows == 1
    assert result.unmatched == {"stage": ["Delight"], "KPI": ["Webinar attendees"]}
    assert result.command is not None and not result.problems
    undo = plan.apply(result.command)
    assert _mark(plan, "Consideration", "Generate leads", "Webinar", "Link clicks") == SECONDARY
    assert _mark(plan, "Consideration", "Generate leads", "Webinar", MQC) == PRIMARY
    # the stage merged down from the row above, the goal matched blind to case
    assert _mark(plan, "Consideration", "Generate leads", "Podcast", MQC) == SECONDARY
    assert _mark(plan, "Consideration", "Generate leads", "Podcast", "Impressions") == SECONDARY
    assert _mark(plan, "Awareness", "Grow audience", "Employee advocacy", "Followers") == PRIMARY
    plan.apply(undo)
    assert plan.frame("planner").equals(before)


def test_replace_makes_each_row_the_files(sample: Grid) -> None:
    plan = example_plan()
    result = _planner(plan, sample, replace_values=True)
    assert (result.new, result.changed, result.kept, result.same) == (3, 7, 0, 1)
    assert result.command is not None
    plan.apply(result.command)
    row = ("Consideration", "Generate leads", "Webinar")
    assert _mark(plan, *row, MQC) == SECONDARY
    assert _mark(plan, *row, "Video views") == ""  # empty in the file: cleared
    assert _mark(plan, *row, "Event registrations") == PRIMARY  # no column: untouched
    assert _mark(plan, "Awareness", "Grow audience", "Employee advocacy", "notes") == "Weekly"
    assert _planner(plan, sample, replace_values=True).command is None


def test_plain_marks_as_primary(sample: Grid) -> None:
    plan = example_plan()
    result = _planner(plan, sample, replace_values=True, plain=PRIMARY)
    assert result.command is not None
    plan.apply(result.command)
    assert _mark(plan, "Decision", "Create pipeline", "Case study", SQO) == PRIMARY


def test_an_unknown_mark_and_a_repeated_row_are_bad_cells() -> None:
    rows: list[list[object]] = [
        ["Stage", "Goal", "Tactic", "Followers", "MQL"],
        ["Awareness", "Grow audience", "Video", "X", "maybe"],
        ["Awareness", "Grow audience", "Podcast", "P", ""],
        ["awareness", "grow audience", "podcast", "", "S"],
        [None, None, None, "X", None],
    ]
    plan = example_plan()
    result = _planner(plan, _grid(rows))
    assert result.command is None
    assert [str(p) for p in result.problems] == [
        "row 2, column 'MQL': 'maybe' — expected a mark: P, S, Primary, Secondary, X, ✓, "
        "yes, 1 or 2 (or empty)",
        "row 4, column 'Tactic': 'Awareness / Grow audience / Podcast' — expected each "
        "stage, goal and tactic once (also on row 3)",
        "row 5, column 'Tactic': '' — expected a tactic",
    ]
    skipped = _planner(plan, _grid(rows), skip_bad=True)
    assert skipped.skipped == 3 and skipped.command is not None
    plan.apply(skipped.command)
    assert _mark(plan, "Awareness", "Grow audience", "Podcast", "Followers") == PRIMARY
    assert _mark(plan, "Awareness", "Grow audience", "Video", "Followers") == SECONDARY


def test_a_planner_without_a_tactic_column_needs_one_named() -> None:
    rows: list[list[object]] = [
        ["Stage", "Goal", "Kind of work", "Followers"],
        ["Awareness", "Grow audience", "Video", "P"],
    ]
    grid = _grid(rows)
    layout = classify(grid.titles, grid.rows[0], grid.body)
    with pytest.raises(ImportRefused, match=r'no column for the tactic \(name it: --map "Column'):
        import_planner(example_plan(), grid, layout)
    plan = example_plan()
    result = import_planner(plan, grid, layout, mapping={"Kind of work": "tactic"})
    assert result.command is not None
    plan.apply(result.command)
    assert _mark(plan, "Awareness", "Grow audience", "Video", "Followers") == PRIMARY
