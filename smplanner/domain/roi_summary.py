"""The measuring part of ``smplanner summary``: investment, return, ROI, costs per level, funnel."""

from __future__ import annotations

from typing import Any

from smplanner.domain.figures_text import count, money, percent
from smplanner.domain.measures import Dashboard, Figures, dashboard
from smplanner.domain.plan import Plan


def _slice(figures: Figures) -> dict[str, Any]:
    return {
        "investment": figures.investment,
        "return": figures.returned,
        "roi": figures.roi,
        "cost_per_follower_gained": figures.cost_per_follower,
        "cost_per_mqc": figures.cost_per_mqc,
        "cost_per_sqo": figures.cost_per_sqo,
    }


def _in_use(board: Dashboard, name: str) -> bool:
    figures = board.per_network[name]
    return bool(figures.investment or figures.returned or figures.sqo or figures.mqc)


def figures(plan: Plan) -> dict[str, Any]:
    """JSON-ready figures; None stands for "n/a"."""
    board = dashboard(plan)
    settings = board.settings
    funnel = board.funnel
    return {
        "currency": settings.currency,
        "periods": settings.periods,
        "period_unit": settings.period_unit,
        "first_period": board.labels[0] if board.labels else "",
        "attribution_model": settings.attribution_model,
        **_slice(board.overall),
        "organic": board.organic,
        "paid": board.paid,
        "per_network": {
            n: _slice(board.per_network[n]) for n in board.networks if _in_use(board, n)
        },
        "not_tied_to_a_network": {
            "investment": board.unattributed.investment,
            "return": board.unattributed.returned,
        },
        "funnel": {
            **funnel,
            "mqc_per_follower": board.mqc_rate,
            "sqo_per_mqc": board.sqo_rate,
        },
        "customer_lifetime_value": board.clv,
        "lines_outside_the_periods": board.left_out,
        "won_deals_without_period": board.undated,
    }


def lines(figures: dict[str, Any]) -> list[str]:
    """The figures as the summary's text."""
    currency = figures["currency"]
    unit = figures["period_unit"] + ("" if figures["periods"] == 1 else "s")
    funnel = figures["funnel"]
    out = [
        f"Return on investment ({figures['periods']} {unit} from {figures['first_period']}, "
        f"return credited by the {figures['attribution_model']} model):",
        f"  Investment  {money(figures['investment'], currency)} "
        f"(organic {money(figures['organic'])}, paid {money(figures['paid'])})",
        f"  Return      {money(figures['return'], currency)}",
        f"  ROI         {percent(figures['roi'])}",
        f"  Cost per follower gained {money(figures['cost_per_follower_gained'])}, "
        f"per MQC {money(figures['cost_per_mqc'])}, per SQO {money(figures['cost_per_sqo'])}",
        f"  Funnel: {count(funnel['followers'])} followers -> {count(funnel['mqc'])} MQC "
        f"({percent(funnel['mqc_per_follower'], 1)}) -> {count(funnel['sqo'])} SQO "
        f"({percent(funnel['sqo_per_mqc'], 1)})",
        f"  Customer lifetime value {money(figures['customer_lifetime_value'], currency)}",
    ]
    networks = figures["per_network"]
    if networks:
        width = max(len(n) for n in networks)
        out.append("  Per network:")
        for name, slice_ in networks.items():
            out.append(
                f"    {name:<{width}}  investment {money(slice_['investment']):>12}  "
                f"return {money(slice_['return']):>12}  ROI {percent(slice_['roi']):>7}  "
                f"cost per SQO {money(slice_['cost_per_sqo'])}"
            )
    if figures["lines_outside_the_periods"]:
        out.append(
            f"  Left out: {figures['lines_outside_the_periods']} cost lines or won deals "
            "outside the plan's periods"
        )
    if figures["won_deals_without_period"]:
        out.append(
            f"  Not counted: {figures['won_deals_without_period']} won deals without a period"
            " (no close date, or the plan's first period is empty)"
        )
    return out
