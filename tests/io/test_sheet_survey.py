"""The numpy survey of worksheet XML says what the byte and regular-expression scans say."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from smplanner.io.sheet_survey import column_number, survey

ROW = re.compile(rb'<row r="([0-9]{1,12})"')
CELL = re.compile(rb'<c r="\$?([A-Za-z]{1,8})\$?([0-9]{1,12})"')
TAG = re.compile(rb"<(c|row)[\s/>]")


def by_expressions(body: bytes) -> tuple[int, int] | None:
    """The extent as the regular expressions find it, None where they count differently."""
    rows, cells, names = ROW.findall(body), CELL.findall(body), TAG.findall(body)
    if len(rows) != names.count(b"row") or len(cells) != len(names) - len(rows):
        return None
    row = max([0, *map(int, rows), *(int(d) for _, d in cells)])
    return row, max([0, *(column_number(c) for c, _ in cells)])


letters = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3)
usual_cell = st.builds(
    lambda c, r, v: f'<c r="{c}{r}" t="n"><v>{v}</v></c>',
    letters,
    st.integers(1, 9_999_999),
    st.integers(0, 99),
)
odd_cell = st.sampled_from(
    [
        '<c r="$A$1"><v>1</v></c>',
        '<c r="ab1"><v>1</v></c>',
        "<c><v>1</v></c>",
        "<c r='B2'><v>1</v></c>",
        '<c\tr="C3"/>',
        '<c r="ABCD4"><v>1</v></c>',
        '<c r="A12345678"><v>1</v></c>',
        '<x:c r="A1"><x:v>1</x:v></x:c>',
        '<c r="A1" t="s"><v>0</v></c>',
        "<c r=\"A1\" t='s'><f>B1</f></c>",
        '<c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>',
        '<cols><col min="1" max="2"/></cols>',
        '<formula1>"a,b"</formula1>',
        '<is><t>a:c or "s" or r="Z9"</t></is>',
    ]
)
row = st.builds(
    lambda n, cells: f'<row r="{n}">' + "".join(cells) + "</row>",
    st.integers(1, 9_999_999),
    st.lists(st.one_of(usual_cell, usual_cell, usual_cell, odd_cell), max_size=5),
)
odd_row = st.sampled_from(["<row>", '<row r="0012">', "<rowBreaks/>", '<row  r="5">'])


@given(st.lists(st.one_of(row, row, odd_row), max_size=8))
def test_the_survey_agrees_with_the_byte_and_expression_scans(parts: list[str]) -> None:
    body = "".join(parts).encode()
    found = survey(body)
    assert found.prefixed == (b":c" in body or b":row" in body)
    assert found.formulas == (b"<f" in body or b":f" in body)
    assert found.shared == (b'"s"' in body or b"'s'" in body)
    assert found.formula_tags == bool(re.search(rb"[<:]f[\s/>]", body))
    if found.extent is not None:  # an extent only where the expressions give the same
        assert found.extent == by_expressions(body)


def test_the_usual_spelling_gets_its_extent_without_the_expressions() -> None:
    body = b'<row r="7"><c r="B7" t="n"><v>1</v></c><c r="AB7"><v>2</v></c></row>'
    body += b'<row r="120"><c r="C99999"><v>3</v></c></row>'
    found = survey(body)
    assert found.extent == (99999, 28)
    assert found.last_cell == body.rindex(b"<c ")
    assert not (found.prefixed or found.formulas or found.shared)
    assert survey(body.replace(b'r="AB7"', b'r="$AB7"')).extent is None
    assert survey(b"").extent == (0, 0)
