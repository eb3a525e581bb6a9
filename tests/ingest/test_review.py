"""Review and save: duplicates and contradictions shown; only accepted figures written; every write
validated and atomic, with the previous files kept; bad input changes nothing in the data folder."""

import re
import shutil

import pandas as pd
import pytest

from parkdash import i18n
from parkdash.ingest import REVIEW_COLUMNS, IngestError, NewsInfo, apply, compare
from parkdash.ingest.review import HISTORY, check_rows, metric_defaults, news_id_for, same_figures
from parkdash.load import load
from parkdash.schema import TABLES
from tests.conftest import DATA


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.glob("*.csv")}


def info(**kw):
    base = dict(
        url="https://news.example.org/2024/0720.html",
        outlet="测试日报",
        date="2024-07-20",
        title="测试标题",
        summary_zh="我们自己写的摘要。",
    )
    return NewsInfo(**{**base, **kw})


def figure(**kw):
    row = dict.fromkeys(REVIEW_COLUMNS, "")
    row.update(accept=True, park_id="zz-edz", scope="park", entity_reported="株洲经开区", metric_id="fai", metric_zh="固定资产投资",
               period="2024H1", period_text="上半年", kind="actual", value=61.5, value_max=None, qualifier="eq", unit="亿元", locator="固定资产投资61.5亿元")  # fmt: skip
    row.update(kw)
    return row


def test_accepted_figures_and_the_news_item_are_appended(data):
    before = snapshot(data)
    reviewed = pd.DataFrame([figure(), figure(accept=False, value=99), figure(metric_id="tax", metric_zh="税收", value=3.2)])
    done = apply(data, reviewed, info())
    after = load(data)
    assert after.ok
    obs = after.dataset.observations
    saved = obs[obs["news_id"] == done.news_id]
    assert list(saved["metric_id"]) == ["fai", "tax"] and list(saved["value"]) == [61.5, 3.2]
    assert done.obs_ids == list(saved["obs_id"])
    news = after.dataset.news.set_index("news_id").loc[done.news_id]
    assert news["summary_zh"] == "我们自己写的摘要。" and news["park_ids"] == "zz-edz"
    # the old bytes are kept as they were, the previous version is in the history
    for name in ("observations.csv", "news.csv"):
        assert (data / name).read_bytes().startswith(before[name])
        assert (done.backup / name).read_bytes() == before[name]
    assert done.backup.parent.name == HISTORY
    for name in ("parks.csv", "metrics.csv", "industries.csv", "park_industries.csv"):
        assert (data / name).read_bytes() == before[name]
    assert not list(data.glob(".ingest-*"))


def test_a_new_metric_is_added_when_the_analyst_names_it(data):
    reviewed = pd.DataFrame([figure(metric_id="", new_metric_id="trade-volume", metric_zh="外贸进出口额", value=80)])
    done = apply(data, reviewed, info())
    metrics = load(data).dataset.metrics.set_index("metric_id")
    assert done.metric_ids == ["trade-volume"]
    assert metrics.loc["trade-volume", "name_zh"] == "外贸进出口额" and metrics.loc["trade-volume", "unit"] == "亿元"


@pytest.mark.parametrize(
    ("reviewed", "news", "key"),
    [
        ([figure(accept=False)], info(), "ingest_none_accepted"),
        ([figure()], info(summary_zh=" "), "ingest_news_incomplete"),
        ([figure()], info(url="javascript:alert(1)"), "ingest_news_incomplete"),
        ([figure()], info(date="2024-13-01"), "ingest_news_incomplete"),
        ([figure()], info(url="https://www.cadz.org.cn/index.php/News/info/id/43752.html"), "ingest_exists"),
        ([figure(park_id="no-such-park")], info(), "ingest_invalid"),
        ([figure(unit="")], info(), "ingest_invalid"),
        ([figure(value="lots")], info(), "ingest_invalid"),
        ([figure(period="next year")], info(), "ingest_invalid"),
        ([figure(metric_id="")], info(), "ingest_figures_incomplete"),
        ([figure(metric_id="", new_metric_id="Bad Id!")], info(), "ingest_figures_incomplete"),
    ],
)
def test_bad_input_changes_nothing(data, reviewed, news, key):
    before = snapshot(data)
    with pytest.raises(IngestError) as caught:
        apply(data, pd.DataFrame(reviewed), news)
    assert caught.value.key == key
    assert snapshot(data) == before
    assert not list(data.glob(".ingest-*")) and not (data / HISTORY).exists()


