"""The one way in for data: read a data folder, validate it, return typed tables."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from parkdash import periods
from parkdash.schema import NEWS, OBSERVATIONS, TABLES, Table
from parkdash.validate import Problem, RawTable, check_dir, per_value, to_float


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


def load(data_dir: Path, attempts: int = 3) -> LoadResult:
    """Read and validate every table; a data set only when there is no problem at all.

    If a file changes while it is being read (a save in progress), the read is repeated, so a data
    set never mixes two versions of the files.
    """
    for _ in range(attempts):
        stamp = fingerprint(data_dir)
        raws, problems = check_dir(data_dir)
        if fingerprint(data_dir) == stamp:
            break
    else:
        return LoadResult(None, [Problem(str(data_dir), 0, "", "the data files kept changing while being read; try again")])
    if problems:
        return LoadResult(None, problems)
    typed = {t.name: _typed(raws[t.name], t) for t in TABLES}
    return LoadResult(Dataset(**typed, fingerprint=stamp), [])


# Columns of the observations (millions of rows at national scale) with few distinct values, kept as
# categoricals: a byte or two per row instead of an 8-byte pointer. They compare, filter (==, isin),
# group and iterate like text; they are never join keys (ids stay plain text, so merges keep object
# columns) and never free text (a table shown in the browser carries a categorical's every category).
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


def _typed(raw: RawTable, table: Table) -> pd.DataFrame:
    """Typed columns: floats and booleans parsed once per distinct value, text as plain object strings."""
    frame = raw.frame
    columns: dict[str, object] = {}
    for f in table.fields:
        column = frame[f.name]
        if f.type == "float":
            columns[f.name] = per_value(column, to_float, "float64")
        elif f.type == "bool":
            columns[f.name] = column.eq("true").to_numpy()
        else:
            columns[f.name] = column  # numpy objects: far quicker than Arrow strings on small frames
    if table is OBSERVATIONS:
        parsed = {p: periods.parse_period(p) for p in pd.unique(frame["period"])}
        columns["period_kind"] = pd.Series(per_value(frame["period"], lambda p: parsed[p].kind), dtype=object)
        columns["end_year"] = _years(per_value(frame["period"], lambda p: parsed[p].end_year, "float64"))
        columns["start_year"] = _years(per_value(frame["period"], lambda p: parsed[p].start_year, "float64"))
    if table is NEWS:
        columns["year"] = _years(per_value(frame["date"], periods.year_of, "float64"))
    for name in CATEGORICAL.get(table.name, ()):
        columns[name] = pd.Categorical(columns[name])  # categories in text order: sorting is unchanged
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)))


def _years(values: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.array(values, dtype="Int64")  # NaN (no year) becomes <NA>


def split_ids(cell: str | None) -> list[str]:
    """The items of a ``|``-separated cell."""
    return [x for x in (cell or "").split("|") if x]
