"""Every attribution model over 10,000 deals with 80,000 touches, and importing that export.

Not part of the test run; run it with ``.venv/bin/python benchmarks/attribution.py`` and
copy the figures into benchmarks/README.md. Targets: all six models (Markov included)
worked out in under 300 ms; the CSV export (deals, then touches) read into the plan in
under 3 s. Each figure is the median of the runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from smplanner.domain.attribution import all_credits, credit, prepare  # noqa: E402
from smplanner.domain.catalogue import blank_plan  # noqa: E402
from smplanner.domain.deal_tables import MODELS  # noqa: E402
from smplanner.io.crm_apply import import_table  # noqa: E402
from smplanner.io.crm_import import read_table  # noqa: E402
from smplanner.io.workbook import save_plan  # noqa: E402

DEALS, TOUCHES = 10_000, 80_000
CHANNELS = (
    "LinkedIn", "X", "YouTube", "Facebook", "Email", "Event", "Website", "Phone", "Partner",
    "Paid search", "Referral", "Webinar",
)  # fmt: skip
STAGES = ("Closed Won", "Closed Lost", "Qualified", "Negotiation")


def export(folder: Path) -> tuple[Path, Path]:
    """A CRM export: deals.csv and touches.csv, as a CRM writes them."""
    rng = random.Random(14)
    start = dt.date(2026, 1, 1)
    deals, touches = [], []
    for number in range(DEALS):
        created = start + dt.timedelta(days=rng.randrange(300))
        close = created + dt.timedelta(days=rng.randrange(10, 120))
        deals.append(
            {
                "Deal ID": f"D-{number:05d}",
                "Deal Name": f"Deal {number}",
                "Amount": f"{rng.uniform(500, 90_000):.2f}",
                "Deal Stage": rng.choice(STAGES),
                "Create Date": created.isoformat(),
                "Close Date": close.strftime("%d.%m.%Y"),
                "Owner": rng.choice(("Ana", "Ben", "Chloé")),
                "Company": f"Company {number % 3000}",
            }
        )
    for _ in range(TOUCHES):
        deal = deals[rng.randrange(DEALS)]
        created = dt.date.fromisoformat(deal["Create Date"])
        touches.append(
            {
                "Deal ID": deal["Deal ID"],
                "Touch Date": (created + dt.timedelta(days=rng.randrange(130))).isoformat(),
                "Channel": rng.choice(CHANNELS),
                "Campaign": f"Campaign {rng.randrange(40)}",
            }
        )
    deals_csv, touches_csv = folder / "deals.csv", folder / "touches.csv"
    pd.DataFrame(deals).to_csv(deals_csv, index=False)
    pd.DataFrame(touches).to_csv(touches_csv, index=False)
    return deals_csv, touches_csv


def timed(work: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smplanner-bench-") as name:
        folder = Path(name)
        deals_csv, touches_csv = export(folder)
        plan = blank_plan()

        def import_both() -> object:
            with_deals = import_table(plan, read_table(deals_csv))
            assert with_deals.plan is not None and not with_deals.problems
            with_touches = import_table(with_deals.plan, read_table(touches_csv))
            assert with_touches.plan is not None and not with_touches.problems
            return with_touches.plan

        seconds, imported = timed(import_both, args.repeat)
        print(f"import deals.csv ({DEALS:,}) + touches.csv ({TOUCHES:,}): {seconds:.2f} s")
        full = imported
        from smplanner.domain.plan import Plan

        assert isinstance(full, Plan)
        channels = [*full.keys("networks"), *full.keys("other_channels")]
        deals, touches = full.frame("deals"), full.frame("touches")
        prepared, _ = timed(lambda: prepare(deals, touches, channels), args.repeat)
        print(f"journeys prepared from the plan's frames: {prepared * 1e3:.0f} ms")
        models, credits = timed(lambda: all_credits(prepare(deals, touches, channels)), args.repeat)
        assert isinstance(credits, dict) and list(credits) == list(MODELS)
        print(f"all six models, Markov included (with preparing): {models * 1e3:.0f} ms")
        ready = prepare(deals, touches, channels)
        for model in MODELS:
            one, _ = timed(lambda m=model: credit(ready, m), args.repeat)  # type: ignore[misc]
            print(f"  {model}: {one * 1e3:.1f} ms")
        saved, _ = timed(lambda: save_plan(full, folder / "plan.xlsx"), max(1, args.repeat // 2))
        print(f"saving the plan with them (values, no credit formulas): {saved:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
