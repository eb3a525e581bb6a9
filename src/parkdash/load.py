"""The one way in for data: read a data folder, validate it, return typed tables.

A large data set that passed validation is also kept in a cache outside the data folder (see
:mod:`parkdash.config`), keyed by the content of its files and the code that checks and types them,
so the next process loads it in seconds. A cache entry that is missing, damaged or not ours is
ignored and the files are read again.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from parkdash import config, diskcache, periods
from parkdash.schema import NEWS, OBSERVATIONS, TABLES, Table
from parkdash.validate import Problem, RawTable, check_dir, floats, per_value, release_memory


@dataclass(frozen=True)
class Dataset:
    """The whole data set as typed tables (columns as declared in :mod:`parkdash.schema`)."""

    parks: pd.DataFrame
    industries: pd.DataFrame
    park_industries: pd.DataFrame
    metrics: pd.DataFrame
    observations: pd.DataFrame
    news: pd.DataFrame
    fingerprint: str = ""
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, key: str, build: Callable[[], Any]) -> Any:
        """A table derived from this data set, built once (the data set never changes once loaded)."""
        if key not in self._derived:
            self._derived[key] = build()
        return self._derived[key]

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def counts(self) -> dict[str, int]:
        return {t.name: len(self.table(t.name)) for t in TABLES}


@dataclass(frozen=True)
class LoadResult:
    """A data set (None when the folder has errors) and every problem found."""

    dataset: Dataset | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.dataset is not None


def fingerprint(data_dir: Path) -> str:
    """Changes whenever a data file changes (name, size, modification time)."""
    h = hashlib.sha1()
    for table in TABLES:
        path = data_dir / table.file
        try:
            st = path.stat()
        except OSError:
            h.update(f"{table.file}:missing".encode())
            continue
        h.update(f"{table.file}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def load(data_dir: Path, attempts: int = 3, cache: bool = True) -> LoadResult:
    """Read and validate every table; a data set only when there is no problem at all.

    If a file changes while it is being read (a save in progress), the read is repeated, so a data
    set never mixes two versions of the files. With ``cache``, a large valid data set is taken from
    (or written to) the cache.
    """
    for _ in range(attempts):
        stamp = fingerprint(data_dir)
        key = _cache_key(data_dir) if cache else None
        typed = _cache_read(key) if key else None
        if typed is None:
            raws, problems = check_dir(data_dir)
        if fingerprint(data_dir) == stamp:
            break
    else:
        return LoadResult(None, [Problem(str(data_dir), 0, "", "the data files kept changing while being read; try again")])
    if typed is None:
        if problems:
            return LoadResult(None, problems)
        typed = {t.name: _typed(raws.pop(t.name), t) for t in TABLES}
        if key:
            _cache_write(key, typed)
    release_memory()  # what reading and checking used, for a server that keeps running
    return LoadResult(Dataset(**typed, fingerprint=stamp), [])


# ---------------------------------------------------------------- cache of validated data sets

CACHE_MIN_BYTES = 16 * 2**20  # smaller data sets are read from their files in a second or two
CACHE_KEEP = 2  # entries kept; older ones are removed
_MAGIC = b"parkdash-cache-1\n"
_CODE = ("schema.py", "validate.py", "load.py", "vocab.py", "periods.py")  # what decides validity and types


def _cache_key(data_dir: Path) -> str | None:
    """The cache entry's name: a digest of the data files' content and the code; None when not cached."""
    folder = config.cache_dir()
    paths = [data_dir / t.file for t in TABLES]
    if folder is None or not all(p.is_file() for p in paths) or sum(p.stat().st_size for p in paths) < CACHE_MIN_BYTES:
        return None
    if folder.resolve().is_relative_to(data_dir.resolve()):
        return None  # never write into the data folder
    h = hashlib.sha256(f"{_MAGIC!r} {sys.version} {pd.__version__} {np.__version__}".encode())
    here = Path(__file__).parent
    for path in [here / name for name in _CODE] + paths:
        with path.open("rb") as fh:
            h.update(path.name.encode() + hashlib.file_digest(fh, "sha256").digest())
    return h.hexdigest()[:32]


def _cache_read(key: str) -> dict[str, pd.DataFrame] | None:
    """The typed tables of a cache entry, or None (an entry that is damaged or not a data set is removed)."""
    name = f"{key}.pickle"
    typed = diskcache.read(name, _MAGIC)
    if typed is None:
        return None
    ok = isinstance(typed, dict) and set(typed) == {t.name for t in TABLES}
    ok = ok and all(
        isinstance(typed[t.name], pd.DataFrame) and list(typed[t.name].columns[: len(t.columns)]) == t.columns for t in TABLES
    )
    if not ok:
        diskcache.discard(name)
        return None
    return typed


def _cache_write(key: str, typed: dict[str, pd.DataFrame]) -> None:
    diskcache.write(f"{key}.pickle", typed, _MAGIC, keep=CACHE_KEEP, family="*.pickle")


# How the data set holds text. Observation columns with few distinct values are categoricals: a byte or
# two per row instead of an 8-byte pointer; they compare, filter (==, isin), group and iterate like
# text, are never join keys (ids stay plain text, so merges give object columns) and never free text
# (a table shown in the browser carries a categorical's every category). obs_id, a distinct string
# per row, is held by Arrow (pandas' "str" dtype). Every other text column is plain object strings,
# one Python string per distinct value: far quicker than Arrow strings on small frames.
CATEGORICAL = {
    "observations": (
        "scope",
        "entity_reported",
        "period",
        "period_text",
        "kind",
        "qualifier",
        "aspiration",
        "unit",
        "period_kind",
    ),
}
ARROW_TEXT = {"observations": ("obs_id",)}


def _typed(raw: RawTable, table: Table) -> pd.DataFrame:
    """Typed columns: floats and booleans parsed once per distinct value, text as described above."""
    frame = raw.frame
    columns: dict[str, object] = {}
    for f in table.fields:
        column = frame[f.name]
        if f.type == "float":
            columns[f.name] = floats(column)
        elif f.type == "bool":
            columns[f.name] = column.eq("true").to_numpy()
        else:
            columns[f.name] = column
    if table is OBSERVATIONS:
        codes, uniques = pd.factorize(frame["period"])
        parsed = [periods.parse_period(p) for p in uniques]
        kinds = pd.Categorical(np.array([p.kind for p in parsed], dtype=object))
        columns["period_kind"] = pd.Series(pd.Categorical.from_codes(kinds.codes[codes], dtype=kinds.dtype))
        columns["end_year"] = _years(np.array([p.end_year for p in parsed], dtype="float64")[codes])
        columns["start_year"] = _years(np.array([p.start_year for p in parsed], dtype="float64")[codes])
    if table is NEWS:
        columns["year"] = _years(per_value(frame["date"], periods.year_of, "float64"))
    for name, column in columns.items():
        if isinstance(column, pd.Series) and not pd.api.types.is_numeric_dtype(column.dtype):
            columns[name] = _text(column, name, table)
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)), copy=False)


def _text(column: pd.Series, name: str, table: Table) -> object:
    if name in CATEGORICAL.get(table.name, ()):
        values = (
            column.array if isinstance(column.dtype, pd.CategoricalDtype) else pd.Categorical(np.asarray(column, dtype=object))
        )
        return values.set_categories(pd.Index(sorted(values.categories), dtype=object))  # text order: sorting is unchanged
    if name in ARROW_TEXT.get(table.name, ()):
        return column.astype("str")
    return pd.Series(np.asarray(column, dtype=object), dtype=object)  # from a categorical: one string per distinct value


def _years(values: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.array(values, dtype="Int64")  # NaN (no year) becomes <NA>


def split_ids(cell: str | None) -> list[str]:
    """The items of a ``|``-separated cell."""
    return [x for x in (cell or "").split("|") if x]
