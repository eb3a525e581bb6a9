"""A Streamlit server for the benchmark: the dashboard (or the baseline) on 127.0.0.1.

    .venv/bin/python -m benchmarks.serve --port 8765 [--baseline] [--skip-validation]

Runs ``streamlit run`` in this process after the benchmark-only adjustments of
:mod:`benchmarks.common` (the validator's file-size cap lifted; optionally no validation), so
its PID is the server's and /proc/<pid>/status gives the server's memory. The data folder comes
from ``$PARKDASH_DATA_DIR``.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks import common


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.serve")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--baseline", action="store_true", help="serve benchmarks/baseline_app.py instead of app.py")
    parser.add_argument("--skip-validation", action="store_true")
    args = parser.parse_args(argv)
    common.allow_large_files()
    if args.skip_validation:
        from benchmarks.apptest_worker import skip_validation

        skip_validation()
    from streamlit.web import cli  # noqa: TID251 - the benchmark drives Streamlit

    app = common.BASELINE_APP if args.baseline else common.APP
    sys.argv = [
        "streamlit", "run", str(app),
        "--server.headless", "true", "--server.port", str(args.port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
