"""A sheet of the user's own comes back from a save as it was: formulas, formats, widths,
merged cells, a chart, a picture, a comment, conditional formats, drop-downs, names."""

from __future__ import annotations

import io
import posixpath
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table
from PIL import Image as PILImage

from smplanner.domain.catalogue import example_plan
from smplanner.domain.commands import SetCells
from smplanner.domain.plan import KeptSheet
from smplanner.io.crm_apply import import_table
from smplanner.io.package_read import SheetParts
from smplanner.io.reader import KEPT_NOTE, KEPT_VALUES_NOTE
from smplanner.io.workbook import load_plan, save_plan

SHEET = "Budget calc"
MONEY = '#,##0.00 "EUR"'
TOTAL = 1200.5 + 800 + 99.99
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NO_LIBREOFFICE = "LibreOffice is missing: install libreoffice-calc-nogui to recalculate"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def add_user_sheet(path: Path, manual: bool = True) -> None:
    """What a colleague adds in Excel: a calculation with everything a sheet can hold (and,
    if ``manual``, a workbook set to calculate only when asked)."""
    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet(SHEET, 2)
    sheet["A1"], sheet["B1"] = "Item", "Cost"
    sheet["A1"].font = Font(bold=True, color="FF0000")
    for row, (item, cost) in enumerate([("Ads", 1200.5), ("Events", 800), ("Tools", 99.99)], 2):
        sheet.cell(row, 1, item)
        sheet.cell(row, 2, cost).number_format = MONEY
    sheet["A5"] = "Total"
    sheet["B5"] = "=SUM(B2:B4)"
    sheet["B5"].number_format = MONEY
    sheet["B5"].fill = PatternFill("solid", fgColor="FFFF00")
    sheet.add_table(Table(displayName="Budget", ref="A1:B4"))
    sheet["A7"] = "Rates"
    sheet["A7"].hyperlink = "https://example.com/rates"
    sheet.column_dimensions["A"].width = 30
    sheet.merge_cells("C1:E1")
    sheet["C1"] = "merged title"
    sheet["A2"].comment = Comment("checked by Anna", "Anna")
    high = PatternFill("solid", bgColor="FFC7CE")
    rule = CellIsRule(operator="greaterThan", formula=["1000"], fill=high)
    sheet.conditional_formatting.add("B2:B4", rule)
    choice = DataValidation(type="list", formula1='"yes,no"')
    sheet.add_data_validation(choice)
    choice.add("F2:F10")
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    sheet.add_chart(chart, "H2")
    picture = io.BytesIO()
    PILImage.new("RGB", (20, 10), (200, 30, 30)).save(picture, "PNG")
    picture.seek(0)
    sheet.add_image(Image(picture), "H20")
    book.defined_names["total_cost"] = DefinedName("total_cost", attr_text=f"'{SHEET}'!$B$5")
    hidden = book.create_sheet("Scratch")
    hidden["A1"] = "kept out of sight"
    hidden.sheet_state = "hidden"
    hidden.defined_names["rate"] = DefinedName("rate", attr_text="Scratch!$A$1")
    for other in book.worksheets:
        other.sheet_view.tabSelected = False
    sheet.sheet_view.tabSelected = True
    book.active = sheet  # saved while looking at it
    book["Costs"].defined_names["my_costs"] = DefinedName("my_costs", attr_text="Costs!$F$2:$F$9")
    book.custom_doc_props.append(StringProperty(name="Department", value="Marketing"))
    book.properties.title = "Social plan 2027"
    book.properties.lastModifiedBy = "Anna"
    book.properties.creator = "Anna"
    if manual:
        book.calculation.calcMode = "manual"
    book.save(path)
    _set_company(path, "Vireo Sensing")


