"""Hostile and broken workbooks: every one ends in a clear error or a whole, correct plan.

Hypothesis mutates a real plan workbook in the ways files get damaged or forged:
truncation, flipped bytes, broken XML, wrong values in cells (huge strings, formulas,
error values, booleans, dates, dangling shared strings), extra rows, deep and nested zip
entries, XML entity tricks and decompression bombs. Each case must either raise
:class:`PlanFileError` or return a :class:`LoadResult` whose plan has every table and,
when it reports no errors, saves and reloads unchanged. Bounds (docs/reliability.md):
the worst files within the limits of io/safety.py load in about 6 s and 300 MB here;
``test_the_worst_files_fit_in_bounded_memory`` proves the memory bound in a child
process that may not use more than 1 GB. The normal run tries a few dozen cases per
family (a few seconds); ``HYPOTHESIS_PROFILE=thorough`` tries 500 per family.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.catalogue import example_plan
from smplanner.domain.tables import SCHEMAS
from smplanner.io import safety
from smplanner.io.problems import PlanFileError
from smplanner.io.workbook import LoadResult, load_plan, save_plan

HANG_GUARD = 30.0
"""Seconds; far above the worst measured case (about 6 s), only to catch a hang."""
FUZZ = settings(
    max_examples=max(10, settings.default.max_examples // 2),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    deadline=None,
)


def _example_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        save_plan(example_plan(), path)
        return path.read_bytes()


BASE = _example_bytes()
with zipfile.ZipFile(io.BytesIO(BASE)) as _archive:
    PARTS = {info.filename: _archive.read(info) for info in _archive.infolist()}
SHEETS = sorted(name for name in PARTS if name.startswith("xl/worksheets/"))


def _sheet_part(title: str) -> str:
    """The zip member holding the sheet called ``title`` (workbook.xml and its rels)."""
    rid = re.search(
        rf'<sheet [^>]*name="{title}"[^>]*r:id="(rId\d+)"'.encode(), PARTS["xl/workbook.xml"]
    )
    assert rid is not None, title
    rels = PARTS["xl/_rels/workbook.xml.rels"]
    target = re.search(
        rb'<Relationship [^>]*Id="' + rid.group(1) + rb'"[^>]*Target="([^"]+)"', rels
    ) or re.search(rb'Target="([^"]+)"[^>]*Id="' + rid.group(1) + rb'"', rels)
    assert target is not None, title
    return "xl/" + target.group(1).decode().lstrip("/").removeprefix("xl/")


NETWORKS = _sheet_part("Networks")
CELL = re.compile(rb"<c r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>.*?</c>)", re.DOTALL)


def rezip(parts: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**parts, **(extra or {})}.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def check(data: bytes) -> LoadResult | None:
    """Load ``data`` as a plan file; None for a clear refusal. Fails on anything else."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            result = load_plan(path)
        except PlanFileError as error:
            assert str(error) and error.problems
            return None
        finally:
            assert time.perf_counter() - start < HANG_GUARD
        assert isinstance(result, LoadResult)
        for table in SCHEMAS:  # a whole plan: every table is there
            result.plan.frame(table)
        if not result.errors:
            again = Path(folder) / "again.xlsx"
            save_plan(result.plan, again)
            assert load_plan(again).plan.snapshot() == result.plan.snapshot()
        return result


# ------------------------------------------------------------------ byte damage
@FUZZ
@given(st.integers(0, len(BASE) - 1))
def test_truncated_files(length: int) -> None:
    check(BASE[:length])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(BASE) - 1), st.integers(0, 255)), min_size=1))
def test_flipped_bytes(changes: list[tuple[int, int]]) -> None:
    data = bytearray(BASE)
    for at, value in changes:
        data[at] = value
    check(bytes(data))


# ------------------------------------------------------------------ broken XML
@FUZZ
@given(
    st.sampled_from(sorted(PARTS)),
    st.floats(0, 1),
    st.binary(max_size=40) | st.sampled_from([b"<", b"</row>", b"<c r=", b"&bogus;", b"\xff\xfe"]),
    st.booleans(),
)
def test_broken_xml_parts(part: str, where: float, junk: bytes, cut: bool) -> None:
    data = PARTS[part]
    at = int(len(data) * where)
    damaged = data[:at] + junk + (b"" if cut else data[at:])
    check(rezip({**PARTS, part: damaged}))


