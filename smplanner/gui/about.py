"""Help > About: the version, the licences of what smplanner is built on, and where the
user's own files (settings, recovery copies) are kept."""

from __future__ import annotations

import html
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QSettings, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from smplanner import __version__
from smplanner.domain.text import tr

LICENCES = (
    ("Qt", "LGPL v3", "https://www.qt.io/licensing/"),
    ("PySide6 (Qt for Python)", "LGPL v3", "https://doc.qt.io/qtforpython-6/licenses.html"),
    ("pandas", "BSD 3-Clause", "https://github.com/pandas-dev/pandas/blob/main/LICENSE"),
    ("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    ("pyqtgraph", "MIT", "https://github.com/pyqtgraph/pyqtgraph/blob/master/LICENSE.txt"),
    ("python-calamine", "MIT", "https://github.com/dimastbk/python-calamine"),
)
DISTRIBUTIONS = {
    "PySide6 (Qt for Python)": "PySide6-Essentials",
    "pandas": "pandas",
    "openpyxl": "openpyxl",
    "pyqtgraph": "pyqtgraph",
    "python-calamine": "python-calamine",
}


def _version_of(name: str) -> str:
    if name == "Qt":
        return qVersion()
    try:
        return version(DISTRIBUTIONS[name])
    except (KeyError, PackageNotFoundError):
        return ""


def recovery_folder() -> str:
    """Where autosaved copies of unsaved plans are kept."""
    from smplanner.io import recovery

    return str(recovery.folder())


def about_text() -> str:
    rows = "".join(
        f"<tr><td>{html.escape(name)} {html.escape(_version_of(name))}</td>"
        f"<td>&nbsp;&nbsp;<a href='{url}'>{licence}</a></td></tr>"
        for name, licence, url in LICENCES
    )
    settings = QSettings("smplanner", "smplanner").fileName()
    return (
        f"<h3>smplanner {__version__}</h3>"
        "<p>"
        + tr(
            "Plan B2B social media work, judge it by the right KPIs and prove its return; "
            "plans are Excel workbooks your colleagues can open."
        )
        + "</p><p>"
        + tr("smplanner is free software under the MIT licence. It is built on:")
        + f"</p><table>{rows}</table><p><b>"
        + tr("Your files")
        + "</b><br>"
        + tr("Settings: {path}").format(path=html.escape(settings))
        + "<br>"
        + tr("Recovery copies of unsaved plans: {path}").format(path=html.escape(recovery_folder()))
        + "</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, tr("About smplanner"), about_text())
