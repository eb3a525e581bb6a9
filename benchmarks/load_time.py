"""Time loading and validating a data folder, phase by phase (run by ``benchmarks.run`` as a child process).

    .venv/bin/python -m benchmarks.load_time DATA_DIR --out load.jsonl

The phases are those of :func:`parkdash.load.load`: read the CSV files as text
(``validate.read_all``), check them (``validate.check_raw``: pandera column checks, keys,
cross-column rules), build the typed tables (``load._typed``). Each phase is written to ``--out``
as one JSON line when it ends, so a run stopped by the parent's timeout still says how far it got.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks import common


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.load_time")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    common.allow_large_files()
    from parkdash import load, validate
    from parkdash.schema import TABLES

    def emit(phase: str, seconds: float, **extra: object) -> None:
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"phase": phase, "seconds": seconds, **common.proc_status(), **extra}) + "\n")

    t0 = time.perf_counter()
    raws, problems = validate.read_all(args.data_dir)
    emit("read", time.perf_counter() - t0, rows={k: len(v.frame) for k, v in raws.items()})
    t1 = time.perf_counter()
    problems += validate.check_raw(raws)
    emit("check", time.perf_counter() - t1, problems=len(problems))
    t2 = time.perf_counter()
    for table in TABLES:
        load._typed(raws[table.name], table)
    emit("typed", time.perf_counter() - t2)
    emit("total", time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
