"""Preferences: the settings a user may change by hand (so far, how often to autosave)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.text import tr
from smplanner.gui import settings as keys
from smplanner.gui.settings import Settings


class PreferencesDialog(QDialog):
    """Edits the settings on OK; Cancel leaves them as they were."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setRange(*keys.AUTOSAVE_RANGE)
        self.autosave.setSingleStep(15)
        self.autosave.setSuffix(" s")
        self.autosave.setAccelerated(True)
        self.autosave.setValue(settings.get(keys.AUTOSAVE_SECONDS))
        tip = tr(
            "After this many seconds without an edit, an unsaved plan is copied to a "
            "recovery file (never over your own file). If smplanner or the computer "
            "stops, the next start offers the copy back."
        )
        self.autosave.setToolTip(tip)
        form = QFormLayout()
        label = QLabel(tr("&Autosave after"), self)
        label.setBuddy(self.autosave)
        label.setToolTip(tip)
        form.addRow(label, self.autosave)
        note = QLabel(
            tr(
                "Unsaved changes are copied to a recovery file once you stop editing for "
                "this long; saving, or closing without saving, removes the copy."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        self.autosave.interpretText()
        self.settings.set(keys.AUTOSAVE_SECONDS, self.autosave.value())
        super().accept()
