"""Real-browser tests: the app served by Streamlit, driven by Playwright in Debian's chromium.

One Streamlit server and one browser per session. Tests share one browser context (warm HTTP
cache) unless a fresh one is the point (shared links). Every context records console errors,
failed requests, HTTP errors, dialogs and the hosts it talks to; a test fails when anything is
recorded that the allow-list below does not explain.

Data under test: ``$PARKDASH_TEST_DATA_DIR``, else the repo's ``data/`` when it has ``parks.csv``,
else the synthetic ``tests/fixtures/mini``.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))  # the parkdash of the repo under test (also when run from a copy of it)

from parkdash import i18n  # noqa: E402
from parkdash.localserver import CHROMIUM, CHROMIUM_ARGS, ServerError, StreamlitServer  # noqa: E402

VIEWPORT = {"width": 1400, "height": 1000}
ARTIFACTS = REPO / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
FAILURES = ARTIFACTS / "browser-failures"
SERVER_LOG = ARTIFACTS / "browser-tests-streamlit.log"

NOT_RUNNING = '[data-testid="stApp"][data-test-script-state="notRunning"]'
CHART = '[data-testid="stPlotlyChart"]'
DECK = '[data-testid="stDeckGlJsonChart"]'
SIDEBAR = '[data-testid="stSidebar"]'
SKELETON = '[data-testid="stSkeleton"]'
LOAD_TIMEOUT = 60_000  # ms: a cold first run imports pandas, plotly and pyarrow
DRAW_TIMEOUT = 30_000  # ms: plotly's JS chunk loads lazily (≈ 4–6 s in a cold context)
HEALTH_TIMEOUT = 60.0  # s
RUN_START_TIMEOUT = 5_000  # ms: how long an action may take to start a visible run


# ---------------------------------------------------------------- the data under test


def data_dir() -> Path:
    override = os.environ.get("PARKDASH_TEST_DATA_DIR", "").strip()
    if override:
        return Path(override).resolve()
    if (REPO / "data" / "parks.csv").is_file():
        return REPO / "data"
    return REPO / "tests" / "fixtures" / "mini"


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    path = folder / name
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        pytest.fail(f"data under test: cannot read {path}: {exc}")


@dataclass(frozen=True)
class Park:
    id: str
    name: dict[str, str]  # lang -> full name (the park page's title)
    short: dict[str, str]  # lang -> short name (multiselect, charts, map labels)
    lat: float
    lon: float


@dataclass(frozen=True)
class Expected:
    """What the pages should show, read straight from the CSV files (not through the app's loader)."""

    folder: Path
    parks: list[Park]
    industries: dict[str, dict[str, str]]  # id -> lang -> name

    def park(self, park_id: str) -> Park:
        return next(p for p in self.parks if p.id == park_id)

    @property
    def featured_park(self) -> Park:
        """The park the park-page test opens: the High-tech Zone when present, else the first park."""
        return next((p for p in self.parks if p.id == "zz-htz"), self.parks[0])


@pytest.fixture(scope="session")
def expected() -> Expected:
    folder = data_dir()
    parks = []
    for r in _rows(folder, "parks.csv"):
        try:
            parks.append(
                Park(
                    r["park_id"],
                    {"zh": r["name_zh"], "en": r["name_en"]},
                    {"zh": r["short_zh"], "en": r["short_en"]},
                    float(r["lat"]),
                    float(r["lon"]),
                )
            )
        except (KeyError, ValueError) as exc:
            pytest.fail(f"data under test: {folder / 'parks.csv'} row {r}: {exc!r}")
    if len(parks) < 2:
        pytest.fail(f"data under test: {folder / 'parks.csv'} needs at least 2 parks, has {len(parks)}")
    industries = {r["industry_id"]: {"zh": r["name_zh"], "en": r["name_en"]} for r in _rows(folder, "industries.csv")}
    return Expected(folder, parks, industries)


# ---------------------------------------------------------------- the Streamlit server


Server = StreamlitServer  # the name the tests use

_SERVER: Server | None = None  # the session's server, for the report hook below
_LOG_OFFSET = pytest.StashKey[int]()
_FAILED = pytest.StashKey[bool]()
_OWN_SERVERS = pytest.StashKey[list]()  # servers a test started itself: (server, log offset)


def _start(server: Server) -> Server:
    try:
        return server.start(HEALTH_TIMEOUT)
    except ServerError as exc:
        pytest.fail(f"the Streamlit server did not come up: {exc}")


@pytest.fixture(scope="session")
def app_server(expected: Expected, chromium: Path) -> Iterator[Server]:  # (no browser: no need for a server)
    """``streamlit run app.py`` on a free port with the data under test; stopped at the end."""
    global _SERVER
    SERVER_LOG.parent.mkdir(parents=True, exist_ok=True)
    SERVER_LOG.unlink(missing_ok=True)
    server = Server(SERVER_LOG, data_dir=expected.folder, app_dir=REPO)
    try:
        _start(server)
        _SERVER = server
        yield server
    finally:
        _SERVER = None
        server.stop()


@pytest.fixture
def start_server(request: pytest.FixtureRequest, chromium: Path) -> Iterator[Callable[..., Server]]:
    """A factory of servers owned by one test (each on its own free port and data folder).

    ``start_server(data_dir)`` returns a running server; the test may ``kill()`` and ``start()`` it
    again (same port). Every one of them is stopped when the test ends, passed or failed, and its
    log is shown with a failure.
    """
    servers: list[Server] = []
    request.node.stash[_OWN_SERVERS] = []

    def make(data_dir: Path, name: str = "") -> Server:
        label = re.sub(r"[^\w.-]+", "_", name or request.node.name)
        log = ARTIFACTS / f"browser-tests-streamlit-{label}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.unlink(missing_ok=True)
        server = Server(log, data_dir=data_dir, app_dir=REPO)
        servers.append(server)
        request.node.stash[_OWN_SERVERS].append(server)
        return _start(server)

    try:
        yield make
    finally:
        for server in servers:
            server.stop()


def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_LOG_OFFSET] = _SERVER.log_size() if _SERVER else 0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """On a failure, show what the Streamlit server logged while the test ran."""
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        item.stash[_FAILED] = True
    if report.failed and _SERVER is not None:
        text = _SERVER.log_text(item.stash.get(_LOG_OFFSET, 0)).strip() or "(nothing logged during this test)"
        report.sections.append((f"Streamlit server log ({_SERVER.log_path})", text))
    if report.failed:
        for server in item.stash.get(_OWN_SERVERS, []):
            text = server.log_text().strip() or "(nothing logged)"
            report.sections.append((f"log of the test's own Streamlit server ({server.log_path})", text))


