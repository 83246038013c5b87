"""File > Print preview, Print, Export PDF and Export all sections, and the paper size.

The pages are the report package's; this module only asks where and on what paper, and
routes "the current section" to its page. A tab without a printed page (the catalogues)
disables the single-section commands and says why in their tooltips.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from smplanner.domain.names import file_stem
from smplanner.domain.plan import Plan
from smplanner.domain.text import QT_TRANSLATE_NOOP, tr
from smplanner.gui import settings as keys
from smplanner.gui.sections.base import Section
from smplanner.gui.settings import Settings

PDF_FILTER = QT_TRANSLATE_NOOP("", "PDF documents (*.pdf)")


class PrintName:
    """Stable names of the printing actions (see :mod:`smplanner.gui.actions`)."""

    PREVIEW = "actionPrintPreview"
    PRINT = "actionPrint"
    EXPORT_PDF = "actionExportPdf"
    EXPORT_ALL = "actionExportAllPdf"
    PAPER_A4 = "actionPaperA4"
    PAPER_LETTER = "actionPaperLetter"


class Printing(QObject):
    """The printing commands of one window."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        plan: Callable[[], Plan],
        current_page: Callable[[], str | None],
        message: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._plan = plan
        self._current_page = current_page
        self._message = message
        self.actions: dict[str, QAction] = {}
        self._make(
            PrintName.PREVIEW,
            tr("Print Pre&view…"),
            "Ctrl+Shift+P",
            tr("See the current section's page as it will print"),
            self.preview,
        )
        self._make(
            PrintName.PRINT,
            tr("&Print…"),
            QKeySequence.StandardKey.Print,
            tr("Print the current section on one page"),
            self.print_current,
        )
        self._make(
            PrintName.EXPORT_PDF,
            tr("&Export PDF…"),
            "Ctrl+E",
            tr("Save the current section's page as a PDF"),
            self.export_current,
        )
        self._make(
            PrintName.EXPORT_ALL,
            tr("Export &All Sections as PDF…"),
            "Ctrl+Shift+E",
            tr("One PDF with a page for every section"),
            self.export_all,
        )
        self.paper_menu = QMenu(tr("Paper &Size"), window)
        group = QActionGroup(self)
        for name, paper, text in (
            (PrintName.PAPER_A4, "a4", tr("&A4")),
            (PrintName.PAPER_LETTER, "letter", tr("US &Letter")),
        ):
            choice = QAction(text, self.paper_menu, checkable=True)
            choice.setObjectName(name)
            choice.setData(paper)
            choice.setChecked(self.paper == paper)
            choice.triggered.connect(lambda _=False, p=paper: self.set_paper(p))
            group.addAction(choice)
            self.paper_menu.addAction(choice)
            self.actions[name] = choice
        self.paper_menu.aboutToShow.connect(self._check_paper)  # Preferences may change it

    def _make(
        self, name: str, text: str, keys_: object, tip: str, slot: Callable[[], object]
    ) -> None:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if isinstance(keys_, QKeySequence.StandardKey):
            action.setShortcuts(keys_)
        else:
            action.setShortcut(QKeySequence(str(keys_)))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        self.actions[name] = action

    def add_to_menu(self, menu: QMenu, before: QAction | None) -> None:
        items: list[QAction] = [
            self.actions[PrintName.PREVIEW],
            self.actions[PrintName.PRINT],
            self.actions[PrintName.EXPORT_PDF],
            self.actions[PrintName.EXPORT_ALL],
            self.paper_menu.menuAction(),
        ]
        if before is None:
            menu.addActions(items)
            menu.addSeparator()
            return
        menu.insertActions(before, items)
        menu.insertSeparator(before)

    # ------------------------------------------------------------------ state
    @property
    def paper(self) -> str:
        chosen = self.settings.get(keys.PAPER)
        if chosen in ("a4", "letter"):
            return chosen
        from smplanner.report.page import default_paper

        return default_paper()

    def _check_paper(self) -> None:
        for name in (PrintName.PAPER_A4, PrintName.PAPER_LETTER):
            self.actions[name].setChecked(self.actions[name].data() == self.paper)

    def set_paper(self, paper: str) -> None:
        self.settings.set(keys.PAPER, paper)
        self._message(
            tr("Pages print on A4 paper") if paper == "a4" else tr("Pages print on US Letter paper")
        )

    def update(self) -> None:
        """Enable the single-section commands only on a tab that has a page."""
        has_page = self._current_page() is not None
        for name in (PrintName.PREVIEW, PrintName.PRINT, PrintName.EXPORT_PDF):
            action = self.actions[name]
            action.setEnabled(has_page)
            tip = action.statusTip()
            action.setToolTip(tip if has_page else tr("This tab has no printed page"))

    def _pages(self, all_sections: bool) -> Sequence[object]:
        from smplanner.report.sections import BY_NAME, PAGES

        if all_sections:
            return PAGES
        name = self._current_page()
        return [BY_NAME[name]] if name in BY_NAME else []

    # --------------------------------------------------------------- commands
    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        pages = self._pages(False)
        if not pages:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.window)
        title = tr(pages[0].title)  # type: ignore[attr-defined]
        dialog.setWindowTitle(tr("Print preview — {title}").format(title=title))
        dialog.paintRequested.connect(lambda device: self._paint(device, pages))
        dialog.resize(1000, 760)
        dialog.exec()

    def print_current(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        pages = self._pages(False)
        if not pages:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._paint(printer, pages)
            title = tr(pages[0].title)  # type: ignore[attr-defined]
            self._message(tr("Sent '{title}' to the printer").format(title=title))

    def _paint(self, device: object, pages: Sequence[object]) -> None:
        from smplanner.report.export import paint_pages

        try:
            paint_pages(device, self._plan(), pages, self.paper)  # type: ignore[arg-type]
        except OSError as error:
            QMessageBox.warning(self.window, tr("Not printed"), str(error))

    def export_current(self) -> bool:
        pages = self._pages(False)
        if not pages:
            return False
        title = tr(pages[0].title)  # type: ignore[attr-defined]
        return self._export(pages, f"{self._plan().name} - {title}")

    def export_all(self) -> bool:
        return self._export(self._pages(True), self._plan().name)

    def _export(self, pages: Sequence[object], base: str) -> bool:
        from smplanner.io.atomic import SaveError
        from smplanner.report.export import write_pdf

        folder = self.settings.get(keys.LAST_FOLDER) or str(Path.home())
        suggested = str(Path(folder) / f"{file_stem(base, tr('plan'))}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export PDF"), suggested, tr(PDF_FILTER)
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(self._plan(), path, pages, self.paper)  # type: ignore[arg-type]
        except SaveError as error:
            QMessageBox.warning(self.window, tr("Not exported"), f"{error.strerror}.")
            self._message(tr("Not exported: {reason}").format(reason=error.strerror))
            return False
        count = len(pages)
        self._message(tr("Exported %n page(s) to {name}", "", count).format(name=path.name))
        return True


def page_of(section: QWidget | None) -> str | None:
    """The printed page of a tab, if it has one."""
    return section.page_name if isinstance(section, Section) else None
