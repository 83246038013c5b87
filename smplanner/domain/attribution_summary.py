"""The plan's attribution figures: every model side by side, the roles social media held,
and what was not counted; for ``smplanner attribution`` and the summary's part."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from smplanner.domain.attribution import Journeys, all_credits, channels_of_won_deals, prepare
from smplanner.domain.deal_roles import ALL_NETWORKS, ROLE_KEYS, ROLES, role_counts
from smplanner.domain.deal_stages import book_of
from smplanner.domain.deal_tables import DEALS, MODEL_KEYS, MODELS, OTHER_CHANNELS, TOUCHES
from smplanner.domain.figures_text import money
from smplanner.domain.measures import deal_periods
from smplanner.domain.periods import period_labels, settings_of
from smplanner.domain.plan import Plan


def journeys_of(plan: Plan) -> Journeys:
    """The plan's deals and touches, channels in catalogue order (networks first)."""
    channels = [*plan.keys("networks"), *plan.keys(OTHER_CHANNELS)]
    return prepare(plan.frame(DEALS), plan.frame(TOUCHES), channels, book_of(plan))


def _number(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def figures(plan: Plan) -> dict[str, Any]:
    """JSON-ready: ``won_value``, the chosen ``model``, every model's credit per channel (of
    a won deal's path, or credited by any model), the social networks' share per model, and
    the role counts."""
    settings = settings_of(plan)
    networks = plan.keys("networks")
    journeys = journeys_of(plan)
    credits = all_credits(journeys, settings.half_life)
    index = {c: i for i, c in enumerate(journeys.channels)}
    # every channel of a won deal's path, and any other the Markov chain credits (a channel
    # met only on open or lost deals can still carry credit): the credits add up to the won value
    shown = list(channels_of_won_deals(journeys))
    shown += [
        c
        for c in journeys.channels
        if c not in shown and any(credits[m].value[index[c]] for m in MODELS)
    ]
    models: dict[str, dict[str, dict[str, float]]] = {}
    social: dict[str, float] = {}
    for model in MODELS:
        found = credits[model]
        models[MODEL_KEYS[model]] = {
            c: {"deals": float(found.deals[index[c]]), "value": float(found.value[index[c]])}
            for c in shown
        }
        social[MODEL_KEYS[model]] = float(
            sum(found.value[index[n]] for n in networks if n in index)
        )
    periods = deal_periods(settings, plan.frame(DEALS)["close"])
    counts = role_counts(journeys, periods, networks, settings.periods)
    labels = period_labels(settings)
    roles: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for role in ROLES:
        per_network: dict[str, list[dict[str, Any]]] = {}
        for network in (ALL_NETWORKS, *networks):
            deals = counts.deals[(role, network)]
            if network != ALL_NETWORKS and not deals.any():
                continue
            growth = counts.growth(role, network)
            per_network[network] = [
                {
                    "period": label,
                    "deals": int(deals[i]),
                    "value": float(counts.value[(role, network)][i]),
                    "growth": _number(growth[i]),
                }
                for i, label in enumerate(labels)
            ]
        roles[ROLE_KEYS[role]] = per_network
    won_periods = periods[journeys.won]
    return {
        "currency": settings.currency,
        "won_value": journeys.won_value,
        "won_deals": journeys.won_deals,
        "model": MODEL_KEYS[settings.attribution_model],
        "model_name": settings.attribution_model,
        "half_life_days": settings.half_life,
        "models": models,
        "social_networks": social,
        "roles": roles,
        "touches_after_close": journeys.after_close,
        "touches_not_counted": journeys.not_counted,
        "won_deals_without_period": int(np.isnan(won_periods).sum()),
    }


def lines(figures: dict[str, Any]) -> list[str]:
    """The summary's attribution part: the chosen model and the networks' credit per model."""
    currency = figures["currency"]
    chosen = figures["model"]
    out = [
        f"Attribution ({figures['won_deals']} won deals worth "
        f"{money(figures['won_value'], currency)}; model used for the return: "
        f"{figures['model_name']}):",
    ]
    for model in MODELS:
        key = MODEL_KEYS[model]
        mark = "  <- chosen" if key == chosen else ""
        out.append(
            f"  {model:<22} social networks credited {money(figures['social_networks'][key])}{mark}"
        )
    if figures["touches_after_close"]:
        out.append(
            f"  {figures['touches_after_close']} touches after their deal's close date"
            " are kept but not credited"
        )
    if figures["won_deals_without_period"]:
        out.append(
            f"  {figures['won_deals_without_period']} won deals have no period (no close"
            " date, or the plan's first period is empty)"
        )
    return out
