"""Figures, dates and periods as people read them, in each language the app speaks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from smplanner.domain.figures_text import ENGLISH
from smplanner.domain.periods import Settings
from smplanner.gui import i18n
from smplanner.report import formats


@pytest.fixture
def language(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    yield lambda name: i18n.install(QApplication.instance(), QLocale(name))
    i18n.install(QApplication.instance(), QLocale("en_GB"))


@pytest.mark.parametrize(
    ("name", "amount", "share", "rate", "day", "month"),
    [
        ("en_GB", "20,000.00 EUR", "61 %", "11.7 %", "05/03/2026", "Mar 2026"),
        ("de_DE", "20.000,00 EUR", "61 %", "11,7 %", "05.03.2026", "Mär 2026"),
        ("pl_PL", "20\u00a0000,00 EUR", "61%", "11,7%", "5.03.2026", "mar 2026"),
    ],
)
def test_each_language_writes_figures_its_own_way(
    language, name: str, amount: str, share: str, rate: str, day: str, month: str
) -> None:  # type: ignore[no-untyped-def]
    language(name)
    assert formats.money(20_000, "EUR") == amount
    assert formats.percent(0.61) == share
    assert formats.percent(0.1167, 1) == rate
    assert formats.short_date(date(2026, 3, 5)) == day
    assert formats.month("2026-03") == month
    assert (
        formats.period_labels(Settings(period_unit="month", first_period="2026-03", periods=1))[0]
        == month
    )


def test_undefined_figures_and_odd_month_keys(language) -> None:  # type: ignore[no-untyped-def]
    language("de_DE")
    assert formats.money(None, "EUR") == formats.percent(None) == "k. A."
    assert formats.month("no date") == "no date"  # not a month: left for the caller to word
    assert formats.integer(1234) == "1.234"


def test_the_command_line_keeps_plain_english(language) -> None:  # type: ignore[no-untyped-def]
    language("pl_PL")  # the window's language does not change what scripts read
    assert ENGLISH.money(20_000, "EUR") == "20,000.00 EUR"
    assert ENGLISH.percent(0.61) == "61 %"
