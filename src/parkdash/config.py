"""Where the data lives: one setting, read from the environment."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "PARKDASH_DATA_DIR"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"


def data_dir() -> Path:
    """The data folder: ``$PARKDASH_DATA_DIR`` if set, else the embedded ``data/``."""
    value = os.environ.get(ENV_DATA_DIR, "").strip()
    return Path(value) if value else DEFAULT_DATA_DIR
