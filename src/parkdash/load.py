"""The one way in for data: read a data folder, validate it, return typed tables."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from parkdash import periods
from parkdash.schema import NEWS, OBSERVATIONS, TABLES, Table
from parkdash.validate import Problem, RawTable, check_dir


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


def _typed(raw: RawTable, table: Table) -> pd.DataFrame:
    frame = raw.frame.copy()
    for f in table.fields:
        column = frame[f.name]
        if f.type == "float":
            frame[f.name] = pd.to_numeric(column.replace("", None), errors="raise").astype("float64")
        elif f.type == "bool":
            frame[f.name] = column.eq("true")
        else:
            frame[f.name] = column.astype(object)  # numpy objects: far quicker than Arrow strings on small frames
    if table is OBSERVATIONS:
        parsed = [periods.parse_period(p) for p in frame["period"]]
        frame["period_kind"] = pd.Series([p.kind for p in parsed], dtype=object)
        frame["end_year"] = pd.array([p.end_year for p in parsed], dtype="Int64")
        frame["start_year"] = pd.array([p.start_year for p in parsed], dtype="Int64")
    if table is NEWS:
        frame["year"] = pd.array([periods.year_of(d) for d in frame["date"]], dtype="Int64")
    return frame


def split_ids(cell: str | None) -> list[str]:
    """The items of a ``|``-separated cell."""
    return [x for x in (cell or "").split("|") if x]
