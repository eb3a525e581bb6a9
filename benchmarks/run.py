"""The benchmark command: is the dashboard fast at city, province and national scale?

    .venv/bin/python -m benchmarks.run --scales city,province,nation --repeat 5 --out results.json

For each scale, in one run:

1. a synthetic data set (``parkdash.synth``, seeded; cached under ``--data-root`` and rewritten
   only when missing);
2. loading and validating it (``benchmarks.load_time``: read, check, type; peak memory);
3. each page's server-side script time with AppTest (``benchmarks.apptest_worker``): the first run
   of a new session and the rerun after a filter change (the years slider), median and p95 over
   ``--repeat`` runs (fewer when a page exceeds ``--budget`` seconds), and the protobuf bytes of
   each run; the same for the baseline (``benchmarks/baseline_app.py``: read the CSV files with
   pandas on every rerun, filter, plot, no caching), giving the ratio;
4. in Chromium (``benchmarks.browser``), against a real server on a free 127.0.0.1 port: the
   WebSocket bytes of each page view, the warm time from opening the link to the charts drawn on
   the overview and a park profile (app and baseline), and the server's memory with ``--sessions``
   tabs open.

The validated-data cache (``$PARKDASH_CACHE_DIR``, see :mod:`parkdash.load`) is OFF in this process
and every child unless ``--warm-cache`` is given, so by default every load reads and validates the
CSV files: a first start (cold). With ``--warm-cache`` the cache is filled first and every load is
a cache hit: a restarted server (warm). Data sets under 16 MB (city) are never cached.

Results go to ``--out`` (JSON, rewritten after every step so a long run keeps what it measured)
and a Markdown table is printed at the end. Benchmark-only adjustments, named in the output: the
validator's per-file cap is raised to 4 GB, and at the scales of ``--skip-validation-at`` (default:
nation) the pages are measured on data loaded without validation (once over 12 minutes at nation,
now ~15 s; the pages see the same tables either way; the load step always validates).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import common

TARGETS = {
    "rerun_ms": 150.0,  # median server time of a rerun after a filter change, every page
    "first_s": 2.0,  # first load of a page
    "speedup": 5.0,  # baseline rerun / app rerun
    "page_bytes": 1.5e6,  # sent to the browser per page view
    "memory_mb": 800.0,  # server memory with 10 sessions open
    "city_charts_s": 1.5,  # warm browser time to charts at city scale
}


# ---------------------------------------------------------------- steps


def use_cache(warm: bool) -> Path | None:
    """Set ``$PARKDASH_CACHE_DIR`` for this process and its children: ``off`` (cold loads) unless
    ``warm``; then the cache folder in use (the user's, or the default), which is returned."""
    from parkdash import config

    if not warm:
        os.environ[config.ENV_CACHE_DIR] = "off"
        return None
    folder = config.cache_dir()
    if folder is None:
        raise SystemExit(f"benchmarks.run: --warm-cache needs a cache folder, but ${config.ENV_CACHE_DIR} turns the cache off")
    os.environ[config.ENV_CACHE_DIR] = str(folder)
    return folder


def fill_cache(data_dir: Path, cache: Path, timeout: float, work: Path) -> dict:
    """Load the data set once in a child process (validated; written to the cache unless already there)."""
    out = work / "cache-fill.jsonl"
    out.unlink(missing_ok=True)
    cmd = ["benchmarks.load_time", str(data_dir), "--out", str(out), "--warm", "--cache-dir", str(cache)]
    code = _child(cmd, data_dir, timeout)
    done = {r["phase"]: r for r in _lines(out)}.get("warm", {})
    return {"seconds": done.get("seconds"), "ok": done.get("ok"), "exit": code}


def ensure_data(root: Path, scale: str, seed: int) -> tuple[Path, float | None]:
    """The data folder of a scale and seed: (folder, seconds to write it, or None when reused)."""
    from parkdash import synth

    folder = root / f"{scale}-seed{seed}"
    marker = folder / synth.MARKER
    if marker.is_file() and f"scale `{scale}`, seed {seed}." in marker.read_text(encoding="utf-8"):
        return folder, None
    t0 = time.perf_counter()
    synth.write(folder, scale, seed=seed)
    return folder, time.perf_counter() - t0


def _child(args: list[str], data_dir: Path, timeout: float) -> int | None:
    """Run ``python -m <args>`` with the data folder; None when it ran past ``timeout`` (then it is killed)."""
    cmd = [sys.executable, "-m", *args]
    proc = subprocess.Popen(cmd, cwd=common.ROOT, env=common.env_with_data(data_dir), stdin=subprocess.DEVNULL)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure_load(data_dir: Path, timeout: float, work: Path, cache: Path | None = None) -> dict:
    """The cold load, phase by phase; with a cache folder also writing the cache and a warm load from it."""
    out = work / "load.jsonl"
    out.unlink(missing_ok=True)
    cmd = ["benchmarks.load_time", str(data_dir), "--out", str(out)] + (["--cache-dir", str(cache)] if cache else [])
    code = _child(cmd, data_dir, timeout)
    phases = {r["phase"]: r for r in _lines(out)}
    result: dict = {"phases": {k: round(v["seconds"], 3) for k, v in phases.items()}}
    last = list(phases.values())[-1] if phases else {}
    result["peak_mb"] = last.get("VmHWM")
    if code is None:
        done = sum(v["seconds"] for k, v in phases.items() if k != "total")
        result["timeout_s"] = timeout
        result["stopped_in"] = next((p for p in ("read", "check", "typed") if p not in phases), "typed")
        result["note"] = f"stopped after {timeout:.0f} s (phases done: {', '.join(phases) or 'none'}, {done:.0f} s)"
    elif code != 0:
        result["error"] = f"exit code {code}"
    return result


def measure_pages(data_dir: Path, app: str, pages: list[str], args: argparse.Namespace, skip: bool, work: Path) -> dict:
    """AppTest timings per page; a worker that hits a timeout is restarted on the pages left."""
    out = work / f"pages-{app}.jsonl"
    out.unlink(missing_ok=True)
    left = list(pages)
    result: dict = {"pages": {}, "cold": None, "memory": None, "restarts": 0}
    while left:
        cmd = ["benchmarks.apptest_worker", "--data", str(data_dir), "--app", app, "--pages", ",".join(left)]
        cmd += ["--repeat", str(args.repeat), "--budget", str(args.budget), "--timeout", str(args.page_timeout)]
        cmd += ["--cold-timeout", str(args.load_timeout + args.page_timeout), "--out", str(out)]
        cmd += ["--skip-validation"] if skip else []
        wall = args.load_timeout + len(left) * (2 * args.repeat + 1) * args.page_timeout + 60
        code = _child(cmd, data_dir, wall)
        for rec in _lines(out):
            name = rec.get("page")
            if rec["event"] == "cold":
                result["cold"] = result["cold"] or rec
            elif rec["event"] == "load":
                result["load"] = result.get("load") or rec
            elif rec["event"] == "page":
                first, rerun = common.stats(rec["first"]), common.stats(rec["rerun"])
                result["pages"][name] = {
                    "first": first,
                    "rerun": rerun,
                    "bytes_first": rec["bytes_first"],
                    "bytes_rerun": rec["bytes_rerun"],
                }
            elif rec["event"] in ("timeout", "error") and name is not None:
                result["pages"][name] = {k: v for k, v in rec.items() if k != "event"} | {"status": rec["event"]}
            elif rec["event"] == "memory":
                result["memory"] = rec
        if code == 0:
            break
        if code is None:
            result["error"] = "worker ran past its wall-clock limit"
            break
        if any(rec.get("phase") == "load" for rec in _lines(out)):
            for p in left:
                result["pages"].setdefault(
                    common.PAGE_NAMES[p], {"status": f"not run: loading the data took over {args.load_timeout:.0f} s"}
                )
            break
        remaining = [p for p in left if common.PAGE_NAMES[p] not in result["pages"]]
        if remaining == left:  # no progress: give up rather than loop
            result["error"] = f"worker exited with code {code} without measuring a page"
            break
        left = remaining
        result["restarts"] += 1
    return result


# ---------------------------------------------------------------- report


def _ms(x: float | None) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x * 1000:,.0f}"