def test_invalid_result_names_file_row_and_column(data):
    with pytest.raises(IngestError) as caught:
        apply(data, pd.DataFrame([figure(park_id="no-such-park")]), info())
    assert any(p.startswith("observations.csv:") and ":park_id:" in p for p in caught.value.problems)


def test_compare_shows_duplicates_and_contradictions():
    ds = load(DATA).dataset
    stored = ds.observations.iloc[2]  # 株洲高新区 2021Q1 GDP 122.2 亿元 in the founding article
    same = figure(
        park_id=stored["park_id"],
        metric_id=stored["metric_id"],
        period=stored["period"],
        kind=stored["kind"],
        value=stored["value"],
        unit=stored["unit"],
    )
    other = {**same, "value": stored["value"] + 1}
    new = figure(metric_id="")
    notes = compare(pd.DataFrame([same, other, new]), ds, "en")
    assert notes[0].startswith("duplicates " + stored["obs_id"]) and notes[0].endswith("; differs from row 2")
    assert notes[1].startswith("differs from " + stored["obs_id"]) and notes[1].endswith("; differs from row 1")
    assert notes[2] == "new metric"
    # one at a time (no other row of the article says otherwise)
    alone = [check_rows(pd.DataFrame([row]), ds, "en")[0] for row in (same, other, new)]
    assert [c.stored_only for c in alone] == [True, False, False]  # already stored: only the first


def test_the_industries_chosen_are_saved_with_the_news_item(data):
    done = apply(data, pd.DataFrame([figure()]), info(industry_ids=("park-it-beidou", "park-modern-equipment")))
    news = load(data).dataset.news.set_index("news_id").loc[done.news_id]
    assert news["industry_ids"] == "park-it-beidou|park-modern-equipment"


def test_news_ids_are_readable_and_unique():
    assert news_id_for("https://zz.rednet.cn/content/1.html", "2024-08-14", set()) == "rednet-zz-2024-08-14"
    assert news_id_for("https://www.zhuzhou.gov.cn/a", "2024-08-14", {"zhuzhou-2024-08-14"}) == "zhuzhou-2024-08-14-2"


def test_two_saves_at_once_both_land(data):
    from concurrent.futures import ThreadPoolExecutor

    def save(n):
        return apply(data, pd.DataFrame([figure(value=n)]), info(url=f"https://news.example.org/{n}.html"))

    with ThreadPoolExecutor(4) as pool:
        done = list(pool.map(save, range(4)))
    obs = load(data).dataset.observations
    assert len({d.news_id for d in done}) == 4
    assert sorted(obs[obs["news_id"].isin([d.news_id for d in done])]["value"]) == [0, 1, 2, 3]


def test_reconcile_keeps_hidden_fields_in_step_with_edits():
    from parkdash.ingest import reconcile

    ds = load(DATA).dataset
    offered = pd.DataFrame([figure(park_id="", scope="city", entity_reported="株洲市", period="2022", period_text="2022年")])
    edited = offered.copy()
    edited.loc[0, "park_id"], edited.loc[0, "period"] = "zz-htz", "2022-02-14"
    out = reconcile(offered, edited, ds)
    assert (out.loc[0, "scope"], out.loc[0, "entity_reported"], out.loc[0, "period_text"]) == ("park", "株洲高新区", "")
    host = offered.assign(park_id="liling-edz", scope="host", entity_reported="醴陵市")
    out = reconcile(host, host.assign(park_id="zz-htz"), ds)
    assert out.loc[0, "scope"] == "host"  # a host figure moved to another park stays a host figure
    out = reconcile(host, host.assign(park_id=""), ds)
    assert out.loc[0, "scope"] == "other"


def test_a_period_set_by_hand_is_saved_with_its_words_not_its_code(data):
    reviewed = pd.DataFrame([figure(period="@2024-07", period_text=""), figure(metric_id="tax", period="2024H1", period_text="")])
    done = apply(data, reviewed, info())
    obs = load(data).dataset.observations.set_index("obs_id").loc[done.obs_ids]
    assert list(obs["period_text"]) == ["截至2024年7月", "2024年上半年"]


