"""Screenshots of every tab, taken offscreen at a fixed window size, for the README.

    .venv/bin/python packaging/screenshots.py                 # example plan into docs/screenshots/
    .venv/bin/python packaging/screenshots.py --blank --language de_DE --out /tmp/shots

Each tab is saved as ``<tab>.png`` (``planner.png``, ``dashboard.png``, ...), named by
the section's object name so the files keep their names in every language. Settings go
to a throw-away folder: the user's window size, language and recent files are neither
read nor changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DOCS, help="folder for the PNGs (docs/screenshots)"
    )
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", default="en_GB", help="locale, e.g. de_DE or pl_PL")
    parser.add_argument("--blank", action="store_true", help="a blank plan, not the example")
    parser.add_argument("--prefix", default="", help="put before each file name")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    width, height = (int(n) for n in options.size.lower().split("x"))
    # before Qt starts: no screen needed, the chosen language, settings kept aside
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SMPLANNER_LANGUAGE"] = options.language
    sandbox = tempfile.mkdtemp(prefix="smplanner-shots-")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = sandbox

    from PySide6.QtWidgets import QApplication

    from smplanner.domain.catalogue import blank_plan, example_plan
    from smplanner.gui.app import create_application
    from smplanner.gui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    window = MainWindow(blank_plan() if options.blank else example_plan())
    window.window.resize(width, height)
    window.show()
    options.out.mkdir(parents=True, exist_ok=True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(3):  # layouts and single-shot figure timers settle
            app.processEvents()
        QApplication.sendPostedEvents()
        page = window.tabs.widget(index)
        name = (page.objectName() if page else "").removeprefix("section.") or str(index)
        path = options.out / f"{options.prefix}{name}.png"
        if not window.window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
    window.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
