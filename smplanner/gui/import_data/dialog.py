"""File > Import data...: what a file's columns become, and what the import would do.

The file is read, and every preview worked out, in a worker thread (a 100,000-row export
takes about a second), so the dialog keeps painting; a result that a later choice made
stale is dropped. Import applies the engine's one command through the PlanEditor (one
undo step); Cancel changes nothing. A file that is not a table is said in the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.commands import Compound
from smplanner.domain.kpi_names import aggregations, kpi_matcher
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui.import_data import saved
from smplanner.gui.import_data.core import ADD, PERIOD, SKIP, Outcome, Request, kpi_choice
from smplanner.gui.import_data.fields import read_options
from smplanner.gui.import_data.keyed_runs import period_name
from smplanner.gui.import_data.models import ChoiceDelegate, ChoiceModel, ChoiceRow, RowsModel
from smplanner.gui.import_data.reading import Read, SheetError, read_file
from smplanner.gui.import_data.report import lines
from smplanner.gui.import_data.targets import BY_KEY, TARGETS, Target, guess_target
from smplanner.gui.undo import PlanEditor
from smplanner.gui.worker import Job
from smplanner.io.data_layout import WIDE_DATE, period_title

ADD_LABELS = {
    "network": QT_TRANSLATE_NOOP("", "Add to the plan's networks"),
    "KPI": QT_TRANSLATE_NOOP("", "Add to the plan's KPIs"),
}
SAMPLES = 3
"""How many of a column's first values the mapping table shows."""


