"""The dialog's table of source columns: what each becomes, and how it is read.

A row per column of the file: its title, its first values, a drop-down of what it
becomes (the target's fields, KPIs, a period's values, or Skip) and how it is read,
a drop-down too where :func:`~.fields.read_options` offers more than one reading.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smplanner.domain.kpi_names import aggregations, kpi_matcher
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.gui.import_data.core import PERIOD, SKIP, Outcome, field_choice, kpi_choice
from smplanner.gui.import_data.fields import (
    FOLLOWER_READING,
    GUESSED,
    GUESSED_AS,
    follower_column,
    read_options,
)
from smplanner.gui.import_data.keyed_runs import period_name
from smplanner.gui.import_data.models import (
    ChoiceDelegate,
    ChoiceModel,
    ChoiceRow,
    open_choices,
    table_view,
)
from smplanner.gui.import_data.reading import Read
from smplanner.gui.import_data.targets import Target
from smplanner.io.data_layout import PLANNER, WIDE_DATE, period_title

SAMPLES = 3
"""How many of a column's first values are shown."""
BECOMES, READ_AS = 2, 3


def shown(value: Any) -> str:
    """A cell as the table shows it: whole numbers without their '.0'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ColumnsTable(QObject):
    """The model and view of the source columns; ``changed`` when a choice changes."""

    changed = Signal()

    def __init__(self, plan: Plan, parent: QWidget) -> None:
        super().__init__(parent)
        self.plan = plan
        self.read: Read | None = None
        self.target: Target | None = None
        self.model = ChoiceModel(
            [tr("Source column"), tr("First values"), tr("Becomes"), tr("Read as")],
            (BECOMES, READ_AS),
            self,
        )
        self.view = table_view("importColumns", parent)
        self.view.setModel(self.model)
        for column in (BECOMES, READ_AS):
            self.view.setItemDelegateForColumn(column, ChoiceDelegate(self.view))
        self.model.chosen.connect(self._chosen)

    def fill(
        self, read: Read, target: Target, choices: tuple[str, ...], readings: tuple[str, ...] = ()
    ) -> None:
        """A row per column of ``read``, each with its choice (Skip where not offered)."""
        self.read, self.target = read, target
        grid = read.grid
        rows = []
        for number, title in enumerate(grid.titles):
            filled = [row[number] for row in grid.body[:50] if row[number] not in (None, "")]
            samples = ", ".join(shown(v) for v in filled[:SAMPLES])
            options = self._options(number)
            choice = choices[number] if choices[number] in dict(options) else SKIP
            readings_offered = self._readings(number, choice)
            reading = readings[number] if number < len(readings) else ""
            if reading not in dict(readings_offered):
                reading = readings_offered[0][0]
            rows.append(
                ChoiceRow(
                    [title, samples, "", readings_offered[0][1]],
                    {BECOMES: options, READ_AS: readings_offered},
                    {BECOMES: choice, READ_AS: reading},
                    extra=number,
                )
            )
        self.model.reset(rows)
        open_choices(self.view, self.model)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 220))
        self.view.setColumnWidth(BECOMES, max(self.view.columnWidth(BECOMES), 220))

    def clear(self) -> None:
        self.read = None
        self.model.reset([])

    def choices(self) -> tuple[str, ...]:
        return tuple(self.model.choices(BECOMES))

    def readings(self) -> tuple[str, ...]:
        return tuple(self.model.choices(READ_AS))

    def _options(self, column: int) -> list[tuple[str, str]]:
        assert self.read is not None and self.target is not None
        options = [(SKIP, tr("Skip"))]
        options += [(field_choice(f.key), tr(f.label)) for f in self.target.fields]
        raw = self.read.grid.rows[self.read.grid.header][column]
        if self.target.periods and period_title(raw) is not None:
            options.append((PERIOD, tr("This period's values")))
        if self.target.kpis:
            options += [
                (kpi_choice(k), tr("KPI: {name}").format(name=k)) for k in self.plan.keys("kpis")
            ]
        return options

    def _readings(self, column: int, choice: str) -> list[tuple[str, str]]:
        assert self.read is not None and self.target is not None
        raw = self.read.grid.rows[self.read.grid.header][column]
        wide = self.target.kpis and self.read.layout.kind in (WIDE_DATE, PLANNER)
        if choice == SKIP and wide and kpi_matcher(self.plan).match(raw) is None:
            return [("", tr("not imported: no KPI of the plan has this name"))]
        period = period_name(self.plan, raw) if choice == PERIOD else ""
        title = self.read.grid.titles[column]
        return list(read_options(self.target.key, choice, aggregations(self.plan), period, title))

    def show(self, outcome: Outcome) -> None:
        """How the engine read each follower column (the guess in words, the reason as
        a tooltip) and why it left a column out."""
        if self.read is None or self.target is None:
            return
        kind = aggregations(self.plan)
        for row, title in enumerate(self.read.grid.titles):
            found = self.model.rows[row]
            choice = found.choices.get(BECOMES, SKIP)
            if not follower_column(self.target.key, choice, kind, title):
                continue
            options = list(found.options[READ_AS])
            reading = outcome.readings.get(title)
            if reading is not None and found.choices.get(READ_AS) == "":
                words = tr(FOLLOWER_READING.get(reading, GUESSED))
                options[0] = ("", tr(GUESSED_AS).format(reading=words))
            tip = []
            if title in outcome.reading_reasons and reading is not None:
                tip.append(
                    tr("Read as {reading}: {reason}").format(
                        reading=tr(FOLLOWER_READING.get(reading, GUESSED)),
                        reason=outcome.reading_reasons[title],
                    )
                )
            if title in outcome.not_imported:
                tip.append(tr("Not imported: {reason}").format(reason=outcome.not_imported[title]))
            self.model.set_options(row, READ_AS, options, "\n".join(tip))

    def _chosen(self, row: int, column: int, choice: str) -> None:
        if column == BECOMES:
            readings = self._readings(row, choice)
            cells = list(self.model.rows[row].cells)
            cells[READ_AS] = readings[0][1]
            self.model.set_row(row, cells, READ_AS, readings)
            open_choices(self.view, self.model)
        self.changed.emit()
