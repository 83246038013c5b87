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
    # the example's target of 150,000 at 10,187.50 a won deal, 8 won of 10 closed, SQO / MQC
    # 7 / 210 and MQC / followers 210 / 1,800: 14.72 deals, 18.40 SQO, 552.1 MQC, 4,732.4
    funnel = found["funnel_backwards"]
    assert funnel["revenue_target"] == 150_000
    needed = [level["needed"] for level in funnel["levels"]]
    assert needed == pytest.approx([150_000, 14.7239, 18.4049, 552.147, 4732.69], rel=1e-4)
    assert {rate["source"] for rate in funnel["rates"].values()} == {"tracked"}
    assert found["bottlenecks"]["fall_out"] is None and found["bottlenecks"]["text"]
    assert main(["summary", str(path), "--json"]) in (0, 1)
    summary = json.loads(capsys.readouterr().out)["pipeline"]
    assert summary["weighted"] == 31_750
    assert "funnel_backwards" in summary and "bottlenecks" in summary