def test_a_billion_laughs_and_an_outside_entity_are_not_expanded() -> None:
    doctype = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet ['
        b'<!ENTITY a "lol lol lol lol lol lol lol lol lol lol">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
            for i in range(8)
        )
        + b'<!ENTITY outside SYSTEM "file:///etc/hostname">]>'
    )
    for text in (b"&i;", b"&outside;"):
        parts = dict(PARTS)
        sheet = NETWORKS
        body = parts[sheet].replace(b"<t>LinkedIn</t>", b"<t>" + text + b"</t>")
        parts[sheet] = doctype + body
        result = check(rezip(parts))
        if result is not None:
            names = " ".join(result.plan.keys("networks"))
            assert "lol lol" not in names
            host = Path("/etc/hostname")
            if host.exists() and host.read_text().strip():
                assert host.read_text().strip() not in names


# ------------------------------------------------------------------ wrong values
LONG = 40_000
values = st.one_of(
    st.text(max_size=60).map(lambda t: ("s", t)),
    st.text(min_size=1, max_size=3).map(lambda t: ("s", t * (LONG // len(t)))),
    st.sampled_from(["=1+1", "+1", "-1", "@SUM(A1)", "#N/A", "#DIV/0!"]).map(lambda t: ("s", t)),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: ("n", repr(f))),
    st.integers(-(10**30), 10**30).map(lambda i: ("n", str(i))),
    st.booleans().map(lambda b: ("b", "1" if b else "0")),
    st.sampled_from(["#N/A", "#DIV/0!", "#REF!", "#VALUE!"]).map(lambda e: ("e", e)),
    st.sampled_from(["2026-02-30", "not a date", "2026-05-04T10:00:00"]).map(lambda d: ("d", d)),
    st.integers(0, 10**6).map(lambda i: ("s-index", str(i))),
    st.sampled_from(["1/0", "SUM(A:A)", "A1", 'INDIRECT("Z99")']).map(lambda f: ("f", f)),
)


def cell_xml(ref: bytes, kind: str, value: str) -> bytes:
    from xml.sax.saxutils import escape

    text = escape(value).encode("utf-8", "surrogatepass")
    if kind == "s":
        return b'<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, text)
    if kind == "s-index":  # a shared string that does not exist
        return b'<c r="%s" t="s"><v>%s</v></c>' % (ref, text)
    if kind == "f":  # a formula without, or with, a cached value
        return b'<c r="%s"><f>%s</f></c>' % (ref, text)
    tag = {"n": b"", "b": b' t="b"', "e": b' t="e"', "d": b' t="d"'}[kind]
    return b'<c r="%s"%s><v>%s</v></c>' % (ref, tag, text)


@FUZZ
@given(st.sampled_from(SHEETS), st.lists(st.tuples(st.integers(0, 10**6), values), min_size=1))
def test_wrong_values_in_any_cell(sheet: str, changes: list[tuple[int, tuple[str, str]]]) -> None:
    data = PARTS[sheet]
    cells = list(CELL.finditer(data))
    for pick, (kind, value) in changes:
        cells = list(CELL.finditer(data))
        match = cells[pick % len(cells)]
        try:
            new = cell_xml(match.group(1), kind, value)
        except UnicodeEncodeError:
            continue
        data = data[: match.start()] + new + data[match.end() :]
    check(rezip({**PARTS, sheet: data}))


@FUZZ
@given(st.sampled_from(SHEETS), st.integers(1, 3000), values)
def test_many_rows_of_anything(sheet: str, count: int, cell: tuple[str, str]) -> None:
    data = PARTS[sheet]
    end = data.rindex(b"</sheetData>")
    rows = b"".join(
        b'<row r="%d">%s%s</row>'
        % (n, cell_xml(b"A%d" % n, *cell), cell_xml(b"B%d" % n, "s", f"row {n}"))
        for n in range(100, 100 + count)
    )
    check(rezip({**PARTS, sheet: data[:end] + rows + data[end:]}))


# ------------------------------------------------------------------ zip tricks
@FUZZ
@given(st.integers(1, 400), st.booleans())
def test_deep_and_nested_zip_entries(depth: int, nest: bool) -> None:
    inner = rezip(PARTS) if nest else b"<x/>"
    name = "xl/" + "deeper/" * depth + ("inner.xlsx" if nest else "part.xml")
    check(rezip(PARTS, {name: inner}))


@pytest.mark.parametrize("megabytes", [20, 120, 450])
def test_decompression_bombs_of_any_size(tmp_path: Path, megabytes: int) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in PARTS.items():
            if name != NETWORKS:
                archive.writestr(name, data)
        with archive.open(NETWORKS, "w", force_zip64=True) as member:
            member.write(PARTS[NETWORKS].split(b"<sheetData>")[0])
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
    assert check(path.read_bytes()) is None


def test_a_cell_at_the_far_corner_is_refused_not_allocated() -> None:
    """calamine would allocate 16,384 x 1,048,576 cells and abort the whole app."""
    sheet = NETWORKS
    end = PARTS[sheet].rindex(b"</sheetData>")
    far = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    with pytest.raises(PlanFileError, match=r"'Networks' has 1,048,576 rows"):
        load_plan_bytes(rezip({**PARTS, sheet: PARTS[sheet][:end] + far + PARTS[sheet][end:]}))


def test_cells_without_references_count_where_readers_put_them() -> None:
    """Some writers leave out r="A1": each cell then follows the one before it."""
    sheet = NETWORKS
    end = PARTS[sheet].rindex(b"</sheetData>")
    wide = b'<row r="300">' + b"<c><v>1</v></c>" * 9000 + b"</row>"
    tall = b"<row><c><v>1</v></c></row>" * 10
    data = PARTS[sheet][:end] + wide + tall + PARTS[sheet][end:]
    with zipfile.ZipFile(io.BytesIO(rezip({**PARTS, sheet: data}))) as archive:
        assert safety.sheet_extent(archive, archive.getinfo(sheet)) == (310, 9000)
    with pytest.raises(PlanFileError, match="spanning 2,"):
        load_plan_bytes(rezip({**PARTS, sheet: data.replace(b'r="300"', b'r="230"')}))


def load_plan_bytes(data: bytes) -> LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        path.write_bytes(data)
        return load_plan(path)


# ------------------------------------------------------------------ bounded memory
def many_rows(rows: int, columns: int) -> bytes:
    sheet = NETWORKS
    head, rest = PARTS[sheet].split(b"</row>", 1)
    tail = rest[rest.index(b"</sheetData>") :]
    body = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Network %d</t></is></c>%s</row>'
        % (
            n,
            n,
            n,
            b"".join(
                b'<c r="%s%d"><v>%d</v></c>' % (bytes([65 + k]), n, n) for k in range(1, columns)
            ),
        )
        for n in range(2, rows + 2)
    )
    return rezip({**PARTS, sheet: head + b"</row>" + body + tail})


MEMORY_LIMIT = 1 << 30
CHILD = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from smplanner.io.workbook import PlanFileError, load_plan
    for path in sys.argv[1:]:
        try:
            result = load_plan(path)
            print(path, "loaded", len(result.plan.keys("networks")), flush=True)
        except PlanFileError as error:
            print(path, "refused", str(error)[:90], flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="address-space limits as Linux has them")
def test_the_worst_files_fit_in_bounded_memory(tmp_path: Path) -> None:
    """Largest accepted, a million rows, the most shared text accepted and a shared-string
    bomb: all within 1 GB."""
    files: dict[str, Callable[[], bytes]] = {
        "largest.xlsx": lambda: many_rows(safety.MAX_CELLS // 8 - 2000, 8),
        "a million rows.xlsx": lambda: many_rows(1_000_000, 1),
        "most shared text.xlsx": lambda: tiny_workbook(  # just within MAX_TEXT
            ["x" * 50_000], [(f"{c}{r}", 0) for r in range(1, 1001) for c in "AB"]
        ),
        "shared-string bomb.xlsx": lambda: tiny_workbook(
            ["x" * 3_000_000], [(f"{c}{r}", 0) for r in range(1, 1001) for c in "AB"]
        ),
    }
    paths = []
    for name, make in files.items():
        path = tmp_path / name
        path.write_bytes(make())
        paths.append(str(path))
    run = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=MEMORY_LIMIT), *paths],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert lines[0].endswith(f"loaded {safety.MAX_CELLS // 8 - 2000}")
    assert "refused" in lines[1] and "1,000,001 rows" in lines[1]
    assert lines[2].split()[-2] == "loaded"
    assert "refused" in lines[3] and "repeats shared text" in lines[3]


