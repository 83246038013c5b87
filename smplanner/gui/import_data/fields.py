"""Each target's fields, and how a column chosen as one is read (data, no Qt).

A column becomes one of its target's fields, a KPI (Tracking), the values of the period
its title names (Tracking, months or weeks across), or nothing. How it is read is said
per choice; a choice offering several readings lists them all in :func:`read_options`,
so the dialog shows a drop-down for them without knowing which.
"""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.domain.kpi_names import COUNT, LEVEL
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.import_data.core import PERIOD, SKIP, field_of, kpi_of
from smplanner.io.data_followers import GAINS, follower_like

TRACKING, COSTS, DEALS, TOUCHES, PLANNER = "tracking", "costs", "deals", "touches", "planner"


@dataclass(frozen=True)
class Field:
    """A field of a target: its name for the engine, its label, how a column is read."""

    key: str
    label: str
    read_as: str


DATES = QT_TRANSLATE_NOOP("", "dates or periods (2027-01-31, 31.01.2027, Jan 2027)")
AMOUNTS = QT_TRANSLATE_NOOP("", "amounts (1,250.50 or 1.250,50; currency signs ignored)")
TEXT = QT_TRANSLATE_NOOP("", "text")
FIELDS: dict[str, tuple[Field, ...]] = {
    TRACKING: (
        Field("date", QT_TRANSLATE_NOOP("", "Date"), DATES),
        Field("network", QT_TRANSLATE_NOOP("", "Network"), QT_TRANSLATE_NOOP("", "network names")),
        Field("metric", QT_TRANSLATE_NOOP("", "KPI names"), QT_TRANSLATE_NOOP("", "KPI names")),
        Field(
            "value",
            QT_TRANSLATE_NOOP("", "Value"),
            QT_TRANSLATE_NOOP("", "numbers of the KPI each row names"),
        ),
    ),
    COSTS: (
        Field("date", QT_TRANSLATE_NOOP("", "Date"), DATES),
        Field("network", QT_TRANSLATE_NOOP("", "Network"), QT_TRANSLATE_NOOP("", "network names")),
        Field("amount", QT_TRANSLATE_NOOP("", "Amount"), AMOUNTS),
        Field(
            "category",
            QT_TRANSLATE_NOOP("", "Category"),
            QT_TRANSLATE_NOOP("", "a cost category of the plan"),
        ),
        Field(
            "spend",
            QT_TRANSLATE_NOOP("", "Organic or paid"),
            QT_TRANSLATE_NOOP("", "organic or paid"),
        ),
        Field("hours", QT_TRANSLATE_NOOP("", "Hours"), QT_TRANSLATE_NOOP("", "numbers of hours")),
        Field("note", QT_TRANSLATE_NOOP("", "Note"), TEXT),
    ),
    DEALS: (
        Field(
            "deal_id", QT_TRANSLATE_NOOP("", "Deal ID"), QT_TRANSLATE_NOOP("", "IDs, one per deal")
        ),
        Field("name", QT_TRANSLATE_NOOP("", "Deal name"), TEXT),
        Field("company", QT_TRANSLATE_NOOP("", "Company"), TEXT),
        Field("value", QT_TRANSLATE_NOOP("", "Value"), AMOUNTS),
        Field(
            "stage",
            QT_TRANSLATE_NOOP("", "Stage"),
            QT_TRANSLATE_NOOP("", "stages (Closed Won, Closed Lost, or an open stage)"),
        ),
        Field("created", QT_TRANSLATE_NOOP("", "Created"), DATES),
        Field("close", QT_TRANSLATE_NOOP("", "Close date"), DATES),
        Field("owner", QT_TRANSLATE_NOOP("", "Owner"), TEXT),
        Field("notes", QT_TRANSLATE_NOOP("", "Notes"), TEXT),
    ),
    TOUCHES: (
        Field(
            "deal",
            QT_TRANSLATE_NOOP("", "Deal ID"),
            QT_TRANSLATE_NOOP("", "IDs of deals on the Deals sheet"),
        ),
        Field("date", QT_TRANSLATE_NOOP("", "Touch date"), DATES),
        Field(
            "channel",
            QT_TRANSLATE_NOOP("", "Channel"),
            QT_TRANSLATE_NOOP("", "networks; any other name becomes an other channel"),
        ),
        Field("campaign", QT_TRANSLATE_NOOP("", "Campaign"), TEXT),
        Field("note", QT_TRANSLATE_NOOP("", "Note"), TEXT),
    ),
    PLANNER: (
        Field(
            "stage",
            QT_TRANSLATE_NOOP("", "Stage"),
            QT_TRANSLATE_NOOP("", "stages of the plan; a blank cell continues the one above"),
        ),
        Field(
            "goal",
            QT_TRANSLATE_NOOP("", "Goal"),
            QT_TRANSLATE_NOOP("", "goals of the plan; a blank cell continues the one above"),
        ),
        Field(
            "tactic", QT_TRANSLATE_NOOP("", "Tactic"), QT_TRANSLATE_NOOP("", "tactics of the plan")
        ),
        Field("notes", QT_TRANSLATE_NOOP("", "Notes"), TEXT),
    ),
}
MARKS_READING = QT_TRANSLATE_NOOP(
    "", "marks: P or 1 Primary, S or 2 Secondary, X or ✓ as chosen above, empty or - none"
)
AGGREGATION_READING = {
    LEVEL: QT_TRANSLATE_NOOP("", "numbers; a period keeps its last (a level)"),
    COUNT: QT_TRANSLATE_NOOP("", "numbers, added up per period (a count)"),
}
RATE_READING = QT_TRANSLATE_NOOP("", "numbers, averaged per period (a rate)")
FOLLOWER_READING = {
    LEVEL: QT_TRANSLATE_NOOP("", "the follower count each day (a level)"),
    GAINS: QT_TRANSLATE_NOOP("", "new followers each day (gains, added up)"),
}
GUESSED = QT_TRANSLATE_NOOP("", "level or gains, guessed from its values")
GUESSED_AS = QT_TRANSLATE_NOOP("", "guessed: {reading}")


