"""German and Polish: menus and tab titles translated, numbers written the local way."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu

from smplanner.domain.text import english_plural, tr
from smplanner.gui import i18n
from smplanner.gui.actions import ActionName, action
from smplanner.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language(qapp, fresh_settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Switch the app's language for one test; English again afterwards."""
    windows: list[MainWindow] = []

    def switch(name: str) -> MainWindow:
        i18n.install(QApplication.instance(), QLocale(name))
        window = MainWindow()
        window.document.editor.stack.setClean()  # type: ignore[union-attr]
        windows.append(window)
        return window

    yield switch
    for window in windows:
        window.window.close()
    i18n.install(QApplication.instance(), QLocale("en_GB"))


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_german_menus_tabs_and_numbers(language) -> None:  # type: ignore[no-untyped-def]
    window = language("de_DE")
    menus = [a.text() for a in window.window.menuBar().actions()]
    assert menus[:2] == ["&Datei", "&Bearbeiten"]
    assert action(window.window, ActionName.OPEN).text() == "Ö&ffnen…"
    assert titles(window)[0] == "KPI-Planer" and "Reifegrad" in titles(window)
    assert i18n.number(1234.5, 1) == "1.234,5"
    assert tr("Maturity") == "Reifegrad"
    from smplanner.domain.tables import SCHEMAS
    from smplanner.gui.grid.table_model import shown_value

    photo = SCHEMAS["requests"].column("photo")
    assert shown_value(photo, "red flag") == "Alarmsignal"  # shown German, stored English
    assert window.plan.coerce("requests", "photo", "alarmsignal") == "red flag"  # typed German
    assert tr("%n row(s)", "", 1) == "1 Zeile" and tr("%n row(s)", "", 4) == "4 Zeilen"


def test_german_names_the_example_plan_and_rates_with_a_and_z(language) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.catalogue import example_plan
    from smplanner.gui.sections.maturity.section import MaturitySection

    window = language("de_DE")
    assert example_plan().name.startswith("Beispielplan: ")
    maturity = window.section(MaturitySection)
    keys = [k.toString() for k in maturity.action("maturity.current").shortcuts()]
    assert keys == ["A", "C"]  # the German word first; C still works
    assert [k.toString() for k in maturity.action("maturity.target").shortcuts()] == ["Z", "T"]
    assert tr("Target") == "Ziel" == tr("target")  # the same word in the chart and legend


def test_polish_menus_tabs_and_numbers(language) -> None:  # type: ignore[no-untyped-def]
    window = language("pl_PL")
    file_menu = window.window.findChild(QMenu, "menuFile")
    assert file_menu.title() == "&Plik"
    assert titles(window)[0] == "Planer KPI"
    assert i18n.number(12345.5, 1) == "12\u00a0345,5"
    assert [tr("%n row(s)", "", n) for n in (1, 3, 5)] == ["1 wiersz", "3 wiersze", "5 wierszy"]


def test_english_stays_the_source_and_counts_plurals(language) -> None:  # type: ignore[no-untyped-def]
    window = language("en_US")
    assert titles(window)[0] == "KPI planner"
    assert i18n.number(1234.5, 1) == "1,234.5"
    assert english_plural("%n row(s)", 1) == "1 row"
    assert tr("%n row(s)", 3) == "3 rows"


def test_the_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    """The .qm files beside the .ts sources are what lrelease makes of them today."""
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    folder = ROOT / "resources" / "translations"
    for source in sorted(folder.glob("*.ts")):
        out = tmp_path / source.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(out)], check=True, timeout=60)
        assert out.read_bytes() == source.with_suffix(".qm").read_bytes(), (
            f"{source.name} changed: run `make translations`"
        )
