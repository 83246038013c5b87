"""File names made from plan names: only what some system refuses changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.names import MAX_FILE_STEM, NOT_IN_FILE_NAMES, file_stem

DEVICES = ("CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9")


def test_the_refused_characters_are_windows_ones_which_include_macos_and_linux_ones() -> None:
    # Windows refuses all nine; macOS refuses ":" (Finder) and "/"; Linux refuses "/"
    assert set(NOT_IN_FILE_NAMES) == set('<>:"/\\|?*')


def test_a_plan_name_stays_readable() -> None:
    assert file_stem("Example plan: Vireo Sensing social selling 2027", "plan") == (
        "Example plan - Vireo Sensing social selling 2027"
    )
    assert file_stem("Q3/Q4 plan | EMEA", "plan") == "Q3-Q4 plan - EMEA"
    assert file_stem('The "big" plan?*<>', "plan") == "The 'big' plan"
    # what every system takes is kept as typed: letters of any language, & , ( ) ' # %
    kept = "Müller & Söhne (2027), Łódź #1 — 50% 'draft'"
    assert file_stem(kept, "plan") == kept


def test_names_no_system_takes_are_mended() -> None:
    assert file_stem("", "plan") == "plan"
    assert file_stem("???", "plan") == "plan"  # nothing left: the fallback
    assert file_stem(".hidden", "plan") == "hidden"  # a leading dot hides a file
    assert file_stem("ends with dots...", "plan") == "ends with dots"  # Windows drops them
    assert file_stem("tab\tand\nnew line", "plan") == "tab and new line"
    for device in DEVICES:
        assert file_stem(device.lower(), "plan") == f"{device.lower()} plan"
    assert len(file_stem("x" * 500, "plan")) == MAX_FILE_STEM


@given(st.text())
def test_every_stem_is_a_file_name_on_every_system(name: str) -> None:
    stem = file_stem(name, "plan")
    assert stem and len(stem) <= MAX_FILE_STEM
    assert not any(c in NOT_IN_FILE_NAMES or ord(c) < 32 or ord(c) == 127 for c in stem)
    assert not stem.startswith((".", " ")) and not stem.endswith((".", " "))
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"} | {
        f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)
    }