def test_news_only_keeps_the_article_as_a_source_and_adds_no_figure(data):
    before = load(data).dataset
    with pytest.raises(IngestError) as err:
        apply(data, pd.DataFrame([figure(accept=False)]), info())
    assert err.value.key == "ingest_none_accepted"
    done = apply(data, pd.DataFrame([figure(accept=False)]), info(), news_only=True)
    after = load(data).dataset
    assert done.obs_ids == [] and len(after.observations) == len(before.observations)
    assert after.news.set_index("news_id").loc[done.news_id, "park_ids"] == "zz-edz"


def test_a_blank_english_summary_says_the_chinese_one_is_shown(data):
    done = apply(data, pd.DataFrame([figure()]), info(summary_en="  "))
    news = load(data).dataset.news.set_index("news_id").loc[done.news_id]
    assert news["summary_en"] == "[Summary in Chinese] 我们自己写的摘要。"


# ---------------------------------------------------------------- figures of one article that say the same thing


def signed(value, **kw):
    """A candidate of the kind in the trial: 签约项目数 of the Economic Development Zone in 2024 (SYNTHETIC values)."""
    base = dict(metric_id="projects-signed", metric_zh="签约项目数", period="2024", period_text="2024年", value=value, unit="个",
                locator=f"签约项目{value}个")  # fmt: skip
    return figure(**{**base, **kw})


def test_figures_of_one_article_that_contradict_or_repeat_each_other_are_noted_by_row():
    ds = load(DATA).dataset
    table = pd.DataFrame([signed(21), figure(), signed(9), signed(21)])
    assert compare(table, ds, "zh") == ["与第3行不同; 与第4行重复", "", "与第1行不同; 与第4行不同", "与第1行重复; 与第3行不同"]
    assert compare(table, ds, "en") == [
        "differs from row 3; repeats row 4",
        "",
        "differs from row 1; differs from row 4",
        "repeats row 1; differs from row 3",
    ]
    assert same_figures(table) == [(0, 2, False), (0, 3, True), (2, 3, False)]
    # "accept all" leaves the contradicted rows to the analyst and takes one of two equal rows
    checks = check_rows(
        pd.DataFrame([signed(21), figure(), signed(9), signed(21, locator="全年签约21个"), figure(value=8, period="2024Q1")]), ds
    )
    assert [c.offer for c in checks] == [False, True, False, False, True]
    assert [c.hint for c in checks] == ["conflict", "", "conflict", "conflict", ""]
    checks = check_rows(pd.DataFrame([signed(21), signed(21)]), ds)
    assert [c.offer for c in checks] == [True, False] and [c.hint for c in checks] == ["", "repeat"]


def test_the_same_unit_in_other_words_repeats_and_other_subjects_do_not_contradict():
    ds = load(DATA).dataset
    a = figure(value=1.5, unit="亿元")
    assert compare(pd.DataFrame([a, figure(value=15000, unit="万元")]), ds, "en")[1] == "repeats row 1"
    others = [
        figure(value=70, scope="host", entity_reported="天元区"),  # the host district, not the park
        figure(value=80, entity_reported="株洲经开区（北斗产业园）"),  # a part the analyst named
        figure(value=90, kind="target", period="by2025"),
        figure(value=95, kind="target", period="by2025", aspiration="sprint"),  # 确保90、冲刺95: two figures
        figure(value=60, metric_id="tax", metric_zh="税收"),
        figure(value=61.5, park_id="zz-htz", entity_reported="株洲高新区"),
    ]
    assert same_figures(pd.DataFrame([a, *others])) == []


def test_stored_figures_and_rows_of_the_article_are_both_noted():
    ds = load(DATA).dataset
    stored = ds.observations.iloc[2]
    same = figure(park_id=stored["park_id"], metric_id=stored["metric_id"], period=stored["period"], kind=stored["kind"],
                  value=stored["value"], unit=stored["unit"], entity_reported="株洲高新区")  # fmt: skip
    notes = compare(pd.DataFrame([same, same]), ds, "zh")
    assert notes[0].startswith("重复 " + stored["obs_id"]) and notes[0].endswith("; 与第2行重复")
    # stored already, twice: nothing to accept, the article is a source
    assert all(c.stored_only for c in check_rows(pd.DataFrame([same, same]), ds))
    assert [c.offer for c in check_rows(pd.DataFrame([same, same]), ds)] == [False, False]