def _set_company(path: Path, company: str) -> None:
    """Name the company in the application properties, as Excel does (openpyxl cannot)."""
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    end = b"</Properties>"
    parts["docProps/app.xml"] = parts["docProps/app.xml"].replace(
        end, f"<Company>{company}</Company>".encode() + end
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def user_parts(path: Path, title: str) -> dict[str, bytes]:
    """Every part the named sheet leads to, by its path of relationship ids from the sheet
    (so the same part under another name in another file compares equal)."""
    with zipfile.ZipFile(path) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = _rels(archive, "xl/workbook.xml")
        sheet = next(s for s in book.iter(f"{MAIN}sheet") if s.get("name") == title)
        found: dict[str, bytes] = {}
        pending = [("sheet", rels[str(sheet.get(REL_ID))])]
        while pending:
            key, part = pending.pop()
            found[key] = archive.read(part)
            pending += [(f"{key}/{rid}", target) for rid, target in _rels(archive, part).items()]
        return found


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    folder, name = posixpath.split(part)
    try:
        root = ElementTree.fromstring(archive.read(f"{folder}/_rels/{name}.rels"))
    except KeyError:
        return {}
    found = {}
    for rel in root:
        if rel.get("TargetMode") == "External":
            continue
        target = str(rel.get("Target"))
        resolved = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
        found[str(rel.get("Id"))] = posixpath.normpath(resolved)
    return found


def check_user_sheet(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:4] == ["About", "KPI planner", SHEET, "Maturity"]
    sheet = book[SHEET]
    assert sheet["B5"].value == "=SUM(B2:B4)"
    assert sheet["B2"].number_format == MONEY and sheet["B5"].number_format == MONEY
    assert sheet["A1"].font.b and sheet["A1"].font.color.rgb.endswith("FF0000")
    assert sheet["B5"].fill.fgColor.rgb.endswith("FFFF00")
    assert sheet.column_dimensions["A"].width == 30
    assert [str(r) for r in sheet.merged_cells.ranges] == ["C1:E1"]
    assert sheet["A2"].comment is not None and sheet["A2"].comment.text == "checked by Anna"
    rules = [r for cf in sheet.conditional_formatting for r in cf.rules]
    assert [(r.operator, r.formula) for r in rules] == [("greaterThan", ["1000"])]
    assert rules[0].dxf.fill.bgColor.rgb.endswith("FFC7CE")
    assert [str(v.sqref) for v in sheet.data_validations.dataValidation] == ["F2:F10"]
    assert len(sheet._charts) == 1 and len(sheet._images) == 1
    assert sheet.tables["Budget"].ref == "A1:B4"
    assert sheet["A7"].hyperlink.target == "https://example.com/rates"
    assert book.defined_names["total_cost"].attr_text == f"'{SHEET}'!$B$5"
    assert book["Scratch"].sheet_state == "hidden"
    assert book["Scratch"].defined_names["rate"].attr_text == "Scratch!$A$1"
    assert book["Costs"].defined_names["my_costs"].attr_text == "Costs!$F$2:$F$9"
    assert [(p.name, p.value) for p in book.custom_doc_props] == [("Department", "Marketing")]
    assert book.properties.title == "Social plan 2027" and book.properties.creator == "Anna"
    assert book.properties.lastModifiedBy == "Anna"
    with zipfile.ZipFile(path) as archive:
        assert b"<Company>Vireo Sensing</Company>" in archive.read("docProps/app.xml")
    assert book.calculation.calcMode == "manual" and book.calculation.fullCalcOnLoad
    assert book.active.title == SHEET  # and only it: two selected tabs would be grouped
    assert [s.title for s in book.worksheets if s.sheet_view.tabSelected] == [SHEET]
    planner = book["KPI planner"]  # the plan's own sheet keeps its own look
    assert planner["A2"].value == "Stage" and planner["A2"].font.b
    assert planner["A2"].fill.fgColor.rgb.endswith("37474F")
    assert planner.print_title_rows == "$1:$2"
    with zipfile.ZipFile(path) as archive:
        names = ElementTree.fromstring(archive.read("xl/workbook.xml")).iter(f"{MAIN}definedName")
        scoped = [(n.get("name"), n.get("localSheetId")) for n in names]
    assert len(scoped) == len(set(scoped))  # the plan's filter and print names once each


@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kept") / "example.xlsx"
    save_plan(example_plan(), path)
    add_user_sheet(path)
    return path


@pytest.fixture
def with_user_sheet(made_once: Path, tmp_path: Path) -> Path:
    """The example plan with a sheet of a colleague's (a copy for each test)."""
    path = tmp_path / "example.xlsx"
    shutil.copyfile(made_once, path)
    return path


def test_a_user_sheet_survives_saves_and_an_edit(with_user_sheet: Path, tmp_path: Path) -> None:
    original = user_parts(with_user_sheet, SHEET)
    assert len(original) == 7  # sheet, comments, their shapes, table, drawing, chart, picture
    result = load_plan(with_user_sheet)
    assert result.errors == []
    notes = {p.sheet: p.message for p in result.warnings}
    assert notes[SHEET] == KEPT_NOTE and notes["Scratch"] == KEPT_NOTE
    first, second, third = (tmp_path / f"{n}.xlsx" for n in ("first", "second", "third"))
    save_plan(result.plan, first)
    check_user_sheet(first)
    again = load_plan(first)
    assert again.errors == []
    save_plan(again.plan, second)
    check_user_sheet(second)
    plan = load_plan(second).plan
    plan.apply(SetCells("stages", ((0, "description", "Edited after the saves"),)))
    save_plan(plan, third)
    check_user_sheet(third)
    for saved in (first, second, third):
        assert user_parts(saved, SHEET) == original
    assert load_plan(third).plan.value("stages", 0, "description") == "Edited after the saves"
    styles = [zipfile.ZipFile(p).read("xl/styles.xml") for p in (second, third)]
    assert styles[0] == styles[1]  # saving again adds no styles


def test_the_original_file_is_not_needed_to_save(with_user_sheet: Path, tmp_path: Path) -> None:
    original = user_parts(with_user_sheet, SHEET)
    plan = load_plan(with_user_sheet).plan
    with_user_sheet.unlink()
    copy = plan.copy()
    assert copy.kept_sheets[0].parts is plan.kept_sheets[0].parts
    save_plan(copy, tmp_path / "elsewhere.xlsx")
    assert user_parts(tmp_path / "elsewhere.xlsx", SHEET) == original


def test_a_sheet_without_its_parts_is_saved_as_values(with_user_sheet: Path) -> None:
    plan = load_plan(with_user_sheet).plan
    kept = plan.kept_sheets[0]
    assert isinstance(kept.parts, SheetParts)
    plan.kept_sheets[0] = KeptSheet(kept.title, kept.rows)
    save_plan(plan, with_user_sheet)
    result = load_plan(with_user_sheet)
    sheet = openpyxl.load_workbook(with_user_sheet)[SHEET]
    assert sheet["A4"].value == "Tools" and sheet["B2"].value == 1200.5
    assert sheet["B2"].number_format == "General" and not sheet._charts
    assert {p.sheet: p.message for p in result.warnings}[SHEET] == KEPT_NOTE
    assert {k.title for k in result.plan.kept_sheets} == {"Scratch", SHEET}


def test_a_1904_workbook_keeps_values_only(example_path: Path) -> None:
    book = openpyxl.load_workbook(example_path)
    book.create_sheet(SHEET)["A1"] = 5
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    book.save(example_path)
    result = load_plan(example_path)
    assert result.plan.kept_sheets[0].parts is None
    assert {p.sheet: p.message for p in result.warnings}[SHEET] == KEPT_VALUES_NOTE


def _look(cell: Any) -> tuple[Any, ...]:
    """A cell's value and how it looks (openpyxl's style objects compare by identity)."""
    style = (cell.font, cell.fill, cell.border, cell.alignment)
    return (cell.value, cell.number_format, *(repr(s) for s in style))


def _libreoffice(source: Path, folder: Path, target: str) -> None:
    assert SOFFICE is not None
    profile = (folder / "profile").as_uri()  # its own profile: no clash with a running one
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason=NO_LIBREOFFICE)
def test_libreoffice_recalculates_the_kept_formula(example_path: Path, tmp_path: Path) -> None:
    add_user_sheet(example_path, manual=False)  # openpyxl writes the formula without a value
    saved = tmp_path / "saved.xlsx"
    save_plan(load_plan(example_path).plan, saved)
    out = tmp_path / "csv"
    # the third sheet as CSV: field separator, quote, UTF-8, first line, no formulas; sheet 3
    _libreoffice(
        saved, out, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3"
    )
    rows = (out / f"saved-{SHEET}.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "Item,Cost,merged title"
    assert rows[4].split(",")[:2] == ["Total", f"{TOTAL:g}"]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason=NO_LIBREOFFICE)
