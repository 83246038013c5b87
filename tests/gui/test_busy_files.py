"""Opening and saving a big plan while the window keeps painting, as a user sees it.

A clock ticks on the window's thread the whole time: if the open or save ran on that
thread, it would not tick until the work was over. The clock also notes what the user
could see and do at each tick (the progress bar, the greyed-out sections and commands).
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QPushButton

from smplanner.domain.plan import Plan
from smplanner.gui import busy
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow
from smplanner.io import workbook
from smplanner.io.workbook import load_plan, save_plan

from .window_steps import choose_file, mark_a_cell, trigger

TRACKING_ROWS = 30_000


def _large_plan(tracking: int) -> Plan:
    """The benchmark's heavy user's plan, at the size asked for."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
    spec = importlib.util.spec_from_file_location("smplanner_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plan: Plan = module.large_plan(200, tracking)
    return plan


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big plan.xlsx"
    save_plan(_large_plan(TRACKING_ROWS), path)
    return path


class Clock(QObject):
    """Ticks every 20 ms on the window's thread and notes what the window shows."""

    def __init__(self, main: MainWindow, on_tick: Callable[[], None] | None = None) -> None:
        super().__init__(main.window)
        self.main = main
        self.ticks = 0
        self.progress_seen = False
        self.held = False
        self.paints = 0
        self._on_tick = on_tick
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)
        self.progress = main.window.findChild(QProgressBar, "busyProgress")
        self.progress.installEventFilter(self)

    def _tick(self) -> None:
        self.ticks += 1
        window = self.main.window
        if self.progress.isVisible():
            self.progress_seen = True
            central = window.centralWidget()
            self.held = (
                not central.isEnabled()
                and not action(window, ActionName.UNDO).isEnabled()
                and not action(window, ActionName.SAVE_AS).isEnabled()
                and not action(window, ActionName.OPEN).isEnabled()
            )
        if self._on_tick is not None:
            self._on_tick()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def stop(self) -> None:
        self.timer.stop()
        self.progress.removeEventFilter(self)


def test_a_big_plan_opens_while_the_window_keeps_painting(main: MainWindow, big_file: Path) -> None:
    clock = Clock(main)
    assert main.document.open(big_file)
    clock.stop()
    assert main.plan.row_count("tracking") >= TRACKING_ROWS * 0.95
    assert clock.ticks >= 10, "the event loop stood still while the plan was read"
    assert clock.progress_seen and clock.paints >= 2  # the busy bar was shown, animating
    assert clock.held  # meanwhile no edit, undo or second open
    window = main.window
    assert not clock.progress.isVisible() and window.centralWidget().isEnabled()
    assert action(window, ActionName.SAVE_AS).isEnabled()
    assert window.statusBar().currentMessage() == f"Opened {big_file.name}"
    assert window.windowTitle() == f"Benchmark plan ({big_file.name})[*] — smplanner"


def test_cancel_keeps_the_plan_that_is_open(main: MainWindow, qtbot, big_file: Path) -> None:  # type: ignore[no-untyped-def]
    before = main.plan.snapshot()
    title = main.window.windowTitle()
    cancel = main.window.findChild(QPushButton, "busyCancel")

    def click_cancel() -> None:
        if cancel.isVisible():
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    clock = Clock(main, click_cancel)
    assert not main.document.open(big_file)
    clock.stop()
    assert clock.progress_seen
    assert main.plan.snapshot() == before and main.path is None
    assert main.window.windowTitle() == title
    assert main.window.statusBar().currentMessage() == (
        f"Stopped opening {big_file.name}; nothing changed"
    )
    assert main.window.centralWidget().isEnabled()
    assert action(main.window, ActionName.OPEN).isEnabled()


def test_save_runs_in_a_worker_and_reopens_the_same_plan(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 0)  # the example plan saves in well under 0.5 s
    threads: list[str] = []
    real_save = workbook.save_plan

    def noted_save(plan: Plan, path: Path) -> None:
        threads.append(threading.current_thread().name)
        real_save(plan, path)

    monkeypatch.setattr(workbook, "save_plan", noted_save)
    mark_a_cell(main, qtbot)
    expected = main.plan.snapshot()
    path = tmp_path / "saved.xlsx"
    choose_file(monkeypatch, "save", path)
    clock = Clock(main)
    trigger(main, ActionName.SAVE_AS)
    clock.stop()
    assert threads and threads[0] != threading.main_thread().name
    assert clock.ticks >= 1 and clock.progress_seen and clock.held
    assert not main.window.isWindowModified() and main.path == path
    assert main.window.statusBar().currentMessage() == "Saved saved.xlsx"
    assert load_plan(path).plan.snapshot() == expected
    trigger(main, ActionName.NEW_BLANK)
    choose_file(monkeypatch, "open", path)
    trigger(main, ActionName.OPEN)
    assert main.plan.snapshot() == expected


def test_closing_the_window_waits_for_the_save(
    main: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    real_save = workbook.save_plan

    def slow_save(plan: Plan, path: Path) -> None:
        release.wait(10)
        real_save(plan, path)

    monkeypatch.setattr(workbook, "save_plan", slow_save)
    mark_a_cell(main, qtbot)
    expected = main.plan.snapshot()
    path = tmp_path / "closing.xlsx"
    choose_file(monkeypatch, "save", path)
    still_open: list[bool] = []

    def close_then_release() -> None:
        if not still_open and main.document.busy.active:
            main.window.close()  # the user closes the window mid-save
            still_open.append(main.window.isVisible())
            release.set()

    clock = Clock(main, close_then_release)
    trigger(main, ActionName.SAVE_AS)
    clock.stop()
    assert still_open == [True]
    qtbot.waitUntil(lambda: not main.window.isVisible())
    assert load_plan(path).plan.snapshot() == expected


def test_closing_the_window_while_opening_drops_the_open(
    main: MainWindow, qtbot, big_file: Path
) -> None:  # type: ignore[no-untyped-def]
    still_open: list[bool] = []

    def close_once() -> None:
        if not still_open and main.document.busy.active:
            main.window.close()  # the user gives up waiting and closes the window
            still_open.append(main.window.isVisible())

    clock = Clock(main, close_once)
    assert not main.document.open(big_file)
    clock.stop()
    assert still_open == [True] and main.path is None
    qtbot.waitUntil(lambda: not main.window.isVisible())
