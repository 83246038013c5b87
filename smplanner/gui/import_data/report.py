"""The preview's sentences: counts, names left out, dates outside the plan (no Qt)."""

from __future__ import annotations

from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.import_data.core import Outcome

KINDS = {
    "KPI": QT_TRANSLATE_NOOP("", "KPI"),
    "network": QT_TRANSLATE_NOOP("", "network"),
    "stage": QT_TRANSLATE_NOOP("", "stage"),
    "goal": QT_TRANSLATE_NOOP("", "goal"),
    "tactic": QT_TRANSLATE_NOOP("", "tactic"),
}


def count_line(outcome: Outcome) -> str:
    """'Tracking values: 4 new, 1 changed, 3 left alone, 5 already the same'."""
    return tr(
        "{noun}: {new} new, {changed} changed, {kept} left alone (different in the plan), "
        "{same} already the same"
    ).format(
        noun=outcome.noun[:1].upper() + outcome.noun[1:],
        new=outcome.new,
        changed=outcome.changed,
        kept=outcome.kept,
        same=outcome.same,
    )


def lines(outcome: Outcome, replace_values: bool) -> list[str]:
    """Every sentence the preview says about ``outcome``, most important first."""
    if outcome.refused:
        return [tr("Cannot import: {reason}").format(reason=outcome.refused)]
    said: list[str] = []
    if outcome.problems:
        said.append(
            tr(
                "%n bad cell(s), listed under Bad cells: nothing is imported unless you "
                "choose to import the good rows",
                "",
                len(outcome.problems),
            )
        )
    else:
        said.append(count_line(outcome))
        if outcome.added_rows:
            said.append(tr("%n planner row(s) added", "", outcome.added_rows))
        if outcome.kept and not replace_values:
            said.append(tr("Values already in the plan are kept; choose Replace to overwrite them"))
    if outcome.skipped:
        said.append(tr("%n bad cell(s) left out", "", outcome.skipped))
    for kind, names in outcome.unmatched.items():
        said.append(
            tr("Not imported, no such {kind} in the plan: {names}").format(
                kind=tr(KINDS.get(kind, kind)), names=", ".join(names)
            )
        )
    for column, why in outcome.not_imported.items():
        said.append(tr("Not imported, '{column}': {reason}").format(column=column, reason=why))
    for catalogue, names in outcome.added.items():
        said.append(
            tr("Added to {catalogue}: {names}").format(catalogue=catalogue, names=", ".join(names))
        )
    if outcome.outside:
        said.append(
            tr(
                "Not imported, %n value(s) outside the plan's periods: {dates}", "", outcome.outside
            ).format(dates=", ".join(outcome.outside_names))
        )
    elif any(outcome.cover):
        before, after = outcome.cover
        said.append(
            tr(
                "The plan's periods are extended: {before} added before the first, "
                "{after} after the last"
            ).format(before=before, after=after)
        )
    if not outcome.problems and outcome.command is None:
        said.append(tr("Nothing to change"))
    return said
