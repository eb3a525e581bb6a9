"""Shared links: a view chosen in the UI comes back in another browser; bad links are harmless."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import (
    SIDEBAR,
    Expected,
    assert_app_ok,
    expect_title,
    goto,
    query_of,
    rerun,
    t,
    wait_idle,
)

pytestmark = pytest.mark.browser

PARKS_FILTER = f'{SIDEBAR} [data-testid="stMultiSelect"]'  # the first multiselect of the sidebar: parks
TAGS = ".react-aria-ComboBox [data-tag]"  # the selected items (a hidden <template> copy also exists)


def park_tags(page):  # noqa: ANN001, ANN201
    return page.locator(PARKS_FILTER).first.locator(TAGS)


def pick_park_in_sidebar(page, name: str) -> None:  # noqa: ANN001
    page.locator(PARKS_FILTER).first.get_by_role("combobox").click()
    with rerun(page):
        page.get_by_role("option", name=name, exact=True).click()
    page.keyboard.press("Escape")  # close the list again


def choose_english(page) -> None:  # noqa: ANN001
    with rerun(page):
        page.locator(SIDEBAR).locator('[data-testid="stRadioOption"]', has_text=re.compile("^English$")).click()


def assert_english_view_of(page, park, expected_title: str) -> None:  # noqa: ANN001
    assert_app_ok(page, page.url)
    expect_title(page, expected_title)
    expect(park_tags(page)).to_have_text([park.short["en"]])
    expect(page.locator(SIDEBAR).get_by_label("English")).to_be_checked()


def test_link_restores_parks_and_language(page, fresh_page, expected: Expected) -> None:  # noqa: ANN001
    """On the data page (the shared filters are on every page; this one draws no charts, so it is quick)."""
    park = expected.parks[1]
    goto(page, "/data")
    pick_park_in_sidebar(page, park.short["zh"])
    expect(park_tags(page)).to_have_text([park.short["zh"]])
    choose_english(page)
    expect(page).to_have_url(re.compile(r"[?&]lang=en(&|$)"))
    expect(page).to_have_url(re.compile(rf"[?&]park={re.escape(park.id)}(&|$)"))
    expect(page).to_have_url(re.compile(r"/data\?"))
    assert_english_view_of(page, park, t("page_data", "en"))
    url = page.url

    other = fresh_page()  # another browser: no cookies, no storage, no session
    goto(other, url)
    assert_english_view_of(other, park, t("page_data", "en"))
    assert query_of(other.url) == query_of(url), f"the link changed when opened: {url} -> {other.url}"
    other.reload()
    wait_idle(other)
    assert_english_view_of(other, park, t("page_data", "en"))


def test_park_page_link_names_the_park(page, fresh_page, expected: Expected) -> None:  # noqa: ANN001
    first, second = expected.parks[0], expected.parks[1]
    goto(page, "/park")
    expect_title(page, first.name["zh"])
    picker = page.get_by_role("combobox", name=t("choose_park", "zh"))
    expect(picker).to_have_value(first.short["zh"])
    picker.click()
    with rerun(page):
        page.get_by_role("option", name=second.short["zh"], exact=True).click()
    expect(page).to_have_url(re.compile(rf"/park\?(.*&)?p={re.escape(second.id)}(&|$)"))
    expect_title(page, second.name["zh"])
    url = page.url

    other = fresh_page()
    goto(other, url)
    assert_app_ok(other, url)
    expect_title(other, second.name["zh"])
    expect(other.get_by_role("combobox", name=t("choose_park", "zh"))).to_have_value(second.short["zh"])


def test_tampered_link_shows_a_notice_and_the_default_view(page) -> None:  # noqa: ANN001
    goto(page, "/?park=nope&from=abc&lang=xx")
    assert_app_ok(page, page.url)
    notice = page.locator('[data-testid="stAlertContentWarning"]')
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text(t("notice_bad_link", "zh").rstrip("："))
    for key in ("park", "from", "lang"):
        expect(notice).to_contain_text(key)
    expect_title(page, t("app_title", "zh"))  # the default view: Chinese, all parks
    expect(park_tags(page)).to_have_count(0)
    assert "nope" not in page.url and "abc" not in page.url, f"bad values kept in the URL: {page.url}"
    link = share_box_link(page)  # the overview's share box offers the cleaned-up link
    assert same_view(link, page.url), f"the share box offers {link!r} on {page.url!r}"


@pytest.mark.parametrize(
    "path",
    [
        "/?park=<script>alert(1)</script>",
        "/?park=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
        "/news?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ],
    ids=["script-in-park", "img-in-park-and-lang", "img-in-news-search"],
)
def test_links_cannot_run_script(page, browser_log, path: str) -> None:  # noqa: ANN001
    goto(page, path)
    assert_app_ok(page, path)
    expect(page.locator("h1").first).to_be_visible()
    injected = page.evaluate("""() => ({
        scripts: [...document.querySelectorAll('script')].filter(s => /alert\\(1\\)/.test(s.textContent)).length,
        imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    })""")
    assert injected == {"scripts": 0, "imgs": 0}, f"{path}: markup from the link reached the DOM: {injected}"
    if path.startswith("/news"):
        # the words are kept, as plain text in the search box
        expect(page.locator('[data-testid="stTextInput"] input')).to_have_value("<img src=x onerror=alert(1)>")
    else:
        expect(page.locator('[data-testid="stAlertContentWarning"]')).to_contain_text("park")
    assert not browser_log.dialogs, f"{path}: a dialog opened: {browser_log.dialogs}"


def share_box_link(page) -> str:  # noqa: ANN001
    """The link in the sidebar's "share this view" box (opened first: it starts collapsed)."""
    box = (
        page.locator(SIDEBAR)
        .locator('[data-testid="stExpander"]')
        .filter(has_text=re.compile(t("share", "zh") + "|" + t("share", "en")))
    )
    box.locator("summary").click()
    code = box.locator('[data-testid="stCode"]')
    expect(code).to_be_visible()
    return code.inner_text().strip()


def test_share_box_link_on_a_sub_page_opens_the_same_view(page, fresh_page, expected: Expected) -> None:  # noqa: ANN001
    park = expected.parks[1]
    goto(page, f"/park?lang=en&p={park.id}")
    expect_title(page, park.name["en"])
    link = share_box_link(page)
    assert same_view(link, page.url), f"the share box offers {link!r} on {page.url!r}"
    other = fresh_page()
    goto(other, link)
    expect_title(other, park.name["en"])


def same_view(a: str, b: str) -> bool:
    """Same path (an empty path is "/") and the same query parameters."""
    from urllib.parse import urlsplit

    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.netloc, pa.path or "/") == (pb.scheme, pb.netloc, pb.path or "/") and query_of(a) == query_of(b)
