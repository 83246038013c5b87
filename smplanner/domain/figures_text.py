"""How measured figures read: money, counts and rates, "n/a" where a figure is undefined.

Shared by the dashboard, the tracking grid and ``smplanner summary`` so that a figure
reads the same everywhere. The module functions write English (the command line's output,
which scripts read); the GUI writes through :func:`shown`, with the number format of the
user's locale (1.234,50 in German) and "n/a" translated.
"""

from __future__ import annotations

from collections.abc import Callable

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

NOT_APPLICABLE = QT_TRANSLATE_NOOP("", "n/a")

WriteNumber = Callable[[float, int], str]
"""Writes a number with so many decimals: 1234.5, 2 -> "1,234.50"."""


def english_number(value: float, decimals: int) -> str:
    """1234.5 with 2 decimals -> "1,234.50"."""
    return f"{value:,.{decimals}f}"


class FiguresText:
    """Money, counts and rates written with one number format and one word for "n/a"."""

    def __init__(
        self, number: WriteNumber = english_number, not_applicable: str = NOT_APPLICABLE
    ) -> None:
        self.number = number
        self.not_applicable = not_applicable

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
        return f"{self.number(value * 100, decimals)} %"


ENGLISH = FiguresText()
money = ENGLISH.money
count = ENGLISH.count
percent = ENGLISH.percent


def shown(number: WriteNumber) -> FiguresText:
    """Figures as the GUI shows them: numbers written by ``number`` (the locale's format),
    "n/a" in the user's language."""
    return FiguresText(number, tr(NOT_APPLICABLE))
