"""Start-up: the window's frame is painted before pandas and the plan are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

STARTS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from smplanner.gui.app import Startup, create_application

    class Watch(QObject):
        def eventFilter(self, watched, event):
            form = startup.form if "startup" in globals() else None
            if watched is form and event.type() == QEvent.Type.Paint:
                app.removeEventFilter(self)
                names = ("pandas", "openpyxl", "smplanner.domain.plan")
                loaded = [m for m in names if m in sys.modules]
                print("first paint, loaded:", loaded, "| menus on:", form.menuBar().isEnabled())
                print("status:", startup.form.statusBar().currentMessage(), flush=True)
            return False

    def built():
        window = startup.window
        if window is None:
            QTimer.singleShot(20, built)
            return
        print("built:", window.tabs.count(), "tabs on", window.plan.name, "| menus on:",
              window.window.menuBar().isEnabled(), flush=True)
        window.editor.stack.setClean()
        window.window.close()

    app = create_application([sys.argv[0]])
    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(20_000, app.quit)
    startup = Startup(None)
    startup.show()
    QTimer.singleShot(0, built)
    app.exec()
    """
)


def test_the_window_is_painted_before_the_plan_and_pandas_load(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", STARTS], capture_output=True, text=True, timeout=120, env=env
    )
    lines = run.stdout.splitlines()
    assert run.returncode == 0, run.stderr
    assert lines[0] == "first paint, loaded: [] | menus on: False"
    assert lines[1] == "status: Opening the example plan…"
    assert lines[2].startswith("built: 7 tabs on ") and lines[2].endswith("| menus on: True")