def test_a_workbook_saved_by_libreoffice_keeps_its_sheet(
    example_path: Path, tmp_path: Path
) -> None:
    add_user_sheet(example_path, manual=False)
    out = tmp_path / "lo"
    _libreoffice(example_path, out, "xlsx:Calc MS Excel 2007 XML")
    made = out / example_path.name  # LibreOffice's own styles, shared strings and theme
    original = user_parts(made, SHEET)
    result = load_plan(made)
    assert result.errors == []
    saved = tmp_path / "saved.xlsx"
    save_plan(result.plan, saved)
    assert user_parts(saved, SHEET) == original
    before, after = (openpyxl.load_workbook(p)[SHEET] for p in (made, saved))
    assert after["B5"].value == "=SUM(B2:B4)" and after["A4"].value == "Tools"
    assert after["A2"].comment is not None and after["A2"].comment.text.strip() == "checked by Anna"
    for row in range(1, 7):
        for column in range(1, 7):
            old, new = before.cell(row, column), after.cell(row, column)
            assert _look(new) == _look(old)
    assert load_plan(saved).plan.snapshot() == example_plan().snapshot()
    planner = openpyxl.load_workbook(saved)["KPI planner"]  # renumbered into LibreOffice's styles
    assert planner["A2"].font.b and planner["A2"].fill.fgColor.rgb.endswith("37474F")
    assert planner["E1"].fill.fgColor.rgb.endswith("1565C0")
    back = tmp_path / "back"
    _libreoffice(saved, back, "xlsx:Calc MS Excel 2007 XML")  # LibreOffice opens it again
    values = openpyxl.load_workbook(back / "saved.xlsx", data_only=True)[SHEET]
    assert values["B5"].value == pytest.approx(TOTAL) and values["A4"].value == "Tools"


