"""``smplanner merge`` as scripts use it: preview, dry run, conflicts, bad files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from smplanner.cli import main
from smplanner.domain import maturity_report as report
from smplanner.domain.catalogue import blank_plan, example_plan
from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.plan import Plan
from smplanner.io.workbook import load_plan, save_plan

STRATEGY, LEADS = "Strategy and goals", "Lead management process"


def rate(plan: Plan, rater: str, levels: dict[str, tuple[str, str]]) -> None:
    plan.apply(InsertRows("raters", plan.row_count("raters"), ({"name": rater},)))
    records = tuple(
        {"rater": rater, "dimension": d, "current": c, "target": t} for d, (c, t) in levels.items()
    )
    plan.apply(InsertRows("maturity_ratings", plan.row_count("maturity_ratings"), records))


def test_two_raters_merge_their_workbooks_as_if_rated_on_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice_levels = {STRATEGY: ("II", "IV"), LEADS: ("I", "II")}
    bob_levels = {STRATEGY: ("V", "V"), LEADS: ("II", "III")}
    alice, bob, together = blank_plan(), blank_plan(), blank_plan()
    rate(alice, "Alice", alice_levels)
    rate(bob, "Bob", bob_levels)
    rate(together, "Alice", alice_levels)
    rate(together, "Bob", bob_levels)
    mine, theirs = tmp_path / "alice.xlsx", tmp_path / "bob.xlsx"
    save_plan(alice, mine)
    save_plan(bob, theirs)
    written = mine.read_bytes()

    assert main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Merging bob.xlsx into alice.xlsx: 3 rows to add, 0 conflicting values",
        "  Raters: 1 row added, 0 conflicting values",
        "  Maturity ratings: 2 rows added, 0 conflicting values",
        "Catalogue differences:",
        "  Raters: rater 'Bob' is only in bob.xlsx: it will be added, with the 2 rows that use it",
        "  Raters: rater 'Alice' is only in alice.xlsx: it stays",
        "Dry run: nothing written",
    ]
    assert mine.read_bytes() == written

    assert main(["merge", str(mine), str(theirs)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"Merged bob.xlsx into {mine}"
    merged = load_plan(mine)
    assert merged.errors == []
    assert report.summary(merged.plan) == report.summary(together)
    spread = report.spreads(merged.plan)[STRATEGY]
    assert spread.levels == {"Alice": 2, "Bob": 5} and spread.spread == 3
    assert {d.dimension: d.current for d in report.profile(merged.plan)}[STRATEGY] == 3

    assert main(["merge", str(mine), str(theirs)]) == 0  # again: nothing left to merge
    assert "Nothing to merge" in capsys.readouterr().out


def test_conflicts_need_take(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine_plan, their_plan = example_plan(), example_plan()
    mine_plan.apply(SetCells("settings", ((0, "currency", "USD"),)))
    their_plan.apply(SetCells("settings", ((0, "currency", "PLN"),)))
    their_plan.apply(SetCells("costs", ((0, "amount", 999.5),)))
    mine, theirs = tmp_path / "mine.xlsx", tmp_path / "theirs.xlsx"
    save_plan(mine_plan, mine)
    save_plan(their_plan, theirs)
    written = mine.read_bytes()

    assert main(["merge", str(mine), str(theirs)]) == 1
    printed = capsys.readouterr()
    assert "  Plan settings: 0 rows added, 1 conflicting value" in printed.out
    assert "  Plan settings, row 1, Currency: mine USD, theirs PLN" in printed.out
    assert "Conflicting values:" in printed.out
    assert (
        printed.err == "2 conflicting values: add --take mine or --take theirs; nothing written\n"
    )
    assert mine.read_bytes() == written

    assert main(["merge", str(mine), str(theirs), "--take", "theirs"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("conflicts taken as theirs")
    result = load_plan(mine).plan
    assert result.value("settings", 0, "currency") == "PLN"
    assert result.value("costs", 0, "amount") == 999.5


def test_a_renamed_kpi_can_be_taken_as_mine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    their_plan = example_plan()
    row = their_plan.keys("kpis").index("Followers")
    their_plan.apply(SetCells("kpis", ((row, "name", "Follower count"),)))
    mine, theirs = tmp_path / "mine.xlsx", tmp_path / "theirs.xlsx"
    save_plan(example_plan(), mine)
    save_plan(their_plan, theirs)
    assert main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "KPI 'Follower count' is only in theirs.xlsx: it will be added, with the" in out
    assert "(perhaps 'Followers' renamed)" in out
    same = "kpis:Follower count=Followers"
    assert main(["merge", str(mine), str(theirs), "--same-as", same]) == 0
    assert "Nothing to merge" in capsys.readouterr().out
    assert main(["merge", str(mine), str(theirs), "--same-as", "kpis:Nope=Followers"]) == 2
    assert "no KPI called 'Nope'; nothing merged" in capsys.readouterr().err
    assert main(["merge", str(mine), str(theirs), "--same-as", "kpis"]) == 2
    assert "expected TABLE:THEIRS=MINE" in capsys.readouterr().err


def test_a_file_that_is_no_plan_merges_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, bad = tmp_path / "mine.xlsx", tmp_path / "notes.xlsx"
    save_plan(example_plan(), mine)
    written = mine.read_bytes()
    bad.write_text("hello")
    assert main(["merge", str(mine), str(bad)]) == 2
    assert capsys.readouterr().err == (
        "smplanner: notes.xlsx is not an Excel workbook (.xlsx); nothing merged\n"
    )
    assert mine.read_bytes() == written


def test_a_plan_with_problems_merges_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = tmp_path / "mine.xlsx", tmp_path / "theirs.xlsx"
    save_plan(example_plan(), mine)
    save_plan(example_plan(), theirs)
    book = openpyxl.load_workbook(theirs)
    book["KPI planner"]["F3"] = "maybe"
    book.save(theirs)
    written = mine.read_bytes()
    assert main(["merge", str(mine), str(theirs), "--take", "theirs"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("error: Sheet 'KPI planner', cell F3: ")
    assert err[-1] == "theirs.xlsx has problems: nothing merged"
    assert mine.read_bytes() == written
