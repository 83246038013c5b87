"""Start-up, open and save of a large plan, side by side with calamine and LibreOffice.

Not part of the test run (timings on a shared 2-core machine are noisy); run it with
``make bench`` and copy the table into benchmarks/README.md. Every figure is the best of
``--repeat`` runs, in seconds, except smplanner's save and the opens (smplanner, calamine,
LibreOffice), which are medians (of at least three runs).

The large plan is a heavy user's after two years, its bulk in the plan's own tables:
2,000 KPI planner rows against the 41 default KPIs, 100,000 tracking rows (20 networks x
40 KPIs x 125 weeks), a cost line per network and week, 2,000 logged connection
requests, and 10,000 deals with 80,000 touches over the networks and the other channels
(shaped as in benchmarks/attribution.py: several stages, close dates, amounts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smplanner.domain.catalogue import example_plan  # noqa: E402
from smplanner.domain.plan import Plan  # noqa: E402
from smplanner.domain.tables import PRIMARY, SECONDARY  # noqa: E402

PLANNER_ROWS = 2_000
TRACKING_ROWS = 100_000
NETWORKS = 20
KPIS_TRACKED = 40
REQUESTS = 2_000
DEALS, TOUCHES = 10_000, 80_000

FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from smplanner.gui.app import Startup, create_application

class Paints(QObject):
    # prints when the window is first painted, then when its sections are

    def __init__(self):
        super().__init__()
        self.first = False

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.first:
            self.first = True
            print(time.time(), flush=True)
        window = startup.window
        inside = isinstance(watched, QWidget) and window is not None
        if inside and window.tabs.isAncestorOf(watched):
            print(time.time(), flush=True)
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = create_application([sys.argv[0]])
spy = Paints()
app.installEventFilter(spy)  # paints of any of the window's widgets
QTimer.singleShot(30_000, QApplication.quit)
startup = Startup(None)  # as the app starts: the frame first, then the plan
startup.show()
app.exec()
"""