def test_a_plan_rebuilt_by_a_crm_import_keeps_the_sheet(
    with_user_sheet: Path, tmp_path: Path
) -> None:
    original = user_parts(with_user_sheet, SHEET)
    plan = load_plan(with_user_sheet).plan
    export = pd.DataFrame({"Deal ID": ["D-900"], "Amount": ["5000"]}, dtype=object)
    result = import_table(plan, export)
    assert result.problems == [] and result.plan is not None and result.plan is not plan
    saved = tmp_path / "imported.xlsx"
    save_plan(result.plan, saved)
    assert user_parts(saved, SHEET) == original
    assert "D-900" in load_plan(saved).plan.keys("deals")


def _rewrite(path: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    """Change the parts of a workbook in place (what some other program may write)."""
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _styles_with_a_dtd(parts: dict[str, bytes]) -> None:
    parts["xl/styles.xml"] = b'<!DOCTYPE s [<!ENTITY e "x">]>' + parts["xl/styles.xml"]


def _styles_with_a_bad_number(parts: dict[str, bytes]) -> None:
    parts["xl/styles.xml"] = parts["xl/styles.xml"].replace(b'numFmtId="165"', b'numFmtId="x"', 1)


def _a_missing_drawing(parts: dict[str, bytes]) -> None:
    del parts["xl/drawings/drawing1.xml"]


def _a_name_of_no_sheet(parts: dict[str, bytes]) -> None:
    name = b'<definedName name="lost" localSheetId="99">Nowhere!$A$1</definedName>'
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</definedNames>", name + b"</definedNames>"
    )


@pytest.mark.parametrize(
    ("damage", "whole"),
    [
        (_styles_with_a_dtd, False),
        (_styles_with_a_bad_number, False),
        (_a_missing_drawing, False),
        (_a_name_of_no_sheet, True),
    ],
)
def test_a_workbook_whose_parts_cannot_be_kept_keeps_the_values(
    with_user_sheet: Path,
    tmp_path: Path,
    damage: Callable[[dict[str, bytes]], None],
    whole: bool,
) -> None:
    _rewrite(with_user_sheet, damage)
    result = load_plan(with_user_sheet)
    assert result.errors == []
    said = [(p.cell, p.message) for p in result.warnings if p.sheet == SHEET]
    assert said[0] == ("", KEPT_NOTE if whole else KEPT_VALUES_NOTE)
    # kept as values, the formula openpyxl saved without a value is named: it will be lost
    assert [cell for cell, _ in said[1:]] == ([] if whole else ["B5"])
    saved = tmp_path / "saved.xlsx"
    save_plan(result.plan, saved)
    again = load_plan(saved)
    assert again.errors == [] and again.plan.snapshot() == example_plan().snapshot()
    sheet = openpyxl.load_workbook(saved)[SHEET]
    assert sheet["A4"].value == "Tools" and sheet["B2"].value == 1200.5
