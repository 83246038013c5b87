"""The pipeline's figures over 10,000 deals with 80,000 touches, after an edit.

Not part of the test run; run it with ``.venv/bin/python benchmarks/pipeline.py`` and copy
the figures into benchmarks/README.md. Target: every figure of
:func:`smplanner.domain.pipeline_summary.figures` (weighted, best case, commit, the social
part, per stage, pool and period, overdue, SQOs) in under 100 ms after a deal is edited.
Each figure is the median of the runs.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smplanner.domain.catalogue import example_plan  # noqa: E402
from smplanner.domain.commands import SetCells  # noqa: E402
from smplanner.domain.deal_tables import DEALS, TOUCHES  # noqa: E402
from smplanner.domain.pipeline_summary import figures  # noqa: E402
from smplanner.domain.pipeline_tables import (  # noqa: E402
    CRITERIA,
    DEFAULT_STAGES,
    QUALIFICATION,
)
from smplanner.domain.plan import Plan  # noqa: E402
from smplanner.domain.tables import SCHEMAS  # noqa: E402

DEAL_COUNT, TOUCH_COUNT = 10_000, 80_000
TODAY = dt.date(2027, 3, 1)


def large_plan() -> Plan:
    """The example plan's catalogues and settings with 10,000 deals, 80,000 touches and
    4,000 deals' qualification."""
    rng = random.Random(7)
    example = example_plan()
    own = (DEALS, TOUCHES, QUALIFICATION)
    tables = {name: example.records(name) for name in SCHEMAS if name not in own}
    channels = [*example.keys("networks"), *example.keys("other_channels")]
    stages = [name for name, _ in DEFAULT_STAGES]
    start = dt.date(2026, 10, 1)
    deals = []
    for number in range(DEAL_COUNT):
        created = start + dt.timedelta(days=rng.randrange(300))
        deals.append(
            {
                "deal_id": f"D-{number:05d}",
                "name": f"Deal {number}",
                "value": round(rng.uniform(500, 90_000), 2),
                "stage": rng.choice(stages),
                "created": created,
                "close": None if number % 50 == 0 else created + dt.timedelta(rng.randrange(120)),
            }
        )
    touches = []
    for _ in range(TOUCH_COUNT):
        deal = deals[rng.randrange(DEAL_COUNT)]
        touches.append(
            {
                "deal": deal["deal_id"],
                "date": deal["created"] + dt.timedelta(days=rng.randrange(90)),
                "channel": rng.choice(channels),
                "campaign": f"Campaign {rng.randrange(40)}",
            }
        )
    qualification = [
        {
            "deal": deal["deal_id"],
            **{criterion: rng.random() < 0.8 for criterion in CRITERIA},
        }
        for deal in deals[: DEAL_COUNT * 4 // 10]
    ]
    tables[DEALS], tables[TOUCHES], tables[QUALIFICATION] = deals, touches, qualification
    return Plan(example.name, tables)


def after_edits(plan: Plan, repeat: int) -> tuple[float, list[float]]:
    """The median time of ``figures`` right after a deal's value is changed."""
    times = []
    for run in range(repeat):
        plan.apply(SetCells(DEALS, ((run, "value", 1_000.0 + run),)))
        began = time.perf_counter()
        figures(plan, TODAY)
        times.append(time.perf_counter() - began)
    return statistics.median(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args()
    plan = large_plan()
    figures(plan, TODAY)  # imports and caches outside the timing
    median, times = after_edits(plan, args.repeat)
    found = figures(plan, TODAY)
    print(
        f"pipeline figures, {DEAL_COUNT:,} deals, {TOUCH_COUNT:,} touches, after an edit: "
        f"{median * 1e3:.0f} ms median of {len(times)} "
        f"({min(times) * 1e3:.0f}-{max(times) * 1e3:.0f} ms)"
    )
    print(
        f"  {found['open_deals']:,} open deals, weighted {found['weighted']:,.2f}, "
        f"sourced by social {found['sourced_by_social']:,.2f}, {found['sqo']['all']:,} SQOs"
    )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            figures(plan, TODAY)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
