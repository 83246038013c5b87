"""The alignment chart's figures: its nine boxes, which are overdue, how far they are.

A box is one crossing of a marketing lever and a sales goal. The plan keeps one row per
crossing; a crossing without a row (deleted in a spreadsheet) is still a box, empty, and
an edit of it adds its row (:func:`edit`). Of rows entered twice for a crossing, the last
counts, as for every table read by key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smplanner.domain.alignment_tables import ALIGNMENT, DONE, LEVERS, OPEN, SALES_GOALS, STATUSES
from smplanner.domain.keyed import KeyedEdit, KeyedTable, keyed_edit, rows_by_key
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr

ALIGNMENT_BY_KEY = KeyedTable(ALIGNMENT, ("lever", "goal"))
TEXT_FIELDS = ("marketing_question", "sales_question", "owner", "action", "notes")


@dataclass(frozen=True)
class Box:
    """One crossing as the chart shows it."""

    lever: str
    goal: str
    row: int | None
    """Its row in the plan's table; None when the plan has none yet."""
    marketing_question: str = ""
    sales_question: str = ""
    owner: str = ""
    status: str = OPEN
    """As stored; an empty status is open."""
    due: dt.date | None = None
    action: str = ""
    notes: str = ""
    overdue: bool = False

    @property
    def name(self) -> str:
        """ "Content × Value", translated."""
        return crossing_name(self.lever, self.goal)


def crossing_name(lever: str, goal: str) -> str:
    return tr("{lever} × {goal}").format(lever=tr(lever), goal=tr(goal))


def is_overdue(status: str, due: dt.date | None, today: dt.date) -> bool:
    """Due before today and not done (a box with no due date is never overdue)."""
    return due is not None and due < today and status != DONE


def boxes(plan: Plan, today: dt.date | None = None) -> list[Box]:
    """The nine boxes, lever by lever (rows of the chart), goal by goal within each."""
    day = today or dt.date.today()
    found = rows_by_key(plan, ALIGNMENT_BY_KEY)
    result: list[Box] = []
    for lever in LEVERS:
        for goal in SALES_GOALS:
            row = found.get((lever, goal))
            if row is None:
                result.append(Box(lever, goal, None))
                continue
            record = plan.row(ALIGNMENT, row)
            due = record["due"] if isinstance(record["due"], dt.date) else None
            status = str(record["status"] or "") or OPEN
            texts = {name: str(record[name] or "") for name in TEXT_FIELDS}
            overdue = is_overdue(status, due, day)
            result.append(Box(lever, goal, row, **texts, status=status, due=due, overdue=overdue))
    return result


def edit(
    plan: Plan, lever: str, goal: str, fields: Mapping[str, Any], label: str = ""
) -> KeyedEdit:
    """The one command that sets ``fields`` of a box, adding its row when it has none."""
    return edits(plan, {(lever, goal): fields}, label)


def edits(
    plan: Plan, values: Mapping[tuple[str, str], Mapping[str, Any]], label: str = ""
) -> KeyedEdit:
    """One command for the fields of several boxes (a paste), by (lever, goal)."""
    return keyed_edit(plan, ALIGNMENT_BY_KEY, dict(values), label, add_blank=True)


def status_counts(shown: list[Box]) -> dict[str, int]:
    """How many boxes have each status, in status order; a box without one is open."""
    counts = dict.fromkeys(STATUSES, 0)
    for box in shown:
        counts[box.status if box.status in counts else STATUSES[0]] += 1
    return counts


def figures(plan: Plan, today: dt.date | None = None) -> dict[str, Any]:
    """The summary's figures: statuses counted, and the overdue boxes (JSON-ready)."""
    day = today or dt.date.today()
    shown = boxes(plan, day)
    counts = status_counts(shown)
    overdue = [
        {
            "lever": b.lever,
            "goal": b.goal,
            "owner": b.owner,
            "status": b.status,
            "due": b.due.isoformat() if b.due else None,
            "days_late": (day - b.due).days if b.due else 0,
        }
        for b in shown
        if b.overdue
    ]
    return {
        "today": day.isoformat(),
        "boxes": len(shown),
        "statuses": counts,
        "agreed": counts["agreed"],
        "done": counts["done"],
        "overdue": overdue,
    }


def lines(part: dict[str, Any]) -> list[str]:
    """The summary's text: "Alignment: 2 of 9 agreed, 1 done", then each overdue box."""
    statuses = ", ".join(f"{count} {status}" for status, count in part["statuses"].items())
    out = [
        f"Sales and marketing alignment: {part['agreed']} of {part['boxes']} agreed, "
        f"{part['done']} done ({statuses})"
    ]
    if not part["overdue"]:
        out.append(f"  nothing overdue on {part['today']}")
        return out
    out.append(f"  overdue on {part['today']}:")
    for box in part["overdue"]:
        owner = box["owner"] or "no owner"
        late = box["days_late"]
        out.append(
            f"    {box['lever']} x {box['goal']}: due {box['due']} ({late} day"
            f"{'' if late == 1 else 's'} late), {box['status']}, {owner}"
        )
    return out


# ------------------------------------------------------------------ a box as text
BOX_FIELDS = ("owner", "status", "due", "action", "notes")
"""What a person fills in a box; the questions belong to the crossing and stay."""
FIELD_LABELS = {
    "owner": QT_TRANSLATE_NOOP("", "Owner"),
    "status": QT_TRANSLATE_NOOP("", "Status"),
    "due": QT_TRANSLATE_NOOP("", "Due"),
    "action": QT_TRANSLATE_NOOP("", "Action"),
    "notes": QT_TRANSLATE_NOOP("", "Notes"),
}


def box_text(box: Box) -> str:
    """A box as it is copied: one "Label: value" line per filled field (an open status
    is left out, as empty), so that a paste into another box carries all of it."""
    values = {
        "owner": box.owner,
        "status": "" if box.status == OPEN else tr(box.status),
        "due": box.due.isoformat() if box.due else "",
        "action": box.action,
        "notes": box.notes,
    }
    return "\n".join(f"{tr(FIELD_LABELS[n])}: {values[n]}" for n in BOX_FIELDS if values[n])


def parse_box_text(text: str) -> dict[str, str]:
    """The fields of a pasted box (every field: a paste replaces what the box held).

    Lines start with a field's label in English or the user's language; a line without
    one continues the field above it; text before any label is the agreed action, so
    plain text pasted from elsewhere becomes the action.
    """
    labels: dict[str, str] = {}
    for name, label in FIELD_LABELS.items():
        labels[label.casefold()] = name
        labels[tr(label).casefold()] = name
    fields: dict[str, list[str]] = {name: [] for name in BOX_FIELDS}
    current = "action"
    for line in text.replace("\r\n", "\n").split("\n"):
        head, colon, rest = line.partition(":")
        found = labels.get(head.strip().casefold()) if colon else None
        if found is not None:
            current = found
            fields[found] = [rest.strip()]
        else:
            fields[current].append(line)
    return {name: "\n".join(lines).strip() for name, lines in fields.items()}
