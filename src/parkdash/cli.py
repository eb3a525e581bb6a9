"""The ``parkdash`` command: ``parkdash validate [DATA_DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parkdash import config
from parkdash.load import load


def _validate(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else config.data_dir()
    result = load(data_dir)
    for problem in result.problems:
        print(problem)
    if not result.ok:
        print(f"{len(result.problems)} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {name}" for name, n in result.dataset.counts().items())
    print(f"ok: {data_dir} ({counts})", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="parkdash", description="Zhuzhou development-zone dashboard tools")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check a data folder; list every problem as file:row:column: reason")
    check.add_argument("data_dir", nargs="?", help=f"data folder (default: ${config.ENV_DATA_DIR} or the embedded data/)")
    check.set_defaults(run=_validate)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
