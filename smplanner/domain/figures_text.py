"""How measured figures read: money, counts and rates, "n/a" where a figure is undefined.

The conventions, decided once for screen, paper and the command line: amounts always
with two decimals and the currency after them ("20,000.00 EUR"); percentages through the
pattern "{number} %", which each language may write its own way ("61%" in Polish); "n/a"
for an undefined figure, never zero or infinity. The module functions write English (the
command line's output, which scripts read); the window and the printed pages write
through :func:`shown`, given the number format of the user's locale
(``smplanner.report.formats`` does that) with the words translated.
"""

from __future__ import annotations

from collections.abc import Callable

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

NOT_APPLICABLE = QT_TRANSLATE_NOOP("", "n/a")
PERCENT = QT_TRANSLATE_NOOP("", "{number} %")
"""Where the percent sign goes (translated: Polish writes "61%")."""

WriteNumber = Callable[[float, int], str]
"""Writes a number with so many decimals: 1234.5, 2 -> "1,234.50"."""


def english_number(value: float, decimals: int) -> str:
    """1234.5 with 2 decimals -> "1,234.50"."""
    return f"{value:,.{decimals}f}"


class FiguresText:
    """Money, counts and rates written with one number format and one word for "n/a"."""

    def __init__(
        self,
        number: WriteNumber = english_number,
        not_applicable: str = NOT_APPLICABLE,
        percent_pattern: str = PERCENT,
    ) -> None:
        self.number = number
        self.not_applicable = not_applicable
        self.percent_pattern = percent_pattern

    def money(self, value: float | None, currency: str = "") -> str:
        """20000 -> "20,000.00" (with the currency after it when given)."""
        if value is None:
            return self.not_applicable
        text = self.number(value, 2)
        return f"{text} {currency}" if currency else text

    def count(self, value: float | None) -> str:
        """1340 -> "1,340"; fractions keep up to two decimals."""
        if value is None:
            return self.not_applicable
        if float(value).is_integer():
            return self.number(value, 0)
        fraction = f"{value:.2f}".rstrip("0").rstrip(".").partition(".")[2]
        return self.number(value, len(fraction))

    def percent(self, value: float | None, decimals: int = 0) -> str:
        """1.25 -> "125 %"; a rate such as 0.1167 with one decimal -> "11.7 %"."""
        if value is None:
            return self.not_applicable
        return self.percent_pattern.format(number=self.number(value * 100, decimals))


ENGLISH = FiguresText()
money = ENGLISH.money
count = ENGLISH.count
percent = ENGLISH.percent


def shown(number: WriteNumber) -> FiguresText:
    """Figures as people read them in the window and on paper: numbers written by
    ``number`` (the locale's format), "n/a" and the percent pattern in their language."""
    return FiguresText(number, tr(NOT_APPLICABLE), tr(PERCENT))
