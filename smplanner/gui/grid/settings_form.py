"""Fields that edit cells of the plan's one-row settings table, each edit one undo step.

Every field commits when the user leaves it or presses Enter (a drop-down when a value is
picked), goes through the plan's own checks, and shows the plan's value again after an
undo. Fewer periods than there are data for asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from numbers import Real

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from smplanner.domain.commands import InsertRows, SetCells
from smplanner.domain.events import PlanEvent
from smplanner.domain.measuring_tables import MAX_PERIODS, SETTINGS
from smplanner.domain.periods import change_periods, parse_first_period
from smplanner.domain.schema import Column, InvalidValue, Kind, format_value
from smplanner.domain.text import tr
from smplanner.gui.undo import PlanEditor


class SettingField:
    """One settings cell as a widget: a line edit, a drop-down or a spin box."""

    def __init__(self, form: SettingsForm, column: Column) -> None:
        self.form = form
        self.column = column
        widget: QWidget
        if column.kind is Kind.CHOICE:
            combo = QComboBox(form)
            for choice in column.choices:  # shown translated, stored as it is
                combo.addItem(tr(choice), choice)
            combo.activated.connect(lambda _i: self.commit(combo.currentData()))
            widget = combo
        elif column.name == "periods":
            spin = QSpinBox(form)
            spin.setRange(1, MAX_PERIODS)
            spin.setKeyboardTracking(False)  # typing "12" must not ask about 1 period first
            spin.editingFinished.connect(lambda: self.commit(spin.value()))
            widget = spin
        else:
            line = QLineEdit(form)
            line.editingFinished.connect(lambda: self.commit(line.text()))
            line.setMaximumWidth(form.fontMetrics().averageCharWidth() * (column.width + 4))
            if column.default not in ("", None):  # what an empty cell counts as
                line.setPlaceholderText(format_value(column, column.default))
            widget = line
        widget.setObjectName(f"settings.{column.name}")
        widget.setToolTip(tr(column.tooltip))
        self.widget = widget

    def show_value(self) -> None:
        value = self.form.value(self.column.name)
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(str(value)), 0))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(float(value)) if isinstance(value, Real) and value else 1)
            elif isinstance(widget, QLineEdit):
                widget.setText(format_value(self.column, value))
                widget.setCursorPosition(0)
        finally:
            widget.blockSignals(False)

    def commit(self, raw: object) -> None:
        self.form.set_value(self.column.name, raw)


class SettingsForm(QWidget):
    """A row of labelled fields for some columns of the settings table."""

    message = Signal(str)

    def __init__(
        self,
        editor: PlanEditor,
        columns: tuple[str, ...],
        parent: QWidget | None = None,
        describe: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.fields: dict[str, SettingField] = {}
        self.note = QLabel(self)
        self.note.setObjectName("settings.note")
        self.note.setStyleSheet("color: palette(mid);")
        self._describe = describe
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        schema = self.plan.schema(SETTINGS)
        for name in columns:
            column = schema.column(name)
            field = SettingField(self, column)
            label = QLabel(tr("{setting}:").format(setting=tr(column.title)), self)
            label.setBuddy(field.widget)
            label.setToolTip(tr(column.tooltip))
            layout.addWidget(label)
            layout.addWidget(field.widget)
            layout.addSpacing(8)
            self.fields[name] = field
        layout.addWidget(self.note, 1)
        self.show_values()
        self._unsubscribe = self.plan.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def value(self, name: str) -> object:
        if not self.plan.row_count(SETTINGS):
            return self.plan.schema(SETTINGS).column(name).default
        return self.plan.value(SETTINGS, 0, name)

    def show_values(self) -> None:
        for field in self.fields.values():
            field.show_value()
        if self._describe is not None:
            self.note.setText(self._describe())

    def _on_event(self, event: PlanEvent) -> None:
        if event.table == SETTINGS and not event.change.announces:
            self.show_values()

    def set_value(self, name: str, raw: object) -> bool:
        """Set one setting as an undoable edit; refused values are named, then shown back."""
        if not self.plan.row_count(SETTINGS):
            label = tr("Add the plan settings")
            self.editor.execute(InsertRows(SETTINGS, 0, ({},), label=label))
        column = self.plan.schema(SETTINGS).column(name)
        try:
            value = self.plan.coerce(SETTINGS, name, raw)
        except InvalidValue as error:
            self.message.emit(
                tr("Not set: {setting}: {error}").format(setting=tr(column.title), error=error)
            )
            self.show_values()
            return False
        if value == self.value(name):
            return True
        if name == "periods":
            return self._set_periods(int(value))
        if name == "first_period" and value:
            unit = str(self.value("period_unit"))
            if parse_first_period(unit, str(value)) is None:
                self.message.emit(
                    tr(
                        "'{value}' is not a date smplanner reads; the periods are numbered."
                        " Try 2027-01, 2027-W05 or 2027-Q1"
                    ).format(value=value)
                )
        if column.kind is Kind.CHOICE:
            shown = tr(str(value))
        else:
            shown = format_value(column, value) or tr("empty")
        label = tr("Set {setting} to {value}").format(setting=tr(column.title), value=shown)
        edit = SetCells(SETTINGS, ((0, name, value),), coerced=True, label=label)
        done = self.editor.execute(edit)
        self.show_values()
        return done

    def _set_periods(self, periods: int) -> bool:
        change = change_periods(self.plan, periods)
        if change.drops_data:
            answer = QMessageBox.question(
                self,
                tr("Drop periods?"),
                tr(
                    "Periods after period {period} hold {rows}. Drop them with the periods?"
                    "\n\nUndo (Ctrl+Z) brings them back."
                ).format(period=periods, rows=change.describe()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.show_values()
                self.message.emit(tr("The number of periods is unchanged"))
                return False
        done = self.editor.execute(change.command)
        if done and change.drops_data:
            self.message.emit(
                tr("Dropped {rows}; Undo (Ctrl+Z) brings them back").format(rows=change.describe())
            )
        self.show_values()
        return done


def focus_field(form: SettingsForm, name: str) -> None:
    """Give a field the keyboard focus (as a click on its label would)."""
    form.fields[name].widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