# ---------------------------------------------------------------- what the browser did


def _same_origin(url: str, base_url: str) -> bool:
    return url == base_url or url.startswith(base_url + "/")


@dataclass(frozen=True)
class Allowed:
    """A known, harmless browser message: why it is allowed and what it looks like."""

    why: str
    url: str  # regex on the resource URL; "{base}" stands for the app's origin
    text: str = ""  # regex on the console text / failure text / status


# Known Streamlit behaviour only. Each entry says why; nothing from the app itself belongs here.
ALLOWED = (
    # streamlit/streamlit#7074 (open): when a sub-page URL (/park, /map …) is opened directly, the
    # frontend first probes <page>/_stcore/health and <page>/_stcore/host-config for a base path,
    # gets 404 and falls back to /_stcore/…; Chrome logs each 404 as a console error.
    Allowed("streamlit#7074 base-path probe", r"^{base}/[\w-]+/_stcore/(health|host-config)$", r"404|status of 404"),
    # A request still in flight when the test itself navigates, reloads or closes the tab is
    # cancelled by the browser (net::ERR_ABORTED): lazily loaded JS chunks (/static/js/…) and the
    # web-worker code deck.gl / MapLibre load from same-origin blob: URLs. That is the test's doing,
    # not an app failure; HTTP errors from the server are still reported (as "HTTP <status>").
    Allowed("request cancelled by the test's own navigation", r"^(blob:)?{base}/", r"^net::ERR_ABORTED$"),
)
# Not errors, so not collected at all: deck.gl under SwiftShader logs the *warning*
# "GL Driver Message … GPU stall due to ReadPixels".


