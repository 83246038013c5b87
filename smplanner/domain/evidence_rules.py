"""Maturity evidence the plan itself can show, offered as suggestions with the reason.

Each rule names one evidence statement of the default maturity model and checks the
plan's own tables for it: costs entered by network in every period show that ROI per
network can be worked out every period, and so on. A suggestion is offered only while
its statement exists unconfirmed in the plan and nobody dismissed it; accepting ticks
the statement (one edit), dismissing remembers the rule in the plan (one edit). A rule
that reads tables the plan does not declare (deals, touches) is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from smplanner.domain import periods
from smplanner.domain.commands import Command, InsertRows, SetCells
from smplanner.domain.funnel import funnel_kpis
from smplanner.domain.measuring_tables import COSTS, TRACKING
from smplanner.domain.plan import Plan
from smplanner.domain.suggestion_tables import DISMISSED
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

EVIDENCE = "maturity_evidence"
QUARTER = dt.timedelta(days=91)
Check = Callable[[Plan, dt.date], str | None]
"""The reason the plan shows the statement, or None when it does not."""


@dataclass(frozen=True)
class Rule:
    """A check of the plan and the evidence statement it supports."""

    name: str
    dimension: str
    level: str
    statement: str
    where: str
    """What to write under "Where to see it" when the statement is ticked."""
    check: Check
    tables: tuple[str, ...] = ()
    """Tables the check reads beyond the core ones; the rule exists only when all do."""


@dataclass(frozen=True)
class Suggestion:
    """A statement the plan shows, with its row in the evidence table and the reason."""

    rule: str
    dimension: str
    level: str
    statement: str
    row: int
    reason: str
    where: str


# ------------------------------------------------------------------ the checks
def _periods_with(plan: Plan, table: str, keep: Callable[[dict[str, Any]], bool]) -> set[int]:
    """The plan's periods (1..N) in which some row of ``table`` passes ``keep``."""
    last = periods.settings_of(plan).periods
    found = set()
    for record in plan.records(table):
        period = record.get("period")
        if period is not None and 1 <= period <= last and keep(record):
            found.add(int(period))
    return found


def _cost(record: dict[str, Any], rate: float) -> float:
    hours = (record["hours"] or 0.0) if record["category"] == "staff time" else 0.0
    return float(record["amount"] or 0.0) + float(hours) * rate


def _every_period(covered: set[int], used: set[int]) -> int | None:
    """The last period with data when every period from 1 to it is covered (at least
    two periods: one period says nothing about "every period"), else None."""
    if not used:
        return None
    last = max(used)
    return last if last >= 2 and covered >= set(range(1, last + 1)) else None


def roi_per_network(plan: Plan, today: dt.date) -> str | None:
    rate = periods.settings_of(plan).hourly_rate
    used = _periods_with(plan, COSTS, lambda r: _cost(r, rate) > 0)
    covered = _periods_with(plan, COSTS, lambda r: _cost(r, rate) > 0 and bool(r["network"]))
    last = _every_period(covered, used)
    if last is None:
        return None
    return tr(
        "Costs are entered by network for each of periods 1 to {last}, so the Dashboard "
        "works out ROI per network every period"
    ).format(last=last)


def staff_time_valued(plan: Plan, today: dt.date) -> str | None:
    rate = periods.settings_of(plan).hourly_rate
    used = _periods_with(plan, COSTS, lambda r: _cost(r, rate) > 0)
    staff = _periods_with(
        plan, COSTS, lambda r: r["category"] == "staff time" and _cost(r, rate) > 0
    )
    last = _every_period(staff, used)
    if last is None:
        return None
    return tr("Staff time is in the costs, valued in money, in each of periods 1 to {last}").format(
        last=last
    )


def followers_and_engagement(plan: Plan, today: dt.date) -> str | None:
    settings = periods.settings_of(plan)
    if settings.period_unit not in ("week", "month"):
        return None
    followers = funnel_kpis(plan.keys("kpis"))["followers"]
    engagement = {str(r["name"]) for r in plan.records("kpis") if r["category"] == "Engagement"}
    if followers is None or not engagement:
        return None
    measured = _periods_with(plan, TRACKING, lambda r: r["actual"] is not None)
    counted = _periods_with(
        plan, TRACKING, lambda r: r["actual"] is not None and r["kpi"] == followers
    )
    engaged = _periods_with(
        plan, TRACKING, lambda r: r["actual"] is not None and r["kpi"] in engagement
    )
    last = _every_period(counted & engaged, measured)
    if last is None:
        return None
    return tr(
        "Followers and an engagement KPI have actuals for every {unit} from period 1 to {last}"
    ).format(unit=tr(settings.period_unit), last=last)


