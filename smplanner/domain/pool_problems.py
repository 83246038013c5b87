"""What is wrong with the lead pools, each problem naming the sheet, row and what is expected.

A pool sorts open deals by their stage, so a pool needs open stages of its own: one with
no stages holds nothing, one naming a won or lost stage holds deals that are no longer in
the pipeline, and a stage in two pools would count its deals in both.
"""

from __future__ import annotations

import pandas as pd

from smplanner.domain.deal_stages import StageBook
from smplanner.domain.pipeline_tables import LEAD_POOLS_TABLE
from smplanner.domain.schema import is_blank
from smplanner.domain.text import tr


def pool_problems(pools: pd.DataFrame, book: StageBook) -> list[str]:
    """Each pool without stages, with a closed or unknown stage, or sharing a stage, and
    each pool whose time to convert runs backwards."""
    sheet = LEAD_POOLS_TABLE.sheet
    problems: list[str] = []
    owner: dict[str, str] = {}
    for number, (name, stages, low, high) in enumerate(
        zip(pools["name"], pools["stages"], pools["min_days"], pools["max_days"], strict=True),
        start=2,
    ):
        if is_blank(name):
            continue
        covered = [str(s) for s in stages] if isinstance(stages, (tuple, list)) else []
        where = {"sheet": sheet, "row": number, "name": name}
        if not covered:
            problems.append(
                tr(
                    "{sheet}, row {row}: the pool '{name}' has no stages; expected one or more"
                    " open stages"
                ).format(**where)
            )
        for stage in covered:
            if stage in book.names and stage not in book.open:
                problems.append(
                    tr(
                        "{sheet}, row {row}: the pool '{name}' holds '{stage}', which closes a"
                        " deal; expected open stages only"
                    ).format(**where, stage=stage)
                )
            elif stage in owner:
                problems.append(
                    tr(
                        "{sheet}, row {row}: '{stage}' is in the pools '{first}' and '{name}';"
                        " expected each stage in one pool"
                    ).format(**where, stage=stage, first=owner[stage])
                )
            else:
                owner[stage] = str(name)
        if not is_blank(low) and not is_blank(high) and float(low) > float(high):
            problems.append(
                tr(
                    "{sheet}, row {row}: the pool '{name}' converts in {low} to {high} days;"
                    " expected the shorter time first"
                ).format(**where, low=f"{float(low):g}", high=f"{float(high):g}")
            )
    return problems
