#!/bin/sh
# Build smplanner's standalone one-folder bundle with PyInstaller, then check it runs.
#
#   packaging/build.sh            -> dist/smplanner/ (run dist/smplanner/smplanner)
#
# Uses the project's virtual environment (.venv, made by `make test` or `make run`) or
# $PYTHON, installs PyInstaller there (the "bundle" extra), renders the icons from the
# SVG, compiles the translations, builds from packaging/smplanner.spec and runs the
# bundle's --self-test without a display, in English and in German. Prints the bundle's
# size and the self-tests' results.
#
# Windows (PowerShell, from the repository):
#   py -3.11 -m venv .venv; .venv\Scripts\pip install -e .[bundle]
#   .venv\Scripts\python packaging\make_icons.py
#   .venv\Scripts\python -m PyInstaller --noconfirm packaging\smplanner.spec
#   dist\smplanner\smplanner.exe --self-test
#   (the spec builds a console executable so that the command line prints; for a
#    double-click launcher without a console window, set console=False in the spec
#    or install the wheel, whose smplanner-gui script has no console.)
# macOS: the same commands as here; add `--windowed` semantics by setting console=False
#   and wrapping COLLECT in a BUNDLE(...) step to get smplanner.app, and use the .icns
#   that make_icons.py writes. Sign and notarise the .app before giving it to users.
set -eu
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
if [ ! -x "$PYTHON" ] && ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "build.sh: no $PYTHON; run 'make test' first or set PYTHON" >&2
    exit 1
fi
"$PYTHON" -m pip install --disable-pip-version-check -q -e '.[bundle]'
"$PYTHON" packaging/make_icons.py build/icons
# The translations, compiled from their sources (resources/translations/*.ts -> .qm)
"$("$PYTHON" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)')/lrelease" \
    -silent resources/translations/*.ts
rm -rf dist/smplanner
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/smplanner.spec

echo "== bundle: dist/smplanner ($(du -sh dist/smplanner | cut -f1))"
# The self-test must not see the source tree or the venv: run it from elsewhere, clean;
# once more under a German locale, which must show German tab titles.
BUNDLE="$(pwd)/dist/smplanner/smplanner"
(cd / && env -i HOME="${HOME:-/tmp}" PATH=/usr/bin:/bin LANG=C.UTF-8 "$BUNDLE" --self-test)
GERMAN=$(cd / && env -i HOME="${HOME:-/tmp}" PATH=/usr/bin:/bin LANG=de_DE.UTF-8 LC_CTYPE=C.UTF-8 \
    "$BUNDLE" --self-test)
echo "$GERMAN"
case "$GERMAN" in
    *KPI-Planer*) ;;
    *) echo "build.sh: the bundle did not start in German under LANG=de_DE.UTF-8" >&2; exit 1 ;;
esac
