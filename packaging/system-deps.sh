#!/bin/sh
# Make sure the system libraries that PySide6 needs are present (Linux only).
#
# Qt loads these shared libraries even with QT_QPA_PLATFORM=offscreen, and needs one font.
# Quiet and fast when everything is there (one `ldconfig -p`); on Debian/Ubuntu as root it
# installs what is missing with apt-get; otherwise it says what to install and fails.
#
#   packaging/system-deps.sh          libraries for tests and offscreen use
#   packaging/system-deps.sh --gui    also the X11 (xcb) libraries a real window needs
#   packaging/system-deps.sh --test   also LibreOffice Calc (the tests recalculate the ROI
#                                     sheet's formulas) and poppler-utils (they render the
#                                     PDF pages), where apt-get runs as root; else those
#                                     tests skip
#
# Environment:
#   PYTHON                     the interpreter the venv will be made from (default python3);
#                              Debian's python3 needs python3-venv for `python3 -m venv`.
#   SMPLANNER_EXTRA_APT        more Debian packages to install, e.g.
#                              "poppler-utils libreoffice-calc-nogui" (none by default).
#   SMPLANNER_SKIP_SYSTEM_DEPS set to 1 to skip this check entirely.
set -eu

[ "${SMPLANNER_SKIP_SYSTEM_DEPS:-0}" = 1 ] && exit 0
[ "$(uname -s)" = Linux ] || exit 0

GUI=0
TEST=0
[ "${1:-}" = --gui ] && GUI=1
[ "${1:-}" = --test ] && TEST=1
PYTHON=${PYTHON:-python3}

# soname -> Debian package, one pair a line.
CORE_LIBS="
libEGL.so.1 libegl1
libGL.so.1 libgl1
libxkbcommon.so.0 libxkbcommon0
libfontconfig.so.1 libfontconfig1
libdbus-1.so.3 libdbus-1-3
libglib-2.0.so.0 libglib2.0-0
"
# What Qt's xcb platform plugin loads for a real window on X11 (Qt 6.5+ needs xcb-cursor).
GUI_LIBS="
libxcb-cursor.so.0 libxcb-cursor0
libxkbcommon-x11.so.0 libxkbcommon-x11-0
libxcb-icccm.so.4 libxcb-icccm4
libxcb-image.so.0 libxcb-image0
libxcb-keysyms.so.1 libxcb-keysyms1
libxcb-randr.so.0 libxcb-randr0
libxcb-render-util.so.0 libxcb-render-util0
libxcb-shape.so.0 libxcb-shape0
libxcb-xinerama.so.0 libxcb-xinerama0
libxcb-xkb.so.1 libxcb-xkb1
libX11-xcb.so.1 libx11-xcb1
"

LDCONFIG=$(command -v ldconfig || echo /sbin/ldconfig)
known_libraries() {
    # The sonames the dynamic linker knows, one a line.
    "$LDCONFIG" -p 2>/dev/null | awk 'NR > 1 { print $1 }' || true
}
KNOWN=$(known_libraries)

missing_packages() {
    # Prints the Debian packages whose library is not known to the dynamic linker.
    libs=$CORE_LIBS
    [ "$GUI" = 1 ] && libs="$libs$GUI_LIBS"
    echo "$libs" | while read -r soname package; do
        [ -n "$soname" ] || continue
        echo "$KNOWN" | grep -qxF "$soname" || echo "$package"
    done
    # Any TrueType/OpenType font will do; Qt warns and draws nothing without one.
    if [ -z "$(find /usr/share/fonts /usr/local/share/fonts -type f \
            \( -name '*.ttf' -o -name '*.otf' -o -name '*.ttc' \) 2>/dev/null | head -n 1)" ]; then
        echo fonts-dejavu-core
    fi
    # Debian's own python3 can't make a venv without python3-venv (ensurepip).
    if command -v "$PYTHON" >/dev/null 2>&1 && ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        echo python3-venv
    fi
    for package in ${SMPLANNER_EXTRA_APT:-}; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' \
            || echo "$package"
    done
}

# Wanted by the tests, not needed to run: installed when we can, never a reason to fail.
# LibreOffice Calc recalculates the ROI sheet's formulas; poppler's pdftoppm renders the
# one-page charts to check they carry ink.
if [ "$TEST" = 1 ]; then
    WANTED=""
    command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 \
        || WANTED="libreoffice-calc-nogui"
    command -v pdftoppm >/dev/null 2>&1 || WANTED="$WANTED poppler-utils"
    if [ -n "$WANTED" ]; then
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
            echo "system-deps: installing$WANTED for the tests" >&2
            export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
            # shellcheck disable=SC2086  # word splitting of the package list is intended
            apt-get update -qq && apt-get install -y -qq --no-install-recommends $WANTED \
                >/dev/null || echo "system-deps: could not install$WANTED; its tests will skip" >&2
        else
            echo "system-deps: not installed:$WANTED; the tests that need it will skip" \
                "(Debian: apt-get install$WANTED)" >&2
        fi
    fi
fi

MISSING=$(missing_packages | sort -u | tr '\n' ' ' | sed 's/ *$//')
[ -n "$MISSING" ] || exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "system-deps: installing $MISSING" >&2
    export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $MISSING >/dev/null
    KNOWN=$(known_libraries)
    STILL=$(missing_packages | sort -u | tr '\n' ' ' | sed 's/ *$//')
    if [ -n "$STILL" ]; then
        echo "system-deps: still missing after apt-get: $STILL" >&2
        exit 1
    fi
    exit 0
fi

echo "system-deps: Qt needs system packages that are not installed: $MISSING" >&2
if command -v apt-get >/dev/null 2>&1; then
    echo "  install them with:  sudo apt-get install --no-install-recommends $MISSING" >&2
else
    echo "  (Debian names; on Fedora look for mesa-libEGL mesa-libGL libxkbcommon fontconfig" >&2
    echo "   dbus-libs glib2 dejavu-sans-fonts xcb-util-cursor, or your distribution's equivalents)" >&2
fi
echo "  or set SMPLANNER_SKIP_SYSTEM_DEPS=1 to go on without them." >&2
exit 1
