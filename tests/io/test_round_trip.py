"""A plan saved and opened again is the same plan."""

from __future__ import annotations

import contextlib
import datetime as dt
import string
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.commands import CommandError, InsertRows, SetCells
from smplanner.domain.plan import KeptSheet, Plan
from smplanner.domain.schema import clean_text
from smplanner.domain.tables import SECTION_SCHEMAS
from smplanner.io.workbook import load_plan, save_plan


def test_example_plan_round_trip(tmp_path: Path) -> None:
    plan = example_plan()
    path = tmp_path / "plan.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert result.problems == []
    assert result.plan.name == plan.name
    assert result.plan.snapshot() == plan.snapshot()


def test_blank_plan_round_trip(tmp_path: Path) -> None:
    plan = blank_plan()
    path = tmp_path / "blank.xlsx"
    save_plan(plan, path)
    loaded = load_plan(path).plan
    assert loaded.snapshot() == plan.snapshot()
    assert loaded.row_count("planner") == 0


def test_the_planner_sheet_is_a_pleasant_grid(example_path: Path) -> None:
    sheet = openpyxl.load_workbook(example_path)["KPI planner"]
    assert sheet.freeze_panes == "E3"
    header = [sheet.cell(2, c).value for c in range(1, 6)]
    assert header == ["Stage", "Goal", "Tactic", "Notes", "Followers"]
    assert sheet["E2"].alignment.textRotation == 90 and sheet["A2"].font.bold
    assert sheet.row_dimensions[2].height >= 100
    assert sheet["E1"].value == "Reach"
    plan = example_plan()
    reach = sum(1 for k in plan.records("kpis") if k["category"] == "Reach")
    band = f"E1:{get_column_letter(4 + reach)}1"
    assert band in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.cell(3, 1).value == "Awareness"
    rules = sheet.data_validations.dataValidation
    validations = {str(v.sqref).split(":")[0]: v for v in rules}
    assert validations["E3"].formula1 == '"P,S"'
    last_kpi = get_column_letter(4 + plan.row_count("kpis"))
    reach_down = 2 + plan.row_count("planner") + 500  # the rows, and 500 below them
    assert str(validations["E3"].sqref) == f"E3:{last_kpi}{reach_down}"
    names_down = 1 + plan.row_count("stages") + 100  # the names, and room for more
    assert validations["A3"].formula1 == f"'Stages'!$A$2:$A${names_down}"
    assert validations["C3"].formula1.startswith("'Tactics'!")
    assert sheet.conditional_formatting  # P and S coloured as they are typed
    assert sheet.auto_filter.ref.startswith("A2:")
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["E"].width
    assert sheet["D3"].alignment.wrap_text  # notes wrap instead of covering the KPI cells
    assert sheet.print_title_rows == "$1:$2"