@dataclass
class BrowserLog:
    """Everything a test's browser contexts did that may indicate a problem."""

    base_url: str
    extra: tuple[Allowed, ...] = ()  # what one test expects on top of ALLOWED (e.g. a server it stops on purpose)
    problems: list[str] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: int = 0

    def _allowed(self, url: str, text: str) -> bool:
        for rule in (*ALLOWED, *self.extra):
            if re.search(rule.url.replace("{base}", re.escape(self.base_url)), url) and re.search(rule.text, text):
                self.allowed.append(f"{rule.why}: {url}")
                return True
        return False

    def _record(self, kind: str, url: str, text: str) -> None:
        if not self._allowed(url, text):
            self.problems.append(f"{kind}: {text} [{url}]")

    def _check_host(self, url: str, what: str) -> None:
        self.requests += 1
        parts = urlsplit(url)
        if parts.scheme == "data":
            return
        if parts.scheme == "blob":
            if not _same_origin(url[len("blob:") :], self.base_url):
                self.problems.append(f"{what} to a foreign blob origin: {url}")
            return
        if parts.hostname != "127.0.0.1":
            self.problems.append(f"{what} to a host other than 127.0.0.1: {url}")

    def attach(self, context) -> None:  # noqa: ANN001 - playwright BrowserContext
        def on_console(msg) -> None:  # noqa: ANN001
            if msg.type == "error":
                self._record("console error", msg.location.get("url", ""), msg.text)

        def on_dialog(dialog) -> None:  # noqa: ANN001
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            self.problems.append(f"a {dialog.type} dialog opened: {dialog.message!r} (script ran from page content?)")
            dialog.dismiss()

        def on_page(page) -> None:  # noqa: ANN001
            page.on("websocket", lambda ws: self._check_host(ws.url, "websocket"))

        context.on("console", on_console)
        context.on("weberror", lambda err: self.problems.append(f"uncaught page error: {err.error}"))
        context.on("dialog", on_dialog)
        context.on("request", lambda req: self._check_host(req.url, f"{req.resource_type} request"))
        context.on("requestfailed", lambda req: self._record("request failed", req.url, str(req.failure)))
        context.on(
            "response",
            lambda resp: resp.status >= 400 and self._record(f"HTTP {resp.status}", resp.url, f"status of {resp.status}"),
        )
        context.on("page", on_page)

    def reset(self) -> None:
        self.problems.clear()
        self.allowed.clear()
        self.dialogs.clear()

    def assert_clean(self, where: str = "") -> None:
        problems, self.problems = list(self.problems), []
        assert not problems, f"browser problems{' on ' + where if where else ''}:\n  " + "\n  ".join(problems)


