"""In Chromium: bytes each page view receives, warm time to charts drawn, server memory with N sessions.

Starts its own server (:mod:`benchmarks.serve`) on a free 127.0.0.1 port and stops it; drives
Debian's chromium through Playwright. Nothing leaves the machine.
"""

from __future__ import annotations

import math
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks import common
from parkdash.localserver import CHROMIUM, CHROMIUM_ARGS, free_port, healthy

VIEWPORT = {"width": 1400, "height": 1000}

# "Drawn": the script run has finished, at least the expected charts are on the page, every plotly
# chart has drawn marks (bars, points, lines, heat-map images) and every deck.gl map has a canvas.
_DRAWN = """([plotly, decks]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
  const maps = [...document.querySelectorAll('[data-testid="stDeckGlJsonChart"]')];
  if (charts.length < plotly || maps.length < decks) return false;
  const drawn = p => (p.getAttribute('d') || '').length > 2;
  for (const c of charts) {
    const marks = [...c.querySelectorAll('.bars .point path, .scatterlayer path.point, .scatterlayer path.js-line')].filter(drawn).length
      + [...c.querySelectorAll('.heatmaplayer image')].length;
    if (!c.querySelector('svg.main-svg') || marks === 0) return false;
  }
  for (const m of maps) {
    const canvas = m.querySelector('canvas');
    if (!canvas || canvas.width === 0) return false;
  }
  return performance.now();
}"""

# Installed in every tab before the app's scripts: records when the script state changes, so the time
# to charts can be split into "server run finished" and "browser drew the charts".
_STATE_LOG = """(() => {
  window.__pdStates = [];
  const watch = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) { requestAnimationFrame(watch); return; }
    const log = () => window.__pdStates.push([app.getAttribute('data-test-script-state'), performance.now()]);
    log();
    new MutationObserver(log).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  };
  document.addEventListener('DOMContentLoaded', watch);
})()"""
_SCRIPT_DONE = "() => { const s = (window.__pdStates || []).filter(x => x[0] === 'notRunning'); return s.length ? s[s.length - 1][1] : null; }"

# minimum (plotly charts, deck maps) a drawn page shows, per app and page
EXPECT = {
    "app": {"overview": (3, 1), "park": (1, 0), "industry": (1, 0), "targets": (1, 0), "map": (0, 1)},
    "baseline": {"overview": (3, 0), "park": (1, 0), "industry": (1, 0), "targets": (1, 0), "map": (1, 0)},
}


@dataclass
class Server:
    proc: subprocess.Popen
    base_url: str
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid


@contextmanager
def server(data_dir: Path, baseline: bool, skip_validation: bool, log: Path) -> Iterator[Server]:
    """A benchmark server for the duration of the block; always stopped (terminate, then kill)."""
    port = free_port()
    cmd = [sys.executable, "-m", "benchmarks.serve", "--port", str(port)]
    cmd += ["--baseline"] if baseline else []
    cmd += ["--skip-validation"] if skip_validation else []
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            cmd,
            cwd=common.ROOT,
            env=common.env_with_data(data_dir),
            stdout=fh,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    srv = Server(proc, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + 60
        while not healthy(srv.base_url):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"benchmark server did not become healthy; see {log}")
            time.sleep(0.2)
        yield srv
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)


def _url(srv: Server, app: str, page: str, path: str) -> str:
    return f"{srv.base_url}/?page={page}" if app == "baseline" else f"{srv.base_url}/{path}"


def _open(context, url: str, expect: tuple[int, int], timeout_s: float, done: list | None = None) -> tuple[float, int]:  # noqa: ANN001
    """Open ``url`` in a new tab: (ms from navigation start to drawn, WebSocket bytes received); tab closed.

    ``done``, when given, receives the ms at which the script run finished (before the browser drew).
    """
    tab = context.new_page()
    received = [0]

    def on_ws(ws) -> None:  # noqa: ANN001
        ws.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload)))

    tab.on("websocket", on_ws)
    try:
        tab.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        handle = tab.wait_for_function(_DRAWN, arg=list(expect), timeout=timeout_s * 1000, polling=50)
        ms = float(handle.json_value())
        if done is not None:
            done.append(tab.evaluate(_SCRIPT_DONE))
        tab.wait_for_timeout(300)  # late frames (e.g. the URL update after the run)
        return ms, received[0]
    finally:
        tab.close()


