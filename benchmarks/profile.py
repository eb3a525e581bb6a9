"""Profile where the time goes: loading a data folder, or one page rerun after a filter change.

    .venv/bin/python -m benchmarks.profile load DATA_DIR [--limit 600]
    .venv/bin/python -m benchmarks.profile page DATA_DIR --page views/overview.py,views/park.py [--first] [--limit 600]

A wall-clock sampling profiler (:mod:`benchmarks.sampler`) watches the thread that does the work:
the main thread for ``load``, Streamlit's ScriptRunner thread for ``page`` (through AppTest, after
a first run and one unprofiled rerun have warmed the caches). ``--limit`` stops watching after that
many seconds and still reports what was sampled, so a load that would take an hour shows its hot
spots after ten minutes. The report (Markdown) goes to ``artifacts/profile-<what>-<folder>.md``.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import common
from benchmarks.apptest_worker import timed_run
from benchmarks.sampler import StackSampler, report


def profile_load(data_dir: Path, limit: float) -> tuple[StackSampler, float, bool]:
    """Load in a worker thread (so the limit can abandon it) while sampling that thread."""
    from parkdash.load import load

    done = threading.Event()
    # the files, never a cache hit: a warm cache would leave nothing of the load to profile
    worker = threading.Thread(target=lambda: (load(data_dir, cache=False), done.set()), name="load", daemon=True)
    t0 = time.perf_counter()
    worker.start()
    sampler = StackSampler(worker.ident).start()
    finished = done.wait(limit)
    return sampler, time.perf_counter() - t0, finished


def _sampled_run(run: Callable[[], object], limit: float) -> tuple[StackSampler, float, bool]:
    """Call ``run`` (one AppTest run) with the sampler watching the script thread it starts."""
    from streamlit.runtime.scriptrunner import script_runner  # noqa: TID251 - the benchmark drives Streamlit

    started: dict[str, StackSampler] = {}
    original = script_runner.ScriptRunner._run_script

    def sampled(self, rerun_data):  # noqa: ANN001, ANN202 - runs in the script thread
        started["sampler"] = StackSampler(threading.get_ident()).start()
        return original(self, rerun_data)

    script_runner.ScriptRunner._run_script = sampled  # type: ignore[method-assign]
    t0 = time.perf_counter()
    finished = True
    try:
        run()
    except RuntimeError:  # timed out: the script thread is still running (the process ends without it)
        finished = False
    finally:
        script_runner.ScriptRunner._run_script = original  # type: ignore[method-assign]
    return started["sampler"], time.perf_counter() - t0, finished


def profile_page(page: str, limit: float, first: bool) -> tuple[StackSampler, float, bool]:
    """A rerun after a filter change (or, with ``first``, the first run of a new session), sampled in the script thread."""
    at = common.new_apptest(page)
    if first:
        return _sampled_run(lambda: timed_run(at, limit), limit)
    timed_run(at, limit)
    flip = common.FilterFlip()
    timed_run(flip.apply(at), limit)  # warm the caches of both year ranges, unprofiled
    return _sampled_run(lambda: timed_run(flip.apply(at), limit), limit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks.profile", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["load", "page"])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--page", default="views/overview.py", help="page scripts for 'page', comma-separated (one data load)")
    parser.add_argument("--first", action="store_true", help="profile the first run of a new session, not a rerun")
    parser.add_argument("--limit", type=float, default=600.0, help="stop watching after this many seconds (default 600)")
    parser.add_argument(
        "--out", type=Path, help="report file, for one job (default artifacts/profile-<what>-<folder>[-<page>].md)"
    )
    args = parser.parse_args(argv)
    common.allow_large_files()
    jobs: list[tuple[str, Path]] = []
    folder = args.data_dir.resolve().name
    if args.what == "load":
        jobs.append(("", args.out or common.ARTIFACTS / f"profile-load-{folder}.md"))
    else:
        os.environ[common.ENV_DATA_DIR] = str(args.data_dir)
        for page in args.page.split(","):
            kind = "first" if args.first else "rerun"
            jobs.append((page, args.out or common.ARTIFACTS / f"profile-{kind}-{folder}-{Path(page).stem}.md"))
    for page, out in jobs:
        if args.what == "load":
            sampler, seconds, finished = profile_load(args.data_dir, args.limit)
        else:
            sampler, seconds, finished = profile_page(page, args.limit, args.first)
        samples = sampler.stop()
        state = "finished" if finished else f"NOT finished: stopped watching at the {args.limit:.0f} s limit"
        what = args.what if args.what == "load" else f"{'first run' if args.first else 'rerun after a filter change'} of {page}"
        title = f"{what}, {args.data_dir}: {seconds:.1f} s ({state})"
        out.parent.mkdir(parents=True, exist_ok=True)
        peak = f"\npeak RSS of the profiling process: {common.peak_rss_mb():.0f} MB\n"
        out.write_text(report(samples, title) + peak, encoding="utf-8")
        print(f"{title}; peak RSS {common.peak_rss_mb():.0f} MB -> {out}", flush=True)
        if not finished:
            break  # the unfinished script keeps running in this process and would skew what follows
    sys.stdout.flush()
    os._exit(0)  # a run stopped at the limit leaves a busy thread behind: do not wait for it


if __name__ == "__main__":
    sys.exit(main())