def test_two_accepted_figures_that_contradict_each_other_are_refused_naming_their_rows(data):
    before = snapshot(data)
    table = pd.DataFrame([signed(21), figure(accept=False), signed(9)])
    with pytest.raises(IngestError) as caught:
        apply(data, table, info())
    assert caught.value.key == "ingest_conflict"
    (issue,) = caught.value.issues
    assert issue.key == "why_conflict" and (issue.params["a"], issue.params["b"]) == (1, 3)
    assert i18n.issue(issue.key, issue.params, "zh").startswith(
        "第1行（21个）与第3行（9个）是同一园区、指标、时期和类型，数值却不同"
    )
    assert i18n.issue(issue.key, issue.params, "en").startswith("Rows 1 (21) and 3 (9) give different values")
    assert caught.value.problems == [str(issue)] and "rows 1 and 3" in str(issue)  # the command line's English
    assert snapshot(data) == before
    with pytest.raises(IngestError) as caught:
        apply(data, pd.DataFrame([signed(21), signed(21)]), info())
    assert [i.key for i in caught.value.issues] == ["why_repeat"]
    assert snapshot(data) == before
    # the analyst keeps the right one: saved
    done = apply(data, table.assign(accept=[False, False, True]), info())
    assert list(load(data).dataset.observations.set_index("obs_id").loc[done.obs_ids, "value"]) == [9]


def test_two_projects_told_apart_in_the_entity_are_saved(data):
    table = pd.DataFrame(
        [
            figure(
                metric_id="project-investment",
                metric_zh="项目总投资",
                period="@2024-07",
                value=6,
                entity_reported="株洲经开区（甲项目）",
            ),
            figure(
                metric_id="project-investment",
                metric_zh="项目总投资",
                period="@2024-07",
                value=4.25,
                entity_reported="株洲经开区（乙项目）",
            ),
        ]
    )
    assert len(apply(data, table, info()).obs_ids) == 2


# ---------------------------------------------------------------- new metrics


@pytest.mark.parametrize(
    ("unit", "name", "kind", "better"),
    [
        ("名", "全省园区综合排名", "rank", "down"),
        ("位", "全国百强园区位次", "rank", "down"),
        ("%", "工业投资增长", "growth", "up"),
        ("%", "高新技术产业占比", "share", "up"),
        ("个", "新开工项目", "count", "up"),
        ("家", "规上企业", "count", "up"),
        ("亿元", "外贸进出口额", "level", "up"),
        ("万人", "从业人员", "level", "up"),
        ("平方公里", "托管面积", "area", "none"),
        ("亩", "新增供地", "area", "up"),
        ("年", "建园年数", "other", "none"),
    ],
)
def test_a_new_metric_takes_its_kind_and_direction_from_its_unit(unit, name, kind, better):
    assert metric_defaults(unit, name) == (kind, better)


def test_a_new_rank_is_better_down_and_without_an_english_name_is_marked_chinese(data):
    rank = figure(metric_id="", new_metric_id="province-park-rank", metric_zh="全省园区综合排名", value=3, unit="名")
    named = figure(metric_id="", new_metric_id="trade-volume", new_metric_en="Foreign trade", metric_zh="外贸进出口额", value=80)
    apply(data, pd.DataFrame([rank, named]), info())
    metrics = load(data).dataset.metrics.set_index("metric_id")
    assert metrics.loc["province-park-rank", ["kind", "better", "unit"]].tolist() == ["rank", "down", "名"]
    assert metrics.loc["province-park-rank", "name_en"] == "[zh] 全省园区综合排名"
    assert i18n.pick(metrics.loc["province-park-rank"], "name", "en") == "[zh] 全省园区综合排名"
    assert metrics.loc["trade-volume", ["name_en", "kind", "better"]].tolist() == ["Foreign trade", "level", "up"]


# ---------------------------------------------------------------- messages in the page's language


RAW = {c for t in TABLES for c in t.columns if "_" in c} | {"new_metric_id", "new_metric_en", "metric_zh", "obs_id"}
CODES = {"http", "https", "open", "by"}  # what the zh page shows as written: URL schemes, period codes


def said(issue, lang):
    return i18n.issue(issue.key, issue.params, lang)