def won_deals_touched(
    deals: Sequence[dict[str, Any]], touches: Sequence[dict[str, Any]], today: dt.date
) -> str | None:
    """The reason when every deal won in the 91 days up to ``today`` has a touch on or
    before its close date (its first is the originating source, its last the conversion
    point); None when one has none, or no deal was won in that time."""
    won = [
        d
        for d in deals
        if d.get("stage") == "won"
        and isinstance(d.get("close"), dt.date)
        and today - QUARTER <= d["close"] <= today
    ]
    if not won:
        return None
    for deal in won:
        dates = [t.get("date") for t in touches if t.get("deal") == deal.get("deal_id")]
        if not any(not isinstance(d, dt.date) or d <= deal["close"] for d in dates):
            return None
    return tr(
        "All %n deal(s) won in the last quarter have touches: the first is the originating "
        "source, the last the conversion point",
        "",
        len(won),
    )


def _deals(plan: Plan, today: dt.date) -> str | None:
    return won_deals_touched(plan.records("deals"), plan.records("touches"), today)


RULES: tuple[Rule, ...] = (
    Rule(
        "roi_per_network",
        "Measurement and ROI",
        "IV",
        "ROI per network is calculated every period.",
        QT_TRANSLATE_NOOP("", "Costs and Returns sheets; the Dashboard's ROI per network"),
        roi_per_network,
    ),
    Rule(
        "staff_time_valued",
        "Measurement and ROI",
        "III",
        "Staff time spent on social media is recorded and valued in the cost figures.",
        QT_TRANSLATE_NOOP("", "Costs sheet: staff time lines"),
        staff_time_valued,
    ),
    Rule(
        "followers_and_engagement",
        "Measurement and ROI",
        "II",
        "Followers and engagement are recorded at least monthly.",
        QT_TRANSLATE_NOOP("", "Tracking sheet"),
        followers_and_engagement,
    ),
    Rule(
        "won_deals_touched",
        "Data quality and lead-source tracking",
        "IV",
        "Every won deal of the last quarter shows its originating source and conversion point.",
        QT_TRANSLATE_NOOP("", "Deals and Touches sheets"),
        _deals,
        tables=("deals", "touches"),
    ),
)


# ------------------------------------------------------------------ suggestions
def active_rules() -> list[Rule]:
    """The rules whose tables this plan format declares."""
    return [r for r in RULES if all(t in SCHEMAS for t in r.tables)]


def dismissed(plan: Plan) -> set[str]:
    return {str(r) for r in plan.column_values(DISMISSED, "rule")}


def _statement_row(plan: Plan, rule: Rule) -> int | None:
    """The unconfirmed statement's row; None when it is confirmed or not in the plan."""
    for row, record in enumerate(plan.records(EVIDENCE)):
        same = (record["dimension"], record["level"], record["statement"])
        if same == (rule.dimension, rule.level, rule.statement):
            return None if record["confirmed"] else row
    return None


def suggestions(plan: Plan, today: dt.date | None = None) -> list[Suggestion]:
    """The statements to offer: unconfirmed, not dismissed, shown by the plan."""
    day = today or dt.date.today()
    offered = []
    gone = dismissed(plan)
    for rule in active_rules():
        if rule.name in gone:
            continue
        row = _statement_row(plan, rule)
        if row is None:
            continue
        reason = rule.check(plan, day)
        if reason is not None:
            offered.append(
                Suggestion(
                    rule.name,
                    rule.dimension,
                    rule.level,
                    rule.statement,
                    row,
                    reason,
                    tr(rule.where),
                )
            )
    return offered


def accept(plan: Plan, suggestion: Suggestion) -> Command:
    """Tick the statement, and say where to see it when nothing says so yet."""
    changes: list[tuple[int, str, Any]] = [(suggestion.row, "confirmed", True)]
    if not plan.value(EVIDENCE, suggestion.row, "note"):
        changes.append((suggestion.row, "note", suggestion.where))
    label = tr("Confirm evidence: {statement}").format(statement=suggestion.statement)
    return SetCells(EVIDENCE, tuple(changes), label=label)


def dismiss(plan: Plan, suggestion: Suggestion) -> Command:
    """Remember that this plan does not want the suggestion."""
    record = {"rule": suggestion.rule, "statement": suggestion.statement}
    label = tr("Dismiss suggestion: {statement}").format(statement=suggestion.statement)
    return InsertRows(DISMISSED, plan.row_count(DISMISSED), (record,), label=label)
