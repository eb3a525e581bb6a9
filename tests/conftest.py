"""Shared fixtures: the synthetic mini data set (tests only) and editable copies of it."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"  # SYNTHETIC test data, not facts
DATA = ROOT / "data"


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the synthetic mini data set."""
    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


def edit_cell(data_dir: Path, file: str, row: int, column: str, value: str) -> None:
    """Set one cell; ``row`` is the 0-based data row (line ``row + 2`` of the file)."""
    path = data_dir / file
    with path.open(encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
        header = list(records[0].keys()) if records else []
    records[row][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(records)


@pytest.fixture
def edit(mini_copy: Path) -> Callable[[str, int, str, str], Path]:
    def _edit(file: str, row: int, column: str, value: str) -> Path:
        edit_cell(mini_copy, file, row, column, value)
        return mini_copy

    return _edit
