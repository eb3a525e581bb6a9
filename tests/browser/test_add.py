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


def fill_article(  # noqa: ANN201
    page,  # noqa: ANN001
    text: str | None = None,
    upload: tuple[str, bytes] | None = None,
    lang: str = "zh",
    url: str = URL,
    day: tuple[str, str, str] = ("2022", "03", "23"),
):
    if text is not None:
        page.get_by_label(t("add_article", lang)).fill(text)
    if upload is not None:
        name, data = upload
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            {"name": name, "mimeType": "application/octet-stream", "buffer": data}
        )
        wait_idle(page)
    page.get_by_label(t("add_url", lang)).fill(url)
    page.get_by_label(t("add_outlet", lang)).fill("测试日报")
    for part, digits in zip(("year", "month", "day"), day, strict=True):  # the date field has one box per part
        page.get_by_role("spinbutton", name=f"{part}, {t('add_date', lang)}").click()
        page.keyboard.type(digits)
    with rerun(page):
        page.get_by_role("button", name=t("add_extract", lang)).click()


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
    expect(page.locator('[data-testid="stAlertContentSuccess"]')).to_contain_text(t("add_saved", "zh", n=4))
    toast = page.locator('[data-testid="stToast"]')  # the page is shorter after a save: the message at its top
    expect(toast).to_contain_text(t("add_saved", "zh", n=4))  # may sit above the window, the toast does not
    expect(toast).to_be_in_viewport()
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


# One measure of one park and year told twice with different values (SYNTHETIC): rows 1 and 3.
CONTRADICTS = (
    "株洲经开区招商成果\n本报讯 2024年，株洲经开区签约项目21个，总投资180亿元。全年，经开区签约项目9个，其中亿元以上项目5个。"
)
# A 2024 actual of a measure whose 2025 target (≥ 20, o0070) data/ holds from another news item (SYNTHETIC value).
ACTUAL = "株洲经开区北斗产业\n本报讯 2024年，株洲经开区签约引进北斗重点产业项目9个。"
ACTUAL_URL = "https://news.example.org/beidou-2025.html"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_figures_that_contradict_each_other_in_an_article_are_flagged_by_row(own_server, lang) -> None:
    data, server, page, log = own_server
    before = snapshot(data)
    page.goto(f"{server.base_url}/add?lang={lang}")
    wait_idle(page)
    fill_article(page, CONTRADICTS, lang=lang, day=("2025", "01", "10"))
    expect(page.get_by_text(t("add_found", lang, n=4))).to_be_visible()
    with rerun(page):
        page.get_by_role("button", name=t("add_accept_all", lang)).click()
    checks = page.locator('[data-testid="stAlertContentInfo"]').filter(has_text=t("add_checks", lang))
    differs = "与第{}行不同" if lang == "zh" else "differs from row {}"
    expect(checks).to_contain_text(f"1. {differs.format(3)} — {t('add_conflict_hint', lang)}")
    expect(checks).to_contain_text(f"3. {differs.format(1)} — {t('add_conflict_hint', lang)}")
    wait_idle(page)
    table = page.locator('[data-testid="stDataFrame"]')
    expect(table).to_have_count(1)  # the table of the run before goes when the rerun ends (slower while the model fits)
    table.scroll_into_view_if_needed()
    page.mouse.wheel(0, 180)  # the table and the checks below it in one view
    wait_idle(page)
    screenshot(page, f"add-contradiction-{lang}")
    assert_app_ok(page, "add: contradiction")
    assert snapshot(data) == before
    log.assert_clean("add contradiction")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_tracker_names_the_news_of_an_added_actual(own_server, lang) -> None:
    data, server, page, log = own_server
    page.goto(f"{server.base_url}/add?lang={lang}")
    wait_idle(page)
    fill_article(page, ACTUAL, lang=lang, url=ACTUAL_URL, day=("2025", "01", "10"))
    expect(page.get_by_text(t("add_found", lang, n=1))).to_be_visible()
    with rerun(page):
        page.get_by_role("button", name=t("add_accept_all", lang)).click()
    page.get_by_label(t("add_summary_zh", lang)).fill("经开区2024年北斗重点产业项目签约情况。（测试）")
    with rerun(page):
        page.get_by_role("button", name=t("add_save", lang)).click()
    expect(page.locator('[data-testid="stAlertContentSuccess"]')).to_contain_text(t("add_saved", lang, n=1))
    page.goto(f"{server.base_url}/targets?lang={lang}&m=beidou-projects-signed")
    wait_idle(page)
    expect(page.get_by_text(t("required_growth_note", lang))).to_be_visible()
    sources = page.locator('[data-testid="stExpander"]').filter(has_text=t("sources", lang))
    with rerun(page):
        sources.locator("summary").click()
    expect(sources.locator(f'a[href="{ACTUAL_URL}"]')).to_have_count(1)  # the actual's news item
    expect(sources.locator('a[href*="bk.zzlib.net"]')).to_have_count(1)  # the target's
    sources.scroll_into_view_if_needed()
    screenshot(page, f"targets-sources-{lang}")
    assert_app_ok(page, "targets: sources")
    log.assert_clean("targets sources")
