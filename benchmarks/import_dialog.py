"""The Import data dialog on a 100,000-row daily export: how soon it shows what will happen.

Not part of the test run; run it with ``.venv/bin/python benchmarks/import_dialog.py``
(offscreen) and copy the figures into benchmarks/README.md. Measured from the dialog
being opened on the file (the file chooser closed) to: the columns table filled (the file
read in the worker), and the preview's counts and first rows shown. The window's thread
keeps painting meanwhile: the longest gap between its timer ticks is reported too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from data_import import plan, wide_export  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from smplanner.gui.import_data.dialog import ImportDataDialog  # noqa: E402
from smplanner.gui.undo import PlanEditor  # noqa: E402


def once(app: QApplication, path: Path, maps: Path) -> tuple[float, float, float]:
    editor = PlanEditor(plan())
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    began = time.perf_counter()
    dialog = ImportDataDialog(editor, path, mappings=maps)
    dialog.replace.setChecked(True)
    dialog.show()
    columns = shown = 0.0
    while not shown:
        app.processEvents()
        now = time.perf_counter()
        if not columns and dialog.columns.rowCount():
            columns = now - began
        if dialog.outcome is not None and not dialog.busy:
            shown = now - began
        time.sleep(0.002)
    timer.stop()
    assert dialog.outcome is not None and dialog.outcome.command is not None
    gaps = [b - a for a, b in zip([began, *ticks], ticks, strict=False)]
    dialog.reject()
    return columns, shown, max(gaps, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "daily.csv"
        wide_export(path)
        runs = [once(app, path, Path(folder) / "maps.json") for _ in range(repeat)]
    print(f"columns table filled:   {statistics.median(r[0] for r in runs):.2f} s")
    print(f"counts and rows shown:  {statistics.median(r[1] for r in runs):.2f} s")
    print(f"longest pause in paint: {statistics.median(r[2] for r in runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
