"""An analyst adds a news article in the browser: paste it, find its figures, accept, summarise, save;
the figures then show in the park profile and the five-year tracker with their news link. A file that
is not an article is refused with a clear message and nothing is written."""

from __future__ import annotations

import re
import shutil
import time

import pytest
from playwright.sync_api import expect

from tests.conftest import DATA

from .conftest import assert_app_ok, rerun, screenshot, t, wait_idle

pytestmark = pytest.mark.browser

# Written for this test in our own words (not a published text). SYNTHETIC: the values are made up for
# the test, so none is already stored; saved only to the test server's own copy of data/.
ARTICLE = (
    "株洲经开区发布北斗产业目标\n"
    "本报讯 株洲经开区近日明确，到“十四五”末，力争卫星制造产业产值达25亿元、北斗全产业链规模达350亿元。"
    "2021年，株洲经开区共有31个项目开工建设，张力科技等24个项目竣工投产。"
)
URL = "https://news.example.org/beidou-2022.html"


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.glob("*.csv")}


@pytest.fixture
def own_server(tmp_path, start_server, context_for):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    server = start_server(data)
    context, log = context_for(server)
    return data, server, context.new_page(), log


def fill_article(page, text: str | None = None, upload: tuple[str, bytes] | None = None) -> None:  # noqa: ANN001
    if text is not None:
        page.get_by_label(t("add_article", "zh")).fill(text)
    if upload is not None:
        name, data = upload
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            {"name": name, "mimeType": "application/octet-stream", "buffer": data}
        )
        wait_idle(page)
    page.get_by_label(t("add_url", "zh")).fill(URL)
    page.get_by_label(t("add_outlet", "zh")).fill("测试日报")
    for part, digits in (("year", "2022"), ("month", "03"), ("day", "23")):  # the date field has one box per part
        page.get_by_role("spinbutton", name=f"{part}, {t('add_date', 'zh')}").click()
        page.keyboard.type(digits)
    with rerun(page):
        page.get_by_role("button", name=t("add_extract", "zh")).click()


def test_an_analyst_adds_an_article_and_sees_its_figures(own_server) -> None:
    data, server, page, log = own_server
    started = time.monotonic()
    page.goto(f"{server.base_url}/add")
    wait_idle(page)
    fill_article(page, ARTICLE)
    expect(page.get_by_text(t("add_found", "zh", n=4))).to_be_visible()
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    with rerun(page):
        page.get_by_role("button", name=t("add_accept_all", "zh")).click()
    page.get_by_label(t("add_summary_zh", "zh")).fill("经开区提出北斗产业“十四五”目标，并通报2021年项目开工、竣工情况。（测试）")
    screenshot(page, "add-review-zh")
    with rerun(page):
        page.get_by_role("button", name=t("add_save", "zh")).click()
    expect(page.locator('[data-testid="stAlertContentSuccess"]')).to_contain_text(
        t("add_saved", "zh", n=4)
    )
    assert_app_ok(page, "add: after save")
    screenshot(page, "add-saved-zh")
    # the link under the message opens the park profile, where the new figures name their news item
    with rerun(page):
        page.get_by_role("link", name=re.compile(t("add_see", "zh"))).click()
    expect(page).to_have_url(re.compile(r"/park\?.*p=zz-edz"))
    wait_idle(page)
    expect(page.locator(f'a[href="{URL}"]').first).to_be_attached()
    # the five-year tracker lists the new target with the same link
    page.goto(f"{server.base_url}/targets")
    wait_idle(page)
    expect(page.locator(f'[data-testid="stDataFrame"], a[href="{URL}"]').first).to_be_attached()
    elapsed = time.monotonic() - started
    assert elapsed < 600, f"adding one article took {elapsed:.0f} s"
    assert_app_ok(page, "targets after adding")
    log.assert_clean("add flow")


def test_a_file_that_is_not_an_article_is_refused_and_nothing_is_written(own_server) -> None:
    data, server, page, log = own_server
    before = snapshot(data)
    page.goto(f"{server.base_url}/add")
    wait_idle(page)
    fill_article(page, upload=("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))  # a picture, named as one
    expect(page.locator('[data-testid="stAlertContentError"]')).to_have_text(t("article_binary", "zh"))
    assert snapshot(data) == before
    screenshot(page, "add-refused-zh")
    log.assert_clean("add refused")