def test_the_catalogue_sheets_and_about(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    assert book.sheetnames[:2] == ["About", "KPI planner"]
    sections = [schema.sheet for schema in SECTION_SCHEMAS]
    computed = ("ROI", "Attribution", "Pipeline")  # worked out, after Touches and Lead pools
    own = [name for name in book.sheetnames[2:] if name not in computed]
    catalogues = ["Stages", "Goals", "Tactics", "Networks", "Other channels"]
    assert own == [*sections, *catalogues, "Pipeline stages", "Lead pools", "KPIs"]
    assert book.sheetnames.index("ROI") == book.sheetnames.index("Touches") + 1
    assert book.sheetnames.index("Attribution") == book.sheetnames.index("ROI") + 1
    assert book.sheetnames.index("Pipeline") == book.sheetnames.index("Lead pools") + 1
    about = book["About"]
    assert (about["A4"].value, about["B4"].value) == ("Format version", 1)
    kpis = book["KPIs"]
    assert kpis.freeze_panes == "A2" and kpis["A1"].font.bold
    assert kpis["E2"].value == "Awareness"  # a list written as "a, b"
    assert book["Goals"]["C2"].value.count(", ") >= 1
    by_column = {str(v.sqref)[0]: v.formula1 for v in kpis.data_validations.dataValidation}
    assert by_column["B"] == '"Reach,Engagement,Conversion,Revenue,Loyalty,Advocacy"'
    assert by_column["C"].startswith('"count,%')


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    plan = example_plan()
    notes = ((0, "notes", "=1+1"), (1, "notes", "@SUM(A1)"), (2, "notes", "#N/A"))
    plan.apply(SetCells("planner", notes))
    plan.apply(SetCells("tactics", ((0, "name", "+Organic post"),)))
    plan.apply(SetCells("kpis", ((0, "name", "=Followers"),)))
    path = tmp_path / "formula.xlsx"
    save_plan(plan, path)
    sheet = openpyxl.load_workbook(path)["KPI planner"]
    assert sheet["D3"].value == "=1+1" and sheet["D3"].data_type == "s"
    assert sheet["D5"].value == "#N/A" and sheet["D5"].data_type == "s"
    assert sheet["E2"].value == "=Followers" and sheet["E2"].data_type == "s"
    loaded = load_plan(path).plan
    assert loaded.value("planner", 0, "notes") == "=1+1"
    assert loaded.keys("tactics")[0] == "+Organic post"
    assert loaded.snapshot() == plan.snapshot()


def test_sheets_of_the_users_own_are_kept(tmp_path: Path) -> None:
    plan = example_plan()
    rows = [
        ["Week", "Posts", "Start", "Done"],
        [1, 3, dt.date(2027, 1, 4), True],
        [2, "=x", dt.datetime(2027, 1, 11, 9, 30), False],
        [None, "#REF!", None, 2.5],
    ]
    plan.kept_sheets.append(KeptSheet("My notes", rows))
    path = tmp_path / "kept.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert [(k.title, k.rows) for k in result.plan.kept_sheets] == [("My notes", rows)]
    assert [(p.sheet, p.severity) for p in result.problems] == [("My notes", "warning")]


def test_characters_a_workbook_cannot_hold_are_dropped(tmp_path: Path) -> None:
    plan = example_plan()
    plan.name = "Q3\x01 plan\x1f"
    plan.kept_sheets.append(KeptSheet("Raw", [["bell\x07", "ok"]]))
    path = tmp_path / "control.xlsx"
    save_plan(plan, path)
    loaded = load_plan(path).plan
    assert loaded.name == "Q3 plan"
    assert loaded.kept_sheets[0].rows == [["bell", "ok"]]


def test_names_with_runs_of_spaces_still_match(tmp_path: Path) -> None:
    """A catalogue name is kept as typed; the planner cells naming it must still match."""
    plan = example_plan()
    used = plan.value("planner", 0, "tactic")
    plan.apply(SetCells("tactics", ((plan.keys("tactics").index(used), "name", "Reshare  day"),)))
    assert plan.value("planner", 0, "tactic") == "Reshare  day"
    path = tmp_path / "spaces.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert result.problems == []
    assert result.plan.snapshot() == plan.snapshot()


names = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.digits + " =+-@#'\"&<>éßż€–/!?"),
    min_size=1,
    max_size=14,
).filter(lambda s: s.strip() != "")
notes = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\n=+"),
    max_size=60,
)
renames = st.lists(
    st.tuples(st.sampled_from(["stages", "goals", "tactics", "networks", "kpis"]), names),
    max_size=6,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan_name=st.text(max_size=30),
    renamed=renames,
    row_notes=st.lists(notes, min_size=1, max_size=4),
    grid=st.lists(st.lists(st.sampled_from(["", "", "P", "S"]), min_size=41, max_size=41)),
    data=st.data(),
)
def test_any_plan_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    plan_name: str,
    renamed: list[tuple[str, str]],
    row_notes: list[str],
    grid: list[list[str]],
    data: st.DataObject,
) -> None:
    plan = example_plan()
    plan.name = clean_text(plan_name)  # as the app names plans
    for table, name in renamed:
        row = data.draw(st.integers(0, plan.row_count(table) - 1))
        with contextlib.suppress(CommandError):  # a clash with a name already there
            plan.apply(SetCells(table, ((row, "name", name),)))
    for note in row_notes:
        row = {"notes": note}
        for column, table in (("stage", "stages"), ("goal", "goals"), ("tactic", "tactics")):
            row[column] = data.draw(st.sampled_from(plan.keys(table)))
        plan.apply(InsertRows("planner", 0, (row,)))
    kpis = plan.keys("kpis")
    for row, roles in enumerate(grid[: plan.row_count("planner")]):
        changes = tuple((row, name, role) for name, role in zip(kpis, roles, strict=True))
        plan.apply(SetCells("planner", changes))
    path = tmp_path_factory.mktemp("rt") / "plan.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert result.problems == []
    assert result.plan.name == (plan.name or "plan")
    assert result.plan.snapshot() == plan.snapshot()


def _plan_with_name(name: str) -> Plan:
    plan = blank_plan()
    plan.name = name
    return plan


def test_plan_name_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "n.xlsx"
    save_plan(_plan_with_name("=Q3 plan, Kraków"), path)
    assert load_plan(path).plan.name == "=Q3 plan, Kraków"


def test_every_sheet_prints_on_one_page_with_the_plan_named(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 1), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.oddHeader.center.text.startswith("Example plan: Vireo Sensing"), sheet.title
    assert book["KPI planner"].page_setup.orientation == "landscape"
    assert book["KPI planner"].print_title_cols == "$A:$D"
    assert book["Maturity"].page_setup.orientation == "landscape"  # five wide level texts
    assert book["Raters"].page_setup.orientation == "portrait"