# ---------------------------------------------------------------- browser, contexts, pages


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium: a test without it fails in CI (never skipped there) and is skipped elsewhere."""
    if not CHROMIUM.exists():
        message = "Debian chromium missing: apt-get install chromium fonts-wqy-microhei"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium: Path):  # noqa: ANN201
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=DRAW_TIMEOUT)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def browser_log(app_server: Server) -> BrowserLog:
    return BrowserLog(app_server.base_url)


def _new_context(browser, server: Server, log: BrowserLog):  # noqa: ANN001, ANN202
    context = browser.new_context(base_url=server.base_url, viewport=VIEWPORT, locale="zh-CN", accept_downloads=True)
    context.set_default_timeout(DRAW_TIMEOUT)
    log.attach(context)
    return context


@pytest.fixture(scope="session")
def shared_context(browser, app_server: Server, browser_log: BrowserLog):  # noqa: ANN001, ANN201
    """One context for the whole session: the HTTP cache stays warm between tests."""
    context = _new_context(browser, app_server, browser_log)
    yield context
    context.close()


@pytest.fixture(scope="session", autouse=True)
def _no_stale_failure_screenshots() -> None:
    """Failure screenshots of an earlier run would mislead: each session starts with none."""
    shutil.rmtree(FAILURES, ignore_errors=True)


def keep_failure_screenshot(request: pytest.FixtureRequest, tab) -> None:  # noqa: ANN001
    """Keep a screenshot of the tab in artifacts/browser-failures/ when the test failed."""
    if request.node.stash.get(_FAILED, False) and not tab.is_closed():
        FAILURES.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        try:
            tab.screenshot(path=str(FAILURES / f"{name}.png"))
        except Exception as exc:  # noqa: BLE001 - a screenshot must never hide the real failure
            print(f"(no failure screenshot: {exc})")


@pytest.fixture
def page(request: pytest.FixtureRequest, shared_context, browser_log: BrowserLog):  # noqa: ANN001, ANN201
    """A new tab (a new Streamlit session) in the shared context; the browser log must stay clean."""
    browser_log.reset()
    tab = shared_context.new_page()
    yield tab
    keep_failure_screenshot(request, tab)
    tab.close()
    if not request.node.stash.get(_FAILED, False):
        browser_log.assert_clean(request.node.name)


@pytest.fixture
def fresh_page(
    request: pytest.FixtureRequest, browser, app_server: Server, browser_log: BrowserLog
) -> Iterator[Callable[[], object]]:
    """A factory of tabs, each in a brand-new context (no cookies, cache or storage): "another browser"."""
    contexts = []

    def make():  # noqa: ANN202
        context = _new_context(browser, app_server, browser_log)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        for tab in context.pages:
            keep_failure_screenshot(request, tab)
        context.close()


@pytest.fixture
def context_for(request: pytest.FixtureRequest, browser) -> Iterator[Callable[..., tuple[object, BrowserLog]]]:  # noqa: ANN001
    """A factory of browser contexts on a test's own server: ``context_for(server, extra_allowed)``.

    Each context has its own :class:`BrowserLog` (on that server's origin), with ``extra_allowed``
    on top of ALLOWED; the test asserts it clean. Contexts close when the test ends, with failure
    screenshots of their tabs.
    """
    contexts = []

    def make(server: Server, extra_allowed: tuple[Allowed, ...] = ()) -> tuple[object, BrowserLog]:
        log = BrowserLog(server.base_url, extra=tuple(extra_allowed))
        context = _new_context(browser, server, log)
        contexts.append(context)
        return context, log

    yield make
    for context in contexts:
        for tab in context.pages:
            keep_failure_screenshot(request, tab)
        context.close()


# ---------------------------------------------------------------- helpers for tests


def wait_idle(page, timeout: int = LOAD_TIMEOUT) -> None:  # noqa: ANN001
    """Wait until the app script has finished its run (the state starts as "initial" on a new load)
    and every element is drawn (lazily loaded widgets show a skeleton until their code arrives)."""
    page.wait_for_selector(NOT_RUNNING, state="attached", timeout=timeout)
    page.wait_for_selector(SKELETON, state="detached", timeout=DRAW_TIMEOUT)


def goto(page, path: str) -> None:  # noqa: ANN001
    """Open ``path`` (relative to the app) and wait until the script run has finished."""
    page.goto(path)
    wait_idle(page)


_WATCH_RUNS = """() => {
  window.__pdRuns = 0;
  if (window.__pdObserver) window.__pdObserver.disconnect();
  window.__pdObserver = new MutationObserver(records => { window.__pdRuns += records.length; });
  window.__pdObserver.observe(document.body, {subtree: true, attributes: true, attributeFilter: ["data-test-script-state"]});
}"""


@contextmanager
def rerun(page, timeout: int = LOAD_TIMEOUT) -> Iterator[None]:  # noqa: ANN001
    """Around a UI action that makes the app rerun: wait for the run to start, then to finish.

    A MutationObserver counts changes of the script state, so a run that starts and ends between
    two polls is still seen. React may batch a very short run into one render, though, and then the
    attribute never changes: after RUN_START_TIMEOUT we go on and wait for "notRunning". Callers
    assert the outcome they expect with ``expect`` (which retries), so nothing is read too early.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.evaluate(_WATCH_RUNS)
    yield
    try:
        page.wait_for_function("() => window.__pdRuns === undefined || window.__pdRuns > 0", timeout=RUN_START_TIMEOUT)
    except PlaywrightTimeout:
        pass  # a run batched into one render (see above): the caller's expectations decide
    wait_idle(page, timeout)


def app_problems(page) -> list[str]:  # noqa: ANN001
    """Exceptions and error alerts shown by the app, with the text of any code block (problem lists)."""
    found = []
    for exc in page.locator('[data-testid="stException"]').all():
        found.append(f"exception shown: {exc.inner_text().strip()[:2000]}")
    for alert in page.locator('[data-testid="stAlertContentError"]').all():
        if alert.evaluate("el => !!el.closest('[data-testid=\"stException\"]')"):
            continue  # already reported with its exception
        text = alert.locator('[data-testid="stMarkdownContainer"]')  # without the icon's ligature name
        found.append(f"error alert: {(text.first if text.count() else alert).inner_text().strip()[:2000]}")
    if found:
        codes = [c.inner_text().strip() for c in page.locator('[data-testid="stMain"] [data-testid="stCode"]').all()]
        found += [f"with details:\n{c[:3000]}" for c in codes if c]
    return found


def assert_app_ok(page, where: str) -> None:  # noqa: ANN001
    problems = app_problems(page)
    assert not problems, f"{where}: the app shows a problem:\n" + "\n".join(problems)


def expect_title(page, text: str) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    expect(page.locator("h1").first).to_have_text(text, timeout=DRAW_TIMEOUT)


_MARKS = """el => {
  const svg = el.querySelector('svg.main-svg');
  const drawn = p => (p.getAttribute('d') || '').length > 2;
  const bars = [...el.querySelectorAll('.bars .point path')].filter(drawn).length;
  const points = [...el.querySelectorAll('.scatterlayer path.point')].filter(drawn).length;
  const heat = [...el.querySelectorAll('.heatmaplayer image')]
      .filter(i => (i.getAttribute('href') || i.getAttribute('xlink:href') || '').startsWith('data:image')).length;
  const texts = [...el.querySelectorAll('svg text')].map(t => t.textContent).filter(Boolean);
  return {svg: !!svg, bars, points, heat, marks: bars + points + heat, texts};
}"""


def chart_marks(page, count_at_least: int) -> list[dict]:  # noqa: ANN001
    """Wait until ``count_at_least`` plotly charts have drawn marks; return what each chart drew."""
    charts = page.locator(CHART)
    if count_at_least:
        charts.nth(count_at_least - 1).wait_for(timeout=DRAW_TIMEOUT)
    for n in range(charts.count()):
        page.wait_for_function(f"() => ({_MARKS})(document.querySelectorAll('{CHART}')[{n}]).marks > 0", timeout=DRAW_TIMEOUT)
    return [charts.nth(n).evaluate(_MARKS) for n in range(charts.count())]


def deck_canvases(page, count: int) -> list[dict]:  # noqa: ANN001
    """Wait until ``count`` deck.gl charts show a canvas of non-zero size; return their boxes."""
    boxes = []
    for n in range(count):
        canvas = page.locator(DECK).nth(n).locator("canvas").first
        canvas.wait_for(state="visible", timeout=DRAW_TIMEOUT)
        page.wait_for_function(
            "c => c.width > 0 && c.height > 0 && c.getBoundingClientRect().width > 0",
            arg=canvas.element_handle(),
            timeout=DRAW_TIMEOUT,
        )
        boxes.append(canvas.bounding_box())
    return boxes


_GLYPHS = """async ({chars, family}) => {
  const size = 40, pad = 8;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size + 2 * pad;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  const font = `${size}px ${family}`;
  await document.fonts.ready;
  const draw = ch => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = font; ctx.fillStyle = '#000'; ctx.textBaseline = 'top';
    ctx.fillText(ch, pad, pad);
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const alpha = []; for (let i = 3; i < d.length; i += 4) alpha.push(d[i]);
    return alpha.join(',');
  };
  const tofu = draw('\\uE000');  // a private-use code point: no font has it, it renders as a box
  return chars.map(ch => ({ch, tofu: draw(ch) === tofu}));
}"""


def tofu_chars(page, text: str, family: str | None = None) -> list[str]:  # noqa: ANN001
    """The characters of ``text`` that render as a box (tofu) in ``family`` (default: the body's font)."""
    if family is None:
        family = page.evaluate("() => getComputedStyle(document.body).fontFamily")
    chars = sorted({c for c in text if not c.isspace()})
    return [r["ch"] for r in page.evaluate(_GLYPHS, {"chars": chars, "family": family}) if r["tofu"]]


def has_cjk(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def screenshot(page, name: str) -> Path:  # noqa: ANN001
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def t(key: str, lang: str, **kw: object) -> str:
    return i18n.t(key, lang, **kw)


def query_of(url: str) -> dict[str, list[str]]:
    from urllib.parse import parse_qs

    return parse_qs(urlsplit(url).query)


class DeckSpy:
    """The deck.gl specs the server sends to a tab, read from its websocket (Streamlit's protobuf).

    The deck JSON never reaches the DOM; this is exactly what the browser was told to draw.
    Attach before the page is opened.
    """

    def __init__(self, page) -> None:  # noqa: ANN001
        self.specs: list[dict] = []
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload: bytes | str) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if not isinstance(payload, bytes):
            return
        msg = ForwardMsg()
        try:
            msg.ParseFromString(payload)
        except Exception:  # noqa: BLE001 - not a ForwardMsg: not ours to judge
            return
        if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
            return
        element = msg.delta.new_element
        if element.WhichOneof("type") == "deck_gl_json_chart":
            self.specs.append(json.loads(element.deck_gl_json_chart.json))

    def latest(self) -> dict:
        assert self.specs, "no deck.gl chart was sent to the browser"
        return self.specs[-1]

    @staticmethod
    def layer(spec: dict, layer_type: str, pickable: bool | None = None) -> dict:
        for layer in spec["layers"]:
            if layer.get("@@type") == layer_type and (pickable is None or bool(layer.get("pickable")) == pickable):
                return layer
        raise AssertionError(f"no {layer_type} layer in the deck: {[x.get('@@type') for x in spec['layers']]}")


def web_mercator(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """World pixel coordinates as deck.gl computes them (a 512-pixel world at zoom 0)."""
    world = 512 * 2**zoom
    x = world * (lon + 180) / 360
    y = world * (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2
    return x, y
