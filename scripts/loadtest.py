"""Load test: concurrent sessions switching pages and filters against a server of its own.

    .venv/bin/python scripts/loadtest.py --sessions 20 --seconds 60                          # zero errors
    .venv/bin/python scripts/loadtest.py --sessions 40 --seconds 60 --recover 30             # overload, recovery
    .venv/bin/python scripts/loadtest.py --mode protocol --sessions 20 --seconds 60          # server capacity
    .venv/bin/python scripts/loadtest.py --mode protocol --sessions 40 --seconds 60 --recover 30

It starts its own server (``streamlit run app.py`` on a free 127.0.0.1 port) and stops it at the
end, whatever happens; it is bounded in time (``--seconds`` plus at most one ``--timeout`` per
session in flight). Nothing leaves the machine: every request goes to 127.0.0.1, and in a browser
a request anywhere else is counted as an error.

Two kinds of session:

- ``--mode browser`` (default): Debian's chromium through Playwright, one browser; sessions are
  tabs of one context (a shared HTTP cache, like returning visitors) or, with ``--cold``, a context
  each. End to end, but each tab costs the machine several CPU-seconds to boot and render (plotly,
  deck.gl in software WebGL): on 2 cores, 20 tabs saturate the machine long before the server.
- ``--mode protocol``: Streamlit's own client protocol (protobuf over ``/_stcore/stream``): each
  interaction asks for a run of a page with the query string of a view, as the browser does for a
  link, and waits for ``script_finished``; the page's title is checked, exceptions and error
  alerts are counted. The server does the same work as for a browser; the client almost none.

Each session opens the overview, then loops until the time is up: open another page (55 %),
switch the language (15 %), add or remove a park in the parks filter (15 %), move an end of the
years range (15 %), with 0.5–1.5 s of think time in between (``--think`` sets the mean); sessions
start evenly over ``--ramp`` seconds. An interaction's latency runs from the click (the request)
until the app has finished the run it started (browser: the run's ``script_finished`` message has
reached the tab and the frontend's script state is back to not running). Errors: an exception or error alert on the page, a run that does
not finish successfully or within ``--timeout``, a wrong title (protocol), Streamlit's "Connection
error" dialog, an interaction that starts no run, a console error (Streamlit's known sub-page
probes and SwiftShader's GPU-stall warning aside), a page crash, a request to another host.

Every second the server's health check is timed; the server's resident memory is sampled every
0.5 s and its peak read from the kernel (VmHWM); the CPU used by the server and by this load
generator (its browsers included) is read from /proc, and the load average printed with the
figures: on a machine shared with other work they are pessimistic. Every interaction is written
to ``<out>.interactions.jsonl``.

With ``--recover S`` the main run is an overload run: its errors are reported, not fatal. The
server must survive it; after S idle seconds a recovery run (``--recover-sessions`` sessions for
``--recover-seconds``) must give zero errors. Without ``--recover`` the main run must give zero
errors. The exit code is 0 only when those checks pass; the JSON goes to ``--out``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # the parkdash of this checkout

from playwright.async_api import Page, async_playwright  # noqa: E402

from parkdash import i18n  # noqa: E402
from parkdash.localserver import CHROMIUM, CHROMIUM_ARGS, ServerError, StreamlitServer  # noqa: E402

SIDEBAR = '[data-testid="stSidebar"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PARKS = f'{SIDEBAR} [data-testid="stMultiSelect"]'  # the first one: parks
TAGS = ".react-aria-ComboBox [data-tag]"
YEARS = f'{SIDEBAR} [data-testid="stSlider"] input[type="range"]'
PAGE_PATHS = {  # url path -> title key: the seven pages for viewers (not "Add news", which writes data)
    "": "page_overview",
    "park": "page_park",
    "industry": "page_industry",
    "targets": "page_targets",
    "map": "page_map",
    "news": "page_news",
    "data": "page_data",
}
RUN_START_S = 10.0  # allowed for a run to start, on top of --timeout for it to end
# Console errors that are not the app's: streamlit/streamlit#7074 (a sub-page URL opened directly
# probes <page>/_stcore/health and host-config first); SwiftShader's warning (a warning, but some
# builds log it as an error).
KNOWN_CONSOLE = (
    (re.compile(r"/[\w-]+/_stcore/(health|host-config)$"), re.compile(r"404")),
    (re.compile(r""), re.compile(r"GPU stall due to ReadPixels")),
)


class Wire:
    """What a tab's websockets carry (Streamlit's protobuf, read in this process): the runs that ended.

    The page's own "script state" attribute is not enough under load: when a starved tab handles a
    whole run's messages at once, React renders once and the attribute never changes.
    """

    def __init__(self, page: Page) -> None:
        self.finished = 0  # runs that ended (not those cut short by a newer run)
        self.finished_at = 0.0  # perf_counter() when the last one reached the browser
        self.received = 0  # bytes
        self.changed = asyncio.Event()
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload: bytes | str) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: TID251 - the load test reads Streamlit's protocol

        if not isinstance(payload, bytes):
            return
        self.received += len(payload)
        msg = ForwardMsg()
        try:
            msg.ParseFromString(payload)
        except Exception:  # noqa: BLE001 - not a ForwardMsg: not ours to judge
            return
        if msg.WhichOneof("type") == "script_finished" and msg.script_finished != msg.FINISHED_EARLY_FOR_RERUN:
            self.finished += 1
            self.finished_at = time.perf_counter()
            self.changed.set()

    async def run_ended(self, before: int, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while self.finished <= before:
            self.changed.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no run ended within {timeout_s:.0f} s")
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except TimeoutError:
                pass


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)  # kind -> seconds
    errors: list[str] = field(default_factory=list)
    actions: int = 0
    health: list[float] = field(default_factory=list)  # health-check seconds (inf = failed)
    sessions_started: int = 0
    trace: list[dict] = field(default_factory=list)  # every interaction: when, what, how long, what went wrong
    payload: list[int] = field(default_factory=list)  # bytes the server sent per interaction
    server_side: list[float] = field(default_factory=list)  # browser mode: until script_finished reached the browser

    def all_latencies(self, without: tuple[str, ...] = ("first load",)) -> list[float]:
        return [x for k, v in self.latencies.items() if k not in without for x in v]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


async def problems_on_page(page: Page) -> list[str]:
    found = []
    if await page.locator('[data-testid="stException"]').count():
        found.append("exception shown on the page")
    if await page.locator('[data-testid="stAlertContentError"]').count():
        found.append("error alert: " + (await page.locator('[data-testid="stAlertContentError"]').first.inner_text())[:100])
    if await page.get_by_role("dialog").filter(has_text="Connection error").count():
        found.append("Connection error dialog")
    return found


async def timed(page: Page, wire: Wire, stats: Stats, kind: str, action, timeout_s: float, what: str = "") -> None:  # noqa: ANN001
    """Do ``action``; the latency is until the run it started has ended and the page is idle again."""
    stats.actions += kind != "first load"
    start, before, received = time.perf_counter(), wire.finished, wire.received
    try:
        await action()
        await wire.run_ended(before, RUN_START_S + timeout_s)
        stats.server_side.append(wire.finished_at - start)  # the run's end reached the browser (its network side)
        await page.wait_for_selector(IDLE, state="attached", timeout=timeout_s * 1000)
        took = time.perf_counter() - start
        stats.latencies.setdefault(kind, []).append(took)
        stats.payload.append(wire.received - received)
        problems = [f"{kind}: {p}" for p in await problems_on_page(page)]
    except Exception as exc:  # noqa: BLE001 - every failure is counted, the run goes on
        where = f" ({what}; now at {urlsplit(page.url).path})" if what else ""
        took, problems = None, [f"{kind}{where}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"]
    stats.errors.extend(problems)
    stats.trace.append(
        {
            "at": round(time.time(), 2),
            "kind": kind,
            "s": took and round(took, 3),
            "bytes": wire.received - received,
            "errors": problems,
        }
    )


async def pick_park(page: Page, rng: random.Random) -> None:
    """Add a park to the sidebar's filter, or remove one when three are chosen."""
    box = page.locator(PARKS).first
    tags = box.locator(TAGS)
    if await tags.count() >= 3:
        name = (await tags.nth(rng.randrange(await tags.count())).inner_text()).strip()
        await box.get_by_role("button", name=f"Remove {name}").click()
        return
    await box.get_by_role("combobox").click()
    options = page.get_by_role("option")
    await options.first.wait_for(timeout=10_000)
    await options.nth(rng.randrange(await options.count())).click()
    await page.keyboard.press("Escape")


