"""``smplanner pipeline`` on the example plan: the JSON keys and the worked totals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smplanner.cli import main


def test_pipeline_json_of_the_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.xlsx"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["pipeline", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    for key in (
        "weighted",
        "sourced_by_social",
        "influenced_by_social",
        "best_case",
        "commit",
        "by_stage",
        "by_pool",
        "forecast_by_period",
    ):
        assert key in found
    # the example's open deals: 40,000 at Proposed (75 %) and 7,000 at Scoped (25 %)
    assert found["weighted"] == 31_750 and found["best_case"] == 47_000
    assert found["commit"] == 40_000
    assert [s["stage"] for s in found["by_stage"]][-2:] == ["Won", "Lost"]
    assert main(["summary", str(path), "--json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["pipeline"]["weighted"] == 31_750