def _mb(x: float | None) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x / 1e6:.2f}"


def _page_cell(p: dict, phase: str) -> str:
    if phase in p and p[phase].get("n"):
        s = p[phase]
        return f"{_ms(s['median'])} / {_ms(s['p95'])} (n={s['n']})"
    if p.get("status") == "timeout" and (p.get("phase") == phase or (phase == "rerun" and p.get("phase") in ("cold", "first"))):
        return f"> {p['seconds'] * 1000:,.0f} (timeout)"
    return p.get("status", "–") if p.get("status") != "timeout" else "–"


def markdown(results: dict) -> str:
    cache = results.get("cache", "unknown")
    cache_note = (
        "validated-data cache OFF: every load reads and validates the CSV files (cold, a first start)"
        if cache == "off"
        else f"validated-data cache WARM ({cache}): loads of data sets ≥ 16 MB are cache hits (a restarted server)"
    )
    out = [f"code measured: {results.get('code', 'unknown')}; {results['machine']['cpus']} CPUs; {cache_note}"]
    for scale, r in results["scales"].items():
        out.append(f"\n### {scale}\n")
        data = r.get("data", {})
        out.append(f"data: {data.get('rows')} ({data.get('mb', 0):.0f} MB on disk); synth {data.get('synth_s') or 'reused'} s")
        load = r.get("load", {})
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in load.get("phases", {}).items())
        out.append(f"load + validate: {phases or '–'}; peak {load.get('peak_mb') or 0:.0f} MB {load.get('note', '')}")
        if r.get("skip_validation"):
            out.append("pages below measured on data loaded WITHOUT validation (benchmark-only bypass)")
        server = r.get("server", {})
        app, base = server.get("app", {}), server.get("baseline", {})
        cold, loaded = app.get("cold") or {}, app.get("load") or {}
        if r.get("cache_fill"):
            out.append(f"cache filled before the pages: {_ms(r['cache_fill'].get('seconds'))} ms (a hit if it was warm already)")
        out.append(
            f"app process: data loaded into st.cache_resource {_ms(loaded.get('seconds'))} ms ({loaded.get('VmRSS', 0):.0f} MB RSS); "
            f"first page run after it ({cold.get('page', '–')}) {_ms(cold.get('seconds'))} ms\n"
        )
        browser = r.get("browser", {})
        bpages = browser.get("app", {}).get("pages", {})
        out.append(
            "| page | first run ms median / p95 | rerun ms median / p95 | baseline rerun ms median | speed-up | bytes/run (AppTest) | WS bytes/view (browser) | browser load ms |"
        )
        out.append("|---|---|---|---|---|---|---|---|")
        for script, _ in common.PAGES:
            name = common.PAGE_NAMES[script]
            p = app.get("pages", {}).get(name, {})
            b = base.get("pages", {}).get(name, {})
            ratio = "–"
            if p.get("rerun", {}).get("n") and b.get("rerun", {}).get("n"):
                ratio = f"{b['rerun']['median'] / p['rerun']['median']:.2g}×"
            bp = bpages.get(name, {})
            out.append(
                f"| {name} | {_page_cell(p, 'first')} | {_page_cell(p, 'rerun')} | {_page_cell(b, 'rerun')} | {ratio} | "
                f"{_mb(p.get('bytes_rerun'))} MB | {_mb(bp.get('ws_bytes'))} MB | {_ms(bp.get('ms', math.nan) / 1000 if bp else None)} |"
            )
        for app_name in ("app", "baseline"):
            ttc = browser.get(app_name, {}).get("time_to_charts", {})
            if ttc:
                cells = ", ".join(
                    f"{k} {_ms(v.get('median', math.nan) / 1000)} / {_ms(v.get('p95', math.nan) / 1000)} ms (n={v.get('n', 0)}"
                    + (f"; script finished at {_ms(v['script_done_median'] / 1000)} ms" if v.get("script_done_median") else "")
                    + ")"
                    for k, v in ttc.items()
                )
                out.append(f"\nwarm time to charts ({app_name}, median / p95): {cells}")
        mem = browser.get("app", {}).get("memory", {})
        if mem:
            sess = next((v for k, v in mem.items() if k.endswith("_sessions")), {})
            out.append(
                f"\nserver memory (app): idle {mem.get('idle', {}).get('VmRSS', 0):.0f} MB, one session {mem.get('one_session', {}).get('VmRSS', 0):.0f} MB, "
                f"{results['config']['sessions']} sessions {sess.get('VmRSS', 0):.0f} MB (drawn {sess.get('drawn', 0)}), peak {mem.get('peak') or 0:.0f} MB"
            )
        for app_name in ("app", "baseline"):
            errs = browser.get(app_name, {}).get("errors") or []
            if errs:
                out.append(f"\nbrowser ({app_name}) problems: " + "; ".join(errs[:5]))
        out.append("\n" + "\n".join(f"- {line}" for line in verdicts(scale, r)))
    return "\n".join(out) + "\n"