async def nudge_years(page: Page, rng: random.Random) -> None:
    """Move one end of the years slider by one year (keyboard on the thumb)."""
    thumbs = page.locator(YEARS)
    thumb = thumbs.nth(rng.randrange(2))
    lo, hi = int(await thumb.get_attribute("min")), int(await thumb.get_attribute("max"))
    value = int(await thumb.input_value())
    key = "ArrowLeft" if value >= hi or (value > lo and rng.random() < 0.5) else "ArrowRight"
    await thumb.focus()
    await page.keyboard.press(key)


async def session(new_page, base: str, until: float, stats: Stats, seed: int, timeout_s: float, think: float) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    page = await new_page()
    wire = Wire(page)
    try:

        def console(msg) -> None:  # noqa: ANN001
            if msg.type != "error":
                return
            url = msg.location.get("url", "")
            if not any(u.search(url) and t.search(msg.text) for u, t in KNOWN_CONSOLE):
                stats.errors.append(f"console: {msg.text[:120]} [{url[:80]}]")

        page.on("console", console)
        page.on("pageerror", lambda err: stats.errors.append(f"page error: {str(err)[:120]}"))
        page.on("crash", lambda _: stats.errors.append("page crashed"))
        page.on(
            "request",
            lambda r: (
                None
                if r.url.startswith((base + "/", "blob:" + base, "data:"))
                else stats.errors.append(f"external request: {r.url[:80]}")
            ),
        )
        stats.sessions_started += 1
        await timed(page, wire, stats, "first load", lambda: page.goto("/"), timeout_s)
        while time.time() < until:
            # where the session is, from its URL (an interaction that failed may have changed nothing)
            url = urlsplit(page.url)
            lang = "en" if parse_qs(url.query).get("lang") == ["en"] else "zh"
            current = PAGE_PATHS.get(url.path.strip("/"), "page_overview")
            choice = rng.random()
            if choice < 0.55:
                title = i18n.t(rng.choice([k for k in PAGE_PATHS.values() if k != current]), lang)
                # the link's text: an icon's ligature name (lower case), then the title ("新闻" ≠ "添加新闻")
                link = page.locator('[data-testid="stSidebarNav"] a', has_text=re.compile(f"^[a-z_]*{re.escape(title)}$"))
                await timed(page, wire, stats, "page", link.click, timeout_s, f"to {title}")
            elif choice < 0.70:
                label = "中文" if lang == "en" else "English"
                option = page.locator(SIDEBAR).locator('[data-testid="stRadioOption"]', has_text=re.compile(f"^{label}$"))
                await timed(page, wire, stats, "language", option.click, timeout_s)
            elif choice < 0.85:
                await timed(page, wire, stats, "parks filter", lambda: pick_park(page, rng), timeout_s)
            else:
                await timed(page, wire, stats, "years", lambda: nudge_years(page, rng), timeout_s)
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))  # think time
    finally:
        await page.close()


