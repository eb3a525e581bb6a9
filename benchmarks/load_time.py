"""Time loading and validating a data folder, phase by phase (run by ``benchmarks.run`` as a child process).

    .venv/bin/python -m benchmarks.load_time DATA_DIR --out load.jsonl [--cache-dir DIR]

The phases are those of :func:`parkdash.load.load`: read the CSV files as text
(``validate.read_all``), check them (``validate.check_raw``: pandera column checks, keys,
cross-column rules), build the typed tables (``load._typed``). With ``--cache-dir``, two more:
writing the validated data set to the cache (``cache_write``) and loading it from there in a new
process (``warm``: a restarted server). Each phase is written to ``--out`` as one JSON line when it
ends (with the process's memory), so a run stopped by the parent's timeout still says how far it
got; ``total`` (the cold phases) comes last.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import common


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.load_time")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, help="also time writing the cache there and a warm load from it")
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)  # the child that loads from the cache
    args = parser.parse_args(argv)
    common.allow_large_files()
    if args.cache_dir:
        os.environ["PARKDASH_CACHE_DIR"] = str(args.cache_dir)
    from parkdash import load, validate
    from parkdash.schema import TABLES

    cpu = [time.process_time()]

    def emit(phase: str, seconds: float, **extra: object) -> None:
        """One phase: wall seconds, CPU seconds of this process since the previous phase (a figure that
        other work on a shared machine does not inflate), memory now and at peak."""
        now = time.process_time()
        extra = {"cpu_seconds": round(now - cpu[0], 3), **extra}
        cpu[0] = now
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"phase": phase, "seconds": seconds, **common.proc_status(), **extra}) + "\n")

    if args.warm:
        t = time.perf_counter()
        result = load.load(args.data_dir)
        emit("warm", time.perf_counter() - t, ok=result.ok)
        return 0
    t0, cpu_start = time.perf_counter(), cpu[0]
    raws, problems = validate.read_all(args.data_dir)
    emit("read", time.perf_counter() - t0, rows={k: len(v.frame) for k, v in raws.items()})
    t1 = time.perf_counter()
    problems += validate.check_raw(raws)
    emit("check", time.perf_counter() - t1, problems=len(problems))
    t2 = time.perf_counter()
    typed = {table.name: load._typed(raws.pop(table.name), table) for table in TABLES if table.name in raws}
    validate.release_memory()  # as load.load does
    emit("typed", time.perf_counter() - t2)
    total = time.perf_counter() - t0
    if args.cache_dir and not problems and len(typed) == len(TABLES):
        key = load._cache_key(args.data_dir)
        if key is None:
            print("load_time: the data set is too small to be cached", file=sys.stderr)
        else:
            t3 = time.perf_counter()
            load._cache_write(key, typed)
            validate.release_memory()
            emit("cache_write", time.perf_counter() - t3)
            warm = [sys.executable, "-m", "benchmarks.load_time", str(args.data_dir), "--out", str(args.out), "--warm"]
            subprocess.run([*warm, "--cache-dir", str(args.cache_dir)], check=True, cwd=common.ROOT)
    cpu[0] = cpu_start
    emit("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
