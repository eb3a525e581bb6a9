"""The five-year tracker after an analyst adds an actual: every figure it shows names its news item,
and the growth still needed runs from the latest actual to the target year."""

from __future__ import annotations

from datetime import date

import pytest

from parkdash import i18n
from parkdash.load import load
from tests.app.test_add import button, data, fill, page  # noqa: F401 - data is a fixture

# Written for this test in our own words. SYNTHETIC: the value is made up (not news); saved only to a
# temporary copy of data/. data/ holds the zone's 2025 target of ≥ 20 such projects (o0070, zzlib news).
ACTUAL = "测试新闻：株洲经开区北斗产业\n本报讯 2024年，株洲经开区签约引进北斗重点产业项目9个。"
URL = "https://news.example.org/beidou-2025.html"
METRIC = "beidou-projects-signed"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_added_actual_is_listed_with_its_news_among_the_sources(data, lang):  # noqa: F811
    at = fill(page(lang), ACTUAL, url=URL, published=date(2025, 1, 10))
    button(at, "add_accept_all", lang).click()
    at.run()
    at.text_area[1].set_value("经开区2024年北斗项目签约情况。（测试摘要）")
    button(at, "add_save", lang).click()
    at.run()
    assert not at.error and at.success[0].value == i18n.t("add_saved", lang, n=1)
    target_url = load(data).dataset.news.set_index("news_id").loc["zzlib-2025-03-441830", "url"]

    at.query_params["m"] = METRIC
    at.switch_page("views/targets.py").run()
    assert not at.exception
    (table,) = at.dataframe
    row = table.value.iloc[0]
    assert row[i18n.t("baseline", lang)] == ("9个 (2024)" if lang == "zh" else "9 (2024)")
    assert row[i18n.t("required_growth", lang)] == pytest.approx((20 / 9 - 1) * 100)  # one year: 2024 → 2025
    assert i18n.t("required_growth_note", lang) in [c.value for c in at.caption]
    sources = next(e for e in at.expander if e.label == i18n.t("sources", lang))
    listed = " ".join(m.value for m in sources.markdown)
    assert f"]({URL})" in listed and f"]({target_url})" in listed  # the actual's news and the target's
    assert listed.count(f"]({URL})") == 1


@pytest.mark.parametrize(("lang", "shown"), [("zh", "122.2亿元 (2021年一季度)"), ("en", "CNY 12.22 billion (Q1 2021)")])
def test_a_part_year_actual_is_shown_beside_the_target_it_is_not_judged_against(lang, shown):
    from streamlit.testing.v1 import AppTest

    from tests.app.test_add import APP

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(lang=lang, m="gdp")
    at.switch_page("views/targets.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    # data/: the High-tech Zone's GDP target for 2025 (o0005) and its first-quarter GDP of 2021 (o0003), no whole year
    row = table[table[i18n.t("target_year", lang)] == "2025"].iloc[0]
    assert row[i18n.t("latest_part", lang)] == shown
    assert row[i18n.t("status", lang)] == i18n.label("status", "no-data", lang)
    at.query_params.update(p="zz-htz")
    at.switch_page("views/park.py").run()  # the park profile's line under the GDP chart says it too
    assert not at.exception
    assert any(f"{i18n.t('latest_part', lang)} {shown}" in c.value for c in at.caption)
