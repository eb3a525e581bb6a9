"""Every page in Chinese and English: no error, the right title, charts and map drawn, no tofu."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from .conftest import (
    DECK,
    Expected,
    app_problems,
    assert_app_ok,
    chart_marks,
    deck_canvases,
    expect_title,
    goto,
    has_cjk,
    keep_failure_screenshot,
    query_of,
    rerun,
    screenshot,
    t,
    tofu_chars,
    wait_idle,
)

pytestmark = pytest.mark.browser

RARE_CHARS = "醴陵株洲"  # 醴 is missing from many CJK fonts; the city's name is on every page


@dataclass(frozen=True)
class Page:
    name: str  # also the screenshot's name
    path: str
    title_key: str  # its label in the sidebar navigation
    charts: int  # plotly charts expected (at least, or exactly when ``exact``)
    exact: bool
    decks: int  # deck.gl maps expected (exactly)


PAGES = [
    Page("overview", "/", "page_overview", 3, False, 1),  # counts + the two "3+3+2" matrices, and the map
    Page("park", "/park", "page_park", 1, False, 0),
    Page("industry", "/industry", "page_industry", 1, True, 0),
    Page("targets", "/targets", "page_targets", 1, True, 0),
    Page("map", "/map", "page_map", 0, True, 1),
    Page("news", "/news", "page_news", 0, False, 0),
    Page("data", "/data", "page_data", 0, False, 0),
    Page("add", "/add", "page_add", 0, True, 0),
]


def expected_title(page, spec: Page, lang: str, expected: Expected) -> str:  # noqa: ANN001
    """The page's h1: fixed text, or the name of the park / industry the URL says is shown."""
    if spec.name in ("park", "industry"):  # these pages always name what they show in the URL
        expect(page).to_have_url(re.compile(r"[?&]" + ("p" if spec.name == "park" else "i") + "="))
    query = query_of(page.url)
    if spec.name == "overview":
        return t("app_title", lang)
    if spec.name == "park":
        assert query.get("p"), f"the park page does not name its park in the URL: {page.url}"
        return expected.park(query["p"][0]).name[lang]
    if spec.name == "industry":
        assert query.get("i"), f"the industry page does not name its industry in the URL: {page.url}"
        assert query["i"][0] in expected.industries, f"unknown industry in the URL: {page.url}"
        return expected.industries[query["i"][0]][lang]
    return t(spec.title_key, lang)


@pytest.fixture(scope="module")
def nav_tab(shared_context):  # noqa: ANN001, ANN201
    """One tab for the English walk through the sidebar navigation (one Streamlit session)."""
    tab = shared_context.new_page()
    yield tab
    tab.close()


@pytest.fixture
def tab(request: pytest.FixtureRequest, lang: str, shared_context, nav_tab, browser_log):  # noqa: ANN001, ANN201
    """Chinese: a new tab per page (its URL is opened directly). English: the shared navigation tab."""
    browser_log.reset()
    current = shared_context.new_page() if lang == "zh" else nav_tab
    yield current
    keep_failure_screenshot(request, current)
    if lang == "zh":
        current.close()


def open_page(page, spec: Page, lang: str, expected: Expected) -> None:  # noqa: ANN001
    """Chinese: open the page's own URL. English: click the sidebar navigation from wherever the tab is."""
    if lang == "zh":
        path = f"{spec.path}?p={expected.featured_park.id}" if spec.name == "park" else spec.path
        goto(page, path)
        return
    in_english = page.url.startswith("http") and query_of(page.url).get("lang") == ["en"] and not app_problems(page)
    if spec.path == "/" or not in_english:
        goto(page, "/?lang=en")  # start (or start over) on the overview in English
    if spec.path == "/":
        return
    link = page.locator('[data-testid="stSidebarNav"] a', has_text=re.compile(re.escape(t(spec.title_key, "en")) + "$"))
    with rerun(page):
        link.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(spec.path)}\?(.*&)?lang=en(&|$)"))
    wait_idle(page)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("spec", PAGES, ids=[p.name for p in PAGES])
def test_page_renders(tab, spec: Page, lang: str, expected: Expected, browser_log) -> None:  # noqa: ANN001
    page, where = tab, f"{spec.name} [{lang}]"
    open_page(page, spec, lang, expected)
    assert_app_ok(page, where)

    title = expected_title(page, spec, lang, expected)
    if spec.name == "park":
        first = expected.featured_park if lang == "zh" else expected.parks[0]  # the nav opens the first park
        assert query_of(page.url)["p"] == [first.id], f"{where}: expected park {first.id}, URL {page.url}"
    expect_title(page, title)

    marks = chart_marks(page, spec.charts)
    assert (len(marks) == spec.charts) if spec.exact else (len(marks) >= spec.charts), (
        f"{where}: {len(marks)} plotly charts, expected {'' if spec.exact else 'at least '}{spec.charts}"
    )
    for n, m in enumerate(marks):
        assert m["svg"] and m["marks"] > 0, f"{where}: chart {n} drew no marks: {m}"
    if lang == "zh" and marks:
        texts = " ".join(x for m in marks for x in m["texts"])
        assert has_cjk(texts), f"{where}: no Chinese text in the charts' SVG: {texts[:300]!r}"
    if lang == "en" and marks:
        texts = " ".join(x for m in marks for x in m["texts"])
        assert re.search(r"[A-Za-z]{3}", texts), f"{where}: no English text in the charts' SVG: {texts[:300]!r}"

    if spec.decks:
        boxes = deck_canvases(page, spec.decks)
        assert page.locator(DECK).count() == spec.decks, f"{where}: {page.locator(DECK).count()} maps, expected {spec.decks}"
        for box in boxes:
            assert box and box["width"] > 0 and box["height"] > 0, f"{where}: map canvas of zero size: {box}"

    if lang == "zh":
        shown = page.locator("h1").first.inner_text() + page.locator('[data-testid="stSidebarNav"]').inner_text() + RARE_CHARS
        missing = tofu_chars(page, shown)
        assert not missing, f"{where}: these characters render as boxes (tofu) in the page font: {''.join(missing)}"

    assert_app_ok(page, where)  # nothing went wrong while the charts were drawn
    screenshot(page, f"{spec.name}-{lang}")
    browser_log.assert_clean(where)


def test_every_page_is_covered() -> None:
    from parkdash.ui.frame import PAGES as APP_PAGES

    assert {p.title_key for p in APP_PAGES} == {p.title_key for p in PAGES}
