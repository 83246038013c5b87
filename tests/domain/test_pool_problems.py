"""Lead pools that cannot sort the open deals are named by sheet and row."""

from __future__ import annotations

import pandas as pd

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.deal_stages import DEFAULT_BOOK
from smplanner.domain.pipeline_summary import figures
from smplanner.domain.pipeline_tables import LEAD_POOLS
from smplanner.domain.pool_problems import pool_problems


def pools(*rows: tuple[str, tuple[str, ...], int | None, int | None]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["name", "stages", "min_days", "max_days"])


def test_the_default_pools_have_no_problems() -> None:
    plan = example_plan()
    assert pool_problems(plan.frame(LEAD_POOLS), DEFAULT_BOOK) == []
    assert figures(plan)["problems"] == []


def test_each_kind_of_problem_is_named_with_its_row() -> None:
    found = pool_problems(
        pools(
            ("slow", ("Qualified",), 90, 180),
            ("empty", (), None, None),
            ("late", ("Scoped", "Won"), 60, 30),
            ("twice", ("Qualified",), None, None),
        ),
        DEFAULT_BOOK,
    )
    assert found == [
        "Lead pools, row 3: the pool 'empty' has no stages; expected one or more open stages",
        "Lead pools, row 4: the pool 'late' holds 'Won', which closes a deal;"
        " expected open stages only",
        "Lead pools, row 4: the pool 'late' converts in 60 to 30 days;"
        " expected the shorter time first",
        "Lead pools, row 5: 'Qualified' is in the pools 'slow' and 'twice';"
        " expected each stage in one pool",
    ]


def test_the_figures_carry_the_pools_problems() -> None:
    plan = example_plan()
    plan.apply(SetCells(LEAD_POOLS, ((0, "stages", ()),)))
    assert any("has no stages" in p for p in figures(plan)["problems"])