def verdicts(scale: str, r: dict) -> list[str]:
    """Each target met or missed, and by how much."""
    lines = []
    app = r.get("server", {}).get("app", {}).get("pages", {})
    base = r.get("server", {}).get("baseline", {}).get("pages", {})
    for name, p in app.items():
        med = p.get("rerun", {}).get("median")
        if med is not None:
            ok = med * 1000 <= TARGETS["rerun_ms"]
            lines.append(
                f"{'OK  ' if ok else 'MISS'} rerun {name}: {med * 1000:,.0f} ms vs ≤ {TARGETS['rerun_ms']:.0f} ms"
                + ("" if ok else f" ({med * 1000 / TARGETS['rerun_ms']:.1f}× over)")
            )
        elif p.get("status"):
            lines.append(f"MISS rerun {name}: {p.get('status')} ({p.get('phase', '')} > {p.get('seconds', 0):.0f} s)")
        first = p.get("first", {}).get("median")
        if first is not None and first > TARGETS["first_s"]:
            lines.append(
                f"MISS first load {name}: {first:.1f} s vs ≤ {TARGETS['first_s']:.0f} s ({first / TARGETS['first_s']:.1f}× over)"
            )
        b = base.get(name, {}).get("rerun", {}).get("median")
        if med and b:
            ratio = b / med
            if ratio < TARGETS["speedup"]:
                lines.append(f"MISS speed-up {name}: {ratio:.2g}× the baseline vs ≥ {TARGETS['speedup']:.0f}×")
    for name, bp in r.get("browser", {}).get("app", {}).get("pages", {}).items():
        size = bp.get("ws_bytes")
        if size and size > TARGETS["page_bytes"]:
            lines.append(f"MISS bytes {name}: {size / 1e6:.2f} MB per view vs ≤ 1.5 MB ({size / TARGETS['page_bytes']:.1f}×)")
    mem = r.get("browser", {}).get("app", {}).get("memory", {})
    peak = mem.get("peak")
    if peak:
        ok = peak <= TARGETS["memory_mb"]
        lines.append(
            f"{'OK  ' if ok else 'MISS'} server memory with sessions: peak {peak:.0f} MB vs ≤ {TARGETS['memory_mb']:.0f} MB"
        )
    elif r.get("load", {}).get("peak_mb"):
        pk = r["load"]["peak_mb"]
        lines.append(
            f"{'OK  ' if pk <= TARGETS['memory_mb'] else 'MISS'} memory of loading alone: {pk:.0f} MB vs ≤ {TARGETS['memory_mb']:.0f} MB (server not measured)"
        )
    if scale == "city":
        for name, v in r.get("browser", {}).get("app", {}).get("time_to_charts", {}).items():
            if v.get("n"):
                ok = v["median"] / 1000 <= TARGETS["city_charts_s"]
                lines.append(
                    f"{'OK  ' if ok else 'MISS'} city warm time to charts {name}: {v['median'] / 1000:.2f} s vs ≤ {TARGETS['city_charts_s']} s"
                )
    return lines


