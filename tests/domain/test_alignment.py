"""The alignment chart: nine boxes, overdue ones, the summary's counts, edits by crossing."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.domain import alignment
from smplanner.domain.alignment_tables import LEVERS, SALES_GOALS, STATUSES
from smplanner.domain.catalogue import blank_plan
from smplanner.domain.commands import RemoveRows, SetCells
from smplanner.domain.plan import Plan

TODAY = dt.date(2026, 3, 16)


def row(plan: Plan, lever: str, goal: str) -> int:
    for number, record in enumerate(plan.records("alignment")):
        if (record["lever"], record["goal"]) == (lever, goal):
            return number
    raise KeyError((lever, goal))


def test_a_new_plan_has_nine_different_questions_from_both_sides() -> None:
    plan = blank_plan()
    shown = alignment.boxes(plan, TODAY)
    assert [(b.lever, b.goal) for b in shown] == [(v, g) for v in LEVERS for g in SALES_GOALS]
    questions = [q for b in shown for q in (b.marketing_question, b.sales_question)]
    assert all(q.endswith("?") for q in questions)
    assert len(set(questions)) == 18
    assert all(b.status == "open" and not b.overdue for b in shown)


def test_overdue_means_due_before_today_and_not_done() -> None:
    assert alignment.is_overdue("open", dt.date(2026, 3, 15), TODAY)
    assert alignment.is_overdue("agreed", dt.date(2026, 3, 15), TODAY)
    assert not alignment.is_overdue("done", dt.date(2026, 3, 15), TODAY)
    assert not alignment.is_overdue("open", TODAY, TODAY)  # due today is not late yet
    assert not alignment.is_overdue("open", None, TODAY)


def test_the_summary_counts_agreed_and_done_and_names_the_overdue_boxes() -> None:
    plan = blank_plan()
    value = row(plan, "Content", "Value")
    volume = row(plan, "Community", "Volume")
    speed = row(plan, "Conversion", "Velocity")
    reach = row(plan, "Content", "Volume")
    plan.apply(
        SetCells(
            "alignment",
            (
                (value, "status", "agreed"),
                (value, "due", "2026-03-01"),
                (value, "owner", "Jonas"),
                (volume, "status", "done"),
                (volume, "due", "2026-02-01"),  # done: not overdue however old
                (speed, "status", "in progress"),
                (speed, "due", "2026-03-15"),
                (reach, "status", "agreed"),
                (reach, "due", "2026-03-16"),  # due today
            ),
        )
    )
    figures = alignment.figures(plan, TODAY)
    assert figures["statuses"] == {"open": 5, "in progress": 1, "agreed": 2, "done": 1}
    assert (figures["agreed"], figures["done"], figures["boxes"]) == (2, 1, 9)
    assert figures["overdue"] == [
        {
            "lever": "Content",
            "goal": "Value",
            "owner": "Jonas",
            "status": "agreed",
            "due": "2026-03-01",
            "days_late": 15,
        },
        {
            "lever": "Conversion",
            "goal": "Velocity",
            "owner": "",
            "status": "in progress",
            "due": "2026-03-15",
            "days_late": 1,
        },
    ]
    assert alignment.lines(figures) == [
        "Sales and marketing alignment: 2 of 9 agreed, 1 done "
        "(5 open, 1 in progress, 2 agreed, 1 done)",
        "  overdue on 2026-03-16:",
        "    Content x Value: due 2026-03-01 (15 days late), agreed, Jonas",
        "    Conversion x Velocity: due 2026-03-15 (1 day late), in progress, no owner",
    ]
    # a day later the box due today is late too
    assert len(alignment.figures(plan, TODAY + dt.timedelta(days=1))["overdue"]) == 3


def test_a_box_whose_row_was_deleted_is_empty_and_an_edit_brings_its_row_back() -> None:
    plan = blank_plan()
    at = row(plan, "Community", "Velocity")
    plan.apply(RemoveRows("alignment", (at,)))
    box = alignment.boxes(plan, TODAY)[5]
    assert (box.lever, box.goal, box.row, box.marketing_question) == (
        "Community",
        "Velocity",
        None,
        "",
    )
    edit = alignment.edit(plan, "Community", "Velocity", {"owner": "Ana"}, "Set owner")
    assert edit.command is not None and not edit.refused
    undo = plan.apply(edit.command)
    box = alignment.boxes(plan, TODAY)[5]
    assert (box.owner, box.row) == ("Ana", 8)
    plan.apply(undo)
    assert plan.row_count("alignment") == 8


def test_an_edit_names_what_does_not_fit() -> None:
    plan = blank_plan()
    edit = alignment.edit(plan, "Content", "Value", {"due": "next week", "owner": "Ana"})
    assert [(r.column, r.raw) for r in edit.refused] == [("due", "next week")]
    assert "year-month-day" in edit.refused[0].reason
    assert isinstance(edit.command, SetCells)
    assert edit.command.changes == ((row(plan, "Content", "Value"), "owner", "Ana"),)


def test_a_box_copies_as_labelled_lines_and_pastes_back_whole() -> None:
    box = alignment.Box(
        "Content",
        "Value",
        0,
        owner="Jonas",
        status="agreed",
        due=dt.date(2026, 4, 30),
        action="Two case studies on rollouts\nwith figures",
        notes="",
    )
    text = alignment.box_text(box)
    assert text == (
        "Owner: Jonas\nStatus: agreed\nDue: 2026-04-30\n"
        "Action: Two case studies on rollouts\nwith figures"
    )
    assert alignment.parse_box_text(text) == {
        "owner": "Jonas",
        "status": "agreed",
        "due": "2026-04-30",
        "action": "Two case studies on rollouts\nwith figures",
        "notes": "",
    }
    # an open, empty box copies as nothing; plain text pastes as the action
    assert alignment.box_text(alignment.Box("Content", "Value", 0)) == ""
    assert alignment.parse_box_text("Call the top ten accounts")["action"] == (
        "Call the top ten accounts"
    )
    assert alignment.parse_box_text("") == dict.fromkeys(alignment.BOX_FIELDS, "")
    assert alignment.parse_box_text("owner : Ana")["owner"] == "Ana"


_WORDS = st.text(alphabet="abcdefghij XYZ,.-?!0123456789éß", min_size=1, max_size=30).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(
    owner=_WORDS,
    status=st.sampled_from(STATUSES),
    due=st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)),
    action=st.lists(_WORDS, max_size=3).map("\n".join),
    notes=st.lists(_WORDS, max_size=3).map("\n".join),
)
def test_a_copied_box_pastes_back_as_it_was(
    owner: str, status: str, due: dt.date | None, action: str, notes: str
) -> None:
    box = alignment.Box("Community", "Volume", 0, owner=owner, status=status, due=due,
                        action=action.strip(), notes=notes.strip())  # fmt: skip
    fields = alignment.parse_box_text(alignment.box_text(box))
    assert fields == {
        "owner": owner,
        "status": "" if status == "open" else status,
        "due": due.isoformat() if due else "",
        "action": action.strip(),
        "notes": notes.strip(),
    }
