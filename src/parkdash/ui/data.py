"""Loading through Streamlit's cache: an edited data file shows on the next rerun, no restart.

The cache key includes a fingerprint of the files (size and modification time), so a change is
picked up at once. When the folder fails validation, the last valid data set keeps serving and the
problems are reported; the app never shows a mix of two versions. At most two data sets are held
(the current files' result and the last good one), which matters when one takes hundreds of MB.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from parkdash import config
from parkdash.load import Dataset, LoadResult, fingerprint, load
from parkdash.validate import Problem


@dataclass(frozen=True)
class Current:
    dataset: Dataset | None
    problems: list[Problem]

    @property
    def stale(self) -> bool:
        """True when the files on disk were rejected and an older valid data set is shown."""
        return bool(self.problems) and self.dataset is not None


@st.cache_resource(max_entries=1, show_spinner=False)
def _load(path: str, stamp: str) -> LoadResult:  # noqa: ARG001 - the stamp is the cache key
    """One data set in memory, shared by every session; a new stamp replaces it (the last good one stays below)."""
    return load(Path(path))


@st.cache_resource(show_spinner=False)
def _last_good() -> dict[str, Dataset]:
    return {}


def current() -> Current:
    data_dir = config.data_dir()
    result = _load(str(data_dir), fingerprint(data_dir))
    good = _last_good()
    if result.ok:
        good[str(data_dir)] = result.dataset
        return Current(result.dataset, [])
    return Current(good.get(str(data_dir)), result.problems)


_RUN = "_pd_run_data"


def pin() -> Current:
    """The data of this run, read once by the frame: the sidebar and the page then show the same
    version even when a save lands while the page is being drawn."""
    st.session_state[_RUN] = data = current()
    return data


def pinned() -> Current:
    return st.session_state.get(_RUN) or current()


def dataset() -> Dataset:
    """The data set the pages show (the frame stops before any page when there is none)."""
    ds = pinned().dataset
    assert ds is not None, "app.py stops before the pages when no data set is available"
    return ds
