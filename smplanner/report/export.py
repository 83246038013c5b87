"""Pages to PDF or to a printer: the same drawing either way, one page per section."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from smplanner import __version__
from smplanner.domain.plan import Plan
from smplanner.domain.text import tr
from smplanner.io.atomic import write_atomically
from smplanner.report.page import SectionPage, draw_page, page_layout, page_size


def paint_pages(
    device: QPagedPaintDevice, plan: Plan, pages: Sequence[SectionPage], paper: str
) -> None:
    """Draw ``pages`` on ``device`` (a PDF writer or a printer), one sheet each."""
    if not pages:
        raise ValueError("no section to print")
    device.setPageLayout(page_layout(paper, pages[0].landscape(plan)))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for drawing")
    try:
        for number, page in enumerate(pages):
            landscape = page.landscape(plan)
            if number:
                device.setPageLayout(page_layout(paper, landscape))
                device.newPage()
            draw_page(painter, page_size(paper, landscape), page, plan)
    finally:
        painter.end()


def pdf_bytes(plan: Plan, pages: Sequence[SectionPage], paper: str) -> bytes:
    """The PDF of ``pages``, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)  # one device unit per point: the pages are drawn in points
    writer.setTitle(f"{plan.name} — {', '.join(tr(p.title) for p in pages)}")
    writer.setCreator(f"smplanner {__version__}")
    paint_pages(writer, plan, pages, paper)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_pdf(
    plan: Plan, path: str | os.PathLike[str], pages: Sequence[SectionPage], paper: str
) -> None:
    """Write the PDF atomically: a failed export leaves any earlier file as it was."""
    content = pdf_bytes(plan, pages, paper)

    def write(handle: BinaryIO) -> None:
        handle.write(content)

    write_atomically(path, write)
