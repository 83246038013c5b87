"""A plan saved and opened again is the same plan."""

from __future__ import annotations

import string
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.plan import KeptSheet, Plan
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
    assert [sheet.cell(2, c).value for c in range(1, 6)] == [
        "Stage", "Goal", "Tactic", "Notes", "Followers",
    ]
    assert sheet["E1"].value == "Reach"
    assert sheet.cell(3, 1).value == "Awareness"
    rules = sheet.data_validations.dataValidation
    validations = {str(v.sqref).split(":")[0]: v.formula1 for v in rules}
    assert validations["E3"] == '"P,S"'
    assert validations["A3"] == "'Stages'!$A$2:$A$6"
    assert sheet.auto_filter.ref.startswith("A2:")
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["E"].width


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    plan = example_plan()
    plan.apply(SetCells("planner", ((0, "notes", "=1+1"), (1, "notes", "@SUM(A1)"))))
    plan.apply(SetCells("tactics", ((0, "name", "+Organic post"),)))
    path = tmp_path / "formula.xlsx"
    save_plan(plan, path)
    sheet = openpyxl.load_workbook(path)["KPI planner"]
    assert sheet["D3"].value == "=1+1" and sheet["D3"].data_type == "s"
    loaded = load_plan(path).plan
    assert loaded.value("planner", 0, "notes") == "=1+1"
    assert loaded.keys("tactics")[0] == "+Organic post"
    assert loaded.snapshot() == plan.snapshot()


def test_sheets_of_the_users_own_are_kept(tmp_path: Path) -> None:
    plan = example_plan()
    plan.kept_sheets.append(KeptSheet("My notes", [["Week", "Posts"], [1, 3], [2, "=x"]]))
    path = tmp_path / "kept.xlsx"
    save_plan(plan, path)
    again = load_plan(path).plan
    assert [(k.title, k.rows) for k in again.kept_sheets] == [
        ("My notes", [["Week", "Posts"], [1, 3], [2, "=x"]])
    ]


names = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.digits + " =+-@'\"&<>éßż€–/"),
    min_size=1,
    max_size=14,
).filter(lambda s: s.strip() != "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tactic=names,
    kpi=names,
    note=st.text(max_size=40),
    roles=st.lists(st.sampled_from(["", "P", "S"]), min_size=41, max_size=41),
)
def test_any_plan_round_trips(
    tmp_path_factory, tactic: str, kpi: str, note: str, roles: list[str]
) -> None:
    plan = example_plan()
    kpis = plan.keys("kpis")
    edits = [
        SetCells("tactics", ((2, "name", tactic),)),
        SetCells("kpis", ((5, "name", kpi),)),
        InsertRows("planner", 0, ({"stage": "Decision", "notes": note},)),
    ]
    for edit in edits:
        try:
            plan.apply(edit)
        except ValueError:
            continue
    kpis = plan.keys("kpis")
    changes = tuple((0, name, role) for name, role in zip(kpis, roles, strict=True))
    plan.apply(SetCells("planner", changes))
    path = tmp_path_factory.mktemp("rt") / "plan.xlsx"
    save_plan(plan, path)
    result = load_plan(path)
    assert result.errors == []
    assert result.plan.snapshot() == plan.snapshot()


def _plan_with_name(name: str) -> Plan:
    plan = blank_plan()
    plan.name = name
    return plan


def test_plan_name_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "n.xlsx"
    save_plan(_plan_with_name("=Q3 plan, Kraków"), path)
    assert load_plan(path).plan.name == "=Q3 plan, Kraków"
