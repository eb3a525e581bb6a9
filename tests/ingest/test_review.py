"""Review and save: duplicates and contradictions shown; only accepted figures written; every write
validated and atomic, with the previous files kept; bad input changes nothing in the data folder."""

import shutil

import pandas as pd
import pytest

from parkdash.ingest import REVIEW_COLUMNS, IngestError, NewsInfo, apply, compare, only_repeats
from parkdash.ingest.review import HISTORY, news_id_for
from parkdash.load import load
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
    assert notes[0].startswith("duplicates " + stored["obs_id"])
    assert notes[1].startswith("differs from " + stored["obs_id"])
    assert notes[2] == "new metric"
    assert [only_repeats(n) for n in notes] == [True, False, False]
    assert only_repeats("重复 o0001 (1 千亿元, x); 重复 o0002 (1000 亿元, y)") and not only_repeats("")
    assert not only_repeats("重复 o0001 (1 千亿元, x); 不同于 o0002 (900 亿元, y)")


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
