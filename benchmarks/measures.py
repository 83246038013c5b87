"""One edit in the tracking table, then the ROI dashboard worked out again.

Not part of the test run; run it with ``.venv/bin/python benchmarks/measures.py`` (or
``make bench``) and copy the figures into benchmarks/README.md. The plan: 20 networks,
40 tracked KPIs each, 104 weekly periods (83,200 tracking values), a cost line per network,
category and period (12,480) and a won deal per network and period (2,080) with two
touches each (the network, then e-mail).
Target: under 20 ms from the edit to the new figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smplanner.domain.catalogue import default_tables  # noqa: E402
from smplanner.domain.commands import RemoveRows, SetCells  # noqa: E402
from smplanner.domain.measures import dashboard  # noqa: E402
from smplanner.domain.plan import Plan  # noqa: E402

NETWORKS, KPIS, PERIODS = 20, 40, 104
CATEGORIES = ("tools", "content", "staff time", "ad spend", "ad production", "other")


def big_plan() -> Plan:
    """The default KPI catalogue, 20 networks and a full two years of weekly tracking."""
    tables = default_tables()
    networks = [f"Network {n + 1}" for n in range(NETWORKS)]
    kpis = [k["name"] for k in tables["kpis"]][:KPIS]
    rng = random.Random(5)
    tracking = [
        {"network": n, "kpi": k, "period": p, "target": 100.0 * p, "actual": rng.uniform(0, 1e4)}
        for n in networks
        for k in kpis
        for p in range(1, PERIODS + 1)
    ]
    costs = [
        {
            "period": p,
            "network": n,
            "spend": "paid" if c.startswith("ad") else "organic",
            "category": c,
            "amount": rng.uniform(0, 500),
            "hours": 2.0 if c == "staff time" else None,
        }
        for n in networks
        for c in CATEGORIES
        for p in range(1, PERIODS + 1)
    ]
    start = dt.date.fromisocalendar(2026, 1, 1)
    deals = [
        {
            "deal_id": f"D{i}-{p}",
            "value": rng.uniform(0, 5e3),
            "stage": "Won",
            "close": start + dt.timedelta(weeks=p - 1, days=3),
        }
        for i, _n in enumerate(networks)
        for p in range(1, PERIODS + 1)
    ]
    touches = [
        {"deal": d["deal_id"], "date": d["close"] - dt.timedelta(days=days), "channel": c}
        for d, n in zip(deals, [n for n in networks for _ in range(PERIODS)], strict=True)
        for days, c in ((2, n), (1, "Email"))
    ]
    settings = {"period_unit": "week", "first_period": "2026-W01", "periods": PERIODS}
    return Plan(
        "Benchmark",
        {
            **tables,
            "networks": [{"name": n} for n in networks],
            "settings": [{**tables["settings"][0], **settings}],
            "tracking": tracking,
            "costs": costs,
            "deals": deals,
            "touches": touches,
        },
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--no-gui", action="store_true", help="only the Qt-free figures")
    args = parser.parse_args()
    plan = big_plan()
    rows = plan.row_count("tracking")
    dashboard(plan)  # warm up pandas' code paths
    times = []
    for n in range(args.repeat):
        start = time.perf_counter()
        plan.apply(SetCells("tracking", ((n * 997 % rows, "actual", float(n)),)))
        board = dashboard(plan)
        times.append(time.perf_counter() - start)
    assert board.overall.investment > 0
    print(
        f"tracking rows {rows:,}, cost lines {plan.row_count('costs'):,}, "
        f"won deals {plan.row_count('deals'):,} with {plan.row_count('touches'):,} touches"
    )
    print(
        f"edit + recompute: best {min(times) * 1e3:.1f} ms, "
        f"median {statistics.median(times) * 1e3:.1f} ms, "
        f"worst {max(times) * 1e3:.1f} ms over {args.repeat} runs (target < 20 ms)"
    )
    if not args.no_gui:
        gui(args.repeat)
    return 0


def gui(repeat: int) -> None:
    """The same plan in the Measuring tab: one typed value, then the grid brought up to date.

    The dashboard's charts are redrawn only after a quiet moment (a timer), so the figure
    that matters for typing is the edit plus the grid's repaint; the dashboard's own
    refresh (figures, tables and charts) is timed apart.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from smplanner.gui.sections.dashboard.section import DashboardSection
    from smplanner.gui.sections.measuring.section import MeasuringSection
    from smplanner.gui.undo import PlanEditor

    plan = big_plan()
    # the last week of the first network left empty, to time typing into empty cells
    frame = plan.frame("tracking")
    empty = frame.index[(frame["period"] == PERIODS) & (frame["network"] == "Network 1")]
    plan.apply(RemoveRows("tracking", tuple(int(r) for r in empty)))
    editor = PlanEditor(plan)
    start = time.perf_counter()
    section = MeasuringSection(editor)
    built = time.perf_counter() - start
    section.resize(1400, 900)
    section.show()
    app.processEvents()
    model = section.tracking.model
    typing = []
    for n in range(repeat):
        row = (n * 7) % 40
        column = model.column_of(n % PERIODS, "actual")
        start = time.perf_counter()
        model.set_cells([(row, column, str(n))], "bench")
        app.processEvents()  # Qt repaints what the edit touched
        typing.append(time.perf_counter() - start)
    adding = []
    for n in range(min(repeat, KPIS)):
        start = time.perf_counter()
        model.set_cells([(n, model.column_of(PERIODS - 1, "actual"), "5")], "bench")
        app.processEvents()
        adding.append(time.perf_counter() - start)
    board = DashboardSection(editor)
    board.resize(1400, 900)
    board.show()
    app.processEvents()
    refresh = []
    for _ in range(max(repeat // 5, 3)):
        start = time.perf_counter()
        board.refresh()
        board.repaint()
        refresh.append(time.perf_counter() - start)
    print(
        f"Measuring tab built in {built * 1e3:.0f} ms ({model.rowCount():,} grid rows, "
        f"{model.columnCount():,} columns)"
    )
    print(
        f"typed value + grid update: median {statistics.median(typing) * 1e3:.1f} ms, "
        f"worst {max(typing) * 1e3:.1f} ms"
    )
    print(
        f"typed into an empty cell (adds a tracking row): median "
        f"{statistics.median(adding) * 1e3:.1f} ms"
    )
    print(
        f"dashboard refresh with charts: median {statistics.median(refresh) * 1e3:.1f} ms "
        f"(runs {REFRESH_NOTE})"
    )
    editor.stack.setClean()


REFRESH_NOTE = "once typing pauses for 120 ms, never per key"


if __name__ == "__main__":
    raise SystemExit(main())
