"""Render resources/icons/smplanner.svg into the icon files desktops and installers want.

    python packaging/make_icons.py [OUT_DIR]     (default: build/icons)

Writes PNGs in the usual sizes (16 to 512 pixels, for Linux's hicolor theme), an .ico
for Windows and, where Qt can write it, an .icns for macOS. Generated, not committed:
the SVG is the one source.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "smplanner.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(out: Path) -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs it to paint)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        target = out / f"smplanner-{size}.png"
        if not render(renderer, size).save(str(target)):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix in ("ico", "icns"):
        if suffix in formats:
            render(renderer, 256).save(str(out / f"smplanner.{suffix}"))
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")))
