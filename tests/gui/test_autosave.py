"""Autosave on its own: it needs a plan provider and an undo stack, not the window's
document, so it can be driven (and reused) without one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from smplanner.domain.catalogue import blank_plan
from smplanner.gui.autosave import Autosave, Unsaved
from smplanner.gui.settings import Settings
from smplanner.io import recovery

pytestmark = pytest.mark.usefixtures("data_home")


def test_autosave_copies_what_the_provider_gives_and_forgets_it_once_saved(
    qtbot, fresh_settings
) -> None:  # type: ignore[no-untyped-def]
    plan = blank_plan()
    plan.name = "Provided plan"
    stack = QUndoStack()
    state: dict[str, Unsaved | None] = {"now": None}
    autosave = Autosave(lambda: state["now"], Settings())
    autosave.watch(stack)

    stack.push(QUndoCommand("an edit"))
    assert autosave.timer.isActive()  # an edit starts the quiet-time timer
    autosave.save_now()  # nothing unsaved by the provider's account: nothing written
    assert autosave.slot is None

    state["now"] = Unsaved(plan, None, None)
    autosave.save_now()
    autosave.wait()
    assert autosave.slot is not None and autosave.slot.exists()
    assert recovery.read(autosave.slot).plan_name == "Provided plan"

    written = autosave.slot
    state["now"] = None  # saved: the provider says nothing differs from the file
    autosave.saved_state_changed()
    assert autosave.slot is None and not written.exists()


def test_write_now_writes_nothing_without_unsaved_changes(qtbot, fresh_settings) -> None:  # type: ignore[no-untyped-def]
    autosave = Autosave(lambda: None, Settings())
    assert autosave.write_now() is False
    assert autosave.slot is None
