"""Clipboard text round-trips whatever the cells hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.tsv import format_tsv, parse_tsv


def test_excel_style_block() -> None:
    assert parse_tsv("P\tS\r\n\tP\r\n") == [["P", "S"], ["", "P"]]
    assert parse_tsv('"a\tb"\t"say ""hi"""\n') == [["a\tb", 'say "hi"']]
    assert parse_tsv('"two\r\nlines"\tx\n') == [["two\r\nlines", "x"]]
    assert parse_tsv("") == []
    assert parse_tsv("a\n\nb\n") == [["a"], [""], ["b"]]


def test_text_not_well_quoted_is_read_as_it_stands() -> None:
    assert parse_tsv('"unterminated') == [['"unterminated']]
    assert parse_tsv('"a"b\tc\n') == [['"a"b', "c"]]
    assert parse_tsv('5" screen\tx\n') == [['5" screen', "x"]]


def test_written_as_spreadsheets_write_it() -> None:
    assert format_tsv([["P", "S"], ["", "P"]]) == "P\tS\n\tP\n"
    assert format_tsv([[""]]) == "\n"  # one empty cell is an empty line, not ""
    assert format_tsv([["a\tb", 'say "hi"', "cr\r"]]) == '"a\tb"\t"say ""hi"""\t"cr\r"\n'


cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=8)


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=4))
def test_round_trip(rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    assert parse_tsv(format_tsv(rows)) == rows
