"""The ``parkdash`` command: ``parkdash validate [DATA_DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parkdash import config, synth
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


def _synth(args: argparse.Namespace) -> int:
    try:
        counts = synth.write(Path(args.out_dir), args.scale, seed=args.seed)
    except synth.SynthError as exc:
        print(f"parkdash synth: {exc}", file=sys.stderr)
        return 2
    rows = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    print(f"SYNTHETIC data set (scale {args.scale}, seed {args.seed}) in {args.out_dir}: {rows}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="parkdash", description="Zhuzhou development-zone dashboard tools")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check a data folder; list every problem as file:row:column: reason")
    check.add_argument("data_dir", nargs="?", help=f"data folder (default: ${config.ENV_DATA_DIR} or the embedded data/)")
    check.set_defaults(run=_validate)
    gen = sub.add_parser("synth", help="write a SYNTHETIC data set (benchmark data, not facts) at a named scale")
    gen.add_argument("out_dir", help="folder to write (never the project's data/)")
    gen.add_argument("--scale", choices=list(synth.SCALES), default="city", help="tiny, city, province or nation")
    gen.add_argument("--seed", type=int, default=synth.DEFAULT_SEED, help=f"random seed (default {synth.DEFAULT_SEED})")
    gen.set_defaults(run=_synth)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
