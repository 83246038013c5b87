"""The Import data dialog's Qt-free parts: saved mappings, targets guessed, choices to layout."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.gui.import_data import saved
from smplanner.gui.import_data.core import PERIOD, SKIP, Outcome, field_choice, kpi_choice
from smplanner.gui.import_data.keyed_runs import tracking_layout
from smplanner.gui.import_data.reading import read_file
from smplanner.gui.import_data.report import lines
from smplanner.gui.import_data.targets import guess_target
from smplanner.io.data_layout import LONG, WIDE_DATE, WIDE_PERIOD, Layout
from tests.gui.import_steps import write_samples

titles = st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=6)
choices = st.sampled_from([SKIP, PERIOD, field_choice("date"), kpi_choice("Followers")])


@settings(max_examples=20)
@given(headers=titles, picked=st.data(), name=st.text(min_size=1, max_size=20))
def test_a_saved_mapping_comes_back_for_the_same_headers(
    tmp_path_factory, headers: list[str], picked: st.DataObject, name: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("maps") / "mappings.json"
    columns = {h: picked.draw(choices) for h in headers}
    mapping = saved.SavedMapping(name, tuple(headers), "tracking", columns, {"KPI": {"a": "b"}})
    saved.save(path, mapping)
    saved.save(path, mapping)  # saved again under its name: kept once
    assert saved.fitting(path, headers) == [mapping]
    assert saved.fitting(path, [*headers, "another column"]) == []


def test_a_damaged_mappings_file_reads_as_none(tmp_path: Path) -> None:
    path = tmp_path / "mappings.json"
    path.write_text('{"mappings": [{"name": "no headers"}, 3]}', encoding="utf-8")
    assert saved.load(path) == []
    path.write_text("not json", encoding="utf-8")
    assert saved.load(path) == []


def test_each_sample_preselects_its_target(tmp_path: Path) -> None:
    samples = write_samples(tmp_path)
    expected = {
        "daily_new_followers.xlsx": "tracking",
        "daily_follower_count.csv": "tracking",
        "monthly_tracking.xlsx": "tracking",
        "monthly_tracking.ods": "tracking",
        "costs.csv": "costs",
        "crm_deals.csv": "deals",
        "crm_touches.csv": "touches",
        "kpi_planner.xlsx": "planner",
    }
    for name, target in expected.items():
        read = read_file(samples / name, None)
        assert guess_target(read.grid, read.layout) == target, name


def test_the_columns_choices_make_the_layout() -> None:
    found = Layout(WIDE_DATE, "'Date' holds dates", date=0, metrics=(1, 2))
    date, kpi = field_choice("date"), kpi_choice("Impressions")
    assert tracking_layout(found, (date, kpi, SKIP)) == Layout(
        WIDE_DATE, "'Date' holds dates", date=0, metrics=(1,)
    )
    long = tracking_layout(found, (date, field_choice("metric"), field_choice("value")))
    assert (long.kind, long.metric, long.value) == (LONG, 1, 2)
    assert long.reason == "as the columns are set here"
    across = tracking_layout(found, (field_choice("network"), PERIOD, PERIOD))
    assert (across.kind, across.periods, across.network) == (WIDE_PERIOD, (1, 2), 0)
    assert tracking_layout(found, (SKIP, kpi, SKIP)).kind == ""


def test_the_preview_says_what_is_left_out() -> None:
    outcome = Outcome(
        "tracking",
        "tracking values",
        kept=2,
        same=1,
        unmatched={"network": ["Mastodon"]},
        outside=31,
        outside_names=["2026-12-01 … 2026-12-31"],
    )
    assert lines(outcome, replace_values=False) == [
        "Tracking values: 0 new, 0 changed, 2 left alone (different in the plan), "
        "1 already the same",
        "Values already in the plan are kept; choose Replace to overwrite them",
        "Not imported, no such network in the plan: Mastodon",
        "Not imported, 31 values outside the plan's periods: 2026-12-01 … 2026-12-31",
        "Nothing to change",
    ]
