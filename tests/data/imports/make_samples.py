"""Writes the sample files people bring, for the import tests (small, made up, honest sums).

Run ``python tests/data/imports/make_samples.py`` to write them again.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
START = dt.date(2027, 1, 1)
DAYS = 59  # January and February 2027


def daily_new_followers(path: Path) -> None:
    """A page-analytics export: a title block, then a row per day with the day's gains."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "New followers"
    sheet.append(["Company page analytics: new followers"])
    sheet.append(["Exported 2027-03-01"])
    sheet.append([])
    sheet.append(["Date", "Organic followers", "Sponsored followers", "Impressions", "Clicks"])
    for n in range(DAYS):
        day = START + dt.timedelta(days=n)
        sheet.append([day, 2 + n % 3, n % 2, 100 + n, 5])
    book.save(path)


def daily_follower_count(path: Path) -> None:
    """An export with the follower count each day (a level: the period keeps the last)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Day", "Network", "Follower count", "MQLs"])
        for n in range(DAYS):
            day = START + dt.timedelta(days=n)
            out.writerow([f"{day:%d.%m.%Y}", "LinkedIn", 1000 + 3 * n, 1 if n % 7 == 0 else 0])


def monthly_sheet(path: Path) -> None:
    """A home-made tracking sheet: networks and KPIs down, months across."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tracking 2027"
    sheet.append(["Social media tracking 2027"])
    sheet.append([])
    sheet.append(["Network", "KPI", "Jan 2027", "Feb 2027", "Mar 2027"])
    sheet.append(["LinkedIn", "Followers", 1000, 1080, 1150])
    sheet.append(["LinkedIn", "SQLs", 2, 3, 1])
    sheet.append(["X", "Total followers", 400, 410, None])
    sheet.append(["Mastodon", "Followers", 50, 60, 70])
    book.save(path)


def monthly_sheet_ods(path: Path) -> None:
    """The home-made sheet as LibreOffice saves it (.ods), written here by hand."""
    rows = [
        ["Network", "KPI", "2027-01", "2027-02"],
        ["LinkedIn", "MQLs", 4, 6],
        ["X", "Follower count", 400, 410],
    ]

    def cell(value: object) -> str:
        if isinstance(value, int):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    office = "urn:oasis:names:tc:opendocument:xmlns"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content xmlns:office="{office}:office:1.0" '
        f'xmlns:table="{office}:table:1.0" xmlns:text="{office}:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Months">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<manifest:manifest xmlns:manifest="{office}:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def cost_list(path: Path) -> None:
    """A cost list as a German spreadsheet saves it: semicolons and decimal commas."""
    lines = [
        "Datum;Netzwerk;Kategorie;Betrag;Notiz",
        "15.01.2027;LinkedIn;ad spend;1.250,50;Carousel campaign",
        "20.01.2027;;tools;89,90;Scheduling tool",
        "10.02.2027;X;content;300,00;Thread visuals",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")


def kpi_planner(path: Path) -> None:
    """A home-made KPI planner: stages merged down (blank below their first row), an X for
    each KPI a row sets, one stage and one KPI column that no catalogue knows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI plan"
    sheet.append(["Social media KPI plan 2027"])
    sheet.append([])
    kpis = ["Followers", "Impressions", "Video views", "Link clicks", "MQLs", "SQLs"]
    sheet.append(["Stage", "Goal", "Tactic", *kpis, "Webinar attendees", "Notes"])
    rows: list[list[object]] = [
        ["Awareness", "Grow audience", "Employee advocacy", "X", "x"] + [None] * 5 + ["Weekly"],
        [None, "Brand awareness and sentiment", "video", None, "X", "X"],
        ["Consideration", "Generate leads", "Webinar", None, None, None, "X", "X", None, "✓"],
        [None, "generate leads", "Podcast", None, "X", None, None, "X"],
        ["Decision", "Create pipeline", "Case study"] + [None] * 5 + ["X"],
        ["Delight", "Win customers", "Case study", "X"],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A4:A5")
    sheet.merge_cells("A6:A7")
    book.save(path)


def crm_deals(path: Path) -> None:
    """A CRM's deals export: one deal the plan knows (a new amount), two it does not."""
    lines = [
        "Deal ID,Deal Name,Amount,Deal Stage,Create Date,Close Date",
        "D-1001,Analytics pilot,13500,Closed Won,2027-01-10,2027-03-18",
        'D-2001,Agency retainer,"4,800.00",Proposal,2027-02-01,',
        "D-2002,Conference sponsorship,2500,Closed Lost,2027-01-20,2027-02-28",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def crm_touches(path: Path) -> None:
    """A CRM's touches export: one touch the plan has, a LinkedIn one, a podcast (a channel
    the plan does not know yet)."""
    lines = [
        "Deal ID;Touch Date;Channel;Campaign",
        "D-1001;2026-12-02;LinkedIn;Thought-leadership posts",
        "D-1002;15.01.2027;linkedin;Carousel campaign",
        "D-1002;2027-02-03;Podcast;Guest episode",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def daily_with_bad_cells(path: Path) -> None:
    """A daily export a person edited by hand: text in a number column, a date mistyped."""
    lines = [
        "Date,Impressions,Clicks",
        "2027-01-01,120,4",
        "2027-01-02,n/a,5",
        "2027-01-03,130,6",
        "2027-13-45,140,7",
        "2027-02-01,150,8",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_all(folder: Path = HERE) -> None:
    daily_new_followers(folder / "daily_new_followers.xlsx")
    daily_follower_count(folder / "daily_follower_count.csv")
    monthly_sheet(folder / "monthly_tracking.xlsx")
    monthly_sheet_ods(folder / "monthly_tracking.ods")
    cost_list(folder / "costs.csv")
    kpi_planner(folder / "kpi_planner.xlsx")
    crm_deals(folder / "crm_deals.csv")
    crm_touches(folder / "crm_touches.csv")
    daily_with_bad_cells(folder / "daily_bad_cells.csv")


if __name__ == "__main__":
    write_all()
