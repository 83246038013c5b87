"""The one sentence for cells that were not set."""

from __future__ import annotations

from smplanner.domain.refusals import not_set


def test_names_the_first_problem_and_counts_the_rest() -> None:
    assert not_set([]) == ""
    assert (
        not_set(["row 2, Unit: 'x' is not allowed"]) == "Not set: row 2, Unit: 'x' is not allowed"
    )
    assert not_set(["row 2: a", "row 3: b"]) == "Not set: row 2: a (and 1 more)"
    assert not_set(["a", "b", "c"]) == "Not set: a (and 2 more)"