def measure(
    data_dir: Path,
    app: str = "app",
    *,
    skip_validation: bool = False,
    repeat: int = 5,
    load_timeout: float = 600.0,
    page_timeout: float = 120.0,
    sessions: int = 10,
    log: Path | None = None,
    skip_pages: frozenset[str] = frozenset(),
) -> dict:
    """Everything measured in the browser for one data folder and app (see the module docstring)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    expect = EXPECT[app]
    out: dict = {"pages": {}, "time_to_charts": {}, "memory": {}, "errors": []}
    log = log or common.ARTIFACTS / f"bench-server-{app}-{data_dir.name}.log"
    with server(data_dir, app == "baseline", skip_validation, log) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
            context.add_init_script(_STATE_LOG)
            out["memory"]["idle"] = common.proc_status(srv.pid)
            # warm-up: the first visit loads the data set and fills the HTTP cache
            try:
                ms, _ = _open(context, _url(srv, app, "overview", ""), expect["overview"], load_timeout)
                out["warmup_ms"] = ms
            except PlaywrightError as exc:
                out["errors"].append(f"warm-up overview: {str(exc).splitlines()[0]}")
                return out
            out["memory"]["one_session"] = common.proc_status(srv.pid)
            for name, path in (("overview", ""), ("park", "park")):
                times: list[float] = []
                script_done: list[float] = []
                for _ in range(repeat):
                    try:
                        times.append(_open(context, _url(srv, app, name, path), expect[name], page_timeout, script_done)[0])
                    except PlaywrightError as exc:
                        out["errors"].append(f"time to charts {name}: {str(exc).splitlines()[0]}")
                        break
                done = common.stats([x for x in script_done if x is not None])
                out["time_to_charts"][name] = {"ms": times, **common.stats(times), "script_done_median": done.get("median")}
            out["memory"][f"{sessions}_sessions"] = _sessions(context, srv, app, expect, sessions, page_timeout, out)
            # one view of every page, last: a page that runs past the timeout keeps computing in the
            # server after its tab closes (Streamlit stops a script only at its next Streamlit call)
            # and would slow what follows; pages known to exceed the timeout server-side are skipped
            for script, path in common.PAGES:
                name = common.PAGE_NAMES[script]
                if name in skip_pages:
                    out["pages"][name] = {
                        "ms": math.nan,
                        "ws_bytes": None,
                        "error": "skipped: exceeds the page timeout server-side",
                    }
                    continue
                try:
                    ms, nbytes = _open(context, _url(srv, app, name, path), expect.get(name, (0, 0)), page_timeout)
                    out["pages"][name] = {"ms": ms, "ws_bytes": nbytes}
                except PlaywrightError as exc:
                    out["pages"][name] = {"ms": math.nan, "ws_bytes": None, "error": str(exc).splitlines()[0]}
            out["memory"]["peak"] = common.peak_rss_mb(srv.pid)
        finally:
            browser.close()
    return out


def _sessions(context, srv: Server, app: str, expect: dict, n: int, timeout_s: float, out: dict) -> dict:  # noqa: ANN001
    """Open ``n`` overview tabs at once (n sessions), wait until all are drawn, read the server's memory."""
    from playwright.sync_api import Error as PlaywrightError

    tabs = [context.new_page() for _ in range(n)]
    try:
        t0 = time.perf_counter()
        for tab in tabs:
            tab.goto(_url(srv, app, "overview", ""), wait_until="commit", timeout=timeout_s * 1000)
        drawn = 0
        for tab in tabs:
            try:
                tab.wait_for_function(_DRAWN, arg=list(expect["overview"]), timeout=timeout_s * 1000, polling=100)
                drawn += 1
            except PlaywrightError as exc:
                out["errors"].append(f"{n} sessions: {str(exc).splitlines()[0]}")
        status = common.proc_status(srv.pid)
        return {**status, "drawn": drawn, "all_drawn_s": time.perf_counter() - t0}
    finally:
        for tab in tabs:
            tab.close()