def client_cpu(server_pid: int, seen: dict[int, float]) -> None:
    """CPU seconds of this script's own process tree but the server (the browsers, Playwright's
    driver, this process): the load generator's share of the machine. ``seen`` keeps the last value
    of each pid, so processes that have ended still count."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    mine, frontier = {os.getpid()}, [os.getpid()]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in mine and child != server_pid:
                mine.add(child)
                frontier.append(child)
    for pid in mine:
        used = cpu_seconds(pid)
        if used:
            seen[pid] = max(seen.get(pid, 0.0), used)


async def watch(server: StreamlitServer, stats: Stats, done: asyncio.Event, client: dict[int, float]) -> tuple[float, float]:
    """Sample RSS and the load generator's CPU every 0.5 s and time the health check every second until ``done``."""
    peak, tick = 0.0, 0

    def health() -> float:
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(f"{server.base_url}/_stcore/health", timeout=10) as resp:  # 127.0.0.1
                ok = resp.status == 200 and resp.read().strip() == b"ok"
        except OSError:
            ok = False
        return time.perf_counter() - start if ok else float("inf")

    while not done.is_set():
        peak = max(peak, server.rss_mb())
        client_cpu(server.pid, client)
        if tick % 2 == 0:
            stats.health.append(await asyncio.to_thread(health))
        tick += 1
        await asyncio.sleep(0.5)
    return peak, server.peak_rss_mb()


