"""Writes the sample files people bring, for the import tests (small, made up, honest sums).

Run ``python tests/data/imports/make_samples.py`` to write them again.
"""

from __future__ import annotations

import csv
import datetime as dt
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


def cost_list(path: Path) -> None:
    """A cost list as a German spreadsheet saves it: semicolons and decimal commas."""
    lines = [
        "Datum;Netzwerk;Kategorie;Betrag;Notiz",
        "15.01.2027;LinkedIn;ad spend;1.250,50;Carousel campaign",
        "20.01.2027;;tools;89,90;Scheduling tool",
        "10.02.2027;X;content;300,00;Thread visuals",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")


def write_all(folder: Path = HERE) -> None:
    daily_new_followers(folder / "daily_new_followers.xlsx")
    daily_follower_count(folder / "daily_follower_count.csv")
    monthly_sheet(folder / "monthly_tracking.xlsx")
    cost_list(folder / "costs.csv")


if __name__ == "__main__":
    write_all()
