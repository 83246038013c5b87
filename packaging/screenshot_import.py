"""A screenshot of File > Import data... on the sample daily export, for docs/importing.md.

    .venv/bin/python packaging/screenshot_import.py [--out docs/screenshots]

Offscreen, the example plan, settings in a throw-away folder; the network chosen and
the preview worked out before the dialog is grabbed (``import-data.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS)
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SMPLANNER_LANGUAGE"] = "en_GB"
    sandbox = Path(tempfile.mkdtemp(prefix="smplanner-shots-"))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(sandbox)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests" / "data" / "imports"))
    import make_samples

    from smplanner.domain.catalogue import example_plan
    from smplanner.gui.app import create_application
    from smplanner.gui.import_data.dialog import ImportDataDialog
    from smplanner.gui.undo import PlanEditor

    app = create_application([sys.argv[0]])
    make_samples.write_all(sandbox)
    dialog = ImportDataDialog(
        PlanEditor(example_plan()), sandbox / "daily_new_followers.xlsx", None, sandbox / "m.json"
    )
    dialog.show()

    def settle() -> None:
        began = time.perf_counter()
        while dialog.busy and time.perf_counter() - began < 30:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(3):
            app.processEvents()

    settle()
    dialog.network.setCurrentText("LinkedIn")
    dialog.network.activated.emit(dialog.network.currentIndex())
    settle()
    options.out.mkdir(parents=True, exist_ok=True)
    path = options.out / "import-data.png"
    if not dialog.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