# ---------------------------------------------------------------- protocol sessions (--mode protocol)


def park_ids(data: Path | None) -> list[str]:
    import csv

    from parkdash import config

    folder = data or config.data_dir()
    with (folder / "parks.csv").open(encoding="utf-8-sig", newline="") as fh:
        return [row["park_id"] for row in csv.DictReader(fh)]


class Protocol:
    """A session as Streamlit's own client speaks it: protobuf over ``/_stcore/stream``.

    An interaction asks for a run of a page with a query string (a view: page, language, parks,
    years), exactly what the browser sends for a shared link, and waits for ``script_finished``. It
    costs the server what a browser session costs it, and the client next to nothing, so it
    measures the server even where the browsers would saturate the machine first.
    """

    def __init__(self, ws, base: str, stats: Stats, timeout_s: float) -> None:  # noqa: ANN001
        self.ws, self.base, self.stats, self.timeout_s = ws, base, stats, timeout_s

    async def run(self, kind: str, path: str, query: str, title: str | None) -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: TID251 - the load test speaks Streamlit's protocol
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: TID251 - the load test speaks Streamlit's protocol

        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = path
        msg.rerun_script.context_info.url = f"{self.base}/{path}" + (f"?{query}" if query else "")
        self.stats.actions += kind != "first load"
        start, size, problems, headings = time.perf_counter(), 0, [], []
        try:
            await self.ws.send(msg.SerializeToString())
            deadline = start + self.timeout_s
            while True:
                payload = await asyncio.wait_for(self.ws.recv(), timeout=max(0.1, deadline - time.perf_counter()))
                size += len(payload)
                fwd = ForwardMsg()
                fwd.ParseFromString(payload)
                what = fwd.WhichOneof("type")
                if what == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                    element = fwd.delta.new_element
                    kind_of = element.WhichOneof("type")
                    if kind_of == "exception":
                        problems.append(f"{kind}: exception {element.exception.type}")
                    elif kind_of == "alert" and element.alert.format == element.alert.ERROR:
                        problems.append(f"{kind}: error alert {element.alert.body[:80]}")
                    elif kind_of == "heading":
                        headings.append(element.heading.body.strip())
                elif what == "script_finished":
                    if fwd.script_finished != fwd.FINISHED_SUCCESSFULLY:
                        problems.append(f"{kind}: script finished with status {fwd.script_finished}")
                    break
            took = time.perf_counter() - start
            if title is not None and title not in headings:
                problems.append(f"{kind}: /{path} did not show its title {title!r} (headings {headings[:3]})")
            self.stats.latencies.setdefault(kind, []).append(took)
            self.stats.payload.append(size)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, the run goes on
            took, problems = None, [*problems, f"{kind}: {type(exc).__name__}: {str(exc)[:100]}"]
        self.stats.errors.extend(problems)
        self.stats.trace.append(
            {"at": round(time.time(), 2), "kind": kind, "s": took and round(took, 3), "bytes": size, "errors": problems}
        )
        if took is None:
            raise ConnectionError("the session cannot go on")  # its websocket is in an unknown state


