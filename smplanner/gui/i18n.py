"""The app's language: Qt's and smplanner's translations for the user's locale.

Strings are marked for translation with ``tr()`` (see :mod:`smplanner.domain.text`, which
the Qt-free core uses too) and gathered into ``resources/translations/*.ts`` by
``make translations``; the compiled ``.qm`` files sit beside them. The locale also sets
how numbers, dates and money are written, on screen and on paper alike: see
:mod:`smplanner.report.formats`, the one place that writes them.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smplanner._paths import resource
from smplanner.domain import text
from smplanner.report.formats import FALLBACK, number

LANGUAGES = ("en", "de", "pl")
"""Languages smplanner has translations for (English for its plural forms)."""
_installed: list[QTranslator] = []


def _qt_translate(source: str, count: int) -> str:
    translated = QCoreApplication.translate("", source, None, count)
    # English is the source language: its plural "(s)" is resolved here, not in a file
    return text.english_plural(translated, count) if "(s)" in translated else translated


def install(app: QCoreApplication, locale: QLocale | None = None, preferred: str = "") -> str:
    """Use ``locale`` for text and numbers; returns its language.

    The default is the system's locale, or ``SMPLANNER_LANGUAGE`` (``de_DE``, ``en_GB``)
    when set: English on a German machine, say; else the ``preferred`` language of
    Preferences (``de``), in the system's country. Safe to call again (a test switching
    languages): earlier translators are removed.
    """
    if locale is not None:
        chosen = locale
    elif os.environ.get("SMPLANNER_LANGUAGE"):
        chosen = QLocale(os.environ["SMPLANNER_LANGUAGE"])
    elif preferred in LANGUAGES:
        chosen = preferred_locale(preferred, QLocale.system())
    else:
        chosen = QLocale.system()
    if chosen.language() == QLocale.Language.C:  # no locale set (LANG=C): plain English
        chosen = QLocale(FALLBACK)
    QLocale.setDefault(chosen)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = chosen.name().split("_")[0]
    if language not in LANGUAGES:
        language = "en"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = str(resource("translations"))
    for folder, name in ((qt_folder, f"qtbase_{language}.qm"), (own, f"smplanner_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    text.use(_qt_translate)
    return language


def preferred_locale(language: str, system: QLocale) -> QLocale:
    """``language`` ("de") as spoken in the system's country where Qt knows that pairing
    (English in Germany writes 1.234,5), else in its home country."""
    if system.name().split("_")[0] == language:
        return system
    return QLocale(QLocale(language).language(), system.territory())


__all__ = ["LANGUAGES", "install", "number", "preferred_locale"]
