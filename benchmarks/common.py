"""Shared pieces of the benchmark: paths, process memory, AppTest sessions, the filter change, statistics."""

from __future__ import annotations

import math
import os
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
BASELINE_APP = ROOT / "benchmarks" / "baseline_app.py"
ARTIFACTS = ROOT / "artifacts"  # git-ignored
ENV_DATA_DIR = "PARKDASH_DATA_DIR"
APPTEST_TIMEOUT = 600.0  # s: AppTest gives up on a single run after this
LARGE_FILE_BYTES = 4 * 2**30

# the pages in app.py's navigation order: (script, URL path)
PAGES: tuple[tuple[str, str], ...] = (
    ("views/overview.py", ""),
    ("views/park.py", "park"),
    ("views/industry.py", "industry"),
    ("views/targets.py", "targets"),
    ("views/map.py", "map"),
    ("views/news.py", "news"),
    ("views/data.py", "data"),
)
PAGE_NAMES = {script: Path(script).stem for script, _ in PAGES}
YEARS_A, YEARS_B = (2015, 2025), (2016, 2024)  # the filter change: the shared years slider, back and forth


def allow_large_files() -> None:
    """Raise the validator's per-file cap to 4 GB in this process (the default is 1 GB,
    ``$PARKDASH_MAX_FILE_MB``; nation-scale observations.csv is ~490 MB, so this matters only for
    data sets larger than the synthetic scales)."""
    from parkdash import validate

    validate.MAX_FILE_BYTES = max(validate.MAX_FILE_BYTES, LARGE_FILE_BYTES)


def proc_status(pid: int | str = "self") -> dict[str, float]:
    """VmRSS and VmHWM (peak resident set) of a process, in MB, from /proc/<pid>/status."""
    out: dict[str, float] = {}
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return out
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024  # kB -> MB
    return out


def peak_rss_mb(pid: int | str = "self") -> float:
    return proc_status(pid).get("VmHWM", math.nan)


def stats(values: Sequence[float]) -> dict[str, float | int]:
    """n, median, p95 (nearest rank), min and max of a list of timings."""
    xs = sorted(v for v in values if v is not None and not math.isnan(v))
    if not xs:
        return {"n": 0}
    p95 = xs[min(len(xs) - 1, math.ceil(0.95 * len(xs)) - 1)]
    return {"n": len(xs), "median": statistics.median(xs), "p95": p95, "min": xs[0], "max": xs[-1]}


# ---------------------------------------------------------------- AppTest


def new_apptest(page: str, app: Path = APP, query: dict[str, str] | None = None):  # noqa: ANN201 - AppTest
    """A new session (AppTest) opening ``page`` of ``app``, like opening the page's own URL."""
    from streamlit.testing.v1 import AppTest  # noqa: TID251 - the benchmark drives Streamlit

    at = AppTest.from_file(str(app), default_timeout=APPTEST_TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if app == APP and page != PAGES[0][0]:
        at.switch_page(page)
    return at


def raise_app_errors(at) -> None:  # noqa: ANN001
    if at.exception:
        raise RuntimeError("the page raised: " + " | ".join(e.message for e in at.exception))


@dataclass
class FilterFlip:
    """The filter change of a rerun: the shared years slider, alternating between two ranges."""

    state: int = 0

    def apply(self, at):  # noqa: ANN001, ANN201
        self.state ^= 1
        at.slider(key="w_years").set_value(YEARS_B if self.state else YEARS_A)
        return at


class ByteCounter:
    """The bytes of the ForwardMsgs a run leaves for the browser (AppTest keeps the queue per run).

    Wraps ``LocalScriptRunner.run``: after each run, sums ``ByteSize()`` of the coalesced queue,
    which is what the server would flush to the browser over the WebSocket (protobuf payload,
    without WebSocket framing; media such as download files are fetched over HTTP separately).
    """

    def __init__(self) -> None:
        from streamlit.testing.v1 import local_script_runner  # noqa: TID251 - the benchmark drives Streamlit

        self.last = 0
        original = local_script_runner.LocalScriptRunner.run
        counter = self

        def run(runner, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            tree = original(runner, *args, **kwargs)
            counter.last = sum(m.ByteSize() for m in runner.forward_msgs())
            return tree

        local_script_runner.LocalScriptRunner.run = run  # type: ignore[method-assign]


def env_with_data(data_dir: Path) -> dict[str, str]:
    """The environment for a child process: the data folder, the repo's src on the path, no bytecode surprises."""
    src = str(ROOT / "src")
    path = os.pathsep.join([str(ROOT), src, *filter(None, [os.environ.get("PYTHONPATH")])])
    return {**os.environ, ENV_DATA_DIR: str(data_dir), "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}
