"""Tracking values and costs from tables people bring: layouts, periods, names, bad cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.kpi_names import COUNT, LEVEL, RATE, default_aggregation, kpi_matcher
from smplanner.domain.plan import Plan
from smplanner.io.data_costs import import_costs
from smplanner.io.data_file import DataFileError, Grid, find_header, read_grid
from smplanner.io.data_import import DataImportResult, ImportRefused, import_tracking
from smplanner.io.data_layout import (
    COST_LIST,
    LONG,
    WIDE_DATE,
    WIDE_PERIOD,
    PeriodTitle,
    classify,
    period_title,
)


def _grid(rows: list[list[object]]) -> Grid:
    return Grid(rows, "Sheet1", find_header(rows), list(range(1, len(rows) + 1)))


def _tracking(plan: Plan, grid: Grid, **options: object) -> DataImportResult:
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    return import_tracking(plan, grid, layout, **options)  # type: ignore[arg-type]


def _actual(plan: Plan, network: str, kpi: str, period: int) -> float | None:
    frame = plan.frame("tracking")
    hit = frame[(frame.network == network) & (frame.kpi == kpi) & (frame.period == period)]
    return None if hit.empty else float(hit.actual.iloc[-1])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Jan 2027", PeriodTitle("month", dt.date(2027, 1, 1))),
        ("January 27", PeriodTitle("month", dt.date(2027, 1, 1))),
        ("2027-03", PeriodTitle("month", dt.date(2027, 3, 1))),
        ("03/2027", PeriodTitle("month", dt.date(2027, 3, 1))),
        ("Dez 2027", PeriodTitle("month", dt.date(2027, 12, 1))),
        ("KW 5", PeriodTitle("week", week=5)),
        ("2027-W05", PeriodTitle("week", week=5, year=2027)),
        ("2027-01-04", PeriodTitle("day", dt.date(2027, 1, 4))),
        (dt.datetime(2027, 1, 4), PeriodTitle("day", dt.date(2027, 1, 4))),
        ("Network", None),
        ("13/2027", None),
        ("KW 60", None),
    ],
)
def test_period_titles(title: object, expected: PeriodTitle | None) -> None:
    assert period_title(title) == expected


def test_the_layout_is_recognised_and_explained() -> None:
    long = classify(["Date", "Network", "Metric", "Value"], [], [["2027-01-01", "X", "MQL", 1]])
    assert (long.kind, long.metric, long.value) == (LONG, 2, 3)
    assert "'Metric' names the metric" in long.reason
    wide = classify(["Day", "Impressions", "Clicks"], [], [["2027-01-01", 5, 1]])
    assert (wide.kind, wide.date, wide.metrics) == (WIDE_DATE, 0, (1, 2))
    undated = classify(["When", "Impressions"], [], [[dt.date(2027, 1, 1), 5]] * 3)
    assert (undated.kind, undated.date) == (WIDE_DATE, 0)
    across = ["Network", "KPI", "Jan 2027", "Feb 2027"]
    by_period = classify(across, across, [["X", "Followers", 1, 2]])
    assert (by_period.kind, by_period.network, by_period.metric) == (WIDE_PERIOD, 0, 1)
    assert by_period.periods == (2, 3)
    costs = classify(["Datum", "Betrag"], [], [["15.01.2027", "1,5"]])
    assert costs.kind == COST_LIST
    neither = classify(["Name", "Colour"], [], [["a", "b"]])
    assert neither.kind == "" and "no column holds dates" in neither.reason


def test_the_header_row_is_found_below_a_title_block() -> None:
    rows: list[list[object]] = [
        ["Report", None, None],
        ["Exported today", None, None],
        ["Date", "Impressions", "Clicks"],
        ["2027-01-01", 1, 2],
    ]
    assert find_header(rows) == 2


def test_aggregation_defaults_by_name_and_unit() -> None:
    assert default_aggregation("Followers", "count") == LEVEL
    assert default_aggregation("New followers", "count") == COUNT
    assert default_aggregation("Engagement rate", "%") == RATE
    assert default_aggregation("Cost per lead", "currency") == RATE
    assert default_aggregation("Marketing qualified contacts (MQC)", "count") == COUNT


def test_names_match_through_aliases() -> None:
    kpis = kpi_matcher(example_plan())
    assert kpis.match("Follower count") == "Followers"
    assert kpis.match(" mqls ") == "Marketing qualified contacts (MQC)"
    assert kpis.match("SQLs") == "Sales qualified opportunities (SQO)"
    assert kpis.match("Opportunities") == "Sales qualified opportunities (SQO)"
    assert kpis.match("Organic followers") is None


def test_daily_counts_are_summed_per_month(samples: Path) -> None:
    plan = example_plan()
    grid = read_grid(samples / "daily_new_followers.xlsx")
    assert grid.header == 2  # below the title block
    result = _tracking(plan, grid, network="linkedin")
    assert result.layout == WIDE_DATE
    assert result.unmatched == {}
    assert result.readings == {"Organic followers": "gains", "Sponsored followers": "gains"}
    assert set(result.not_imported) == {"Organic followers", "Sponsored followers"}
    assert (result.new, result.changed, result.kept) == (4, 0, 0)
    assert result.command is not None
    plan.apply(result.command)
    # Impressions are 100 + n on day n: January 3,100 + (0 + ... + 30) = 3,565
    assert _actual(plan, "LinkedIn", "Impressions", 1) == 3565
    assert _actual(plan, "LinkedIn", "Impressions", 2) == 2800 + sum(range(31, 59))
    assert _actual(plan, "LinkedIn", "Link clicks", 1) == 31 * 5


def test_a_level_takes_the_periods_last_value_and_existing_values_are_kept(
    samples: Path,
) -> None:
    plan = example_plan()
    grid = read_grid(samples / "daily_follower_count.csv")
    kept = _tracking(plan, grid)
    assert (kept.new, kept.changed, kept.kept, kept.command) == (0, 0, 4, None)
    replaced = _tracking(plan, grid, replace_values=True)
    assert (replaced.new, replaced.changed, replaced.kept) == (0, 4, 0)
    assert replaced.command is not None
    before = plan.frame("tracking").copy()
    undo = plan.apply(replaced.command)
    assert _actual(plan, "LinkedIn", "Followers", 1) == 1000 + 3 * 30  # 31 January
    assert _actual(plan, "LinkedIn", "Followers", 2) == 1000 + 3 * 58  # 28 February
    # one MQL on days 0, 7, 14, 21 and 28 of January, on 35, 42, 49 and 56 in February
    assert _actual(plan, "LinkedIn", "Marketing qualified contacts (MQC)", 1) == 5
    assert _actual(plan, "LinkedIn", "Marketing qualified contacts (MQC)", 2) == 4
    again = _tracking(plan, grid)
    assert (again.same, again.command) == (4, None)
    plan.apply(undo)  # one step undoes the whole import
    assert plan.frame("tracking").equals(before)


def test_a_home_made_sheet_with_months_across(samples: Path) -> None:
    plan = example_plan()
    result = _tracking(plan, read_grid(samples / "monthly_tracking.xlsx"), replace_values=True)
    assert result.layout == WIDE_PERIOD
    assert result.unmatched == {"network": ["Mastodon"]}
    assert result.command is not None
    plan.apply(result.command)
    assert _actual(plan, "LinkedIn", "Followers", 2) == 1080
    assert _actual(plan, "LinkedIn", "Sales qualified opportunities (SQO)", 3) == 1
    assert _actual(plan, "X", "Followers", 1) == 400  # "Total followers"


def test_a_rate_is_the_mean_and_dates_outside_the_periods_are_named() -> None:
    rows: list[list[object]] = [["Date", "Engagement rate"]]
    rows += [["2026-12-31", 9.0], ["2027-01-01", 2.0], ["2027-01-02", 4.0], ["2027-08-01", 1]]
    result = _tracking(example_plan(), _grid(rows), network="X")
    assert result.outside == 2 and result.outside_names == ["2026-12-31 … 2027-08-01"]
    assert result.command is not None
    plan = example_plan()
    plan.apply(result.command)
    assert _actual(plan, "X", "Engagement rate", 1) == 3.0


def test_bad_cells_are_named_and_nothing_is_imported_unless_skipped() -> None:
    rows: list[list[object]] = [
        ["Date", "Network", "Link clicks", "Engagement rate"],
        ["2027-01-01", "X", "lots", -1.5],
        ["someday", "X", 3, 2],
        ["2027-01-03", "X", -2, 1],
        ["2027-01-04", "X", "4,5", 1],
    ]
    result = _tracking(example_plan(), _grid(rows))
    assert result.command is None
    assert [str(p) for p in result.problems] == [
        "row 2, column 'Link clicks': 'lots' — expected a number",
        "row 3, column 'date': 'someday' — expected a date such as 2027-01-31",
        "row 4, column 'Link clicks': '-2' — expected a count of 0 or more",
    ]
    skipped = _tracking(example_plan(), _grid(rows), skip_bad=True)
    assert skipped.skipped == 3 and skipped.command is not None
    plan = example_plan()
    plan.apply(skipped.command)
    assert _actual(plan, "X", "Link clicks", 1) == 4.5  # the decimal comma
    assert _actual(plan, "X", "Engagement rate", 1) == pytest.approx((-1.5 + 1 + 1) / 3)


def test_a_table_naming_no_network_needs_one() -> None:
    rows: list[list[object]] = [["Date", "Impressions"], ["2027-01-01", 3]]
    with pytest.raises(ImportRefused, match="--network"):
        _tracking(example_plan(), _grid(rows))
    with pytest.raises(ImportRefused, match="no network 'Myspace'"):
        _tracking(example_plan(), _grid(rows), network="Myspace")


def test_a_cost_list_with_semicolons_and_decimal_commas(samples: Path) -> None:
    plan = example_plan()
    lines = plan.row_count("costs")
    result = import_costs(plan, read_grid(samples / "costs.csv"))
    assert (result.new, result.kept, result.problems) == (3, 0, [])
    assert result.command is not None
    plan.apply(result.command)
    added = plan.records("costs")[lines:]
    assert [(r["period"], r["network"], r["spend"], r["category"], r["amount"]) for r in added] == [
        (1, "LinkedIn", "paid", "ad spend", 1250.5),
        (1, "", "organic", "tools", 89.9),
        (2, "X", "organic", "content", 300.0),
    ]
    again = import_costs(plan, read_grid(samples / "costs.csv"))
    assert (again.new, again.same, again.command) == (0, 3, None)


def test_a_bad_cost_line_is_named() -> None:
    rows: list[list[object]] = [
        ["Date", "Category", "Amount"],
        ["2027-01-05", "snacks", "10"],
        ["2027-01-06", "tools", "-3"],
    ]
    result = import_costs(example_plan(), _grid(rows))
    assert result.command is None
    assert [(p.row, p.column) for p in result.problems] == [(2, "Category"), (3, "Amount")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_text_tables_in_any_usual_encoding_and_delimiter(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / "export.csv"
    text = "\n".join(
        delimiter.join(r) for r in [["Datum", "Impressions", "Größe"], ["2027-01-01", "5", "ä"]]
    )
    path.write_bytes(text.encode(encoding))
    grid = read_grid(path)
    assert grid.titles == ["Datum", "Impressions", "Größe"]
    assert grid.body == [["2027-01-01", "5", "ä"]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"%PDF-1.4", "expected a spreadsheet"),
        ("empty.csv", b"", "holds no table"),
        ("binary.csv", b"\x00\x01\x02" * 100, "not a text table"),
        ("fake.xlsx", b"not a zip at all", "not an Excel workbook"),
        ("fake.ods", b"PK\x03\x04broken", "cannot be read as a spreadsheet"),
    ],
)
def test_files_that_are_not_tables_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=message):
        read_grid(path)


def test_a_named_sheet_is_read_and_a_missing_one_named(samples: Path) -> None:
    grid = read_grid(samples / "monthly_tracking.xlsx", "Tracking 2027")
    assert grid.titles[:3] == ["Network", "KPI", "Jan 2027"]
    with pytest.raises(DataFileError, match="no sheet 'Nope'; its sheets: Tracking 2027"):
        read_grid(samples / "monthly_tracking.xlsx", "Nope")


def test_an_opendocument_sheet_with_months_across(samples: Path) -> None:
    plan = example_plan()
    result = _tracking(plan, read_grid(samples / "monthly_tracking.ods"), replace_values=True)
    assert result.layout == WIDE_PERIOD and result.command is not None
    plan.apply(result.command)
    assert _actual(plan, "LinkedIn", "Marketing qualified contacts (MQC)", 2) == 6
    assert _actual(plan, "X", "Followers", 2) == 410


def test_the_kpi_aggregation_is_saved_in_the_workbook(tmp_path: Path) -> None:
    from smplanner.domain.commands import SetCells
    from smplanner.domain.kpi_names import aggregations
    from smplanner.io.workbook import load_plan, save_plan

    plan = example_plan()
    row = plan.keys("kpis").index("Customer lifetime value")
    assert aggregations(plan)["Customer lifetime value"] == COUNT
    plan.apply(SetCells("kpis", ((row, "aggregation", "mean"),)))  # an alias of rate
    save_plan(plan, tmp_path / "plan.xlsx")
    again = load_plan(tmp_path / "plan.xlsx").plan
    assert again.value("kpis", row, "aggregation") == RATE
    assert aggregations(again)["Customer lifetime value"] == RATE


def test_weeks_across_need_a_weekly_plan() -> None:
    rows: list[list[object]] = [["Network", "KPI", "KW 1", "KW 2"], ["X", "Clicks", 3, 4]]
    result = _tracking(example_plan(), _grid(rows))
    assert result.command is None
    assert str(result.problems[0]) == (
        "row 2, column 'date': 'KW 1' — expected a period of the plan, which counts months"
    )
    weekly = example_plan()
    weekly.apply(
        SetCells("settings", ((0, "period_unit", "week"), (0, "first_period", "2027-W01")))
    )
    result = _tracking(weekly, _grid(rows))
    assert result.command is not None
    weekly.apply(result.command)
    assert _actual(weekly, "X", "Link clicks", 2) == 4


@given(
    days=st.lists(st.tuples(st.integers(0, 180), st.integers(0, 10_000)), min_size=1, max_size=60)
)
def test_any_daily_series_sums_and_levels_per_month(days: list[tuple[int, int]]) -> None:
    """Whatever the days: a count's month is the sum of its days, a level's its last day's."""
    start = dt.date(2027, 1, 1)
    rows: list[list[object]] = [["Date", "Impressions", "Followers"]]
    rows += [[(start + dt.timedelta(days=d)).isoformat(), v, v] for d, v in days]
    plan = example_plan()
    plan.apply(SetCells("tracking", tuple((r, "actual", None) for r in range(42))))
    result = _tracking(plan, _grid(rows), network="X", readings={"Followers": "level"})
    assert result.command is not None and not result.problems
    plan.apply(result.command)
    for month in range(1, 7):
        inside = [(d, v) for d, v in days if (start + dt.timedelta(days=d)).month == month]
        if not inside:
            assert _actual(plan, "X", "Impressions", month) is None
            continue
        assert _actual(plan, "X", "Impressions", month) == sum(v for _, v in inside)
        last_day = max(d for d, _ in inside)
        assert _actual(plan, "X", "Followers", month) == [v for d, v in inside if d == last_day][-1]
