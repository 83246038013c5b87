"""GUI fixtures: plan editors (the example plan, a small one), the main window, answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from smplanner.domain.catalogue import example_plan
from smplanner.domain.plan import Plan
from smplanner.gui.main_window import MainWindow
from smplanner.gui.undo import PlanEditor

from .questions import Questions


@pytest.fixture
def editor(qtbot) -> PlanEditor:  # type: ignore[no-untyped-def]
    return PlanEditor(example_plan())


def small_plan() -> Plan:
    """Six planner rows over six KPIs in three categories; rows 4 and 5 lack focus.

    Row 4 (index 3) has no primary, row 5 (index 4) has four. KPI columns start at 4.
    """
    kpis = [
        ("Followers", "Reach", "Awareness"),
        ("Impressions", "Reach", "Awareness"),
        ("Downloads", "Conversion", "Consideration"),
        ("MQC", "Conversion", "Consideration"),
        ("SQO", "Conversion", "Decision"),
        ("Revenue", "Revenue", "Decision"),
    ]
    rows = [
        (
            "Awareness",
            "Grow audience",
            "Video",
            "Weekly clip",
            {"Followers": "P", "Impressions": "S"},
        ),
        ("Awareness", "Grow audience", "Blog article", "Two posts a month", {"Impressions": "P"}),
        (
            "Consideration",
            "Generate leads",
            "Webinar",
            "Quarterly demo",
            {"MQC": "P", "Downloads": "S"},
        ),
        ("Consideration", "Generate leads", "Blog article", "", {}),
        (
            "Decision",
            "Win customers",
            "Case study",
            "One a quarter",
            {"SQO": "P", "Revenue": "P", "MQC": "P", "Downloads": "P"},
        ),
        ("Decision", "Win customers", "Webinar", "With sales", {"SQO": "P"}),
    ]
    return Plan(
        "Small plan",
        {
            "stages": [
                {"name": n} for n in ("Awareness", "Consideration", "Decision", "Retention")
            ],
            "goals": [
                {"name": "Grow audience", "key_kpis": ("Followers", "Impressions")},
                {"name": "Generate leads", "key_kpis": ("MQC", "Downloads")},
                {"name": "Win customers", "key_kpis": ("SQO", "Revenue")},
            ],
            "tactics": [{"name": n} for n in ("Video", "Webinar", "Blog article", "Case study")],
            "networks": [{"name": "LinkedIn"}],
            "kpis": [
                {
                    "name": name,
                    "category": category,
                    "stages": (stage,),
                    "unit": "count",
                    "direction": "up",
                    "description": f"How many {name.lower()}",
                }
                for name, category, stage in kpis
            ],
            "planner": [
                {"stage": s, "goal": g, "tactic": t, "notes": n, **marks}
                for s, g, t, n, marks in rows
            ],
        },
    )


@pytest.fixture
def small_editor(qtbot) -> PlanEditor:  # type: ignore[no-untyped-def]
    """An editor on :func:`small_plan`, for fast tests."""
    return PlanEditor(small_plan())


@pytest.fixture
def fresh_settings() -> None:
    """No window geometry, toolbar state or recent plans left over from another test."""
    from PySide6.QtCore import QSettings

    store = QSettings("smplanner", "smplanner")
    store.clear()
    store.sync()


@pytest.fixture
def main(qtbot, fresh_settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow()

    def forget_changes(_widget: object) -> None:
        """pytest-qt closes the window after the test: no 'save changes?' question then."""
        if window.editor is not None:
            window.editor.stack.setClean()

    qtbot.addWidget(window.window, before_close_func=forget_changes)
    window.window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window.window)
    yield window


class Answers:
    """Records the message boxes the app shows and gives the chosen answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel
        for kind in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._make(kind))
        monkeypatch.setattr(
            QMessageBox,
            "about",
            lambda parent, title, text: self.shown.append(("about", title, text)),
        )

    def _make(self, kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))
            return self.answer

        return show


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder (recovery files, locks, autosaves) of the test's own."""
    folder = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def questions(qtbot) -> Iterator[Questions]:  # type: ignore[no-untyped-def]
    """The window's questions, answered as the test says and recorded."""
    watcher = Questions()
    yield watcher
    watcher.stop()
