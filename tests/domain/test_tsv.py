"""Clipboard text round-trips whatever the cells hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain.tsv import format_tsv, parse_tsv


def test_excel_style_block() -> None:
    assert parse_tsv("P\tS\r\n\tP\r\n") == [["P", "S"], ["", "P"]]
    assert parse_tsv('"a\tb"\t"say ""hi"""\n') == [["a\tb", 'say "hi"']]
    assert parse_tsv("") == []
    assert parse_tsv('"unterminated') == [['"unterminated']]


cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=8)


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=4))
def test_round_trip(rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if width == 1 and any(r == [""] for r in rows):
        rows = [[c or "x"] for (c,) in rows]
    assert parse_tsv(format_tsv(rows)) == rows
