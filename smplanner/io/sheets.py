"""The one way a value gets into a sheet the app writes, and where those sheets are kept.

openpyxl turns any string that starts with "=" into a formula, and "#N/A" into an error
value. A network named ``=HYPERLINK("http://…")`` received in a colleague's plan must
stay a name when it is saved again, so every value goes through :func:`cell` or
:func:`plain`, which always write text as text; the app's own formulas are written with
:func:`formula`, and nothing else makes a formula.

openpyxl's write-only sheets stream their rows into temporary files until the workbook
is saved. :func:`new_sheet` puts those files in the folder of the save in progress (see
:func:`smplanner.io.atomic.scratch_folder`), which the save removes whatever happens,
instead of the system's temporary folder, where a killed save would leave them.

A large table's rows are not cells for openpyxl: :func:`append_xml` streams rows already
written as sheet XML (see :mod:`smplanner.io.sheet_body`) into the same file, after the
rows openpyxl wrote (the header) and before the rest of the sheet it writes on closing.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Generator, Iterable
from datetime import UTC, datetime
from itertools import count
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter, create_temporary_file
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from smplanner.io.atomic import scratch_folder

_numbers = count()


def cell(sheet: WriteOnlyWorksheet, value: Any, **style: Any) -> WriteOnlyCell:
    """A styled cell; text stays text, never a formula nor an error value."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    made = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        made.data_type = "s"
    for name, setting in style.items():
        setattr(made, name, setting)
    return made


def plain(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A value as it is, unless openpyxl would read the text as a formula or error code.

    Plain values instead of cell objects keep large sheets fast to save.
    """
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith("=") or value in ERROR_CODES:
        return cell(sheet, value)
    return value


def formula(sheet: WriteOnlyWorksheet, text: str, **style: Any) -> WriteOnlyCell:
    """One of the app's own formulas (``text`` without its "="); never user text alone."""
    made = WriteOnlyCell(sheet, value="=" + text)
    made.data_type = "f"
    for name, setting in style.items():
        setattr(made, name, setting)
    return made


def style_index(sheet: WriteOnlyWorksheet, **style: Any) -> int:
    """The workbook's index of a cell style (as ``s="..."`` in sheet XML), added if new."""
    made = WriteOnlyCell(sheet)
    for name, setting in style.items():
        setattr(made, name, setting)
    return int(made.style_id)


class _SheetWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer into a file of its own, which rows of XML can be added to.

    openpyxl (through lxml) writes into an open file object rather than a path, so that
    :meth:`write_xml` can add bytes between what lxml writes, once lxml's buffer is out.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, out: str) -> None:
        self._file = open(out, "wb")  # noqa: SIM115 - closed by close() or cleanup()
        self._stream: Any = None
        super().__init__(sheet, out=out)

    def get_stream(self) -> Generator[Any, Any, None]:
        """openpyxl's own loop, over the open file; keeps lxml's writer for write_xml."""
        with xmlfile(self._file) as xf, xf.element("worksheet", xmlns=SHEET_MAIN_NS):
            self._stream = xf
            try:
                while True:
                    element = yield
                    if element is True:
                        yield xf
                    elif element is not None:
                        xf.write(element)
            except GeneratorExit:
                pass

    def write_xml(self, data: bytes) -> None:
        """Add ``data`` where lxml's writer stands now."""
        self._stream.flush()
        self._file.write(data)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._file.close()

    def cleanup(self) -> None:
        self._file.close()
        with contextlib.suppress(OSError):
            os.remove(self.out)
        with contextlib.suppress(ValueError):  # openpyxl's list of files to remove at exit
            ALL_TEMP_FILES.remove(self.out)


class _Sheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet whose rows stream into the folder of the save in progress.

    The writer is made on the first row, as openpyxl does, so that widths, frozen panes
    and the like set before it are written at the top of the sheet.
    """

    _writer: Any = None
    _rows: Any = None

    def _get_writer(self) -> None:
        if self._writer is not None:
            return
        folder = scratch_folder()
        if folder is None:  # a save into memory: openpyxl's temporary file
            out = create_temporary_file()
        else:
            out = str(folder / f"sheet{next(_numbers)}.xml")
        writer = _SheetWriter(self, out=out)
        writer.write_top()
        self._writer = writer

    def append_xml(self, rows: Iterable[bytes]) -> None:
        """Rows already written as sheet XML (numbered on from the appended ones); no row
        may be appended after them."""
        self._get_writer()
        if self._rows is None:  # open the sheet's rows, as the first append does
            opened: Generator[None, Any, None] = self._write_rows()
            next(opened)
            self._rows = opened
        for data in rows:
            self._writer.write_xml(data)


def new_sheet(book: Workbook, title: str) -> WriteOnlyWorksheet:
    """A sheet of a write-only ``book`` (in place of ``book.create_sheet``)."""
    sheet = _Sheet(parent=book, title=title)
    book._add_sheet(sheet)
    return sheet


def append_xml(sheet: WriteOnlyWorksheet, rows: Iterable[bytes]) -> None:
    """Stream ``rows`` (``<row>`` elements as UTF-8) into a sheet made by :func:`new_sheet`,
    after the rows appended to it; nothing may be appended after them."""
    if not isinstance(sheet, _Sheet):
        raise TypeError(f"{sheet.title!r} was not made by new_sheet")
    sheet.append_xml(rows)


def save_book(book: Workbook, handle: BinaryIO) -> None:
    """Write ``book`` into ``handle`` as ``Workbook.save`` does, but close the zip on failure.

    A save that fails midway (a full disk) leaves the zip and openpyxl's unsaved sheets
    open; closed later by the garbage collector, each would print a traceback of its own
    on stderr. The zip is closed here, quietly; the sheets by :func:`discard`.
    """
    book.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        with contextlib.suppress(Exception):  # may fail again on the same full disk
            archive.close()
        archive.fp = None
        raise


def discard(book: Workbook) -> None:
    """Close every sheet writer of an unsaved or failed ``book``, ignoring their errors."""
    for sheet in book.worksheets:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.xf.close()
            with contextlib.suppress(Exception):
                writer.cleanup()
