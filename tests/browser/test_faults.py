"""Faults while sessions are open: a server restart, data files replaced, broken, deleted, restored.

Each test starts its own server (never the session's), on a copy of the data under test where it
changes files, and stops it at the end whatever happens. What the user sees is read from the page;
what the numbers should be is read from the CSV files with the csv module, not through the app.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import expect

from parkdash import i18n
from parkdash.schema import TABLES

from .conftest import (
    DRAW_TIMEOUT,
    SIDEBAR,
    Allowed,
    Expected,
    Park,
    assert_app_ok,
    expect_title,
    goto,
    query_of,
    rerun,
    screenshot,
    t,
    wait_idle,
)

pytestmark = pytest.mark.browser

EXCEPTION = '[data-testid="stException"]'
ERROR = '[data-testid="stAlertContentError"]'
SUCCESS = '[data-testid="stAlertContentSuccess"]'
CODE = '[data-testid="stMain"] [data-testid="stCode"]'
CONNECTION = '[data-testid="stConnectionStatus"]'  # Streamlit's "Connecting" badge in the header
LOST_TIMEOUT = 30_000  # ms: Streamlit opens its "Connection error" dialog a few seconds after the loss
RECONNECT_TIMEOUT = 60_000  # ms: the client retries with a back-off


# ---------------------------------------------------------------- restart mid-session


def connection_lost(base_url: str) -> tuple[Allowed, ...]:
    """What the browser logs while the test's server is down, and nothing else."""
    ws = re.escape(base_url.replace("http://", "ws://", 1)) + "/_stcore/stream"
    return (
        Allowed(
            "server stopped by the test: the client's health and host-config probes fail",
            r"^{base}/_stcore/(health|host-config)$",
            r"ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE",
        ),
        # Refused means nothing listens on the port: only while the server is down. (The "Connection
        # error" dialog, for one, asks for a font it had not needed before.)
        Allowed("server stopped by the test: a request is refused", r"^{base}/", r"ERR_CONNECTION_REFUSED"),
        Allowed(
            "server stopped by the test: Streamlit's client logs the failed probe",
            r"^{base}/static/js/",
            r"^(Client Error in reaching server endpoint - No response received when attempting to reach "
            r"/_stcore/(health|host-config)|Streamlit server is not responding\. Are you connected to the internet\?)$",
        ),
        Allowed(
            "server stopped by the test: a websocket attempt is refused",
            r"^{base}/static/js/|^" + ws + "$",
            r"^WebSocket connection to '" + ws + "' failed",
        ),
    )


@dataclass
class Socket:
    url: str
    reruns: list[str] = field(default_factory=list)  # query strings of the runs the client asked for
    sessions: int = 0  # new_session messages: a script run started on the server
    finished: int = 0  # script_finished messages


class StreamSpy:
    """What goes over each of a tab's websockets (Streamlit's protobuf), so a test knows which
    server session drew the page: the DOM alone cannot tell a kept page from a rebuilt one."""

    def __init__(self, page) -> None:  # noqa: ANN001
        self.sockets: list[Socket] = []
        page.on("websocket", self._open)

    def _open(self, ws) -> None:  # noqa: ANN001
        sock = Socket(ws.url)
        self.sockets.append(sock)
        ws.on("framesent", lambda payload: self._sent(sock, payload))
        ws.on("framereceived", lambda payload: self._received(sock, payload))

    @staticmethod
    def _sent(sock: Socket, payload: bytes | str) -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg

        if isinstance(payload, bytes):
            msg = BackMsg()
            msg.ParseFromString(payload)
            if msg.WhichOneof("type") == "rerun_script":
                sock.reruns.append(msg.rerun_script.query_string)

    @staticmethod
    def _received(sock: Socket, payload: bytes | str) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if isinstance(payload, bytes):
            msg = ForwardMsg()
            msg.ParseFromString(payload)
            kind = msg.WhichOneof("type")
            sock.sessions += kind == "new_session"
            sock.finished += kind == "script_finished"


