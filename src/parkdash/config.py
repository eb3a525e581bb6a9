"""Settings read from the environment: where the data lives, how large a file may be, where the cache goes."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "PARKDASH_DATA_DIR"
ENV_MAX_FILE_MB = "PARKDASH_MAX_FILE_MB"
ENV_CACHE_DIR = "PARKDASH_CACHE_DIR"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_MAX_FILE_MB = 1024  # the national synthetic set's largest file is ~490 MB
CACHE_OFF = ("", "0", "off", "none", "false", "no")


def data_dir() -> Path:
    """The data folder: ``$PARKDASH_DATA_DIR`` if set, else the embedded ``data/``."""
    value = os.environ.get(ENV_DATA_DIR, "").strip()
    return Path(value) if value else DEFAULT_DATA_DIR


def max_file_bytes(default: int = DEFAULT_MAX_FILE_MB * 2**20) -> int:
    """The largest data file the validator reads: ``$PARKDASH_MAX_FILE_MB`` (a positive number of MB), else ``default``.

    Larger files are refused before they are read, so a huge or hostile file cannot exhaust memory.
    """
    value = os.environ.get(ENV_MAX_FILE_MB, "").strip()
    try:
        mb = float(value)
    except ValueError:
        return default
    return int(mb * 2**20) if mb > 0 else default


def cache_dir() -> Path | None:
    """Where validated data sets are cached between runs; None when caching is off.

    ``$PARKDASH_CACHE_DIR`` names the folder (``off`` turns the cache off); by default a ``parkdash``
    folder in ``$XDG_CACHE_HOME`` or ``~/.cache``. The loader never uses a folder inside the data folder.
    """
    value = os.environ.get(ENV_CACHE_DIR)
    if value is not None:
        return None if value.strip().lower() in CACHE_OFF else Path(value.strip())
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "parkdash"
