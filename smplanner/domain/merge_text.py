"""A merge preview in words, the same in the command line and the merge dialog."""

from __future__ import annotations

from typing import Any

from smplanner.domain.merge import THEIRS, CatalogueEntry, Conflict, MergePreview, TableMerge
from smplanner.domain.schema import format_value
from smplanner.domain.tables import SCHEMAS
from smplanner.domain.text import tr


def table_title(table: str) -> str:
    return tr(SCHEMAS[table].title)


def column_title(table: str, column: str) -> str:
    """A column's title; a planner KPI column is titled by its KPI."""
    return tr(SCHEMAS[table].column(column).title)


def shown(table: str, column: str, value: Any) -> str:
    """A value as a person reads it; an empty cell as "(empty)"."""
    text = format_value(SCHEMAS[table].column(column), value)
    return text if text else tr("(empty)")


def table_line(merge: TableMerge) -> str:
    """ "Tracking: 3 rows added, 2 empty values filled in, 1 conflicting value"."""
    parts = [tr("%n row(s) added", "", len(merge.added))]
    if merge.filled:
        parts.append(tr("%n empty value(s) filled in", "", len(merge.filled)))
    parts.append(tr("%n conflicting value(s)", "", len(merge.conflicts)))
    return f"{table_title(merge.table)}: {', '.join(parts)}"


def table_lines(preview: MergePreview) -> list[str]:
    """One line per table the merge changes."""
    return [table_line(t) for t in preview.tables if t.changes]


def catalogue_line(entry: CatalogueEntry, mine: str, theirs: str) -> str:
    """What happens to an entry only one copy has, and where it is used."""
    noun = tr(SCHEMAS[entry.table].row_noun)
    if entry.only_in == THEIRS:
        text = tr("{noun} '{name}' is only in {theirs}: it will be added").format(
            noun=noun, name=entry.name, theirs=theirs
        )
        if entry.uses:
            text += tr(", with the %n row(s) that use it", "", entry.uses)
        if entry.like:
            text += tr(" (perhaps '{like}' renamed)").format(like=entry.like)
        return f"{table_title(entry.table)}: {text}"
    text = tr("{noun} '{name}' is only in {mine}: it stays").format(
        noun=noun, name=entry.name, mine=mine
    )
    return f"{table_title(entry.table)}: {text}"


def conflict_line(conflict: Conflict) -> str:
    """ "Plan settings, row 1, Currency: mine USD, theirs PLN"."""
    where = f"{table_title(conflict.table)}, {conflict.identity}"
    column = column_title(conflict.table, conflict.column)
    mine = shown(conflict.table, conflict.column, conflict.mine)
    theirs = shown(conflict.table, conflict.column, conflict.theirs)
    return tr("{where}, {column}: mine {mine}, theirs {theirs}").format(
        where=where, column=column, mine=mine, theirs=theirs
    )


def summary_line(preview: MergePreview) -> str:
    """ "5 rows to add, 2 values to fill in, 1 conflicting value" (or nothing to merge)."""
    if preview.is_empty:
        return tr("Nothing to merge: the other plan holds nothing this plan lacks")
    added = sum(len(t.added) for t in preview.tables)
    filled = sum(len(t.filled) for t in preview.tables)
    parts = [tr("%n row(s) to add", "", added)]
    if filled:
        parts.append(tr("%n empty value(s) to fill in", "", filled))
    parts.append(tr("%n conflicting value(s)", "", len(preview.conflicts)))
    return ", ".join(parts)
