"""The safety scan of a workbook's sheets, run in a thread beside the cell reader.

:func:`smplanner.io.safety.check_workbook` gives each worksheet once it and every sheet
before it have passed the bounds. Here those scans run in a thread while the reader
parses the sheets already given (zlib, numpy and calamine work without Python's lock),
so the scan of one sheet overlaps the parsing of the one before it. A sheet is parsed
only once it has been given: what the reader copies never goes over the bounds. When
a sheet is refused, the refusal is the open's answer, whichever sheet the reader was
waiting for.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from smplanner.io.safety import MAX_TEXT, Passed, WorkbookScan


class ScanCancelled(Exception):
    """The open was given up before the sheet was scanned."""


class SheetGate:
    """Scans in a thread; says when a sheet may be parsed, and what the whole scan found."""

    def __init__(self, checks: Iterator[Passed]) -> None:
        self._checks = checks
        self._changed = threading.Condition()
        self._found = WorkbookScan()
        self._done = self._cancelled = False
        self._error: BaseException | None = None
        self._spare = 0
        self._thread = threading.Thread(target=self._run, name="smplanner-scan", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for passed in self._checks:
                with self._changed:
                    if self._cancelled:
                        break
                    self._found.sheets[passed.sheet] = passed.scan
                    self._spare = MAX_TEXT - passed.text - passed.strings
                    self._changed.notify_all()
        except BaseException as error:  # handed to whoever waits
            with self._changed:
                self._error = error
        finally:
            close = getattr(self._checks, "close", None)
            if close is not None:
                close()
            with self._changed:
                self._done = True
                self._changed.notify_all()

    def wait_for(self, sheet: str) -> None:
        """Return once ``sheet`` has passed; raise the refusal if the scan refused first.

        A sheet the scan does not know by that name (a workbook whose list of sheets
        could not be read) passes only once every sheet has.
        """
        with self._changed:
            self._changed.wait_for(
                lambda: sheet in self._found.sheets or self._done or self._cancelled
            )
            if self._cancelled:
                raise ScanCancelled(sheet)
            if sheet in self._found.sheets:
                return
            if self._error is not None:
                raise self._error

    def wait_for_any(self) -> None:
        """Return once the first sheet has passed (the shared strings, which the reader
        reads on opening the workbook, are counted with it), or every sheet."""
        with self._changed:
            self._changed.wait_for(lambda: bool(self._found.sheets) or self._done)
            if not self._found.sheets and self._error is not None:
                raise self._error

    def second_copy(self) -> bool:
        """Whether the shared strings may be read once more (by a second workbook open)
        within the text bound: waits for every sheet to pass."""
        with self._changed:
            self._changed.wait_for(lambda: self._done or self._cancelled)
            return self._done and self._error is None and self._spare >= 0

    def result(self) -> WorkbookScan:
        """What every sheet's scan found, once all have passed; the refusal otherwise."""
        with self._changed:
            self._changed.wait_for(lambda: self._done)
            if self._error is not None:
                raise self._error
            return self._found

    def refusal(self) -> BaseException | None:
        """The scan's refusal, waited for: raised in place of what the reader raised."""
        with self._changed:
            self._changed.wait_for(lambda: self._done)
            return self._error

    def close(self) -> None:
        """Stop scanning after the sheet in hand, and let waiting readers go."""
        with self._changed:
            self._cancelled = True
            self._changed.notify_all()
        self._thread.join()
