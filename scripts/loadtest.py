"""Load test: concurrent browser sessions switching pages and filters against a local server.

    .venv/bin/python scripts/loadtest.py --sessions 20 --seconds 60
    .venv/bin/python scripts/loadtest.py --sessions 40 --seconds 60 --recover 60   # overload, then recovery

It starts its own server on 127.0.0.1 (a free port), drives Debian's chromium through Playwright
(one browser, one context per session), and stops both at the end. Each session loops: click a page
in the sidebar, switch the language, pick a park; an interaction's latency is the time until the app
reports it has finished running. Errors are exceptions shown on the page, timeouts and console
errors (Streamlit's known sub-page 404s aside). The server's resident memory is sampled every 0.5 s.
Nothing leaves the machine: every request goes to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Page, async_playwright

from parkdash.localserver import CHROMIUM, CHROMIUM_ARGS, free_port, healthy

ROOT = Path(__file__).resolve().parents[1]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PAGES = ["总览", "园区档案", "产业", "“十四五”目标", "地图", "新闻", "数据"]
PAGES_EN = ["Overview", "Park profile", "Industry", "Five-year targets", "Map", "News", "Data"]
KNOWN_CONSOLE = ("/_stcore/health", "/_stcore/host-config", "GPU stall")  # streamlit/streamlit#7074; SwiftShader


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    actions: int = 0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_server(port: int, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT, env={**os.environ})
    deadline = time.time() + 60
    while time.time() < deadline:
        if healthy(f"http://127.0.0.1:{port}"):
            return proc
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start; see {log}")


async def timed(page: Page, stats: Stats, action) -> None:  # noqa: ANN001
    start = time.perf_counter()
    try:
        await action()
        await page.wait_for_selector(IDLE, timeout=60_000)
        await asyncio.sleep(0.05)  # the run that the action started may begin a moment later
        await page.wait_for_selector(IDLE, timeout=60_000)
        stats.latencies.append(time.perf_counter() - start)
        if await page.locator('[data-testid="stException"]').count():
            stats.errors.append("exception shown on the page")
    except Exception as exc:  # noqa: BLE001 - every failure is counted, the run goes on
        stats.errors.append(f"{type(exc).__name__}: {str(exc)[:120]}")
    stats.actions += 1


async def pick_park(page: Page, rng: random.Random) -> None:
    """Open the sidebar's park list and choose one of its options."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    await box.get_by_role("combobox").click()
    options = page.get_by_role("option")
    n = await options.count()
    if n:
        await options.nth(rng.randrange(n)).click()
    await page.keyboard.press("Escape")


async def session(browser, base: str, until: float, stats: Stats, seed: int) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.on("console", lambda m: stats.errors.append("console: " + m.text[:120])
            if m.type == "error" and not any(k in m.text for k in KNOWN_CONSOLE) else None)  # fmt: skip
    page.on("request", lambda r: stats.errors.append("external request: " + r.url[:80])
            if not r.url.startswith((base, "blob:", "data:")) else None)  # fmt: skip
    lang = "zh"
    await timed(page, stats, lambda: page.goto(base))
    while time.time() < until:
        choice = rng.random()
        names = PAGES if lang == "zh" else PAGES_EN
        if choice < 0.6:
            target = rng.choice(names)
            link = page.locator('[data-testid="stSidebarNav"] a', has_text=target).first
            await timed(page, stats, link.click)
        elif choice < 0.8:
            lang = "en" if lang == "zh" else "zh"
            label = "English" if lang == "en" else "中文"
            await timed(page, stats, lambda label=label: page.get_by_text(label, exact=True).first.click())
        else:
            await timed(page, stats, lambda: pick_park(page, rng))
        await asyncio.sleep(rng.uniform(0.5, 1.5))  # think time
    await context.close()


async def drive(base: str, sessions: int, seconds: float, pid: int) -> tuple[Stats, float]:
    stats, peak = Stats(), 0.0
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        until = time.time() + seconds
        tasks = [asyncio.create_task(session(browser, base, until, stats, n)) for n in range(sessions)]
        while not all(t.done() for t in tasks):
            peak = max(peak, rss_mb(pid))
            await asyncio.sleep(0.5)
        for t in tasks:
            if t.exception():
                stats.errors.append(f"session crashed: {t.exception()!r}"[:160])
        await browser.close()
    return stats, peak


def summary(name: str, stats: Stats, peak: float, start_rss: float) -> dict[str, object]:
    lat = sorted(stats.latencies) or [float("nan")]
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
    return {
        "run": name, "interactions": stats.actions, "errors": len(stats.errors),
        "p50_s": round(statistics.median(lat), 2), "p95_s": round(p95, 2),
        "rss_start_mb": round(start_rss), "rss_peak_mb": round(peak),
        "first_errors": sorted(set(stats.errors))[:5],
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--recover", type=float, default=0, help="after the run, wait this long and measure one session")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "loadtest.json")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print("Debian chromium missing: apt-get install chromium fonts-wqy-microhei", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = start_server(port, args.out.with_suffix(".server.log"))
    base = f"http://127.0.0.1:{port}"
    try:
        start_rss = rss_mb(server.pid)
        results = [
            summary(f"{args.sessions} sessions", *asyncio.run(drive(base, args.sessions, args.seconds, server.pid)), start_rss)
        ]
        if args.recover:
            time.sleep(args.recover)
            results.append(summary("1 session after", *asyncio.run(drive(base, 1, 20, server.pid)), rss_mb(server.pid)))
        alive = server.poll() is None
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print("| run | interactions | errors | p50 s | p95 s | server RSS start → peak MB |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['run']} | {r['interactions']} | {r['errors']} | {r['p50_s']} | {r['p95_s']} | {r['rss_start_mb']} → {r['rss_peak_mb']} |"
        )
        for e in r["first_errors"]:
            print(f"  - {e}")
    print(f"server alive at the end: {alive}")
    return 0 if alive else 1


if __name__ == "__main__":
    sys.exit(main())