# ------------------------------------------------------------------ the extent scan
ref_cell = st.tuples(
    st.sampled_from([" ", "\n", "\t", ' s="1" ']),  # what comes after <c
    st.one_of(st.none(), st.tuples(st.integers(1, 60), st.integers(1, 400))),  # r or not
    st.sampled_from(['"', "'"]),
)
sheet_rows = st.lists(
    st.tuples(st.one_of(st.none(), st.integers(1, 400)), st.lists(ref_cell, max_size=6)),
    min_size=1,
    max_size=12,
)


def _letters(column: int) -> str:
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


@FUZZ
@given(sheet_rows)
def test_the_scan_never_underestimates_what_the_reader_allocates(rows: list) -> None:  # type: ignore[type-arg]
    """Whatever mix of references, quotes and blanks: the scan's extent covers calamine's."""
    from python_calamine import CalamineWorkbook

    body = []
    last_row = 0
    for row_number, cells in rows:
        if row_number is not None and row_number <= last_row:
            row_number = None  # rows go down the sheet, as readers require
        last_row = row_number if row_number is not None else last_row + 1
        tag = f'<row r="{row_number}">' if row_number is not None else "<row>"
        parts = []
        for after, reference, quote in cells:
            r = "" if reference is None else f"r={quote}{_letters(reference[0])}{last_row}{quote}"
            parts.append(f"<c{after}{r}><v>1</v></c>")
        body.append(tag + "".join(parts) + "</row>")
    sheet = NETWORKS
    head = PARTS[sheet][: PARTS[sheet].index(b"<sheetData>") + len(b"<sheetData>")]
    tail = PARTS[sheet][PARTS[sheet].index(b"</sheetData>") :]
    data = rezip({**PARTS, sheet: head + "".join(body).encode() + tail})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rows_found, columns_found = safety.sheet_extent(archive, archive.getinfo(sheet))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        path.write_bytes(data)
        book = CalamineWorkbook.from_path(str(path))
        try:
            read = book.get_sheet_by_name("Networks")
        except Exception:  # a sheet the reader refuses allocates nothing
            return
        end_row, end_column = read.end or (-1, -1)
    assert rows_found >= end_row + 1 and columns_found >= end_column + 1