# ---------------------------------------------------------------- main


def _git_state() -> str:
    """The commit measured, with "+dirty" when the work tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=common.ROOT, capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=common.ROOT, capture_output=True, text=True
        )
        return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scales", default="city,province,nation", help="comma-separated: tiny, city, province, nation")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median and p95 over them)")
    parser.add_argument("--out", type=Path, default=Path("results.json"))
    parser.add_argument("--seed", type=int, default=None, help="synth seed (default: parkdash.synth.DEFAULT_SEED)")
    parser.add_argument("--data-root", type=Path, default=Path("/tmp/parkdash-bench"), help="where synthetic data sets are kept")
    parser.add_argument("--pages", default="", help="comma-separated page names (default: all)")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds per page and phase before repeats stop (≥ 1 run)")
    parser.add_argument("--page-timeout", type=float, default=120.0, help="seconds before one page run counts as timed out")
    parser.add_argument("--load-timeout", type=float, default=900.0, help="seconds before loading + validating is abandoned")
    parser.add_argument("--sessions", type=int, default=10, help="browser sessions open for the memory measurement")
    parser.add_argument("--skip-validation-at", default="nation", help="scales whose pages run on unvalidated data")
    parser.add_argument(
        "--warm-cache",
        action="store_true",
        help="measure with the validated-data cache warm ($PARKDASH_CACHE_DIR or ~/.cache/parkdash; filled first): "
        "a restarted server. Default: the cache is off and every load is cold (a first start)",
    )
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--steps", default="load,server,browser", help="which steps to run (comma-separated)")
    parser.add_argument(
        "--browser-skip", default="", help="pages not opened in the browser (default: those that timed out in AppTest)"
    )
    parser.add_argument("--report", type=Path, help="only print the tables of an earlier results file")
    args = parser.parse_args(argv)
    if args.report:
        print(markdown(json.loads(args.report.read_text(encoding="utf-8"))))
        return 0

    from parkdash import synth

    cache = use_cache(args.warm_cache)
    seed = synth.DEFAULT_SEED if args.seed is None else args.seed
    scales = [s for s in args.scales.split(",") if s]
    for s in scales:
        synth.scale_of(s)  # unknown names fail before anything runs
    wanted = {x for x in args.pages.split(",") if x}
    pages = [p for p, _ in common.PAGES if not wanted or common.PAGE_NAMES[p] in wanted]
    skip_at = {s for s in args.skip_validation_at.split(",") if s}
    results: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "code": _git_state(),
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()} | {"seed": seed},
        "cache": str(cache) if cache else "off",
        "targets": TARGETS,
        "scales": {},
    }

    def save() -> None:
        args.out.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")

    for scale in scales:
        print(f"== {scale}", flush=True)
        r: dict = {"skip_validation": scale in skip_at and cache is None}  # warm: the cache fill validated it
        results["scales"][scale] = r
        work = common.ARTIFACTS / "bench" / scale
        work.mkdir(parents=True, exist_ok=True)
        folder, synth_s = ensure_data(args.data_root, scale, seed)
        spec = synth.scale_of(scale)
        size = sum(f.stat().st_size for f in folder.glob("*.csv"))
        r["data"] = {
            "folder": str(folder),
            "synth_s": synth_s and round(synth_s, 1),
            "mb": size / 1e6,
            "rows": f"{spec.parks} parks, {spec.observations:,} observations, {spec.news:,} news",
        }
        save()
        steps = set(args.steps.split(","))
        if "load" in steps:
            print(f"   load + validate (timeout {args.load_timeout:.0f} s)", flush=True)
            r["load"] = measure_load(folder, args.load_timeout, work, cache)
            save()
        if cache and ({"server", "browser"} & steps):
            print("   filling the validated-data cache", flush=True)
            r["cache_fill"] = fill_cache(folder, cache, args.load_timeout, work)
            save()
        r["server"] = {}
        for app in ("app",) + (() if args.no_baseline else ("baseline",)):
            if "server" not in steps:
                break
            print(f"   AppTest pages: {app}", flush=True)
            r["server"][app] = measure_pages(folder, app, pages, args, skip=r["skip_validation"] and app == "app", work=work)
            save()
        if not args.no_browser and "browser" in steps:
            from benchmarks import browser

            r["browser"] = {}
            for app in ("app",) + (() if args.no_baseline else ("baseline",)):
                print(f"   browser: {app}", flush=True)
                try:
                    r["browser"][app] = browser.measure(
                        folder,
                        app,
                        skip_validation=r["skip_validation"] and app == "app",
                        repeat=args.repeat,
                        load_timeout=args.load_timeout,
                        page_timeout=args.page_timeout,
                        sessions=args.sessions if app == "app" else 1,
                        log=work / f"server-{app}.log",
                        skip_pages=frozenset(
                            {x for x in args.browser_skip.split(",") if x}
                            | {
                                name
                                for name, p in r["server"].get(app, {}).get("pages", {}).items()
                                if p.get("status") == "timeout"
                            }
                        ),
                    )
                except Exception as exc:  # noqa: BLE001 - a failed browser step must not lose the rest
                    r["browser"][app] = {"errors": [f"{type(exc).__name__}: {exc}"]}
                save()
        print(markdown({**results, "scales": {scale: r}}), flush=True)
    print("\n## All scales\n" + markdown(results))
    save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