@pytest.mark.parametrize(
    ("reviewed", "news", "zh"),
    [
        ([figure(accept=False)], info(), "请为要保存的每个数字勾选“接受”"),
        ([figure()], info(summary_zh=" "), "新闻信息：缺少“中文摘要”，请用您自己的话写（文章原文不保存）"),
        ([figure()], info(url=""), "新闻信息：缺少“原文网址”"),
        ([figure()], info(outlet=""), "新闻信息：缺少“发布媒体”"),
        ([figure()], info(url="javascript:alert(1)"), "新闻信息：网址须以 http:// 或 https:// 开头：javascript:alert(1)"),
        ([figure()], info(date="2024-13-01"), "新闻信息：“发布日期”不是日期（年-月-日）：2024-13-01"),
        ([figure()], info(summary_zh="摘" * 401), "新闻信息：“中文摘要”太长（最多 400 个字）"),
        (
            [figure()],
            info(url="https://www.cadz.org.cn/index.php/News/info/id/43752.html"),
            "新闻信息：这个网址已被新闻 cadz-2022-03-23 使用",
        ),
        ([figure(accept=False), figure(park_id="no-such-park")], info(), "第2行：“园区”中的“no-such-park”不在数据中"),
        ([figure(park_id="", scope="park")], info(), "第1行：统计范围为“园区”的数字须选择园区"),
        ([figure(unit="个")], info(), "第1行：单位“个”与指标的单位“亿元”不是同一种量"),
        ([figure(value="lots")], info(), "第1行：“数值”不是数字：lots"),
        ([figure(period="2024-13-01")], info(), "第1行：时期“2024-13-01”的写法不对（写法见“时期”列的说明）"),
        ([figure(period="by2025")], info(), "第1行：实绩不能用目标的时期（by… / open）"),
        ([figure(aspiration="strive")], info(), "第1行：只有目标才能标“力争/冲刺”"),
        ([figure(qualifier="range")], info(), "第1行：限定为“至”（范围）时须填“上限”"),
        ([figure(value_max=70)], info(), "第1行：只有限定为“至”（范围）时才填“上限”"),
        ([figure(metric_id="", metric_zh="某指标")], info(), "第1行：“某指标”：请选择指标，或填写新指标代码"),
        ([figure(metric_id="", new_metric_id="Bad Id!")], info(), "第1行：新指标“Bad Id!”需要由小写字母、数字和 - 组成的代码"),
    ],
)
def test_every_refusal_is_said_in_the_pages_language_by_the_rows_and_labels_it_shows(data, reviewed, news, zh):
    with pytest.raises(IngestError) as caught:
        apply(data, pd.DataFrame(reviewed), news)
    issues = caught.value.issues
    assert issues and caught.value.problems == [i.text for i in issues]
    assert said(issues[0], "zh").startswith(zh)
    for issue in issues:
        for lang in ("zh", "en"):
            text = said(issue, lang)
            assert not (set(re.findall(r"[a-z]+_[a-z_]+", text)) & RAW), f"a column's raw name in {text!r}"
            assert str(issue) not in text  # not the command line's English
        zh_text = said(issue, "zh")
        shown = " ".join(str(v) for k, v in issue.params.items() if k in ("value", "news_id", "metric_id"))
        english = {w for w in re.findall(r"[A-Za-z]{2,}", zh_text) if w not in shown and w not in CODES}
        assert not english, f"English in {zh_text!r}"
        assert re.search(r"[a-z]{3,}", said(issue, "en"))


def test_rows_with_no_park_or_no_metric_are_not_ticked_by_accept_all_and_are_named_when_saved(data):
    ds = load(DATA).dataset
    table = pd.DataFrame(
        [
            figure(value=7),
            figure(value=8, park_id="", entity_reported="长沙经开区", locator="长沙经开区投资8亿元"),
            figure(value=9, metric_id="", metric_zh="规模工业总产值", locator="规模工业总产值9亿元"),
        ]
    )
    checks = check_rows(table, ds)
    assert [c.offer for c in checks] == [True, False, False]
    assert [c.hint for c in checks] == ["", "incomplete", "incomplete"]
    assert "未定园区" in checks[1].note
    before = snapshot(data)
    with pytest.raises(IngestError) as caught:
        apply(data, table, info())
    assert [(i.key, i.params["where"]) for i in caught.value.issues] == [
        ("why_no_park", ("row", 2)),
        ("why_no_metric", ("row", 3)),
    ]
    assert i18n.issue("why_no_park", caught.value.issues[0].params, "zh").startswith("第2行")
    assert snapshot(data) == before
