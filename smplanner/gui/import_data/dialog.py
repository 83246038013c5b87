"""File > Import data...: what a file's columns become, and what the import would do.

The file is read, and every preview worked out, in a worker thread (a 100,000-row export
takes a second or more), so the dialog keeps painting; a result that a later choice made
stale is dropped. Import applies the engine's one command through the PlanEditor (one
undo step); Cancel changes nothing. A file that is not a table is said in the dialog.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.commands import Compound
from smplanner.domain.tables import PRIMARY, SECONDARY
from smplanner.domain.text import tr
from smplanner.gui.import_data import saved
from smplanner.gui.import_data.columns import ColumnsTable
from smplanner.gui.import_data.core import Outcome, Request, field_choice
from smplanner.gui.import_data.models import RowsModel, table_view
from smplanner.gui.import_data.names import NamesTable
from smplanner.gui.import_data.reading import Read, SheetError, read_file
from smplanner.gui.import_data.report import lines
from smplanner.gui.import_data.targets import BY_KEY, TARGETS, Target, guess_target
from smplanner.gui.undo import PlanEditor
from smplanner.gui.worker import Job


def rich(said: list[str]) -> str:
    """The preview's sentences, the first in bold."""
    if not said:
        return ""
    return "<br>".join([f"<b>{escape(said[0], False)}</b>", *(escape(s, False) for s in said[1:])])


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
        self._job: Job | None = None
        self._read_done.connect(self._file_read)
        self._run_done.connect(self._ran)
        self._build()
        self._start_read(None)

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        plan = self.editor.plan
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.target = QComboBox(self)
        self.target.setObjectName("importTarget")
        for target in TARGETS:
            self.target.addItem(tr(target.label), target.key)
        self.network = QComboBox(self)
        self.network.setObjectName("importNetwork")
        self.network.addItems(plan.keys("networks"))
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
        saved_label = QLabel(tr("Saved &mapping:"), self)
        saved_label.setBuddy(self.saved_box)
        self.plain = QComboBox(self)
        self.plain.setObjectName("importPlainMark")
        self.plain.addItem(tr("Secondary"), SECONDARY)
        self.plain.addItem(tr("Primary"), PRIMARY)
        self.plain.setToolTip(
            tr(
                "A Primary is what a row is judged by, one to three per row; a sheet that "
                "ticks the KPIs it watches has not said which judge it, so X reads as "
                "Secondary unless you say the X's mean Primary"
            )
        )
        self.form = form = QFormLayout()
        form.addRow(tr("File:"), QLabel(self.path.name, self))
        form.addRow(tr("&Sheet:"), self.sheet)
        form.addRow(tr("Import &into:"), self.target)
        form.addRow(tr("&Network:"), self.network)
        form.addRow(tr("A plain mar&k (X, ✓) means:"), self.plain)
        form.addRow(saved_label, saved_row)
        self.reason = QLabel(self)
        self.reason.setObjectName("importReason")
        self.reason.setWordWrap(True)

        self.columns_table = ColumnsTable(plan, self)
        self.columns, self.columns_view = self.columns_table.model, self.columns_table.view
        self.names_table = NamesTable(plan, self)
        self.name_choices, self.names_view = self.names_table.model, self.names_table.view
        self.landing = RowsModel(self)
        self.landing_view = table_view("importLanding", self)
        self.landing_view.setModel(self.landing)
        self.bad = RowsModel(self)
        self.bad_view = table_view("importBadCells", self)
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
        self.progress.setRange(0, 0)  # the engine does not say how far it is
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
        options = QHBoxLayout()
        for pair in ((self.keep, self.replace), (self.none_if_bad, self.good_rows)):
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
                options.addWidget(button)
                button.toggled.connect(self._option_changed)
            pair[0].setChecked(True)
            options.addSpacing(24)
        options.addStretch(1)
        self.extend = QCheckBox(self)
        self.extend.setObjectName("importExtendPeriods")
        self.extend.setToolTip(
            tr(
                "Add periods to the plan so that it covers every date in the file, in the "
                "same undo step as the import"
            )
        )
        self.extend.hide()
        self.extend.toggled.connect(lambda _=False: self._schedule())

        buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.import_button = buttons.addButton(tr("&Import"), role)
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
        layout.addWidget(self.extend, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(options)
        layout.addWidget(buttons)

        self.sheet.activated.connect(lambda _=0: self._start_read(self.sheet.currentText()))
        self.target.activated.connect(lambda _=0: self._target_chosen())
        self.network.activated.connect(lambda _=0: self._schedule())
        self.plain.activated.connect(lambda _=0: self._schedule())
        self.saved_box.activated.connect(lambda _=0: self._use_saved(self.saved_box.currentIndex()))
        self.save_button.clicked.connect(self.save_mapping)
        self.columns_table.changed.connect(self._columns_changed)
        self.names_table.changed.connect(self._schedule)
        self.resize(1020, 720)

    # ---------------------------------------------------------------- reading
    @property
    def busy(self) -> bool:
        """A read or a preview is being worked out."""
        return self._job is not None

    @property
    def current_target(self) -> Target:
        return BY_KEY[str(self.target.currentData())]

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
            self.columns_table.clear()
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
        self.target.setCurrentIndex(self.target.findData(guess_target(read.grid, read.layout)))
        self.reason.setText(
            tr("{sheet}: {layout}: {reason}").format(
                sheet=read.grid.sheet,
                layout=read.layout.kind or tr("no layout recognised"),
                reason=read.layout.reason,
            )
        )
        fits = saved.fitting(self.mappings, read.grid.titles)
        self.saved_box.clear()
        self.saved_box.addItems([m.name for m in fits])
        self.saved_box.setCurrentIndex(-1)
        if fits:
            self._use_saved(0)
        else:
            self._target_chosen()

    def _failed(self, text: str) -> None:
        """The file cannot be imported: say why here; only Cancel is left."""
        self.progress.hide()
        self.summary.setText(rich([tr("Cannot import: {reason}").format(reason=text)]))
        self.import_button.setEnabled(False)
        for widget in (self.sheet, self.target, self.network, self.save_button, self.saved_box):
            widget.setEnabled(False)

    # ----------------------------------------------------------------- choices
    def _target_chosen(self, choices: tuple[str, ...] | None = None) -> None:
        """The columns as the target reads the file's titles (or as ``choices`` say)."""
        if self.read is None:
            return
        target = self.current_target
        auto = target.auto(self.read.grid, self.read.layout, self.editor.plan)
        self.columns_table.fill(self.read, target, choices or auto)
        self.names_table.reset()
        self._columns_changed()

    def _columns_changed(self) -> None:
        self._offer_network()
        self.form.setRowVisible(self.plain, self.current_target.marks)
        self._schedule()

    def _offer_network(self) -> None:
        """The network is asked for when the target needs one and no column names it."""
        target = self.current_target
        named = field_choice("network") in self.columns_table.choices()
        many = len(self.editor.plan.keys("networks")) > 1
        self.network.setEnabled(target.network and many and not named)
        if named:
            self.network.setPlaceholderText(tr("Named in the file, row by row"))
        elif not target.network:
            self.network.setPlaceholderText(
                tr("Not needed for {target}").format(target=tr(target.label))
            )
        else:
            self.network.setPlaceholderText(tr("Choose the network the file is for"))
        if not self.network.isEnabled():
            self.network.setCurrentIndex(-1)

    def _option_changed(self, checked: bool) -> None:
        if checked:
            self._schedule()

    # ------------------------------------------------------------------ preview
    def request(self) -> Request:
        """The import as the dialog has it set up now."""
        assert self.read is not None
        network = self.network.currentText() if self.network.isEnabled() else ""
        return Request(
            self.editor.plan,
            self.read.grid,
            self.read.layout,
            self.current_target.key,
            self.columns_table.choices(),
            {kind: dict(given) for kind, given in self.names_table.names.items()},
            readings=self.columns_table.readings(),
            network=network or None,
            replace_values=self.replace.isChecked(),
            skip_bad=self.good_rows.isChecked(),
            extend_periods=self.extend.isChecked(),
            plain=str(self.plain.currentData()) if self.current_target.marks else "",
        )

    def _schedule(self) -> None:
        """Work the preview out afresh (in the worker), dropping one under way."""
        if self.read is None:
            return
        if self.network.isEnabled() and self.network.currentIndex() < 0:
            if self._job is not None:
                self._job.cancel()
                self._job = None
            self.outcome = None
            self.progress.hide()
            self.import_button.setEnabled(False)
            self.summary.setText(
                rich([tr("The file names no network: choose the network it is for")])
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
        self.summary.setText(rich(lines(outcome, self.replace.isChecked())))
        self.landing.reset(outcome.landing.titles, outcome.landing.rows)
        self.landing_view.resizeColumnsToContents()
        self.bad.reset(
            (tr("Row"), tr("Column"), tr("Value"), tr("Expected")),
            [(str(p.row), p.column, p.value, p.expected) for p in outcome.problems],
        )
        self.bad_view.resizeColumnsToContents()
        self.names_table.show(outcome)
        self.columns_table.show(outcome)
        self._offer_extend(outcome)
        counts = (len(outcome.landing.rows), self.name_choices.rowCount(), len(outcome.problems))
        titles = (
            tr("Rows as they land ({count})"),
            tr("Names that match nothing ({count})"),
            tr("Bad cells ({count})"),
        )
        for tab, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(tab, title.format(count=count))
        if outcome.problems:
            self.tabs.setCurrentWidget(self.bad_view)
        bad = bool(outcome.problems or outcome.skipped)
        self.none_if_bad.setEnabled(bad)
        self.good_rows.setEnabled(bad)
        self.import_button.setEnabled(outcome.command is not None)

    def _offer_extend(self, outcome: Outcome) -> None:
        """Offered only while dates fall outside the plan's periods (or the import
        extends them), saying how many periods it adds."""
        added = sum(outcome.cover)
        if not added:
            self.extend.blockSignals(True)
            self.extend.setChecked(False)  # nothing outside: the same import either way
            self.extend.blockSignals(False)
        self.extend.setVisible(bool(added))
        self.extend.setText(tr("&Extend the plan to cover them (adds %n period(s))", "", added))

    # ---------------------------------------------------------------- mappings
    def _use_saved(self, index: int) -> None:
        """Take the columns', names' and target's choices of a saved mapping."""
        if self.read is None or index < 0:
            return
        mapping = saved.fitting(self.mappings, self.read.grid.titles)[index]
        at = self.target.findData(mapping.target)
        if at >= 0:
            self.target.setCurrentIndex(at)
        target = self.current_target
        auto = target.auto(self.read.grid, self.read.layout, self.editor.plan)
        titles = self.read.grid.titles
        choices = tuple(mapping.columns.get(t, a) for t, a in zip(titles, auto, strict=True))
        readings = tuple(mapping.readings.get(t, "") for t in titles)
        self.columns_table.fill(self.read, target, choices, readings)
        self.names_table.reset(mapping.names)
        self.saved_box.setCurrentIndex(index)
        self._columns_changed()

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
            dict(zip(titles, self.columns_table.choices(), strict=True)),
            {k: dict(v) for k, v in self.names_table.names.items()},
            {t: r for t, r in zip(titles, self.columns_table.readings(), strict=True) if r},
        )
        try:
            saved.save(self.mappings, mapping)
        except OSError as error:
            message = tr("The mapping could not be saved: {reason}").format(reason=error)
            self.summary.setText(rich([message]))
            return
        self.saved_box.clear()
        self.saved_box.addItems([m.name for m in saved.fitting(self.mappings, titles)])
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
        self.summary.setText(rich([tr("The import was refused; nothing changed.")]))

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)