def field_label(target: str, choice: str) -> str:
    """The label of a field choice of ``target`` (the choice itself when unknown)."""
    name = field_of(choice)
    for item in FIELDS[target]:
        if item.key == name:
            return tr(item.label)
    return choice


DEFAULT_READING = ""
"""The key of a column's first (default) reading."""


def read_options(
    target: str, choice: str, aggregation: dict[str, str], period: str = "", title: str = ""
) -> tuple[tuple[str, str], ...]:
    """How a column with ``choice`` may be read: (key, words) each, the default first.

    ``aggregation`` gives each KPI's rule (level, count, rate); ``period`` is what a
    period column's title names in the plan ("Jan 2027", or why it names none). A choice
    read in one way only has one entry; the dialog offers a drop-down where there are
    more, and hands the key chosen on in :attr:`Request.readings`. A follower column
    (``title`` or its KPI about followers, not a rate) of Tracking is read as the engine
    guesses (the default), as a level or as gains."""
    return tuple(
        (DEFAULT_READING if n == 0 else key, text)
        for n, (key, text) in enumerate(_readings(target, choice, aggregation, period, title))
    )


def follower_column(target: str, choice: str, aggregation: dict[str, str], title: str) -> bool:
    """A Tracking column read as the follower count or as the day's new followers."""
    kpi = kpi_of(choice)
    return target == TRACKING and kpi is not None and follower_like(title, kpi, aggregation)


def _readings(
    target: str, choice: str, aggregation: dict[str, str], period: str, title: str
) -> tuple[tuple[str, str], ...]:
    if choice == SKIP:
        return (("", tr("not imported")),)
    if choice == PERIOD:
        return (("", tr("numbers for {period}").format(period=period)),)
    kpi = kpi_of(choice)
    if follower_column(target, choice, aggregation, title):
        return (
            ("", tr(GUESSED)),
            (LEVEL, tr(FOLLOWER_READING[LEVEL])),
            (GAINS, tr(FOLLOWER_READING[GAINS])),
        )
    if kpi is not None and target == PLANNER:
        return (("", tr(MARKS_READING)),)
    if kpi is not None:
        rule = aggregation.get(kpi, COUNT)
        return ((rule, tr(AGGREGATION_READING.get(rule, RATE_READING))),)
    name = field_of(choice)
    for item in FIELDS[target]:
        if item.key == name:
            return (("", tr(item.read_as)),)
    return (("", tr("not imported")),)
