"""The checklists' part of ``smplanner summary``: profile scores and request decisions."""

from __future__ import annotations

from typing import Any

from smplanner.domain import checklists
from smplanner.domain.checklist_tables import ACCOUNTS
from smplanner.domain.plan import Plan


def percent(score: float | None) -> str:
    """A score as people read it: "67 %", or "n/a" when no item applies."""
    return "n/a" if score is None else f"{score * 100:.0f} %"


def figures(plan: Plan) -> dict[str, Any]:
    """Scores (0..1, None when no item applies) per account and network; decisions."""
    accounts = []
    every = checklists.all_account_checks(plan)
    for record in plan.records(ACCOUNTS):
        checks = every[str(record["name"])]
        accounts.append(
            {
                "account": record["name"],
                "network": record["network"],
                "kind": record["kind"],
                "score": checklists.checks_score(checks),
                "to_do": len(checklists.to_do(checks)),
            }
        )
    requests = checklists.request_checks(plan)
    return {
        "accounts": accounts,
        "networks": checklists.network_scores(plan),
        "requests": len(requests),
        "decisions": checklists.decision_counts(plan),
        "overridden": sum(1 for r in requests if r.override),
    }


def lines(part: dict[str, Any]) -> list[str]:
    out = [f"Profile scores ({len(part['accounts'])} accounts):"]
    width = max((len(str(a["account"])) for a in part["accounts"]), default=0)
    for account in part["accounts"]:
        where = f"{account['network']}, {account['kind']}"
        out.append(
            f"  {account['account']:<{width}}  {percent(account['score']):>5}  "
            f"({where}; {account['to_do']} to do)"
        )
    if part["networks"]:
        scores = ", ".join(f"{n} {percent(s)}" for n, s in part["networks"].items())
        out.append(f"  by network: {scores}")
    decisions = ", ".join(f"{count} {what}" for what, count in part["decisions"].items())
    overridden = f"; {part['overridden']} by your decision" if part["overridden"] else ""
    out += ["", f"Connection requests: {part['requests']} ({decisions}{overridden})"]
    return out