async def protocol_session(base: str, until: float, stats: Stats, seed: int, opt: argparse.Namespace, parks: list[str]) -> None:
    from websockets.asyncio.client import connect

    rng = random.Random(seed)
    url = base.replace("http://", "ws://", 1) + "/_stcore/stream"
    # No Origin header (a non-browser client, allowed by Streamlit); no pings (a browser sends none).
    async with connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=opt.timeout, ping_interval=None) as ws:
        stats.sessions_started += 1
        client = Protocol(ws, base, stats, opt.timeout)
        path, lang, chosen, years = "", "zh", [], (2015, 2025)

        def query() -> str:
            # Every key explicit: a query that omits a key keeps the session's value (an in-app link).
            pairs = [("lang", lang), *(("park", x) for x in chosen), ("from", str(years[0])), ("to", str(years[1]))]
            return urlencode(pairs)

        def title() -> str | None:
            key = PAGE_PATHS[path]
            return None if path in ("park", "industry") else i18n.t("app_title" if path == "" else key, lang)

        await client.run("first load", path, query(), title())
        while time.time() < until:
            choice = rng.random()
            if choice < 0.55:
                path, kind = rng.choice([x for x in PAGE_PATHS if x != path]), "page"
            elif choice < 0.70:
                lang, kind = ("en" if lang == "zh" else "zh"), "language"
            elif choice < 0.85:
                kind = "parks filter"  # one to three parks: "all parks" cannot be said by a link that keeps values
                if len(chosen) >= 3 or (len(chosen) > 1 and rng.random() < 0.3):
                    chosen.remove(rng.choice(chosen))
                else:
                    chosen.append(rng.choice([x for x in parks if x not in chosen]))
            else:
                kind = "years"
                lo, hi = years
                years = (lo + rng.choice([-1, 1]), hi) if rng.random() < 0.5 else (lo, hi + rng.choice([-1, 1]))
                years = (max(2012, min(years[0], years[1])), min(2026, max(years)))
            await client.run(kind, path, query(), title())
            await asyncio.sleep(rng.uniform(0.5 * opt.think, 1.5 * opt.think))  # think time


# ---------------------------------------------------------------- runs


async def warm_up(server: StreamlitServer, opt: argparse.Namespace) -> float:
    """One visit before the clock starts: the server's first run imports the libraries and loads the data."""
    start = time.perf_counter()
    if opt.mode == "protocol":
        await protocol_session(server.base_url, 0, Stats(), 0, opt, park_ids(opt.data))
        return time.perf_counter() - start
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(base_url=server.base_url)
            await page.goto("/")
            await page.wait_for_selector(IDLE, state="attached", timeout=opt.timeout * 1000)
        finally:
            await browser.close()
    return time.perf_counter() - start


async def run_sessions(sessions: int, seconds: float, ramp: float, opt: argparse.Namespace, stats: Stats, start) -> None:  # noqa: ANN001
    """Start ``sessions`` (each through ``start(n, until)``) over ``ramp`` seconds; bounded in time."""

    async def delayed(n: int) -> None:
        await asyncio.sleep(ramp * n / max(1, sessions))
        await start(n, until)

    until = time.time() + seconds
    tasks = [asyncio.create_task(delayed(n)) for n in range(sessions)]
    # Bounded: sessions stop starting interactions at ``until``; one in flight may take up to the
    # run-start allowance plus the timeout; anything later is cancelled and counted.
    finished, pending = await asyncio.wait(tasks, timeout=ramp + seconds + RUN_START_S + 2 * opt.timeout + 30)
    for task in pending:
        task.cancel()
        stats.errors.append("session cancelled: still busy after the time limit")
    for task in finished:
        if task.exception():
            stats.errors.append(f"session ended: {task.exception()!r}"[:160])


