"""The Add news page as an analyst uses it: paste, find figures, accept, save; bad input changes nothing."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from parkdash import i18n
from parkdash.ingest import READONLY_ENV
from parkdash.load import load
from parkdash.ui.components import md
from tests.conftest import DATA, ROOT

APP = str(ROOT / "app.py")
# Written for this test in our own words. SYNTHETIC: the values are made up for the test (not news),
# so none of them is already stored; saved only to a temporary copy of data/.
ARTICLE = (
    "测试新闻：株洲经开区发布北斗产业目标\n"
    "本报讯 株洲经开区近日明确，到“十四五”末，力争卫星制造产业产值达25亿元、北斗全产业链规模达350亿元。"
    "2021年，株洲经开区共有31个项目开工建设。"
)
# Two figures of one measure that contradict each other (SYNTHETIC values): rows 1 and 3 of the table.
CONTRADICTS = (
    "测试新闻：株洲经开区招商成果\n"
    "本报讯 2024年，株洲经开区签约项目21个，总投资180亿元。全年，经开区签约项目9个，其中亿元以上项目5个。"
)
# The same wording with the founding article's figures, which data/ already holds.
STORED = (
    "测试新闻：株洲经开区发布北斗产业目标\n"
    "本报讯 株洲经开区近日明确，到“十四五”末，力争卫星制造产业产值达20亿元、北斗全产业链规模达300亿元。"
    "2021年，株洲经开区共有26个项目开工建设。"
)


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    monkeypatch.setenv("PARKDASH_DATA_DIR", str(folder))
    monkeypatch.delenv(READONLY_ENV, raising=False)
    return folder


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.glob("*.csv")}


def page(lang: str = "zh") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.switch_page("views/add.py")
    return at.run()


def fill(
    at: AppTest,
    text: str = ARTICLE,
    url: str = "https://news.example.org/a.html",
    outlet: str = "测试日报",
    published: date = date(2022, 3, 23),
) -> AppTest:
    at.text_area[0].set_value(text)
    at.text_input[0].set_value(url)
    at.text_input[1].set_value(outlet)
    at.date_input[0].set_value(published)
    at.button[0].click()
    return at.run()


def button(at: AppTest, key: str, lang: str = "zh"):
    return next(b for b in at.button if b.label == i18n.t(key, lang))


def test_find_accept_save_and_see_it_in_the_park_profile(data):
    at = fill(page())
    assert not at.exception
    assert i18n.t("add_found", "zh", n=3) in [m.value for m in at.markdown]
    button(at, "add_accept_all").click()
    at.run()
    at.text_area[1].set_value("经开区提出北斗产业“十四五”目标；2021年开工项目情况。（测试摘要）")
    button(at, "add_save").click()
    at.run()
    assert not at.exception and not at.error
    assert at.success[0].value == i18n.t("add_saved", "zh", n=3)
    assert at.toast[0].value == i18n.t("add_saved", "zh", n=3)  # also where the analyst is, by the save button
    assert "example-news-2022-03-23" in " ".join(c.value for c in at.caption)
    saved = load(data).dataset
    news_obs = saved.observations[saved.observations["news_id"] == "example-news-2022-03-23"]
    assert sorted(news_obs["metric_id"]) == ["beidou-chain-scale", "projects-started", "satellite-mfg-output"]
    assert set(news_obs["park_id"]) == {"zz-edz"}
    # the success message links to the park profile, which shows the new figures with their news item
    assert [link.proto.page for link in at.get("page_link")][-2:] == ["park", "targets"]  # the profile and the tracker
    at.query_params["p"] = "zz-edz"
    at.switch_page("views/park.py").run()
    assert not at.exception
    shown = " ".join(
        [
            *(str(df.value.to_dict()) for df in at.dataframe),
            *(m.value for m in at.markdown),
            *(c.proto.spec for c in at.get("plotly_chart")),
        ]
    )
    assert "测试日报" in shown and "news.example.org/a.html" in shown
    # and the five-year tracker lists the accepted target with its news link
    at.switch_page("views/targets.py").run()
    assert not at.exception
    tracked = " ".join([*(str(df.value.to_dict()) for df in at.dataframe), *(m.value for m in at.markdown)])
    assert "news.example.org/a.html" in tracked


@pytest.mark.parametrize(
    ("text", "url", "outlet", "message"),
    [
        ("", "https://news.example.org/a.html", "测试日报", i18n.t("article_empty", "zh")),
        ("The zone grew 8% in 2024.", "https://news.example.org/a.html", "测试日报", i18n.t("article_no_chinese", "zh")),
        (ARTICLE, "", "测试日报", i18n.t("add_need_meta", "zh")),
        (ARTICLE, "https://news.example.org/a.html", "", i18n.t("add_need_meta", "zh")),
    ],
)
def test_bad_article_or_missing_details_get_a_clear_message(data, text, url, outlet, message):
    before = snapshot(data)
    at = fill(page(), text, url, outlet)
    assert not at.exception
    assert [e.value for e in at.error] == [message]
    assert snapshot(data) == before


def test_an_unknown_park_is_flagged_and_cannot_be_saved_as_a_park_figure(data):
    before = snapshot(data)
    at = fill(page("en"), "长沙经开区今年上半年实现技工贸收入1200亿元，同比增长12.5%。")
    assert [w.value for w in at.warning] == [i18n.t("add_unknown_park", "en", names="长沙经开区")]
    button(at, "add_accept_all", "en").click()
    at.run()  # "accept all" leaves the rows with no park to the analyst, and says why
    assert i18n.t("add_incomplete_hint", "en") in at.info[0].value
    at.text_area[1].set_value("外地园区的数字（测试摘要）")
    button(at, "add_save", "en").click()
    at.run()
    assert not at.success and at.error[0].value.startswith(i18n.t("ingest_none_accepted", "en"))
    assert snapshot(data) == before


def test_an_article_with_no_figures_says_so(data):
    at = fill(page(), "园区召开会议，研究部署下一阶段工作。")
    assert [i.value for i in at.info] == [i18n.t("add_none", "zh")]


def test_saving_without_acceptance_or_summary_changes_nothing(data):
    before = snapshot(data)
    at = fill(page("en"))
    button(at, "add_save", "en").click()
    at.run()
    assert at.error[0].value.startswith(i18n.t("ingest_none_accepted", "en"))
    button(at, "add_accept_all", "en").click()
    at.run()
    button(at, "add_save", "en").click()
    at.run()
    assert at.error[0].value.startswith(i18n.t("ingest_news_incomplete", "en"))
    assert "summary" in at.error[0].value and "own words" in at.error[0].value
    assert snapshot(data) == before


def test_read_only_server_finds_figures_but_cannot_save(data, monkeypatch):
    monkeypatch.setenv(READONLY_ENV, "1")
    at = fill(page())
    assert i18n.t("add_readonly", "zh") in [i.value for i in at.info]
    assert button(at, "add_save").disabled


def test_accept_all_keeps_the_edits_made_before_it(data):
    at = fill(page())
    key = f"ingest_editor_{at.session_state['ingest_version']}"
    at.session_state[key] = {"edited_rows": {"0": {"value": 21.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    button(at, "add_accept_all").click()
    at.run()
    found = at.session_state["ingest_review"][0]
    assert found["accept"].all() and found.loc[1, "value"] == 21.0  # rows numbered from 1, as the table shows them


def test_accept_all_leaves_figures_already_stored_and_says_so(data):
    at = fill(page(), STORED)
    button(at, "add_accept_all").click()
    at.run()
    assert not at.session_state["ingest_review"][0]["accept"].any()
    checks = next(i.value for i in at.info if i.value.startswith(i18n.t("add_checks", "zh")))
    assert checks.count(i18n.t("add_repeat_hint", "zh")) == 3 and "重复 o0" in checks


def test_the_checks_follow_the_edits(data):
    at = fill(page(), STORED)
    key = f"ingest_editor_{at.session_state['ingest_version']}"
    at.session_state[key] = {"edited_rows": {"0": {"value": 21.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    checks = next(i.value for i in at.info if i.value.startswith(i18n.t("add_checks", "zh")))
    assert "不同于 o0016" in checks and checks.count(i18n.t("add_repeat_hint", "zh")) == 2


def test_an_article_whose_figures_are_all_stored_is_saved_as_a_source_without_copies(data):
    before = load(data).dataset
    at = fill(page(), STORED)
    at.text_area[1].set_value("经开区北斗产业目标的又一篇报道。（测试摘要）")
    button(at, "add_save").click()
    at.run()
    assert not at.exception and not at.error
    assert at.success[0].value == i18n.t("add_saved_news_only", "zh")
    after = load(data).dataset
    assert len(after.observations) == len(before.observations)  # no second copy of any figure
    added = after.news[~after.news["news_id"].isin(before.news["news_id"])]
    assert list(added["url"]) == ["https://news.example.org/a.html"] and list(added["park_ids"]) == ["zz-edz"]


def edit(at: AppTest, rows: dict[int, dict]) -> AppTest:
    """Edit cells of the review table as the analyst does (rows by their number in the table, from 1)."""
    key = f"ingest_editor_{at.session_state['ingest_version']}"
    at.session_state[key] = {
        "edited_rows": {str(n - 1): cells for n, cells in rows.items()},
        "added_rows": [],
        "deleted_rows": [],
    }
    return at.run()


def checks(at: AppTest, lang: str) -> str:
    return next(i.value for i in at.info if i.value.startswith(i18n.t("add_checks", lang)))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_figures_that_contradict_each_other_in_one_article_are_flagged_live_and_not_saved_together(data, lang):
    before = snapshot(data)
    at = fill(page(lang), CONTRADICTS, published=date(2025, 1, 10))
    assert not at.exception
    assert i18n.t("add_found", lang, n=4) in [m.value for m in at.markdown]
    differs = "与第{}行不同" if lang == "zh" else "differs from row {}"
    repeats = "与第{}行重复" if lang == "zh" else "repeats row {}"
    hint = md(i18n.t("add_conflict_hint", lang))
    said = checks(at, lang)
    assert f"- 1\\. {differs.format(3)} — {hint}" in said and f"- 3\\. {differs.format(1)} — {hint}" in said
    # the checks follow the edits: row 3 corrected to 21 repeats row 1, which is enough
    at = edit(at, {3: {"value": 21.0}})
    said = checks(at, lang)
    assert differs.format(3) not in said and f"3\\. {repeats.format(1)} — {md(i18n.t('add_row_repeat_hint', lang))}" in said
    at = edit(at, {3: {"value": 9.0}})
    # "accept all" leaves the contradicting rows for the analyst to decide
    button(at, "add_accept_all", lang).click()
    at.run()
    assert list(at.session_state["ingest_review"][0]["accept"]) == [False, True, False, True]
    # ticking both anyway: refused, naming the two rows, nothing written
    at = edit(at, {1: {"accept": True}, 3: {"accept": True}})
    at.text_area[1].set_value("经开区2024年招商成果。（测试摘要）")
    button(at, "add_save", lang).click()
    at.run()
    assert not at.exception and not at.success
    error = at.error[0].value
    assert error.startswith(i18n.t("ingest_conflict", lang))
    assert md("第1行（21个）与第3行（9个）" if lang == "zh" else "Rows 1 (21) and 3 (9) give different values") in error
    assert snapshot(data) == before
    # the analyst keeps the right one: saved
    at = edit(at, {1: {"accept": True}, 3: {"accept": False}})
    button(at, "add_save", lang).click()
    at.run()
    assert not at.error and at.success[0].value == i18n.t("add_saved", lang, n=3)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_refused_save_is_told_in_the_pages_language_without_column_names(data, lang):
    at = fill(page(lang))
    button(at, "add_accept_all", lang).click()
    at.run()
    at = edit(at, {2: {"qualifier": "range"}})  # a range with no upper bound, and no summary written
    button(at, "add_save", lang).click()
    at.run()
    error = at.error[0].value
    assert error.startswith(i18n.t("ingest_news_incomplete", lang))
    assert "summary_zh" not in error and "required —" not in error
    expected = "新闻信息：缺少“中文摘要”" if lang == "zh" else "News details: the summary in Chinese is missing"
    assert md(expected) in error
    at.text_area[1].set_value("经开区北斗产业目标。（测试摘要）")
    button(at, "add_save", lang).click()
    at.run()
    error = at.error[0].value
    assert error.startswith(i18n.t("ingest_invalid", lang)) and "value_max" not in error and "observations.csv" not in error
    expected = (
        "第2行：限定为“至”（范围）时须填“上限”" if lang == "zh" else "Row 2: a range (qualifier “– range”) needs an upper bound"
    )
    assert md(expected) in error


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_required_fields_are_marked_and_the_columns_follow_what_is_checked(data, lang):
    at = fill(page(lang))
    required = [at.text_input[0].label, at.text_input[1].label, at.date_input[0].label, at.text_area[1].label]
    assert required == [i18n.t(k, lang) for k in ("add_url", "add_outlet", "add_date", "add_summary_zh")]
    assert all(" *" in label for label in required) and " *" not in at.text_input[2].label  # the headline is optional
    assert i18n.t("add_required", lang) in [c.value for c in at.caption]
    table = at.dataframe[0].proto
    order = list(table.column_order)
    assert order[:9] == ["accept", "locator", "park_id", "metric_id", "value", "unit", "period", "kind", "qualifier"]
    assert order.index("period_text") < order.index("scope") < order.index("entity_reported") < order.index("new_metric_id")
    columns = __import__("json").loads(table.columns)
    assert [c for c, spec in columns.items() if spec.get("pinned")] == ["_index", "accept", "locator"]
    for column in ("new_metric_id", "new_metric_en", "metric_zh", "scope", "entity_reported", "qualifier", "value_max",
                   "aspiration", "period", "period_text", "kind", "locator"):  # fmt: skip
        assert columns[column].get("help"), column
    assert list(at.dataframe[0].value.index) == [1, 2, 3]  # the row numbers the checks refer to


def test_a_new_rank_from_the_table_is_better_down_and_marked_chinese_on_english_pages(data):
    at = fill(page())
    at = edit(at, {3: {"accept": True, "metric_id": "", "new_metric_id": "test-park-rank", "metric_zh": "测试园区排名", "value": 3.0,
                       "unit": "名"}})  # fmt: skip
    at.text_area[1].set_value("一个新的排名指标。（测试摘要）")
    button(at, "add_save").click()
    at.run()
    assert not at.error and at.success[0].value == i18n.t("add_saved", "zh", n=1)
    metric = load(data).dataset.metrics.set_index("metric_id").loc["test-park-rank"]
    assert (metric["kind"], metric["better"], metric["unit"], metric["name_en"]) == ("rank", "down", "名", "[zh] 测试园区排名")
    at.query_params["p"], at.query_params["lang"] = "zz-edz", "en"
    at.switch_page("views/park.py").run()
    assert not at.exception
    shown = " ".join([*(str(df.value.to_dict()) for df in at.dataframe), *(m.value for m in at.markdown)])
    assert "[zh] 测试园区排名" in shown.replace("\\", "")
