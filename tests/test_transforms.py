import math

import pytest

from parkdash import transforms as T
from parkdash.load import load
from tests.conftest import MINI

DS = load(MINI).dataset  # SYNTHETIC test data


def test_filter_by_park_keeps_only_its_rows():
    obs = T.filter_observations(DS, T.Filters(parks=("test-b",), year_from=2015, year_to=2030))
    assert list(obs["obs_id"]) == ["o0005", "o0006"]


def test_filter_by_years_keeps_targets_beyond_the_range():
    obs = T.filter_observations(DS, T.Filters(year_from=2021, year_to=2022))
    assert list(obs["obs_id"]) == ["o0001", "o0002", "o0005", "o0006"]


def test_filter_by_industry_uses_the_news_and_its_family():
    obs = T.filter_observations(DS, T.Filters(inds=("hn-materials",), year_from=2015, year_to=2030))
    assert list(obs["obs_id"]) == ["o0001", "o0002"]  # news test-n1 is tagged 'ceramics', filed under hn-materials


def test_filters_do_not_change_the_data_set():
    before = DS.observations.copy()
    T.filter_observations(DS, T.Filters(parks=("test-a",)))
    assert DS.observations.equals(before)


def test_industry_family_takes_in_the_industries_filed_under_an_item():
    assert T.industry_family(DS, ["hn-rail"]) == {"hn-rail", "rail"}
    assert T.industry_family(DS, ["zz-rail", "hn-materials"]) == {"zz-rail", "rail", "hn-materials", "ceramics"}


def test_enrich_converts_to_the_metric_unit():
    rich = T.enrich(DS, DS.observations)
    assert set(rich.columns) >= {"short_zh", "metric_zh", "metric_unit", "title", "outlet", "url", "value_std"}
    assert rich.loc[0, "value_std"] == pytest.approx(122.2)


def test_headline_counts():
    head = T.headline(DS).set_index("park_id")
    assert head.loc["test-a", ["n_figures", "n_targets", "n_news"]].tolist() == [3, 1, 2]
    assert head.loc["test-b", "lead_zh"] == "先进陶瓷"


def test_matrix_places_park_industries_under_framework_items():
    m = T.industry_matrix(DS, "hunan-332")
    assert sorted(zip(m["park_id"], m["industry_id"], m["role"], strict=True)) == [
        ("test-a", "hn-rail", "lead"),
        ("test-b", "hn-materials", "lead"),
    ]


def test_tracker_compound_path_and_status():
    track = T.tracker(DS, T.Filters(year_from=2015, year_to=2030)).set_index("obs_id")
    a = track.loc["o0002"]
    assert a["baseline_year"] == 2020 and a["baseline_std"] == 500
    assert a["required_growth"] == pytest.approx(2 ** (1 / 5) - 1)
    assert a["latest_year"] == 2023 and a["progress"] == pytest.approx(0.7)
    assert a["status"] == "behind"  # 700 < 500 × 1.1487³ ≈ 758
    b = track.loc["o0006"]
    assert b["status"] == "no-data" and math.isnan(b["required_growth"])


def test_compare_statuses():
    assert T._compare(120, 100, done=False) == "ahead"
    assert T._compare(101, 100, done=False) == "on-track"
    assert T._compare(99, 100, done=False) == "behind"
    assert T._compare(99, 100, done=True) == "missed"


def test_filter_news_by_words_and_park():
    assert list(T.filter_news(DS, T.Filters(), "二")["news_id"]) == ["test-n2"]
    assert len(T.filter_news(DS, T.Filters(parks=("test-b",)))) == 2


def test_latest_by_park_and_mapped_metrics():
    latest = T.latest_by_park(DS, "gdp", T.Filters(year_from=2015, year_to=2030))
    assert list(latest["obs_id"]) == ["o0004"]
    assert T.mapped_metrics(DS)[0] == "gdp"


@pytest.mark.parametrize("name", ["observations", "parks", "park_industries", "industries", "metrics", "news"])
def test_data_table_for_every_table(name):
    assert len(T.data_table(DS, name, T.Filters(year_from=2015, year_to=2030))) > 0


def test_park_facts_in_both_languages():
    zh = dict((k, v) for k, v, _ in T.park_facts(DS, "test-a", "zh"))
    en = dict((k, v) for k, v, _ in T.park_facts(DS, "test-a", "en"))
    assert zh["级别"] == "国家级高新区" and en["Level"] == "National high-tech zone" and en["Area"] == "35 km²"
