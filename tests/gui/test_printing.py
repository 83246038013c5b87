"""File > Print preview, Print and Export PDF, as a user reaches them from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMenu

from smplanner.gui import settings as keys
from smplanner.gui.actions import action
from smplanner.gui.main_window import MainWindow
from smplanner.gui.printing import PrintName
from smplanner.gui.sections.maturity.section import MaturitySection
from smplanner.gui.sections.pipeline.section import PipelineSection
from smplanner.report.sections import PAGES


def words(reader: PdfReader, page: int = 0) -> str:
    return " ".join(reader.pages[page].extract_text().split())


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_the_file_menu_offers_printing(main: MainWindow) -> None:
    menu = main.window.findChild(QMenu, "menuFile")
    names = [a.objectName() for a in menu.actions()]
    for name in (PrintName.PREVIEW, PrintName.PRINT, PrintName.EXPORT_PDF, PrintName.EXPORT_ALL):
        assert name in names
    assert action(main.window, PrintName.PRINT).shortcut().toString() == "Ctrl+P"
    assert action(main.window, PrintName.EXPORT_PDF).shortcut().toString() == "Ctrl+E"


def test_export_the_current_section_and_all_sections(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main.show_section(MaturitySection)
    save_to(monkeypatch, tmp_path / "maturity")  # no extension typed
    action(main.window, PrintName.EXPORT_PDF).trigger()
    reader = PdfReader(tmp_path / "maturity.pdf")
    assert len(reader.pages) == 1
    assert "CRM capability maturity" in words(reader) and main.plan.name in words(reader)
    assert "maturity.pdf" in main.window.statusBar().currentMessage()
    save_to(monkeypatch, tmp_path / "all.pdf")
    action(main.window, PrintName.EXPORT_ALL).trigger()
    reader = PdfReader(tmp_path / "all.pdf")
    assert len(reader.pages) == len(PAGES)
    assert [p.title in words(reader, n) for n, p in enumerate(PAGES)] == [True] * len(PAGES)


def test_a_tab_without_a_page_disables_the_single_page_commands(main: MainWindow) -> None:
    main.tabs.setCurrentIndex(main.tabs.count() - 1)  # Catalogues
    assert not action(main.window, PrintName.PRINT).isEnabled()
    assert not action(main.window, PrintName.EXPORT_PDF).isEnabled()
    assert action(main.window, PrintName.EXPORT_ALL).isEnabled()
    main.tabs.setCurrentIndex(0)
    assert action(main.window, PrintName.PRINT).isEnabled()


def test_paper_size_is_remembered_and_used(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action(main.window, PrintName.PAPER_LETTER).trigger()
    assert main.settings.get(keys.PAPER) == "letter"
    save_to(monkeypatch, tmp_path / "kpi.pdf")
    action(main.window, PrintName.EXPORT_PDF).trigger()
    box = PdfReader(tmp_path / "kpi.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


def test_print_preview_and_print_draw_one_page(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialogs are answered as a user would; the printer writes to a PDF file."""
    out = tmp_path / "printed.pdf"

    def preview(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    action(main.window, PrintName.PREVIEW).trigger()
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "KPI planner" in words(reader)
    out.unlink()

    def accept(dialog: QPrintDialog) -> QPrintDialog.DialogCode:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    action(main.window, PrintName.PRINT).trigger()
    assert len(PdfReader(out).pages) == 1
    assert "Sent 'KPI planner' to the printer" in main.window.statusBar().currentMessage()


def test_the_pipeline_tab_exports_its_eye_chart(
    main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main.show_section(PipelineSection)
    save_to(monkeypatch, tmp_path / "pipeline.pdf")
    action(main.window, PrintName.EXPORT_PDF).trigger()
    text = words(PdfReader(tmp_path / "pipeline.pdf"))
    assert "Qualified" in text and "Committed" in text and main.plan.name in text