def wait_until(page, condition, what: str, timeout_ms: int = DRAW_TIMEOUT) -> None:  # noqa: ANN001
    """Poll ``condition`` while Playwright delivers the websocket events (they arrive during waits)."""
    for _ in range(timeout_ms // 100):
        if condition():
            return
        page.wait_for_timeout(100)
    assert condition(), f"timed out after {timeout_ms / 1000:.0f} s waiting for {what}"


def link_park(expected: Expected) -> Park:
    return next((p for p in expected.parks if p.id == "liling-edz"), expected.parks[1])


def assert_view(page, park: Park, where: str) -> None:  # noqa: ANN001
    """The view of the shared link: this park, in English, years 2018–2024, and no problem shown."""
    assert_app_ok(page, where)
    expect_title(page, park.name["en"])
    expect(page.get_by_role("combobox", name=t("choose_park", "en"))).to_have_value(park.short["en"])
    expect(page.locator(SIDEBAR).get_by_label("English")).to_be_checked()
    years = page.locator(f'{SIDEBAR} [data-testid="stSlider"] input[type="range"]')
    expect(years).to_have_count(2)
    expect(years.nth(0)).to_have_value("2018")
    expect(years.nth(1)).to_have_value("2024")
    query = query_of(page.url)
    for key, value in {"p": park.id, "lang": "en", "from": "2018", "to": "2024"}.items():
        assert query.get(key) == [value], f"{where}: the URL lost {key}={value}: {page.url}"


def test_restart_mid_session_is_announced_and_the_url_rebuilds_the_view(start_server, context_for, expected: Expected) -> None:  # noqa: ANN001
    park = link_park(expected)
    link = f"/park?p={park.id}&lang=en&from=2018&to=2024"
    server = start_server(expected.folder)
    context, log = context_for(server, connection_lost(server.base_url))
    page = context.new_page()
    spy = StreamSpy(page)
    goto(page, link)
    assert_view(page, park, "before the restart")
    log.assert_clean("before the restart")
    assert len(spy.sockets) == 1 and spy.sockets[0].finished >= 1, f"one websocket, one finished run: {spy.sockets}"

    server.kill()  # a crash: no clean shutdown, the websocket is cut
    assert not server.running()
    expect(page.locator(CONNECTION)).to_contain_text(re.compile("connecting", re.I), timeout=LOST_TIMEOUT)
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Connection error", timeout=LOST_TIMEOUT)
    screenshot(page, "fault-restart-connection-lost")

    server.start()  # the same port, as a supervisor would restart it
    expect(page.locator(CONNECTION)).to_have_count(0, timeout=RECONNECT_TIMEOUT)
    expect(dialog).to_have_count(0)
    assert len(spy.sockets) == 2, f"the tab should have reconnected with one new websocket: {spy.sockets}"
    assert_view(page, park, "after the reconnect")
    screenshot(page, "fault-restart-reconnected")

    # The next interaction is the first run of a new session on the new server: the view it draws
    # comes from the URL (the old server's session state died with it). Today the click itself is
    # lost (the fresh session has no widget callbacks yet, and the frame seeds the widgets from the
    # URL), so the tab it asks for is not asserted; the link's view must come back either way.
    new = spy.sockets[1]
    with rerun(page):
        page.get_by_role("radio", name=t("tab_table", "en"), exact=True).click()
    wait_until(page, lambda: new.finished > 0, "a finished script run on the restarted server")
    assert new.sessions >= 1 and new.finished >= 1, f"no script run on the restarted server: {new}"
    asked = query_of("?" + new.reruns[0]) if new.reruns else {}
    assert {k: asked.get(k) for k in ("p", "lang", "from", "to")} == {
        "p": [park.id],
        "lang": ["en"],
        "from": ["2018"],
        "to": ["2024"],
    }, f"the first run on the new server was not asked with the link's view: {new.reruns}"
    assert_view(page, park, "after the first interaction on the restarted server")

    page.reload()  # a brand-new session: only the URL carries the view
    wait_idle(page)
    assert_view(page, park, "after a reload")
    assert spy.sockets[-1].finished >= 1
    log.assert_clean("across the restart")
    assert any(a.startswith("server stopped by the test") for a in log.allowed), (
        "the browser never saw the connection fail: was the server really stopped?"
    )


# ---------------------------------------------------------------- data files changed under open sessions

TAGS = f'{SIDEBAR} [data-testid="stMultiSelect"] .react-aria-ComboBox [data-tag]'  # the parks filter's tags
PLAIN_YEAR = re.compile(r"20(1[6-9]|2[0-4])")  # a period inside the default years (2015–2025): always listed


def copy_data(src: Path, dst: Path) -> Path:
    """A copy with fresh modification times (``shutil.copy``): the app must see it as changed."""
    shutil.copytree(src, dst, copy_function=shutil.copy)
    return dst


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def csv_bytes(records: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(records)
    return buf.getvalue().encode("utf-8")


def stored_counts(folder: Path) -> dict[str, int]:
    """Records per table, straight from the files."""
    return {table.name: len(read_csv(folder / table.file)) - 1 for table in TABLES}


def without_listed_figures(records: list[list[str]], n: int = 3, park_id: str | None = None) -> list[list[str]]:
    """The observations without ``n`` figures that the data page lists under the default years."""
    header = records[0]
    period, park = header.index("period"), header.index("park_id")
    hits = [k for k, r in enumerate(records) if k and PLAIN_YEAR.fullmatch(r[period]) and park_id in (None, r[park])]
    assert len(hits) >= n, f"the data under test has fewer than {n} figures of a plain year 2016–2024"
    drop = set(hits[-n:])
    return [r for k, r in enumerate(records) if k not in drop]


def assert_valid(folder: Path) -> None:
    """A precondition: the version the test is about to install is itself valid."""
    from parkdash.load import load

    result = load(folder)
    assert result.ok, "the test's changed data are not valid:\n" + "\n".join(map(str, result.problems))


def shown_counts(page) -> dict[str, int]:  # noqa: ANN001
    """The data page's quality line: "The loaded data passes every check: Parks 8, …, News 76"."""
    success = page.locator(SUCCESS)
    expect(success).to_have_count(1)
    head = t("quality_ok", "en")
    text = success.inner_text().strip()
    assert text.startswith(head.strip()), f"unexpected quality line: {text!r}"
    by_label = {i18n.label("table", table.name, "en"): table.name for table in TABLES}
    counts = {}
    for item in text[len(head) :].split(", "):
        label, number = item.strip().rsplit(" ", 1)
        counts[by_label[label]] = int(number)
    return counts


def shown_rows(page) -> int:  # noqa: ANN001
    """The data page's caption above its table: "<n> rows"."""
    caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').filter(
        has_text=re.compile(rf"^\d+ {t('rows', 'en')}$")
    )
    expect(caption).to_have_count(1)
    return int(caption.inner_text().split()[0])


def pick_table(page, name: str) -> None:  # noqa: ANN001
    """An interaction: choose a table on the data page (a rerun of the app)."""
    with rerun(page):
        page.get_by_role("radio", name=i18n.label("table", name, "en"), exact=True).click()


def expect_rejected(page, *problems: str, message: str = "data_rejected") -> None:  # noqa: ANN001
    """An error alert with ``message`` (in any language), the problems listed (regexes), no traceback."""
    texts = "|".join(re.escape(t(message, lang)) for lang in ("en", "zh"))
    expect(page.locator(ERROR).filter(has_text=re.compile(texts)).first).to_be_visible()
    expect(page.locator(EXCEPTION)).to_have_count(0)
    expect(page.locator(SUCCESS)).to_have_count(0)
    listed = "\n".join(page.locator(CODE).all_inner_texts())
    for problem in problems:
        assert re.search(problem, listed), f"the page does not name the problem /{problem}/; it lists:\n{listed}"
    assert "Traceback" not in page.locator("body").inner_text()


def assert_accepted(page, folder: Path, where: str) -> None:  # noqa: ANN001
    """No problem shown, and the counts shown are those stored now."""
    expect(page.locator(ERROR)).to_have_count(0)
    assert_app_ok(page, where)
    assert shown_counts(page) == stored_counts(folder), f"{where}: the counts shown are not those stored"


def test_a_file_replaced_atomically_shows_whole_at_the_next_interaction(
    start_server, context_for, expected: Expected, tmp_path: Path
) -> None:  # noqa: ANN001
    folder = copy_data(expected.folder, tmp_path / "data")
    park = expected.featured_park
    server = start_server(folder)
    context, log = context_for(server)
    page = context.new_page()
    goto(page, f"/data?lang=en&park={park.id}")
    expect(page.locator(TAGS)).to_have_text([park.short["en"]])
    assert_accepted(page, folder, "before the change")
    rows_before = shown_rows(page)

    # The new version: three of the park's figures fewer, and a new short name for the park. Two
    # files, each replaced atomically (written beside, then renamed over the old one).
    stage = copy_data(folder, tmp_path / "stage")
    (stage / "observations.csv").write_bytes(csv_bytes(without_listed_figures(read_csv(stage / "observations.csv"), 3, park.id)))
    parks = read_csv(stage / "parks.csv")
    new_short = park.short["en"] + " (v2)"
    parks = [
        [*r[: parks[0].index("short_en")], new_short, *r[parks[0].index("short_en") + 1 :]] if r[0] == park.id else r
        for r in parks
    ]
    (stage / "parks.csv").write_bytes(csv_bytes(parks))
    assert_valid(stage)
    for name in ("observations.csv", "parks.csv"):
        os.replace(stage / name, folder / name)

    pick_table(page, "news")  # the next interaction
    assert_accepted(page, folder, "after the replacement")  # every count from the new files
    expect(page.locator(TAGS)).to_have_text([new_short])  # the frame (sidebar) shows the same version
    pick_table(page, "observations")
    assert shown_rows(page) == rows_before - 3, "the figures table does not show the new version"
    expect(page.locator(TAGS)).to_have_text([new_short])
    log.assert_clean("file replaced atomically")


def test_a_half_written_file_keeps_the_last_good_data_and_names_what_it_rejected(
    start_server, context_for, expected: Expected, tmp_path: Path
) -> None:  # noqa: ANN001
    folder = copy_data(expected.folder, tmp_path / "data")
    server = start_server(folder)
    context, log = context_for(server)
    page = context.new_page()
    goto(page, "/data?lang=en")
    assert_accepted(page, folder, "before the change")
    good, rows_before = stored_counts(folder), shown_rows(page)

    path = folder / "observations.csv"
    new = without_listed_figures(read_csv(path), 3)
    assert all("\n" not in cell for r in new for cell in r), "the test counts lines: no multi-line cells expected"
    cut_line, bad_line = len(new) // 3, 2 * len(new) // 3  # 1-based line numbers of records (header = line 1)
    value = new[0].index("value")
    bad = [list(r) for r in new]
    bad[bad_line - 1][value] = "12x"
    good_bytes, bad_bytes = csv_bytes(new), csv_bytes(bad)
    lines = bad_bytes.split(b"\n")
    start = sum(len(x) + 1 for x in lines[: cut_line - 1])
    cut = start + [i for i, c in enumerate(lines[cut_line - 1]) if c == ord(",")][5]  # inside the record, on ASCII

    with path.open("wb") as fh:  # a save in place, not atomic: a reader can see every stage of it
        fh.write(bad_bytes[:cut])
        fh.flush()
        os.fsync(fh.fileno())
        pick_table(page, "news")  # interactions while the writer is half-way
        pick_table(page, "observations")
        expect_rejected(page, rf"observations\.csv:{cut_line}:[^\n]*: 6 fields, expected {len(new[0])}")
        assert shown_rows(page) == rows_before, "the last good data are not shown any more"
        screenshot(page, "fault-rejected-truncated")

        fh.write(bad_bytes[cut:])  # the save goes on, with one bad value further down
    pick_table(page, "news")
    pick_table(page, "observations")
    expect_rejected(page, rf"observations\.csv:{bad_line}:value: ")
    assert shown_rows(page) == rows_before, "the last good data are not shown any more"
    page.locator(CODE).last.scroll_into_view_if_needed()
    screenshot(page, "fault-rejected-value")

    path.write_bytes(good_bytes)  # saved again, right this time (still in place)
    pick_table(page, "news")
    assert_accepted(page, folder, "after the good save")
    assert shown_counts(page)["observations"] == good["observations"] - 3
    pick_table(page, "observations")
    assert shown_rows(page) == rows_before - 3
    log.assert_clean("half-written file")


def test_deleted_data_are_reported_and_restored_data_recover(
    start_server, context_for, expected: Expected, tmp_path: Path
) -> None:  # noqa: ANN001
    folder = copy_data(expected.folder, tmp_path / "data")
    server = start_server(folder)
    context, log = context_for(server)
    page = context.new_page()
    goto(page, "/data?lang=en")
    assert_accepted(page, folder, "before the deletion")
    good, rows_before = stored_counts(folder), shown_rows(page)

    (folder / "observations.csv").unlink()
    pick_table(page, "news")
    expect_rejected(page, r"observations\.csv:0:[^\n]*file missing")
    pick_table(page, "observations")
    assert shown_rows(page) == rows_before, "the last good data are not shown any more"

    shutil.rmtree(folder)
    pick_table(page, "news")
    expect_rejected(page, r"data folder missing")
    screenshot(page, "fault-rejected-folder-missing")
    other = context.new_page()  # a session opened while the folder is gone
    goto(other, "/data?lang=en")
    expect_rejected(other, r"data folder missing")
    assert shown_rows(other) == rows_before, "a new session does not get the last good data"

    copy_data(expected.folder, folder)  # restored
    pick_table(page, "observations")  # the next interaction, nothing else
    assert_accepted(page, folder, "after the restore")
    assert stored_counts(folder) == good and shown_rows(page) == rows_before
    pick_table(other, "news")
    assert_accepted(other, folder, "the other session, after the restore")
    log.assert_clean("data deleted and restored")


def test_a_server_started_without_data_says_so_and_recovers_when_data_arrive(
    start_server, context_for, expected: Expected, tmp_path: Path
) -> None:  # noqa: ANN001
    folder = tmp_path / "data"  # not there yet
    server = start_server(folder)
    context, log = context_for(server)
    page = context.new_page()
    goto(page, "/?lang=en")
    expect_rejected(page, r"data folder missing", message="data_unavailable")
    screenshot(page, "fault-no-data")

    copy_data(expected.folder, folder)
    page.reload()  # the page has no widget left to click: a reload is the next interaction
    wait_idle(page)
    assert_app_ok(page, "after the data arrived")
    expect_title(page, t("app_title", "en"))
    expect(page.locator(ERROR)).to_have_count(0)
    log.assert_clean("server started without data")
