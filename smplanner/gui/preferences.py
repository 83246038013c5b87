"""Preferences: the settings a user may change by hand: how often to autosave, the app's
language (from the next start), the currency of new plans and the paper pages print on."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
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
        self._language_changed = False
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
        note.setStyleSheet("color: palette(mid);")
        form.addRow(note)
        self._add_choices(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _add_choices(self, form: QFormLayout) -> None:
        """Language, currency of new plans and paper, each with its label and tooltip."""
        system = QLocale.system().nativeLanguageName() or "English"
        self.language = self._combo(
            "language",
            [(tr("System ({language})").format(language=system), "")]
            + [(name, code) for code, name in LANGUAGE_NAMES],
            self.settings.get(keys.LANGUAGE),
        )
        self.language_note = QLabel(tr("Takes effect when smplanner starts again"), self)
        self.language_note.setObjectName("languageNote")
        self.language_note.setStyleSheet("color: palette(mid);")
        self.currency = self._combo(
            "currency", [(c, c) for c in currencies()], self.settings.get(keys.CURRENCY)
        )
        self.currency.setEditable(True)
        self.currency.setCurrentText(self.settings.get(keys.CURRENCY) or DEFAULT_CURRENCY)
        from smplanner.report.page import default_paper

        local = tr("A4") if default_paper() == "a4" else tr("US Letter")
        self.paper = self._combo(
            "paper",
            [
                (tr("As the locale has it ({paper})").format(paper=local), ""),
                (tr("A4"), "a4"),
                (tr("US Letter"), "letter"),
            ],
            self.settings.get(keys.PAPER),
        )
        for text, field, tip in (
            (
                tr("&Language"),
                self.language,
                tr("The language of menus and messages; numbers follow your country"),
            ),
            (
                tr("C&urrency of new plans"),
                self.currency,
                tr(
                    "The code or symbol shown with amounts in a new blank plan (EUR, USD, zł); "
                    "a plan keeps its own, which Measuring changes"
                ),
            ),
            (
                tr("&Paper size"),
                self.paper,
                tr("The paper printed and exported pages are laid out for"),
            ),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            label.setToolTip(tip)
            field.setToolTip(tip)
            form.addRow(label, field)
            if field is self.language:
                form.addRow("", self.language_note)

    def _combo(self, name: str, items: list[tuple[str, str]], chosen: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        return combo

    def said(self) -> str:
        """What the status bar says after OK."""
        seconds = self.settings.get(keys.AUTOSAVE_SECONDS)
        text = tr("Unsaved changes are now autosaved after {seconds} s of quiet").format(
            seconds=seconds
        )
        if self._language_changed:
            text += " · " + tr("The new language shows when smplanner starts again")
        return text

    def accept(self) -> None:
        self.autosave.interpretText()
        self.settings.set(keys.AUTOSAVE_SECONDS, self.autosave.value())
        language = str(self.language.currentData())
        self._language_changed = language != self.settings.get(keys.LANGUAGE)
        self.settings.set(keys.LANGUAGE, language)
        currency = " ".join(self.currency.currentText().split())
        self.settings.set(keys.CURRENCY, "" if currency == DEFAULT_CURRENCY else currency)
        self.settings.set(keys.PAPER, str(self.paper.currentData()))
        super().accept()


LANGUAGE_NAMES = (("en", "English"), ("de", "Deutsch"), ("pl", "Polski"))
"""The languages smplanner speaks, each named in itself."""
DEFAULT_CURRENCY = "EUR"
"""A new plan's currency unless Preferences say otherwise (the settings table's default)."""


def currencies() -> list[str]:
    """Common codes to pick from, the locale's own first; any other may be typed."""
    local = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    common = [DEFAULT_CURRENCY, "USD", "GBP", "CHF", "PLN", "SEK", "NOK", "DKK", "CZK"]
    return list(dict.fromkeys([local, *common] if local else common))