# ------------------------------------------------------------------ shared-string bombs
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


SHARED_FORMS = (
    '<c r="{ref}" t="s"><v>{index}</v></c>',
    "<c r='{ref}' t='s'><v>{index}</v></c>",
    '<c t="s" r="{ref}" s="0"><v> {index} </v></c>',
    '<c r="{ref}" s="1" t="s" cm="1"><f>A1</f><v>{index}</v></c>',
    '<c r="{ref}" t = "s" ><v>{index}</v></c>',
)
"""Ways a cell can copy a shared string: the usual one and spellings the quick scan skips."""


def tiny_workbook(
    strings: list[str],
    cells: list[tuple[str, int]],
    title: str = "KPI planner",
    form: str = SHARED_FORMS[0],
) -> bytes:
    """A workbook written by hand: ``cells`` (reference, shared-string index) in one sheet."""
    from xml.sax.saxutils import escape

    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    rows: dict[str, list[str]] = {}
    for reference, index in cells:
        row = reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        rows.setdefault(row, []).append(form.format(ref=reference, index=index))
    data = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in rows.items())
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(
                f'<Override PartName="/xl/{part}" ContentType="{OFFICE}.{kind}+xml"/>'
                for part, kind in (
                    ("workbook.xml", "sheet.main"),
                    ("worksheets/sheet1.xml", "worksheet"),
                    ("sharedStrings.xml", "sharedStrings"),
                )
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
            f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
            f'<sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PACKAGE}">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}" count="{len(cells)}">{sst}</sst>',
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData></worksheet>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_one_long_shared_string_in_many_cells_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 3 MB string in 2,000 cells: 6 GB for the reader, in a file of a few KB."""

    def reader_ran(*args: object) -> None:
        raise AssertionError("the cell reader ran on a shared-string bomb")

    monkeypatch.setattr("smplanner.io.reader.read_sheets", reader_ran)
    cells = [(f"{column}{row}", 0) for row in range(1, 1001) for column in "AB"]
    data = tiny_workbook(["x" * 3_000_000], cells)
    assert len(data) < 20_000  # a few KB on disk
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    start = time.perf_counter()
    with pytest.raises(PlanFileError) as refused:
        load_plan(path)
    assert time.perf_counter() - start < 2.0
    message = str(refused.value)
    assert "sheet 'KPI planner' repeats shared text in 2,000 cells, 5,722 MB" in message
    assert f"at most {safety.MAX_TEXT // 2**20:,} MB of text" in message


def test_shared_text_counts_each_string_by_its_cells() -> None:
    """The estimate: each string's length times the cells that copy it, plus the table."""
    strings = ["a" * 10, "b" * 1000, "c"]
    cells = [("A1", 0), ("A2", 1), ("B2", 1), ("C3", 1), ("A4", 7)]  # 7 dangles: no copy
    with zipfile.ZipFile(io.BytesIO(tiny_workbook(strings, cells))) as archive:
        members = archive.infolist()
        lengths = safety.shared_string_lengths(archive, members)
        scan = safety.scan_sheet(archive, archive.getinfo("xl/worksheets/sheet1.xml"))
    assert [n >= len(s) for n, s in zip(lengths, strings, strict=True)] == [True] * 3
    assert list(lengths) == [len(f"<t>{s}</t>") for s in strings]
    assert scan.shared == {0: 1, 1: 3, 7: 1}
    assert safety.shared_text(scan, lengths) == lengths[0] + 3 * lengths[1]


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, 20_000), st.integers(0, 300)), min_size=1, max_size=6),
    st.sampled_from(SHARED_FORMS),
)
def test_shared_strings_of_any_length_and_use(strings: list[tuple[int, int]], form: str) -> None:
    """Refused exactly when the copies pass the bound; never more text than estimated."""
    from python_calamine import CalamineWorkbook

    texts = [chr(97 + n % 26) * length for n, (length, _) in enumerate(strings)]
    cells = []
    for index, (_, uses) in enumerate(strings):
        cells += [(f"{_letters(index + 1)}{row}", index) for row in range(1, uses + 1)]
    data = tiny_workbook(texts, cells or [("A1", 0)], form=form)
    copies = sum(len(t) * max(uses, 0) for t, (_, uses) in zip(texts, strings, strict=True))
    limit = 2 * 2**20
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(safety, "MAX_TEXT", limit)
        path = Path(folder) / "plan.xlsx"
        path.write_bytes(data)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            lengths = safety.shared_string_lengths(archive, members)
            scan = safety.scan_sheet(archive, archive.getinfo("xl/worksheets/sheet1.xml"))
        estimate = sum(lengths) + safety.shared_text(scan, lengths)
        assert estimate >= copies
        try:
            load_plan(path)
        except PlanFileError as error:
            assert estimate > limit and "shared text" in str(error)
            return
        assert estimate <= limit
        book = CalamineWorkbook.from_path(str(path))
        values = book.get_sheet_by_index(0).to_python()
        made = sum(len(str(v).encode()) for row in values for v in row if isinstance(v, str))
        assert made <= estimate


@pytest.mark.slow
@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(1, 1_048_576), st.integers(1, 16_384), st.integers(0, 10**6)),
        min_size=1,
        max_size=5,
    )
)
def test_merged_ranges_of_any_size(ranges: list[tuple[int, int, int]]) -> None:
    """A merged range as big as the sheet fills only the rows the sheet has."""
    sheet = _sheet_part("Tracking")
    data = PARTS[sheet]
    merges = "".join(
        f'<mergeCell ref="{_letters(c)}{r}:{_letters(c)}{min(r + extra, 1_048_576)}"/>'
        for r, c, extra in ranges
    ).encode()
    end = data.index(b"</sheetData>") + len(b"</sheetData>")
    tail = b'<mergeCells count="%d">%s</mergeCells>' % (len(ranges), merges)
    check(rezip({**PARTS, sheet: data[:end] + tail + data[end:]}))
