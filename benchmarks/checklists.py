"""The checklists on a large plan: figures, opening the two tabs, one key press.

Not part of the test run. A year of heavy use: 20 accounts over the 12 default items
(every status set) and 2,000 logged connection requests. Each figure is the best of
``--repeat`` runs, in milliseconds; copy the table into benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smplanner.domain import checklists  # noqa: E402
from smplanner.domain.catalogue import blank_plan  # noqa: E402
from smplanner.domain.checklist_tables import (  # noqa: E402
    RELATIONSHIPS,
    SIGN_COLUMNS,
    STATUS_CHOICES,
)
from smplanner.domain.commands import InsertRows  # noqa: E402
from smplanner.domain.plan import Plan  # noqa: E402

ACCOUNTS = 20
REQUESTS = 2_000


def large_plan() -> Plan:
    rng = random.Random(4)
    plan = blank_plan()
    networks = plan.keys("networks")
    accounts = tuple(
        {"name": f"Account {n + 1}", "network": rng.choice(networks)} for n in range(ACCOUNTS)
    )
    plan.apply(InsertRows("profile_accounts", 0, accounts))
    items = plan.keys("profile_items")
    statuses = tuple(
        {"account": a["name"], "item": i, "status": rng.choice(STATUS_CHOICES)}
        for a in accounts
        for i in items
    )
    plan.apply(InsertRows("profile_status", 0, statuses))
    start = dt.date(2027, 1, 1)
    requests = tuple(
        {
            "date": start + dt.timedelta(days=rng.randrange(365)),
            "name": f"Person {n}",
            "network": rng.choice(networks),
            "relationship": rng.choice(RELATIONSHIPS),
            "personalised": rng.random() < 0.3,
            **{
                s: rng.choice(["fine", "fine", "fine", "doubtful", "red flag"])
                for s in SIGN_COLUMNS
            },
        }
        for n in range(REQUESTS)
    )
    plan.apply(InsertRows("requests", 0, requests))
    return plan


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    plan = large_plan()
    rows: list[tuple[str, float]] = [
        (
            "every account's checks and score",
            best(lambda: checklists.all_account_checks(plan), repeat),
        ),
        ("every request's verdict", best(lambda: checklists.request_checks(plan), repeat)),
        (
            "counts by month and network",
            best(lambda: checklists.counts_by_month_and_network(plan), repeat),
        ),
    ]

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from smplanner.gui.sections.profiles.section import STATUS, ProfilesSection
    from smplanner.gui.sections.requests.section import RequestsSection
    from smplanner.gui.undo import PlanEditor

    app = QApplication.instance() or QApplication([])
    editor = PlanEditor(plan)
    keep: list[object] = []

    def open_tab(kind: type) -> None:
        widget = kind(editor)
        widget.resize(1300, 700)
        widget.show()
        app.processEvents()
        keep.append(widget)

    rows.append(
        (
            "open the Profiles tab (build and first paint)",
            best(lambda: open_tab(ProfilesSection), repeat),
        )
    )
    rows.append(
        (
            "open the Requests tab (build and first paint)",
            best(lambda: open_tab(RequestsSection), repeat),
        )
    )
    profiles = ProfilesSection(editor)
    profiles.resize(1300, 700)
    profiles.show()
    app.processEvents()
    assert profiles.item_proxy is not None
    view = profiles.items.view
    status = profiles.item_proxy.extra_column(STATUS)

    def press() -> None:
        view.setCurrentIndex(profiles.item_proxy.index(0, status))  # type: ignore[union-attr]
        QTest.keyClick(
            view,
            Qt.Key.Key_D if plan.value("profile_status", 0, "status") != "done" else Qt.Key.Key_M,
        )
        app.processEvents()

    rows.append(("a status key press, to repainted figures", best(press, repeat)))
    requests = RequestsSection(editor)
    requests.resize(1300, 700)
    requests.show()
    app.processEvents()
    photo = requests.model.column_number("photo")

    def rate() -> None:
        requests.view.setCurrentIndex(requests.proxy.index(0, photo))
        current = plan.value("requests", 0, "photo")
        QTest.keyClick(requests.view, Qt.Key.Key_R if current != "red flag" else Qt.Key.Key_F)
        app.processEvents()

    rows.append(("a rating key press, to repainted verdicts and counts", best(rate, repeat)))
    print(f"{ACCOUNTS} accounts x 12 items, {REQUESTS:,} requests; best of {repeat}, ms")
    print("| measure | ms |\n|---|---:|")
    for label, ms in rows:
        print(f"| {label} | {ms:.0f} |")
    for widget in [*keep, profiles, requests]:
        widget.close()  # type: ignore[attr-defined]
        editor.stack.setClean()


if __name__ == "__main__":
    main()
