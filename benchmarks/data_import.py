"""A 100,000-row daily analytics export read into Tracking: read, classify, sum up, edit.

Not part of the test run; run it with ``.venv/bin/python benchmarks/data_import.py`` and
copy the figures into benchmarks/README.md. Target: under 3 s from the file to the edit
applied to the plan. Each figure is the median of the runs.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smplanner.domain.catalogue import example_plan  # noqa: E402
from smplanner.domain.commands import SetCells  # noqa: E402
from smplanner.domain.plan import Plan  # noqa: E402
from smplanner.io.data_file import read_grid  # noqa: E402
from smplanner.io.data_import import import_tracking  # noqa: E402
from smplanner.io.data_layout import classify  # noqa: E402

ROWS = 100_000
NETWORKS = ("LinkedIn", "X", "Facebook", "Instagram", "YouTube", "Company blog")
START = dt.date(1990, 1, 1)
METRICS = ("Follower count", "Impressions", "Clicks", "MQLs", "Engagement rate")


def plan() -> Plan:
    """The example plan, 520 months long from January 1990 (room for the export's days)."""
    found = example_plan()
    found.apply(SetCells("settings", ((0, "first_period", "1990-01"), (0, "periods", 520))))
    return found


def wide_export(path: Path) -> None:
    """A row per day and network, a column per metric (the usual analytics export)."""
    rng = random.Random(20)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Date", "Network", *METRICS])
        for number in range(ROWS):
            day = START + dt.timedelta(days=number // len(NETWORKS))
            out.writerow(
                [
                    day.isoformat(),
                    NETWORKS[number % len(NETWORKS)],
                    1000 + number // len(NETWORKS),
                    rng.randrange(50, 900),
                    rng.randrange(0, 40),
                    rng.randrange(0, 3),
                    f"{rng.uniform(0.5, 6):.2f}",
                ]
            )


def once(path: Path) -> tuple[float, float, int]:
    target = plan()
    began = time.perf_counter()
    grid = read_grid(path)
    read = time.perf_counter() - began
    layout = classify(grid.titles, grid.rows[grid.header], grid.body)
    result = import_tracking(target, grid, layout, replace_values=True)
    assert result.command is not None and not result.problems
    target.apply(result.command)
    return read, time.perf_counter() - began, result.new + result.changed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "daily.csv"
        wide_export(path)
        runs = [once(path) for _ in range(repeat)]
    values = runs[0][2]
    print(f"{ROWS:,} rows x {len(METRICS)} metrics -> {values:,} tracking values")
    print(f"read the CSV:              {statistics.median(r[0] for r in runs):.2f} s")
    print(f"file to edit applied:      {statistics.median(r[1] for r in runs):.2f} s (target < 3)")


if __name__ == "__main__":
    main()