async def drive(server: StreamlitServer, sessions: int, seconds: float, ramp: float, opt: argparse.Namespace) -> dict:
    stats = Stats()
    client: dict[int, float] = {}
    client_cpu(server.pid, client)
    client_start = sum(client.values())
    rss_start, cpu_start, wall_start = server.rss_mb(), cpu_seconds(server.pid), time.perf_counter()
    load_start = os.getloadavg()
    done = asyncio.Event()
    watcher = asyncio.create_task(watch(server, stats, done, client))
    try:
        if opt.mode == "protocol":
            parks = park_ids(opt.data)

            async def start(n: int, until: float) -> None:
                await protocol_session(server.base_url, until, stats, n, opt, parks)

            await run_sessions(sessions, seconds, ramp, opt, stats, start)
        else:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                try:

                    async def new_context():  # noqa: ANN202
                        context = await browser.new_context(base_url=server.base_url, viewport={"width": 1280, "height": 900})
                        context.set_default_timeout(opt.timeout * 1000)
                        return context

                    # One context: tabs share the HTTP cache (returning visitors); --cold: a context each.
                    shared = None if opt.cold else await new_context()

                    async def new_page():  # noqa: ANN202
                        return await (shared or await new_context()).new_page()

                    async def start(n: int, until: float) -> None:
                        await session(new_page, server.base_url, until, stats, n, opt.timeout, opt.think)

                    await run_sessions(sessions, seconds, ramp, opt, stats, start)
                finally:
                    await browser.close()
    finally:
        done.set()
        rss_peak, hwm = await watcher
    wall = time.perf_counter() - wall_start
    lat = stats.all_latencies()
    first = stats.latencies.get("first load", [])
    health_ok = [h for h in stats.health if h != float("inf")]
    return {
        "trace": stats.trace,
        "mode": opt.mode,
        "sessions": sessions,
        "seconds": seconds,
        "think_s": opt.think,
        "sessions_started": stats.sessions_started,
        "interactions": stats.actions,
        "interactions_per_s": round(stats.actions / wall, 2),
        "errors": len(stats.errors),
        "p50_s": round(statistics.median(lat), 2) if lat else None,
        "p95_s": round(pct(lat, 0.95), 2) if lat else None,
        "max_s": round(max(lat), 2) if lat else None,
        "first_load_p50_s": round(statistics.median(first), 2) if first else None,
        "first_load_p95_s": round(pct(first, 0.95), 2) if first else None,
        "by_kind": {
            k: {"n": len(v), "p50_s": round(statistics.median(v), 2), "p95_s": round(pct(v, 0.95), 2)}
            for k, v in sorted(stats.latencies.items())
        },
        "payload_kb_p50": round(statistics.median(stats.payload) / 1024) if stats.payload else None,
        # browser mode: until the run's script_finished reached the browser (server and network; no
        # rendering), first loads included; this stays meaningful when the tabs themselves are starved
        "run_end_seen_p50_s": round(statistics.median(stats.server_side), 2) if stats.server_side else None,
        "run_end_seen_p95_s": round(pct(stats.server_side, 0.95), 2) if stats.server_side else None,
        "health_checks": len(stats.health),
        "health_failed": len(stats.health) - len(health_ok),
        "health_max_s": round(max(health_ok), 2) if health_ok else None,
        "rss_start_mb": round(rss_start),
        "rss_peak_mb": round(max(rss_peak, hwm)),
        "rss_end_mb": round(server.rss_mb()),
        "server_cpu_cores": round((cpu_seconds(server.pid) - cpu_start) / wall, 2),
        "load_generator_cpu_cores": round((sum(client.values()) - client_start) / wall, 2),
        "browser_contexts": None
        if opt.mode == "protocol"
        else ("one per session (cold cache)" if opt.cold else "one shared (warm HTTP cache)"),
        "load_avg_start": [round(x, 2) for x in load_start],
        "load_avg_end": [round(x, 2) for x in os.getloadavg()],
        "server_alive": server.running(),
        "error_kinds": summarize(stats.errors),
    }


def summarize(errors: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in errors:
        key = re.sub(r"\d+(\.\d+)?", "N", e)[:140]
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1])[:12])


