"""Server-side script time and payload of each page, measured with AppTest in one process.

Run by ``benchmarks.run`` as a child process (one per scale and app) so that a page that runs past
its timeout can be abandoned by ending the process. Writes one JSON object per line to ``--out``
as soon as it is measured, so what was measured survives a timeout:

- ``{"event": "load", "seconds", "VmHWM", "VmRSS"}`` (the app only): loading the data set into the
  app's cache, done first, outside any page (restarts after a timeout pay it again);
- ``{"event": "cold", "page", "seconds", "bytes"}``: the first page run in this process (imports,
  first figures; for the baseline also its CSV reads);
- ``{"event": "page", "page", "first": [s…], "rerun": [s…], "bytes_first", "bytes_rerun"}``:
  the first run of a new session (data already cached) and reruns after a filter change;
- ``{"event": "timeout", "page", "phase", "seconds"}``, then the process exits with code 3;
- ``{"event": "memory", "VmHWM", "VmRSS"}`` at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

from benchmarks import common

EXIT_TIMEOUT = 3


def _emit(out: Path, record: dict) -> None:
    with out.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


def timed_run(at, timeout: float) -> float:  # noqa: ANN001
    """Seconds of one AppTest run; RuntimeError("timed out") after ``timeout``.

    AppTest's own timeout asks the script to stop and then joins its thread, which hangs until the
    script next calls Streamlit: a page stuck in one long pandas computation never returns. So the
    run is waited for in a helper thread and abandoned (the caller ends the process) on timeout.
    """
    box: dict[str, BaseException] = {}

    def go() -> None:
        try:
            at.run(timeout=timeout + 86_400)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["exc"] = exc

    worker = threading.Thread(target=go, name="apptest-run", daemon=True)
    t0 = time.perf_counter()
    worker.start()
    worker.join(timeout)
    seconds = time.perf_counter() - t0
    if worker.is_alive():
        raise RuntimeError(f"timed out after {timeout:.0f} s")
    if "exc" in box:
        raise box["exc"]
    common.raise_app_errors(at)
    return seconds


def _warm_data_cache(data_dir: Path, timeout: float) -> float:
    """Load the data set into the app's cache (``parkdash.ui.data._load``); seconds, or RuntimeError on timeout."""
    from parkdash.load import fingerprint
    from parkdash.ui import data

    done = threading.Event()
    worker = threading.Thread(target=lambda: (data._load(str(data_dir), fingerprint(data_dir)), done.set()), daemon=True)
    t0 = time.perf_counter()
    worker.start()
    if not done.wait(timeout):
        raise RuntimeError(f"data load timed out after {timeout:.0f} s")
    return time.perf_counter() - t0


def skip_validation() -> None:
    """Benchmark-only: load the data set without validating it (read + type only).

    For the scales of ``--skip-validation-at`` (once needed: validating nation took over 12
    minutes). ``load.check_dir`` becomes ``validate.read_all``: the same tables, no checks.
    """
    from parkdash import load, validate

    load.check_dir = validate.read_all  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.apptest_worker")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--app", choices=["app", "baseline"], default="app")
    parser.add_argument("--pages", required=True, help="comma-separated page scripts (views/…py)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per page and phase before repeats stop")
    parser.add_argument("--timeout", type=float, default=common.APPTEST_TIMEOUT, help="seconds for one run")
    parser.add_argument(
        "--cold-timeout", type=float, default=common.APPTEST_TIMEOUT, help="seconds for the first run (loads the data)"
    )
    parser.add_argument("--skip-validation", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    os.environ[common.ENV_DATA_DIR] = str(args.data)
    common.allow_large_files()
    if args.skip_validation:
        skip_validation()
    counter = common.ByteCounter()
    app = common.APP if args.app == "app" else common.BASELINE_APP

    def session(page: str):  # noqa: ANN202
        query = {"page": common.PAGE_NAMES[page]} if args.app == "baseline" else None
        return common.new_apptest(page, app, query)

    pages = args.pages.split(",")
    if args.app == "app":
        # fill the data cache first (st.cache_resource is per process, shared with the AppTest runs):
        # the cold page run below is then the page alone, and a restart after a timeout costs a load, not a slow page
        try:
            seconds = _warm_data_cache(args.data, args.cold_timeout)
        except RuntimeError:
            _emit(args.out, {"event": "timeout", "page": None, "phase": "load", "seconds": args.cold_timeout})
            os._exit(EXIT_TIMEOUT)
        _emit(args.out, {"event": "load", "seconds": seconds, **common.proc_status()})
    cold_done = False
    for page in pages:
        name = common.PAGE_NAMES[page]
        phase = "cold" if not cold_done else "first"
        try:
            if not cold_done:
                seconds = timed_run(session(page), args.cold_timeout if args.app == "baseline" else args.timeout)
                _emit(args.out, {"event": "cold", "page": name, "seconds": seconds, "bytes": counter.last})
                cold_done = True
                phase = "first"
            first: list[float] = []
            while len(first) < args.repeat and (not first or sum(first) < args.budget):
                first.append(timed_run(session(page), args.timeout))
            bytes_first = counter.last
            phase = "rerun"
            at, flip = session(page), common.FilterFlip()
            timed_run(at, args.timeout)
            rerun: list[float] = []
            while len(rerun) < args.repeat and (not rerun or sum(rerun) < args.budget):
                flip.apply(at)
                rerun.append(timed_run(at, args.timeout))
            _emit(
                args.out,
                {
                    "event": "page",
                    "page": name,
                    "first": first,
                    "rerun": rerun,
                    "bytes_first": bytes_first,
                    "bytes_rerun": counter.last,
                },
            )
        except RuntimeError as exc:
            timed_out = "timed out" in str(exc).lower() or "timeout" in str(exc).lower()
            limit = args.cold_timeout if phase == "cold" and args.app == "baseline" else args.timeout
            record = {"event": "timeout" if timed_out else "error", "page": name, "phase": phase, "seconds": limit}
            if not timed_out:
                record["error"] = str(exc)[:500]
            _emit(args.out, {**record, **{k: v for k, v in common.proc_status().items()}})
            sys.stdout.flush()
            os._exit(EXIT_TIMEOUT)  # the script thread may still be running: end the process
    _emit(args.out, {"event": "memory", **common.proc_status()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