def large_plan(rows: int = PLANNER_ROWS, tracking: int = TRACKING_ROWS) -> Plan:
    """The example's catalogues, grown to 20 networks, with a heavy user's tables."""
    base = example_plan()
    rng = random.Random(7)
    stages, goals, tactics = base.keys("stages"), base.keys("goals"), base.keys("tactics")
    kpis = base.keys("kpis")
    planner = []
    for number in range(rows):
        row = {
            "stage": rng.choice(stages),
            "goal": rng.choice(goals),
            "tactic": rng.choice(tactics),
            "notes": f"Row {number + 1}: owner and rhythm to agree",
        }
        for kpi in rng.sample(kpis, 6):
            row[kpi] = SECONDARY
        for kpi in rng.sample(kpis, rng.randint(1, 3)):
            row[kpi] = PRIMARY
        planner.append(row)
    networks = [*base.records("networks")]
    networks += [
        {"name": f"Network {n}", "description": "A regional or niche network"}
        for n in range(len(networks) + 1, NETWORKS + 1)
    ]
    names = [n["name"] for n in networks]
    tracked = kpis[:KPIS_TRACKED]
    weeks = max(1, tracking // (len(names) * len(tracked)))
    settings = {
        **base.records("settings")[0],
        "period_unit": "week",
        "first_period": "2025-W01",
        "periods": weeks,
    }
    tracking_rows = [
        {
            "network": network,
            "kpi": kpi,
            "period": week,
            "target": 100 + week,
            "actual": rng.randint(50, 150),
        }
        for network in names
        for kpi in tracked
        for week in range(1, weeks + 1)
    ]
    costs = [
        {"period": week, "network": network, "spend": "paid", "category": "ads", "amount": 120}
        for network in names
        for week in range(1, weeks + 1)
    ]
    template = base.records("requests")
    requests = []
    for number in range(REQUESTS):
        request = dict(template[number % len(template)])
        request["name"] = f"Contact {number + 1}"
        request["network"] = names[number % len(names)]
        requests.append(request)
    deals, touches = deals_and_touches(rng, [*names, *base.keys("other_channels")])
    kept = ("stages", "goals", "tactics", "kpis", "other_channels", "pipeline_stages")
    tables = {name: base.records(name) for name in kept}
    return Plan(
        "Benchmark plan",
        {
            **tables,
            "networks": networks,
            "planner": planner,
            "settings": [settings],
            "tracking": tracking_rows,
            "costs": costs,
            "requests": requests,
            "deals": deals,
            "touches": touches,
        },
    )


def deals_and_touches(
    rng: random.Random, channels: list[str]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """10,000 deals over the stages of the example's pipeline, with their close dates and
    amounts, and 80,000 touches of them over the networks and the other channels."""
    stages = ("Won", "Lost", "Qualified", "Proposed", "Committed")
    start = dt.date(2026, 1, 1)
    deals: list[dict[str, object]] = []
    for number in range(DEALS):
        created = start + dt.timedelta(days=rng.randrange(300))
        deals.append(
            {
                "deal_id": f"D-{number:05d}",
                "name": f"Deal {number}",
                "company": f"Company {number % 3000}",
                "value": round(rng.uniform(500, 90_000), 2),
                "stage": rng.choice(stages),
                "created": created,
                "close": created + dt.timedelta(days=rng.randrange(10, 120)),
                "owner": rng.choice(("Ana", "Ben", "Chloé")),
            }
        )
    touches: list[dict[str, object]] = []
    for _ in range(TOUCHES):
        deal = deals[rng.randrange(DEALS)]
        created = deal["created"]
        assert isinstance(created, dt.date)
        touches.append(
            {
                "deal": deal["deal_id"],
                "date": created + dt.timedelta(days=rng.randrange(130)),
                "channel": rng.choice(channels),
                "campaign": f"Campaign {rng.randrange(40)}",
            }
        )
    return deals, touches


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(repeat: int, action: Callable[[], object]) -> float:
    """The median of ``repeat`` runs (at least three): opening and saving are compared run
    for run with calamine and LibreOffice on a shared machine, where a best-of hides how
    often a run is slow."""
    times = []
    for _ in range(max(repeat, 3)):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_paint(repeat: int) -> tuple[float, float]:
    """Seconds from launching the interpreter to the window's first paint, and to the
    first paint of its sections on the example plan (medians: the machine is shared)."""
    frames, plans = [], []
    for _ in range(repeat):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, check=True
        )
        frame, plan = out.stdout.strip().splitlines()[-2:]
        frames.append(float(frame) - start)
        plans.append(float(plan) - start)
    return statistics.median(frames), statistics.median(plans)


def libreoffice(path: Path, repeat: int) -> tuple[float, float, float] | None:
    """LibreOffice headless: (open, median and best, open + save as xlsx, best) of the
    workbook; the open is compared as a median, the save as both - the best open.

    Opening is timed as a conversion to CSV, which writes only the first, small sheet.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out = path.parent / "lo"

    def convert(kind: str) -> Callable[[], None]:
        command = [soffice, "--headless", "--convert-to", kind, "--outdir", str(out), str(path)]
        return lambda: subprocess.run(command, capture_output=True, check=True, timeout=600)

    convert("csv")()  # the first start creates LibreOffice's profile; not counted
    opens = []
    for _ in range(repeat):
        start = time.perf_counter()
        convert("csv")()
        opens.append(time.perf_counter() - start)
    return statistics.median(opens), min(opens), best_of(repeat, convert("xlsx"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    parser.add_argument("--rows", type=int, default=PLANNER_ROWS, help="planner rows")
    parser.add_argument("--tracking", type=int, default=TRACKING_ROWS, help="tracking rows (about)")
    args = parser.parse_args()

    from python_calamine import CalamineWorkbook

    from smplanner.io.workbook import load_plan, save_plan

    plan = large_plan(args.rows, args.tracking)
    folder = Path(tempfile.mkdtemp(prefix="smplanner-bench-"))
    path = folder / "large.xlsx"
    try:
        save = median_of(args.repeat, lambda: save_plan(plan, path))
        load = median_of(args.repeat, lambda: load_plan(path))
        loaded = load_plan(path)
        assert loaded.plan.row_count("planner") == args.rows, "the plan did not survive"

        def calamine_read() -> None:
            book = CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python()

        calamine = median_of(args.repeat, calamine_read)
        office = libreoffice(path, args.repeat)
        start, shown = first_paint(max(args.repeat, 5))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    tracked = loaded.plan.row_count("tracking")
    size = (
        f"{args.rows:,} planner rows, {tracked:,} tracking rows, {REQUESTS:,} requests, "
        f"{DEALS:,} deals, {TOUCHES:,} touches"
    )
    print(f"Large plan: {size}; best of {args.repeat} (open: median); seconds")
    print(f"{'measure':44} {'seconds':>8}  target")
    print(f"{'start to first painted window (median)':44} {start:8.2f}  <= 0.5")
    print(f"{'start to the plan painted in it (median)':44} {shown:8.2f}")
    print(f"{'smplanner open (load_plan)':44} {load:8.2f}")
    print(f"{'smplanner save (save_plan, median)':44} {save:8.2f}")
    print(f"{'python-calamine read of every sheet':44} {calamine:8.2f}")
    if office is None:
        print("LibreOffice not installed: no comparison (apt-get install libreoffice-calc-nogui)")
    else:
        office_open, office_best_open, office_both = office
        office_save = office_both - office_best_open
        print(f"{'LibreOffice headless open':44} {office_open:8.2f}")
        print(f"{'LibreOffice headless open + save as xlsx':44} {office_both:8.2f}")
        print(f"{'open: smplanner / LibreOffice':44} {load / office_open:8.2f}  <= 0.5")
        ratio = save / office_save
        print(f"{'save: smplanner / LibreOffice (both - open)':44} {ratio:8.2f}  <= 1.0")
    print(f"{'smplanner open / calamine read':44} {load / calamine:8.2f}  <= 1.5")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
