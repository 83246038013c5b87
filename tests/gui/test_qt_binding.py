"""The Qt binding in use must not corrupt the interpreter.

PySide6 6.12.0 drops a reference to ``None`` each time an empty QVariant becomes
Python's None; on Python 3.11 that crashes the interpreter after enough table paints
(None is immortal only from 3.12). pyproject.toml excludes that release; this test
catches a binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel


def test_reading_empty_cells_keeps_none_alive() -> None:
    model = QStandardItemModel(1, 1)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert index.data(Qt.ItemDataRole.UserRole) is None
    assert sys.getrefcount(None) >= before - 50
