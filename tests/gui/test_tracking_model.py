"""The Qt adapter of the tracking pivot: sound as a model, tells views just what changed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from smplanner.domain.catalogue import blank_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.keyed import keyed_edit
from smplanner.domain.tracking_grid import TRACKING_BY_KEY
from smplanner.gui.grid.tracking_model import FIXED, TrackingModel
from smplanner.gui.undo import PlanEditor

FOLLOWERS = "Followers"
MQC = "Marketing qualified contacts (MQC)"


def changed_rows(model: TrackingModel) -> list[tuple[int, int]]:
    """Record the row ranges of every dataChanged from now on."""
    seen: list[tuple[int, int]] = []

    def note(first: QModelIndex, last: QModelIndex, *_: object) -> None:
        assert first.column() == FIXED and last.column() == model.columnCount() - 1
        seen.append((first.row(), last.row()))

    model.dataChanged.connect(note)
    return seen


def test_the_model_is_sound_through_edits_undo_and_new_rows(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlanEditor(blank_plan())
    model = TrackingModel(editor)
    qtmodeltester.check(model, force_py=True)  # and goes on checking every change below
    row = model.row_of("LinkedIn", FOLLOWERS)
    assert model.set_cells([(row, model.column_of(0, "actual"), "7")], "Set")  # adds a row
    assert model.set_cells([(row, model.column_of(0, "actual"), "8")], "Set")  # sets it
    editor.stack.undo()
    editor.stack.undo()
    assert model.value(row, model.column_of(0, "actual")) is None
    editor.execute(SetCells("settings", ((0, "periods", 3),)))  # fewer periods: a reset
    assert model.columnCount() == FIXED + 3 * 3


def test_an_edit_repaints_its_network_and_the_totals_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlanEditor(blank_plan())
    model = TrackingModel(editor)
    row = model.row_of("X", FOLLOWERS)
    seen = changed_rows(model)
    model.set_cells([(row, model.column_of(1, "actual"), "50")], "Set")
    block = [n for n, r in enumerate(model.rows) if r.network == "X"]
    growth = next(n for n in block if model.rows[n].title == "Follower growth")
    totals = [n for n, r in enumerate(model.rows) if r.network == "All networks"]
    painted = {n for first, last in seen for n in range(first, last + 1)}
    assert row in painted and growth in painted and totals[0] in painted
    linkedin = [n for n, r in enumerate(model.rows) if r.network == "LinkedIn"]
    assert not painted & set(linkedin)
    assert model.data(model.index(totals[0], model.column_of(1, "actual"))) == "50"


def test_a_refused_value_is_named_by_kpi_and_period(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlanEditor(blank_plan())
    model = TrackingModel(editor)
    row = model.row_of("X", MQC)
    cells = [(row, model.column_of(0, "actual"), "lots"), (row, model.column_of(1, "actual"), "3")]
    with qtbot.waitSignal(model.message) as said:
        assert not model.set_cells(cells, "Paste")
    assert said.args[0].startswith(f"Not set: {MQC}, {model.labels[0]}: 'lots' is not allowed")
    assert model.value(row, model.column_of(1, "actual")) == 3
    assert editor.stack.count() == 1


def test_read_only_cells_are_not_set(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlanEditor(blank_plan())
    model = TrackingModel(editor)
    growth = next(n for n, r in enumerate(model.rows) if r.title == "Follower growth")
    row = model.row_of("X", FOLLOWERS)
    assert not model.flags(model.index(growth, FIXED)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, model.column_of(0, "attainment"))) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert model.set_cells([(growth, model.column_of(0, "actual"), "5")], "Set")
    assert editor.plan.row_count("tracking") == 0


def test_the_current_cell_follows_its_row_when_rows_come_and_go(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlanEditor(blank_plan())
    model = TrackingModel(editor)
    kept = QPersistentModelIndex(model.index(model.row_of("X", MQC), FIXED + 1))
    before = kept.row()
    linkedin = model.row_of("LinkedIn", FOLLOWERS)
    model.set_cells([(linkedin, model.column_of(0, "actual"), "5")], "Set")
    assert kept.row() == before  # a value added: no row came or went
    # a KPI tracked on LinkedIn adds a row above X's
    edit = keyed_edit(
        editor.plan, TRACKING_BY_KEY, {("LinkedIn", "Video views", 2): {"actual": "9"}}
    )
    assert edit.command is not None and editor.execute(edit.command)
    assert model.has_row("LinkedIn", "Video views")
    assert kept.row() == before + 1 and model.rows[kept.row()].kpi == MQC
    assert model.row_of("LinkedIn", FOLLOWERS) == linkedin