def _table(name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setMinimumSectionSize(60)
    return view


class ImportDataDialog(QDialog):
    """Choose sheet, target, columns and names; see the preview; Import or Cancel."""

    _read_done = Signal(object)
    _run_done = Signal(object)

    def __init__(
        self,
        editor: PlanEditor,
        path: Path,
        parent: QWidget | None = None,
        mappings: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDataDialog")
        self.setWindowTitle(tr("Import data from {name}").format(name=path.name))
        self.editor, self.path = editor, path
        self.mappings = mappings if mappings is not None else saved.default_path()
        self.read: Read | None = None
        self.outcome: Outcome | None = None
        self.names: dict[str, dict[str, str]] = {}
        self._job: Job | None = None
        self._read_done.connect(self._file_read)
        self._run_done.connect(self._ran)
        self._build()
        self._start_read(None)

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        self.file_label = QLabel(self.path.name, self)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.target = QComboBox(self)
        self.target.setObjectName("importTarget")
        for target in TARGETS:
            self.target.addItem(tr(target.label), target.key)
        self.network = QComboBox(self)
        self.network.setObjectName("importNetwork")
        self.network.setPlaceholderText(tr("Choose the network the file is for"))
        self.network.addItems(self.editor.plan.keys("networks"))
        self.network.setCurrentIndex(-1)
        self.saved_box = QComboBox(self)
        self.saved_box.setObjectName("importSaved")
        self.saved_box.setPlaceholderText(tr("No saved mapping for these headers"))
        self.save_button = QPushButton(tr("Save Mapping…"), self)
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.setToolTip(
            tr("Keep these choices under a name; a file with the same headers gets them again")
        )
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_box, 1)
        saved_row.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(tr("File:"), self.file_label)
        form.addRow(tr("&Sheet:"), self.sheet)
        form.addRow(tr("Import &into:"), self.target)
        form.addRow(tr("&Network:"), self.network)
        saved_label = QLabel(tr("Saved &mapping:"), self)
        saved_label.setBuddy(self.saved_box)
        form.addRow(saved_label, saved_row)
        self.form = form
        self.reason = QLabel(self)
        self.reason.setObjectName("importReason")
        self.reason.setWordWrap(True)

        self.columns = ChoiceModel(
            [tr("Source column"), tr("First values"), tr("Becomes"), tr("Read as")], 2, self
        )
        self.columns_view = _table("importColumns", self)
        self.columns_view.setModel(self.columns)
        self.columns_view.setItemDelegateForColumn(2, ChoiceDelegate(self.columns_view))
        self.name_choices = ChoiceModel(
            [tr("Name in the file"), tr("Kind"), tr("Take as")], 2, self
        )
        self.names_view = _table("importNames", self)
        self.names_view.setModel(self.name_choices)
        self.names_view.setItemDelegateForColumn(2, ChoiceDelegate(self.names_view))
        self.landing = RowsModel(self)
        self.landing_view = _table("importLanding", self)
        self.landing_view.setModel(self.landing)
        self.bad = RowsModel(self)
        self.bad_view = _table("importBadCells", self)
        self.bad_view.setModel(self.bad)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importPreviewTabs")
        self.tabs.addTab(self.landing_view, tr("Rows as they land"))
        self.tabs.addTab(self.names_view, tr("Names that match nothing"))
        self.tabs.addTab(self.bad_view, tr("Bad cells"))

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.keep = QRadioButton(tr("&Keep values already in the plan"), self)
        self.keep.setObjectName("importKeep")
        self.replace = QRadioButton(tr("&Replace values already in the plan"), self)
        self.replace.setObjectName("importReplace")
        self.none_if_bad = QRadioButton(tr("Import &nothing while cells are bad"), self)
        self.none_if_bad.setObjectName("importNoneIfBad")
        self.good_rows = QRadioButton(tr("Import the &good rows, leave the bad cells out"), self)
        self.good_rows.setObjectName("importGoodRows")
        for pair in ((self.keep, self.replace), (self.none_if_bad, self.good_rows)):
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
                button.toggled.connect(self._option_changed)
            pair[0].setChecked(True)
        options = QHBoxLayout()
        for button in (self.keep, self.replace):
            options.addWidget(button)
        options.addSpacing(24)
        for button in (self.none_if_bad, self.good_rows):
            options.addWidget(button)
        options.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importApply")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)

        top = QWidget(self)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(QLabel(tr("What each column of the file becomes:"), top))
        upper.addWidget(self.columns_view)
        bottom = QWidget(self)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.summary)
        lower.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addLayout(options)
        layout.addWidget(buttons)

        self.sheet.activated.connect(lambda _=0: self._start_read(self.sheet.currentText()))
        self.target.activated.connect(lambda _=0: self._target_chosen())
        self.network.activated.connect(lambda _=0: self._schedule())
        self.saved_box.activated.connect(lambda _=0: self._use_saved(self.saved_box.currentIndex()))
        self.save_button.clicked.connect(self.save_mapping)
        self.columns.chosen.connect(self._column_chosen)
        self.name_choices.chosen.connect(self._name_chosen)
        self.resize(1020, 720)
        self._set_busy(tr("Reading {name}…").format(name=self.path.name))

    # ---------------------------------------------------------------- reading
    @property
    def busy(self) -> bool:
        """A read or a preview is being worked out."""
        return self._job is not None

    def _set_busy(self, text: str) -> None:
        self.progress.show()
        self.import_button.setEnabled(False)
        self.summary.setText(text)

    def _start(self, work: Any, signal: Any) -> None:
        if self._job is not None:
            self._job.cancel()
        self._job = Job("import preview", work, signal, daemon=True).start()

    def _start_read(self, sheet: str | None) -> None:
        self._set_busy(tr("Reading {name}…").format(name=self.path.name))
        path = self.path
        self._start(lambda: read_file(path, sheet), self._read_done)

    def _file_read(self, job: Job) -> None:
        if job is not self._job:
            return
        self._job = None
        if job.error is not None:
            self.read = self.outcome = None
            self.columns.reset([])
            self.landing.reset((), ())
            self._failed(str(job.error))
            if isinstance(job.error, SheetError):  # another sheet may hold the table
                self.sheet.clear()
                self.sheet.addItems(job.error.sheets)
                self.sheet.setCurrentIndex(-1)
                self.sheet.setEnabled(True)
            return
        self.read = read = job.result
        assert read is not None
        for widget in (self.target, self.save_button, self.saved_box):
            widget.setEnabled(True)
        self.sheet.clear()
        self.sheet.addItems(read.sheets)
        self.sheet.setCurrentText(read.grid.sheet)
        self.sheet.setEnabled(len(read.sheets) > 1)
        key = guess_target(read.grid, read.layout)
        self.target.setCurrentIndex(self.target.findData(key))
        self.saved_box.clear()
        fits = saved.fitting(self.mappings, read.grid.titles)
        for mapping in fits:
            self.saved_box.addItem(mapping.name)
        self.saved_box.setCurrentIndex(-1)
        self._fill_columns(self.current_target.auto(read.grid, read.layout, self.editor.plan))
        if fits:
            self._use_saved(0)
        else:
            self._schedule()

    def _failed(self, text: str) -> None:
        """The file cannot be imported: say why here; only Cancel is left."""
        self.progress.hide()
        self.summary.setText(tr("Cannot import: {reason}").format(reason=text))
        self.import_button.setEnabled(False)
        for widget in (self.sheet, self.target, self.network, self.save_button, self.saved_box):
            widget.setEnabled(False)

    # ----------------------------------------------------------------- columns
    @property
    def current_target(self) -> Target:
        return BY_KEY[str(self.target.currentData())]

    def _options(self, column: int) -> list[tuple[str, str]]:
        assert self.read is not None
        target = self.current_target
        options = [(SKIP, tr("Skip"))]
        options += [(f"field:{f.key}", tr(f.label)) for f in target.fields]
        if target.kpis:
            if period_title(self.read.grid.rows[self.read.grid.header][column]) is not None:
                options.append((PERIOD, tr("This period's values")))
            options += [
                (kpi_choice(k), tr("KPI: {name}").format(name=k))
                for k in self.editor.plan.keys("kpis")
            ]
        return options

    def _read_as(self, column: int, choice: str) -> str:
        assert self.read is not None
        raw = self.read.grid.rows[self.read.grid.header][column]
        period = period_name(self.editor.plan, raw) if choice == PERIOD else ""
        wide = self.current_target.kpis and self.read.layout.kind == WIDE_DATE
        if choice == SKIP and wide and kpi_matcher(self.editor.plan).match(raw) is None:
            return tr("not imported: no KPI of the plan has this name")
        return read_options(
            self.current_target.key, choice, aggregations(self.editor.plan), period
        )[0]

    def _fill_columns(self, choices: tuple[str, ...]) -> None:
        assert self.read is not None
        grid = self.read.grid
        rows = []
        for number, title in enumerate(grid.titles):
            filled = [row[number] for row in grid.body[:50] if row[number] not in (None, "")]
            samples = [_shown(value) for value in filled[:SAMPLES]]
            options = self._options(number)
            choice = choices[number] if choices[number] in dict(options) else SKIP
            rows.append(
                ChoiceRow(
                    [title, ", ".join(samples), "", self._read_as(number, choice)],
                    options,
                    choice,
                    extra=number,
                )
            )
        self.columns.reset(rows)
        for row in range(len(rows)):
            self.columns_view.openPersistentEditor(self.columns.index(row, 2))
        self.columns_view.resizeColumnsToContents()
        self.columns_view.setColumnWidth(1, min(self.columns_view.columnWidth(1), 220))
        self.columns_view.setColumnWidth(2, max(self.columns_view.columnWidth(2), 220))
        self.names = {}
        self.name_choices.reset([])
        self._offer_network()
        self._show_reason()

    def _offer_network(self) -> None:
        """The network is asked for when the target needs one and no column names it."""
        named = "field:network" in self.columns.choices()
        many = len(self.editor.plan.keys("networks")) > 1
        self.network.setEnabled(self.current_target.network and many and not named)
        if named:
            self.network.setPlaceholderText(tr("Named in the file, row by row"))
        elif not self.current_target.network:
            self.network.setPlaceholderText(
                tr("Not needed for {target}").format(target=tr(self.current_target.label))
            )
        else:
            self.network.setPlaceholderText(tr("Choose the network the file is for"))
        if not self.network.isEnabled():
            self.network.setCurrentIndex(-1)

    def _show_reason(self) -> None:
        if self.read is None:
            return
        self.reason.setText(
            tr("{sheet}: {layout}: {reason}").format(
                sheet=self.read.grid.sheet,
                layout=self.read.layout.kind or tr("no layout recognised"),
                reason=self.read.layout.reason,
            )
        )

    def _target_chosen(self) -> None:
        if self.read is None:
            return
        self._fill_columns(
            self.current_target.auto(self.read.grid, self.read.layout, self.editor.plan)
        )
        self._schedule()

    def _column_chosen(self, row: int, choice: str) -> None:
        self.columns.set_cell(row, 3, self._read_as(row, choice))
        self._offer_network()
        self._schedule()

    def _name_chosen(self, row: int, choice: str) -> None:
        kind, name = self.name_choices.rows[row].extra
        self.names.setdefault(kind, {})[name] = choice
        self._schedule()

    def _option_changed(self, checked: bool) -> None:
        if checked:
            self._schedule()

    # ------------------------------------------------------------------ preview
    def request(self) -> Request:
        assert self.read is not None
        network = self.network.currentText() if self.network.isEnabled() else ""
        return Request(
            self.editor.plan,
            self.read.grid,
            self.read.layout,
            self.current_target.key,
            tuple(self.columns.choices()),
            {kind: dict(given) for kind, given in self.names.items()},
            network=network or None,
            replace_values=self.replace.isChecked(),
            skip_bad=self.good_rows.isChecked(),
        )

    def _schedule(self) -> None:
        if self.read is None:
            return
        if self.network.isEnabled() and self.network.currentIndex() < 0:
            self.outcome = None
            self.progress.hide()
            self.import_button.setEnabled(False)
            self.summary.setText(
                _rich([tr("The file names no network: choose the network it is for")])
            )
            return
        request = self.request()
        run = self.current_target.run
        self._set_busy(tr("Working out what the import would do…"))
        self._start(lambda: run(request), self._run_done)

    def _ran(self, job: Job) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        if job.error is not None:
            self._failed(str(job.error))
            return
        outcome: Outcome = job.result
        self.outcome = outcome
        said = lines(outcome, self.replace.isChecked())
        self.summary.setText(_rich(said))
        self.landing.reset(outcome.landing.titles, outcome.landing.rows)
        self.landing_view.resizeColumnsToContents()
        self.bad.reset(
            (tr("Row"), tr("Column"), tr("Value"), tr("Expected")),
            [(str(p.row), p.column, p.value, p.expected) for p in outcome.problems],
        )
        self.bad_view.resizeColumnsToContents()
        self._fill_names(outcome)
        self.tabs.setTabText(
            0, tr("Rows as they land ({count})").format(count=len(outcome.landing.rows))
        )
        self.tabs.setTabText(
            1, tr("Names that match nothing ({count})").format(count=self.name_choices.rowCount())
        )
        self.tabs.setTabText(2, tr("Bad cells ({count})").format(count=len(outcome.problems)))
        if outcome.problems:
            self.tabs.setCurrentIndex(2)
        bad = bool(outcome.problems or outcome.skipped)
        self.none_if_bad.setEnabled(bad)
        self.good_rows.setEnabled(bad)
        self.import_button.setEnabled(outcome.command is not None)

    def _fill_names(self, outcome: Outcome) -> None:
        found: dict[str, list[str]] = {k: list(v) for k, v in outcome.unmatched.items()}
        for kind, given in self.names.items():
            for name in given:
                if name not in found.setdefault(kind, []):
                    found[kind].append(name)
        table = {"KPI": "kpis", "network": "networks"}
        rows = []
        for kind, names in found.items():
            entries = self.editor.plan.keys(table[kind]) if kind in table else []
            options = [(SKIP, tr("Leave out"))]
            if kind in ADD_LABELS:
                options.append((ADD, tr(ADD_LABELS[kind])))
            options += [(e, e) for e in entries]
            for name in sorted(names):
                chosen = self.names.get(kind, {}).get(name, SKIP)
                rows.append(ChoiceRow([name, tr(kind)], options, chosen, extra=(kind, name)))
        if [(r.extra, r.choice) for r in rows] == [
            (r.extra, r.choice) for r in self.name_choices.rows
        ]:
            return
        self.name_choices.reset(rows)
        for row in range(len(rows)):
            self.names_view.openPersistentEditor(self.name_choices.index(row, 2))
        self.names_view.resizeColumnsToContents()
        self.names_view.setColumnWidth(2, max(self.names_view.columnWidth(2), 220))

    # ---------------------------------------------------------------- mappings
    def _use_saved(self, index: int) -> None:
        if self.read is None or index < 0:
            return
        mapping = saved.fitting(self.mappings, self.read.grid.titles)[index]
        at = self.target.findData(mapping.target)
        if at >= 0:
            self.target.setCurrentIndex(at)
        auto = self.current_target.auto(self.read.grid, self.read.layout, self.editor.plan)
        titles = self.read.grid.titles
        self._fill_columns(
            tuple(mapping.columns.get(t, a) for t, a in zip(titles, auto, strict=True))
        )
        self.names = {k: dict(v) for k, v in mapping.names.items()}
        self.saved_box.setCurrentIndex(index)
        self._schedule()

    def save_mapping(self) -> None:
        """Keep the columns' and names' choices under a name the user gives."""
        if self.read is None:
            return
        name, ok = QInputDialog.getText(self, tr("Save mapping"), tr("Name of the mapping:"))
        if not ok or not name.strip():
            return
        titles = self.read.grid.titles
        mapping = saved.SavedMapping(
            name.strip(),
            tuple(titles),
            self.current_target.key,
            dict(zip(titles, self.columns.choices(), strict=True)),
            {k: dict(v) for k, v in self.names.items()},
        )
        try:
            saved.save(self.mappings, mapping)
        except OSError as error:
            self.summary.setText(
                tr("The mapping could not be saved: {reason}").format(reason=error)
            )
            return
        self.saved_box.clear()
        for found in saved.fitting(self.mappings, titles):
            self.saved_box.addItem(found.name)
        self.saved_box.setCurrentIndex(0)

    # ------------------------------------------------------------------ import
    def apply(self) -> None:
        """Apply the import as one undo step; a refusal is said here and changes nothing."""
        outcome = self.outcome
        if self.busy or outcome is None or outcome.command is None:
            return
        label = tr("Import {name}").format(name=self.path.name)
        if self.editor.execute(Compound((outcome.command,), label=label)):
            self.accept()
            return
        self.summary.setText(tr("The import was refused; nothing changed."))

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)


def _shown(value: Any) -> str:
    """A cell as the mapping table shows it: whole numbers without their '.0'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rich(said: list[str]) -> str:
    from html import escape

    if not said:
        return ""
    return "<br>".join([f"<b>{escape(said[0])}</b>", *(escape(s) for s in said[1:])])
