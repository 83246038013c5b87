"""The profile items as the Edit menu sees them: the items' own columns as in any
catalogue; the chosen account's Status and Note beside them, pasted and cleared as the
account's own rows (set where it has them, added where not), in one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smplanner.domain.checklist_tables import STATUSES
from smplanner.domain.refusals import not_set
from smplanner.domain.schema import InvalidValue
from smplanner.domain.text import tr
from smplanner.gui.grid.clipboard import Cells, Grid, Label

if TYPE_CHECKING:
    from smplanner.gui.sections.profiles.section import ProfilesSection


class ItemsGrid(Grid):
    """The profile items for the Edit menu: the items' own columns as in any catalogue;
    from a Status or Note cell, the chosen account's statuses and notes (set where the
    account has them, added where not)."""

    def __init__(self, section: ProfilesSection, columns: dict[int, str]) -> None:
        """``columns``: where the grid shows the account's Status and Note (column number
        -> "status" or "note")."""
        super().__init__(section.items.view)
        self.section = section
        self.columns = columns

    def write(self, cells: Cells, label: Label) -> bool:
        """The current cell says whose cells these are: the item's or the account's."""
        own = self.columns
        if self.current().column() not in own:
            return super().write(cells, label)
        mine = [(row, own[column], text) for row, column, text in cells if column in own]
        return self.write_account_cells(mine, label)

    def write_account_cells(self, cells: list[tuple[int, str, str]], label: Label) -> bool:
        """Pasted or cleared Status and Note cells (item row, column, text) of the chosen
        account, as one undo step; what does not fit is said, the rest is set."""
        section = self.section
        account = section.current_account()
        if not account:
            section.message.emit(tr("Add an account first (Insert in the accounts list)"))
            return False
        checks = section.checks()
        values: dict[int, dict[str, Any]] = {}
        refused: list[str] = []
        for row, name, raw in sorted(cells):
            if row >= len(checks):
                left = len(checks) - min(r for r, _, _ in cells)
                refused.append(tr("%n item(s) only: the rest was left out", "", left))
                break
            check = checks[row]
            if name == "status" and check.excluded and raw.strip():
                refused.append(tr("'{item}' does not apply here").format(item=check.item))
                continue
            try:
                value = section.plan.coerce(STATUSES, name, raw)
            except InvalidValue as error:
                refused.append(f"'{check.item}': {error}")
                continue
            stored = (
                ""
                if check.status_row is None
                else section.plan.value(STATUSES, check.status_row, name)
            )
            if value != stored:
                values.setdefault(row, {})[name] = value
        if refused:
            section.message.emit(not_set(refused))
        if not values:
            return not refused
        count = sum(len(v) for v in values.values())
        done = section._apply(
            values, tr("{edit} for '{account}'").format(edit=label(count), account=account)
        )
        return done and not refused
