"""The plan's pipeline figures, JSON-ready, for ``smplanner pipeline`` and the summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

import numpy as np

from smplanner.domain import pipeline as p
from smplanner.domain.deal_stages import book_of, stage_problems
from smplanner.domain.deal_tables import DEALS, TOUCHES
from smplanner.domain.figures_text import money
from smplanner.domain.measures import deal_periods
from smplanner.domain.periods import period_labels, settings_of
from smplanner.domain.pipeline_tables import LEAD_POOLS, PIPELINE_STAGES, QUALIFICATION
from smplanner.domain.plan import Plan
from smplanner.domain.pool_problems import pool_problems
from smplanner.domain.qualification import sqo_flags


def _totals(t: p.Totals) -> dict[str, Any]:
    return asdict(t)


def figures(plan: Plan, today: dt.date | None = None) -> dict[str, Any]:
    """Weighted pipeline, best case, commit, the social part, per stage, pool and period."""
    today = today or dt.date.today()
    book = book_of(plan)
    settings = settings_of(plan)
    deals = plan.frame(DEALS)
    d = p.deal_arrays(deals, plan.frame(TOUCHES), book, plan.keys("networks"))
    whole = p.totals(d)
    periods = deal_periods(settings, deals["close"])
    labels = period_labels(settings)
    forecast = p.forecast_by_period(d, periods, settings.periods)
    late = p.overdue(d, today)
    sqo = sqo_flags(deals["deal_id"], plan.frame(QUALIFICATION), settings.qualification_framework)
    pools = plan.frame(LEAD_POOLS)
    inside = (periods >= 1) & (periods <= settings.periods)
    return {
        "currency": settings.currency,
        "today": today.isoformat(),
        "open_deals": whole.deals,
        "weighted": whole.weighted,
        "best_case": whole.best_case,
        "commit": whole.commit,
        "sourced_by_social": p.totals(d, d.sourced).weighted,
        "influenced_by_social": p.totals(d, d.influenced).weighted,
        "sqo": {
            "framework": settings.qualification_framework,
            "open": int((sqo & d.open).sum()),
            "all": int(sqo.sum()),
        },
        "by_stage": [asdict(line) for line in p.by_stage(d, book)],
        "unknown_stage": int((~np.isin(d.stage, list(book.names))).sum()),
        "by_pool": [
            {
                "pool": line.pool,
                "stages": list(line.stages),
                **_totals(line.totals),
                "expected_close": [
                    None if line.expected_from is None else line.expected_from.isoformat(),
                    None if line.expected_to is None else line.expected_to.isoformat(),
                ],
            }
            for line in p.by_pool(d, pools, today)
        ],
        "without_pool": p.without_pool(d, pools),
        "forecast_by_period": [
            {"period": label, **_totals(t)} for label, t in zip(labels, forecast, strict=False)
        ],
        "outside_periods": p.totals(d, ~inside).deals,
        "overdue": {
            "deals": int(late.sum()),
            "value": float(d.value[late].sum()),
            "ids": [str(i) for i in d.ids[late][:20]],
        },
        "problems": stage_problems(plan.frame(PIPELINE_STAGES)) + pool_problems(pools, book),
    }


def lines(found: dict[str, Any]) -> list[str]:
    """The pipeline figures as text."""
    c = found["currency"]
    out = [
        f"Pipeline: {found['open_deals']} open deals; weighted {money(found['weighted'], c)},"
        f" best case {money(found['best_case'], c)}, commit {money(found['commit'], c)}",
        f"  sourced by social {money(found['sourced_by_social'], c)},"
        f" influenced by social {money(found['influenced_by_social'], c)} (weighted)",
        f"  sales qualified ({found['sqo']['framework']}): {found['sqo']['open']} open deals",
    ]
    for stage in found["by_stage"]:
        if stage["deals"]:
            out.append(
                f"  {stage['stage']} ({stage['probability'] * 100:.0f} %): {stage['deals']} deals,"
                f" {money(stage['value'], c)}, weighted {money(stage['weighted'], c)}"
            )
    for pool in found["by_pool"]:
        out.append(
            f"  {pool['pool']} pool: {pool['deals']} deals, {money(pool['best_case'], c)},"
            f" weighted {money(pool['weighted'], c)}"
        )
    shown = [f for f in found["forecast_by_period"] if f["deals"]]
    if shown:
        out.append(
            "  forecast: " + "; ".join(f"{f['period']} {money(f['weighted'], c)}" for f in shown)
        )
    if found["overdue"]["deals"]:
        out.append(
            f"  overdue: {found['overdue']['deals']} open deals past their close date"
            f" ({money(found['overdue']['value'], c)})"
        )
    out += [f"  problem: {problem}" for problem in found["problems"]]
    return out