def uptime() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def print_table(results: list[dict]) -> None:
    print("| run | sessions × s | interactions (/s) | errors | p50 / p95 / max s | first load p50 / p95 s | "
          "health fails / max s | RSS start → peak → end MB | CPU cores: server / load generator | "
          "load avg start → end (1 min) | mode |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['run']} | {r['sessions']} × {r['seconds']:.0f} | {r['interactions']} ({r['interactions_per_s']}) | "
            f"{r['errors']} | {r['p50_s']} / {r['p95_s']} / {r['max_s']} | {r['first_load_p50_s']} / {r['first_load_p95_s']} | "
            f"{r['health_failed']} / {r['health_max_s']} | {r['rss_start_mb']} → {r['rss_peak_mb']} → {r['rss_end_mb']} | "
            f"{r['server_cpu_cores']} / {r['load_generator_cpu_cores']} | {r['load_avg_start'][0]} → {r['load_avg_end'][0]} | "
            f"{r['mode']}{'' if r['payload_kb_p50'] is None else ', ' + str(r['payload_kb_p50']) + ' kB/run'} |"
        )
    for r in results:
        if r["run_end_seen_p50_s"] is not None:
            print(
                f"{r['run']}: the runs' ends reached the browser after {r['run_end_seen_p50_s']} s (p50), "
                f"{r['run_end_seen_p95_s']} s (p95), first loads included; the rest of each latency is the tab's own work"
            )
    for r in results:
        if r["error_kinds"]:
            print(f"\n{r['run']}: errors by kind")
            for kind, n in r["error_kinds"].items():
                print(f"  {n:4d} × {kind}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60, help="how long sessions keep interacting")
    parser.add_argument("--ramp", type=float, default=10, help="sessions start evenly over this many seconds")
    parser.add_argument("--timeout", type=float, default=60, help="longest wait for one interaction, seconds")
    parser.add_argument("--think", type=float, default=1.0, help="mean think time between interactions, seconds")
    parser.add_argument("--cold", action="store_true", help="a browser context per session (no shared HTTP cache)")
    parser.add_argument(
        "--mode",
        choices=["browser", "protocol"],
        default="browser",
        help="browser: chromium tabs (end to end); protocol: Streamlit's websocket protocol (server capacity)",
    )
    parser.add_argument("--recover", type=float, default=0, help="overload run: then idle this long and run a recovery")
    parser.add_argument("--recover-sessions", type=int, default=5)
    parser.add_argument("--recover-seconds", type=float, default=30)
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: the app's own)")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "loadtest.json")
    args = parser.parse_args()
    if args.mode == "browser" and not CHROMIUM.exists():
        print("Debian chromium missing: apt-get install chromium fonts-wqy-microhei", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    log = args.out.with_suffix(".server.log")
    log.unlink(missing_ok=True)
    server = StreamlitServer(log, data_dir=args.data.resolve() if args.data else None, app_dir=ROOT)
    print(f"before: {uptime()}", flush=True)
    results: list[dict] = []
    try:
        server.start()
        print(f"warm-up visit: {asyncio.run(warm_up(server, args)):.1f} s", flush=True)
        name = "overload" if args.recover else "load"
        results.append(
            {
                "run": name,
                **asyncio.run(drive(server, args.sessions, args.seconds, args.ramp, args)),
            }
        )
        print(f"after the {name} run: {uptime()}", flush=True)
        if args.recover and server.running():
            time.sleep(args.recover)
            run = asyncio.run(drive(server, args.recover_sessions, args.recover_seconds, min(args.ramp, 5), args))
            results.append({"run": f"recovery ({args.recover:.0f} s later)", **run})
            print(f"after the recovery run: {uptime()}", flush=True)
    except ServerError as exc:
        print(f"the server did not start: {exc}", file=sys.stderr)
        return 2
    finally:
        alive = server.running()
        server.stop()
    with args.out.with_suffix(".interactions.jsonl").open("w", encoding="utf-8") as fh:
        for r in results:
            for item in r.pop("trace"):
                fh.write(json.dumps({"run": r["run"], **item}, ensure_ascii=False) + "\n")
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print_table(results)
    checks = {"server alive at the end": alive}
    if args.recover:
        checks["recovery run without errors"] = len(results) > 1 and results[-1]["errors"] == 0
    else:
        checks["zero errors"] = results[0]["errors"] == 0
    print()
    for check, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}: {check}")
    print(f"(figures in {args.out}, server log in {log})")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
