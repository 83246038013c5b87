"""Workbooks to read: the example saved by the app, edited the way people edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner.domain.catalogue import example_plan
from smplanner.io.workbook import save_plan

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture
def example_path(tmp_path: Path) -> Path:
    path = tmp_path / "example.xlsx"
    save_plan(example_plan(), path)
    return path
