"""A CRM export (deals, or their touches) read into a plan, all or nothing.

Headers are recognised whatever their letter case and spacing ("Deal ID", "deal_id",
"DealId"), with the usual CRM synonyms. Values are checked column by column with
vectorised pandas, so an export of 80,000 touches takes a second or two; every bad cell is
named by row and column and nothing is changed while any is wrong.

Dates: ISO (2026-12-31, with or without a time), day.month.year (31.12.2026) and slashed
dates. A slashed date is month/day when its first number cannot be a month's day order
(12/31/2026) and day/month when the second cannot (31/12/2026); a column whose slashed
dates fit both is read in the locale's order (month first in the United States, day
first elsewhere), and the result says which order was used.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.deal_stages import DEFAULT_BOOK, StageBook
from smplanner.domain.deal_tables import DEALS, STAGE_ALIASES, TOUCHES
from smplanner.domain.pipeline_tables import LOST_NAME, WON_NAME
from smplanner.domain.plan import Plan
from smplanner.domain.schema import EXCEL_EPOCH

INTO = (DEALS, TOUCHES)


def _squash(text: object) -> str:
    """A header as compared: lower case, no spaces, underscores or hyphens."""
    return re.sub(r"[\s_\-./]+", "", str(text)).casefold()


HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    DEALS: {
        "deal_id": ("dealid", "id", "opportunity", "opportunityid", "recordid", "deal"),
        "name": ("dealname", "name", "opportunityname", "title"),
        "company": ("company", "companyname", "account", "accountname", "associatedcompany"),
        "value": ("amount", "value", "revenue", "dealvalue", "dealamount"),
        "stage": ("dealstage", "stage", "status"),
        "created": ("createdate", "created", "createddate", "createdon"),
        "close": ("closedate", "closed", "closeddate", "expectedclosedate"),
        "owner": ("owner", "dealowner", "opportunityowner"),
        "notes": ("notes", "note", "description"),
    },
    TOUCHES: {
        "deal": ("dealid", "deal", "opportunity", "opportunityid", "id"),
        "date": ("touchdate", "date", "activitydate", "touchpointdate"),
        "channel": ("channel", "source", "network", "medium", "originalsource"),
        "campaign": ("campaign", "campaignname", "tactic", "utmcampaign"),
        "note": ("note", "notes", "description"),
    },
}
"""Per target table: its columns and the squashed headers that name them, best first."""
ONLY = {
    DEALS: {"value", "stage", "close", "created", "name"},
    TOUCHES: {"channel", "date"},
}
"""Columns that tell which table an export holds."""
OPEN_WORDS = (
    "qualified",
    "scoped",
    "evaluated",
    "proposed",
    "committed",
    "prospecting",
    "qualification",
    "needs analysis",
    "value proposition",
    "id. decision makers",
    "perception analysis",
    "proposal/price quote",
    "proposal",
    "negotiation/review",
    "negotiation",
    "appointment scheduled",
    "qualified to buy",
    "presentation scheduled",
    "decision maker bought-in",
    "contract sent",
    "new",
    "discovery",
    "demo",
)
"""Pipeline stages of common CRMs (and domain.md's): a deal in them is open."""
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class BadCell:
    """A value refused: its row (1 = the header), column title, the value, what is expected."""

    row: int
    column: str
    value: str
    expected: str

    def __str__(self) -> str:
        return f"row {self.row}, column '{self.column}': '{self.value}' — expected {self.expected}"


@dataclass
class ImportResult:
    """What an import did, or would do (nothing while there are problems)."""

    into: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    new_channels: list[str] = field(default_factory=list)
    problems: list[BadCell] = field(default_factory=list)
    date_order: str = ""
    """How ambiguous slashed dates were read ("month/day" or "day/month"), if any were."""
    plan: Plan | None = None


class ImportFileError(Exception):
    """The file cannot be read as a table at all."""


def read_table(path: Path, sheet: str | None = None) -> pd.DataFrame:
    """The first (or the named) sheet of a .xlsx, or a CSV, as text and native values."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFileError(f"{path.name} does not exist")
    try:
        if suffix in (".csv", ".txt"):
            with path.open(encoding="utf-8-sig", newline="") as handle:
                head = handle.read(4096)
            delimiter = ";" if head.count(";") > head.count(",") else ","
            return pd.read_csv(
                path,
                dtype=str,
                keep_default_na=False,
                sep=delimiter,
                encoding="utf-8-sig",
            )
        if suffix in (".xlsx", ".xlsm"):
            from smplanner.io.safety import check_workbook_file

            check_workbook_file(path)
            frame = pd.read_excel(
                path, sheet_name=sheet or 0, engine="calamine", dtype=object, header=0
            )
            return frame.fillna("")
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise ImportFileError(f"{path.name} cannot be read: {error}") from error
    except Exception as error:  # a damaged workbook raises its reader's own errors
        raise ImportFileError(f"{path.name} cannot be read: {error}") from error
    raise ImportFileError(f"{path.name}: expected a .csv or .xlsx file")


def map_headers(columns: Sequence[Any], into: str) -> dict[str, str]:
    """Our column -> the export's header, for the headers recognised."""
    squashed = {_squash(c): str(c) for c in columns}
    found: dict[str, str] = {}
    used: set[str] = set()
    for name, spellings in HEADERS[into].items():
        for spelling in spellings:
            header = squashed.get(spelling)
            if header is not None and header not in used:
                found[name] = header
                used.add(header)
                break
    return found


def guess_into(columns: Sequence[Any]) -> str | None:
    """Deals or touches, from which table's telling columns the headers name."""
    scores = {into: len(ONLY[into] & set(map_headers(columns, into))) for into in INTO}
    if scores[TOUCHES] > scores[DEALS]:
        return TOUCHES
    if scores[DEALS] > 0:
        return DEALS
    return None


def _text(values: pd.Series) -> pd.Series:
    return values.map(lambda v: "" if v is None else str(v).strip())


def parse_dates(values: pd.Series, day_first: bool | None = None) -> tuple[pd.Series, str]:
    """Dates (``datetime.date`` or None) from cells; NaT-like failures are ``False``.

    Returns the dates and the order used for slashed dates that fit both readings.
    """
    out = pd.Series([None] * len(values), index=values.index, dtype=object)
    native = values.map(lambda v: isinstance(v, (dt.date, dt.datetime)))
    out[native] = values[native].map(lambda v: v.date() if isinstance(v, dt.datetime) else v)
    numbers = values.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    out[numbers] = values[numbers].map(lambda v: EXCEL_EPOCH + dt.timedelta(days=int(v)))
    text = _text(values[~native & ~numbers])
    blank = text == ""
    iso = pd.to_datetime(text.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    out.loc[iso.index[iso.notna()]] = iso[iso.notna()].dt.date
    rest = text[iso.isna() & ~blank]
    dotted = rest.str.extract(_DOTTED)
    is_dotted = dotted[0].notna()
    out.loc[rest.index[is_dotted]] = _assemble(dotted[is_dotted], 2, 1, 0)
    slashed = rest.str.extract(_SLASHED)
    is_slashed = slashed[0].notna()
    order = ""
    if is_slashed.any():
        first, second = slashed[0].astype(float), slashed[1].astype(float)
        if day_first is None:
            if (first[is_slashed] > 12).any():
                day_first = True
            elif (second[is_slashed] > 12).any():
                day_first = False
            else:
                day_first = _locale_day_first()
                order = "day/month" if day_first else "month/day"
        columns = (2, 0, 1) if not day_first else (2, 1, 0)
        out.loc[rest.index[is_slashed]] = _assemble(slashed[is_slashed], *columns)
    bad = ~blank & out.loc[text.index].isna()
    out.loc[text.index[bad]] = False
    return out, order


def _assemble(parts: pd.DataFrame, year: int, month: int, day: int) -> pd.Series:
    frame = pd.DataFrame(
        {
            "year": parts[year].astype(int),
            "month": parts[month].astype(int),
            "day": parts[day].astype(int),
        }
    )
    stamps = pd.to_datetime(frame, errors="coerce")
    return stamps.map(lambda s: False if pd.isna(s) else s.date())


MONTH_FIRST_LOCALES = ("en_US", "en_PH", "es_US", "en_CA", "fil")
"""Locales that write the month before the day (12/31/2026)."""


def _locale_day_first() -> bool:
    """Whether the user's locale (LC_ALL, LC_TIME or LANG) writes the day first."""
    name = os.environ.get("LC_ALL") or os.environ.get("LC_TIME") or os.environ.get("LANG") or ""
    return not name.startswith(MONTH_FIRST_LOCALES)


def parse_amounts(values: pd.Series) -> pd.Series:
    """Numbers from cells like 1234.5, "1,234.50", "1.234,50", "€ 1 200"; NaN if blank,
    ``False`` where not a number."""
    out = pd.Series(np.nan, index=values.index, dtype=object)
    numeric = values.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    out[numeric] = values[numeric].astype(float)
    text = _text(values[~numeric]).str.replace(r"[\s\u00a0€$£¥]|EUR|USD|GBP|CHF", "", regex=True)
    comma_decimal = text.str.contains(r",\d{1,2}$") & ~text.str.contains(r"\.\d{1,2}$")
    cleaned = text.where(
        ~comma_decimal, text.str.replace(".", "", regex=False).str.replace(",", ".")
    )
    cleaned = cleaned.where(comma_decimal, cleaned.str.replace(",", "", regex=False))
    numbers = pd.to_numeric(cleaned, errors="coerce")
    out.loc[text.index] = numbers.astype(object)
    bad = (text != "") & numbers.isna()
    out.loc[text.index[bad]] = False
    out.loc[text.index[text == ""]] = np.nan
    return out


def parse_stages(values: pd.Series, book: StageBook = DEFAULT_BOOK) -> pd.Series:
    """The plan's stage names from CRM stage names: a stage of ``book`` as it is, a won or
    lost spelling as the book's won or lost stage, any other open word as the first open
    stage; ``False`` for a stage we do not know."""
    start = book.first_open
    won, lost = book.won_name, (book.lost[0] if book.lost else LOST_NAME)
    meaning = {WON_NAME: won, LOST_NAME: lost}
    words = dict.fromkeys(OPEN_WORDS, start)
    words.update({k: meaning.get(v, start) for k, v in STAGE_ALIASES.items()})
    words.update({"won": won, "lost": lost})
    words.update({" ".join(n.split()).casefold(): n for n in book.names})
    folded = _text(values).str.casefold().str.replace(r"\s+", " ", regex=True)

    def one(word: str) -> object:
        if word in words:
            return words[word]
        if not word:
            return start
        if "won" in word.split() or word.endswith("won"):
            return won
        if "lost" in word.split() or word.endswith("lost"):
            return lost
        return False

    return folded.map(one)
