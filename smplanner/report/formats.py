"""How numbers, amounts, percentages, dates and periods are written, on screen and on paper.

The one place that turns figures into text for people: the grids, charts and dashboard
(gui) and the printed pages (report) all write through it, so a figure reads the same
in the window and in the PDF. It lives in the report layer because it needs ``QLocale``
(the user's grouping, decimal point, month names and date order, with rules such as
India's lakh grouping or Polish not grouping four digits that are not worth copying
into data), and report is the lowest layer allowed Qt that both gui and report import.

The conventions themselves are Qt-free and shared with the command line
(:class:`~smplanner.domain.figures_text.FiguresText`): amounts always with two decimals
and the currency after them ("20,000.00 EUR"), percentages through the translatable
pattern "{number} %" ("61 %" in English and German, "61%" in Polish), "n/a" translated
wherever a figure is undefined.

Every function reads the locale when called (``QLocale()``, set by ``i18n.install``), so
a language switch applies to the next repaint. Qt's "C" locale (nothing chosen yet, as
before ``i18n.install`` or in a bare script) is written as British English, the same
fallback ``i18n.install`` uses.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from smplanner.domain.figures_text import FiguresText, WriteNumber, shown
from smplanner.domain.periods import MONTHS, PeriodNames, Settings
from smplanner.domain.periods import period_labels as named_periods
from smplanner.domain.text import tr

FALLBACK = "en_GB"
"""The locale used where none was chosen (Qt's "C" locale)."""


def locale() -> QLocale:
    """The user's locale; British English where none was chosen."""
    chosen = QLocale()
    return QLocale(FALLBACK) if chosen.language() == QLocale.Language.C else chosen


# ---------------------------------------------------------------- numbers
def number(value: float, decimals: int = 0) -> str:
    """A number with so many decimals (1,234.5 in English, 1.234,5 in German)."""
    return locale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A whole number, grouped (1,234; 12 345 in Polish)."""
    return locale().toString(int(value))


def write_number() -> WriteNumber:
    """:func:`number` bound to the locale as it is now (for many figures in a row)."""
    bound = locale()
    return lambda value, decimals: bound.toString(float(value), "f", decimals)


def decimal_point() -> str:
    return locale().decimalPoint()


def figures() -> FiguresText:
    """Amounts, counts and percentages in the user's locale and language."""
    return shown(write_number())


def money(value: float | None, currency: str = "") -> str:
    """20000 -> "20,000.00 EUR" ("20.000,00 EUR" in German); "n/a" when undefined."""
    return figures().money(value, currency)


def count(value: float | None) -> str:
    """1340 -> "1,340"; fractions keep up to two decimals; "n/a" when undefined."""
    return figures().count(value)


def percent(share: float | None, decimals: int = 0) -> str:
    """0.61 -> "61 %" ("61%" in Polish); "n/a" when undefined."""
    return figures().percent(share, decimals)


# ---------------------------------------------------------------- dates and times
def date_format() -> str:
    """The locale's short date pattern with the year in full (31.03.2026 in German)."""
    written = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return written if "yyyy" in written else written.replace("yy", "yyyy")


def short_date(day: date) -> str:
    """A day as grids and pages list it: 31/03/2026, 31.03.2026, 31.03.2026."""
    return locale().toString(QDate(day.year, day.month, day.day), date_format())


def long_date(day: date) -> str:
    """A day written in full without the weekday (5 March 2026, 5. März 2026)."""
    chosen = locale()
    pattern = chosen.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return chosen.toString(QDate(day.year, day.month, day.day), pattern.strip(" ,"))


def short_time(moment: time) -> str:
    """A time of day as the locale writes it briefly (14:05, 2:05 pm)."""
    return locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def short_date_time(moment: datetime) -> str:
    """A moment's local date and time, briefly (23/11/2026 14:05, 23.11.26 14:05)."""
    shown_moment = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return locale().toString(shown_moment, QLocale.FormatType.ShortFormat)


# ---------------------------------------------------------------- periods
def period_names() -> PeriodNames:
    """Period names in the user's language: "Mär 2027" in German, "mar 2027" in Polish."""
    chosen = locale()
    months: tuple[str, ...]
    if chosen.language() == QLocale.Language.English:
        months = MONTHS
    else:
        short = QLocale.FormatType.ShortFormat
        months = tuple(chosen.standaloneMonthName(m, short).rstrip(".") for m in range(1, 13))
    return PeriodNames(
        months=months,
        month=tr("{month} {year}"),
        week=tr("{year}-W{week}"),
        quarter=tr("{year} Q{quarter}"),
        numbered=tr("P{number}"),
    )


def period_labels(settings: Settings) -> list[str]:
    """The plan's period names in the user's language (see :func:`period_names`)."""
    return named_periods(settings, period_names())


def month(key: str) -> str:
    """A month key ("2026-03") named as periods are: "Mar 2026", "Mär 2026"; a key that
    is not a month is returned as it is."""
    try:
        day = datetime.strptime(key, "%Y-%m")
    except ValueError:
        return key
    names = period_names()
    return names.month.format(month=names.months[day.month - 1], year=day.year)
