"""Cost lines from a list people keep: a date or period, an amount, and what it was for.

Titles are recognised in English and German ("Date"/"Datum", "Amount"/"Betrag",
"Network"/"Netzwerk", "Category"/"Kategorie", "Note"/"Notiz"), or given by
``--map "Column=amount"``. A line is found in the plan by its period, network, spend,
category and note; lines the file repeats are added up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from smplanner.domain.keyed import KeyedTable, keyed_edit, rows_by_key
from smplanner.domain.kpi_names import network_matcher, squash
from smplanner.domain.measuring_tables import COSTS
from smplanner.domain.periods import period_start, settings_of
from smplanner.domain.plan import Plan
from smplanner.domain.schema import InvalidValue, is_blank
from smplanner.domain.text import tr
from smplanner.io.crm_import import BadCell, parse_amounts
from smplanner.io.data_file import Grid
from smplanner.io.data_import import DataImportResult, ImportRefused, when_to_periods
from smplanner.io.data_layout import AMOUNT_TITLES, DATE_TITLES, NETWORK_TITLES

COSTS_BY_KEY = KeyedTable(COSTS, ("period", "network", "spend", "category", "note"))
TITLES: Mapping[str, tuple[str, ...]] = {
    "date": DATE_TITLES,
    "network": NETWORK_TITLES,
    "amount": AMOUNT_TITLES,
    "category": ("category", "kategorie", "type", "costtype", "art"),
    "spend": ("organicorpaid", "spend", "paid", "spendtype"),
    "hours": ("hours", "stunden", "time"),
    "note": ("note", "notiz", "description", "beschreibung", "item", "what", "comment"),
}


def cost_columns(titles: list[str], mapping: Mapping[str, str]) -> dict[str, int]:
    """Our field -> the file's column, by title or by ``mapping``."""
    squashed = [squash(t) for t in titles]
    found: dict[str, int] = {}
    for source, target in mapping.items():
        if target.casefold() in TITLES and squash(source) in squashed:
            found[target.casefold()] = squashed.index(squash(source))
    for name, words in TITLES.items():
        if name in found:
            continue
        for word in words:
            hits = [n for n, t in enumerate(squashed) if t == word and n not in found.values()]
            if hits:
                found[name] = hits[0]
                break
    return found


def import_costs(
    plan: Plan,
    grid: Grid,
    *,
    mapping: Mapping[str, str] | None = None,
    replace_values: bool = False,
    skip_bad: bool = False,
    extend_periods: bool = False,
) -> DataImportResult:
    """The edit adding (or correcting) the file's cost lines; none while a cell is bad.

    ``extend_periods`` makes the plan's periods cover the lines' dates in the same edit
    (:mod:`smplanner.io.data_periods`)."""
    if extend_periods:
        from smplanner.io.data_periods import covering

        return covering(
            plan,
            lambda target: import_costs(
                target,
                grid,
                mapping=mapping,
                replace_values=replace_values,
                skip_bad=skip_bad,
            ),
        )
    titles = grid.titles
    columns = cost_columns(titles, mapping or {})
    missing = [n for n in ("date", "amount") if n not in columns]
    if missing:
        raise ImportRefused(
            tr(
                "{sheet}: not a cost list: no column for the {fields} "
                '(name it: --map "Column={first}")'
            ).format(sheet=grid.sheet, fields=" or ".join(missing), first=missing[0])
        )
    settings = settings_of(plan)
    if period_start(settings) is None:
        raise ImportRefused(
            tr("the plan's periods have no dates: set the first period (Measuring, Plan settings)")
        )
    result = DataImportResult(
        "costs", "costs", f"'{titles[columns['amount']]}' holds amounts of money"
    )
    frame = pd.DataFrame(grid.body, dtype=object)
    rows = pd.Series(grid.body_numbers, index=frame.index)
    amounts = parse_amounts(frame[columns["amount"]])
    period, order, readable = when_to_periods(frame[columns["date"]], settings)
    networks = network_matcher(plan)
    bad: list[BadCell] = []
    unknown: set[str] = set()
    lines: dict[tuple[Any, ...], dict[str, float]] = {}
    outside: list[str] = []
    outside_days: list[Any] = []
    for index in frame.index:
        row = int(rows[index])
        problems: list[BadCell] = []

        def cell(name: str, at: Any = index) -> Any:
            number = columns.get(name)
            return None if number is None else frame.at[at, number]

        amount = amounts[index]
        if amount is False:
            problems.append(
                BadCell(row, titles[columns["amount"]], str(cell("amount")), "an amount")
            )
        elif isinstance(amount, float) and np.isnan(amount):
            continue
        elif float(amount) < 0:
            problems.append(BadCell(row, titles[columns["amount"]], f"{amount:g}", "0 or more"))
        if not readable[index]:
            problems.append(BadCell(row, titles[columns["date"]], str(cell("date")), "a date"))
        fields: dict[str, Any] = {}
        for name in ("category", "spend"):
            raw = cell(name)
            try:
                fields[name] = plan.coerce(COSTS, name, "" if is_blank(raw) else str(raw))
            except InvalidValue as error:
                problems.append(BadCell(row, titles[columns[name]], str(raw), str(error)))
        if problems:
            bad += problems
            continue
        network_name = "" if is_blank(cell("network")) else str(cell("network")).strip()
        network = networks.match(network_name) if network_name else ""
        if network is None:
            unknown.add(network_name)
            continue
        number = period[index]
        if np.isnan(number) or not 1 <= number <= settings.periods:
            outside.append(str(cell("date")))
            if not pd.isna(order[index]):
                outside_days.append(order[index].date())
            continue
        if "spend" not in columns and fields["category"] in ("ad spend", "ad production"):
            fields["spend"] = "paid"
        note = "" if is_blank(cell("note")) else str(cell("note")).strip()
        key = (int(number), network, fields["spend"], fields["category"], note)
        line = lines.setdefault(key, {"amount": 0.0})
        line["amount"] += float(amount)
        hours = cell("hours")
        if not is_blank(hours):
            line["hours"] = line.get("hours", 0.0) + float(str(hours).replace(",", "."))
    result.cells = len(frame)
    if unknown:
        result.unmatched = {"network": sorted(unknown)}
    result.outside, result.outside_names = len(outside), outside[:10]
    if outside_days:
        result.outside_days = (min(outside_days), max(outside_days))
    if bad and not skip_bad:
        result.problems = bad
        return result
    result.skipped = len(bad)
    existing = rows_by_key(plan, COSTS_BY_KEY)
    values: dict[tuple[Any, ...], dict[str, Any]] = {}
    for key, line in lines.items():
        row_at = existing.get(key)
        if row_at is None:
            result.new += 1
        elif all(plan.value(COSTS, row_at, k) == round(v, 10) for k, v in line.items()):
            result.same += 1
            continue
        elif replace_values:
            result.changed += 1
        else:
            result.kept += 1
            continue
        values[key] = {k: round(v, 10) for k, v in line.items()}
    result.command = keyed_edit(plan, COSTS_BY_KEY, values, "Import cost lines").command
    return result
