import math
import shutil

import numpy as np
import pandas as pd
import pytest

from parkdash import transforms as T
from parkdash import vocab
from parkdash.load import Dataset, load
from tests.conftest import MINI, edit_cell

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
    assert a["latest_year"] == 2023 and a["progress"] == pytest.approx(0.7)
    assert a["status"] == "behind"  # on the plan's path, 500 × (2^(1/5))³ ≈ 758 > 700
    # still required: per year from the latest actual (700 in 2023) to the target year (1000 in 2025)
    assert a["required_growth"] == pytest.approx((1000 / 700) ** (1 / 2) - 1)
    b = track.loc["o0006"]
    assert b["status"] == "no-data" and math.isnan(b["required_growth"])


def _gdp_actual(folder, period: str, value: float, news_id: str = "test-n1") -> Dataset:
    """The mini data set (copied to ``folder``) with one more actual GDP of park A (SYNTHETIC)."""
    with (folder / "observations.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"o0101,test-a,park,甲园区,gdp,{period},{period}年,actual,{value},,eq,,亿元,{news_id},GDP{value:g}亿元,\n")
    result = load(folder)
    assert result.ok, result.problems
    return result.dataset


def test_required_growth_runs_from_the_latest_actual_shown_to_the_target_year(tmp_path):
    every = T.Filters(year_from=2015, year_to=2030)
    # no actual after the baseline: from the baseline (500 in 2020) over five years
    obs = DS.observations[DS.observations["obs_id"] != "o0004"].reset_index(drop=True)
    ds = Dataset(DS.parks, DS.industries, DS.park_industries, DS.metrics, obs, DS.news, "no-latest")
    a = T.tracker(ds, every).set_index("obs_id").loc["o0002"]
    assert math.isnan(a["latest_std"]) and a["required_growth"] == pytest.approx(2 ** (1 / 5) - 1)
    # one year left (latest 2024, target 2025): the rise still needed in that year, 1000 / 450 - 1
    shutil.copytree(MINI, tmp_path / "one")
    a = T.tracker(_gdp_actual(tmp_path / "one", "2024", 450), every).set_index("obs_id").loc["o0002"]
    assert a["latest_year"] == 2024 and a["required_growth"] == pytest.approx(1000 / 450 - 1)
    # the target year reached: nothing left to require; the status says achieved or missed
    shutil.copytree(MINI, tmp_path / "done")
    a = T.tracker(_gdp_actual(tmp_path / "done", "2025", 900), every).set_index("obs_id").loc["o0002"]
    assert math.isnan(a["required_growth"]) and a["status"] == "missed"


def test_a_part_year_actual_after_the_latest_is_shown_beside_the_target_but_not_judged(tmp_path):
    every = T.Filters(year_from=2015, year_to=2030)
    shutil.copytree(MINI, tmp_path / "half")
    a = T.tracker(_gdp_actual(tmp_path / "half", "2024H1", 450), every).set_index("obs_id").loc["o0002"]
    assert (a["part_period"], a["part_std"], a["part_obs"]) == ("2024H1", 450, "o0101")
    assert a["latest_year"] == 2023 and a["status"] == "behind"  # judged on the whole year 2023, as before
    assert a["progress"] == pytest.approx(0.7)
    shutil.copytree(MINI, tmp_path / "old")  # a half of the latest actual's year or before: nothing new
    a = T.tracker(_gdp_actual(tmp_path / "old", "2023H1", 300), every).set_index("obs_id").loc["o0002"]
    assert a["part_obs"] is None and math.isnan(a["part_std"])
    shutil.copytree(MINI, tmp_path / "late")  # after the target's year: not this target's
    a = T.tracker(_gdp_actual(tmp_path / "late", "2026Q1", 300), every).set_index("obs_id").loc["o0002"]
    assert a["part_obs"] is None
    shutil.copytree(MINI, tmp_path / "sources")
    ds = _gdp_actual(tmp_path / "sources", "2024Q1", 200)
    rows = T.tracker_rows(ds, every)
    assert "o0101" in set(T.tracker_sources(ds, rows)["obs_id"])  # its news is among the sources


def test_tracker_sources_name_the_news_of_the_actuals_shown_once_each(mini_copy):
    ds = _gdp_actual(mini_copy, "2024", 800)
    rows = T.tracker_rows(ds, T.Filters(year_from=2015, year_to=2030))
    track = T.tracker_frame(ds, rows).set_index("obs_id")
    assert (track.loc["o0002", "baseline_obs"], track.loc["o0002", "latest_obs"]) == ("o0003", "o0101")
    sources = T.tracker_sources(ds, rows)
    # per target: the target, then the baseline and the latest actual shown (o0006 has no actual)
    assert list(sources["obs_id"]) == ["o0002", "o0003", "o0101", "o0006"]
    assert list(sources["news_id"]) == ["test-n1", "test-n2", "test-n1", "test-n2"]
    url = ds.news.set_index("news_id")["url"]
    assert track.loc["o0002", "latest_url"] == url["test-n1"]  # the actual's own news item, beside the target's
    assert track.loc["o0006", "latest_url"] is None  # no actual yet: no link
    assert list(sources["url"]) == [
        "https://example.org/n1",
        "https://example.org/n2",
        "https://example.org/n1",
        "https://example.org/n2",
    ]
    assert {"title", "outlet", "news_date", "locator"} <= set(sources.columns)
    # an actual shown for two targets is listed once
    assert list(T.tracker_sources(ds, rows[[0, 0]])["obs_id"]) == ["o0002", "o0003", "o0101"]


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


# ---------------------------------------------------------------- the indexes behind the pages


def _with_rows(extra: list[dict]) -> Dataset:
    """The mini data set with more observations (copies of o0003/o0004 with other ids and values)."""
    obs = DS.observations
    rows = [obs[obs["obs_id"] == e.pop("like")].iloc[0].to_dict() | e for e in extra]
    more = pd.concat([obs, pd.DataFrame(rows).astype(obs.dtypes.to_dict())], ignore_index=True)
    return Dataset(DS.parks, DS.industries, DS.park_industries, DS.metrics, more, DS.news, "more")


def test_observation_rows_and_counts_agree_with_the_rows():
    for f in (
        T.Filters(),
        T.Filters(year_from=2021, year_to=2022),
        T.Filters(parks=("test-b",)),
        T.Filters(inds=("hn-materials",)),
    ):
        obs = T.filter_observations(DS, f)
        assert list(obs.index) == list(T.observation_rows(DS, f))
        assert T.observation_counts(DS, f) == ((obs["kind"] != "target").sum(), (obs["kind"] == "target").sum())


def test_tracker_rows_pick_targets_by_filters_and_metric():
    f = T.Filters(year_from=2015, year_to=2030)
    assert list(T.tracker_frame(DS, T.tracker_rows(DS, f))["obs_id"]) == ["o0002", "o0006"]
    assert list(T.tracker_frame(DS, T.tracker_rows(DS, f, "gdp"))["obs_id"]) == ["o0002"]
    assert list(T.tracker_frame(DS, T.tracker_rows(DS, T.Filters(("test-b",)), None))["obs_id"]) == ["o0006"]
    assert T.tracker_metrics(DS, T.tracker_rows(DS, f)) == ["gdp", "tig-revenue"]


def test_two_actuals_of_one_year_the_later_row_is_the_latest():
    ds = _with_rows([{"like": "o0004", "obs_id": "o0004b", "value": 800.0}])
    track = T.tracker(ds, T.Filters(year_from=2015, year_to=2030)).set_index("obs_id")
    assert track.loc["o0002", "latest_obs"] == "o0004b" and track.loc["o0002", "latest_std"] == 800
    latest = T.latest_by_park(ds, "gdp", T.Filters(year_from=2015, year_to=2030))
    assert list(latest["obs_id"]) == ["o0004b"]  # of one year, the highest obs_id


def test_status_counts_per_park():
    counts = T.tracker_status_counts(DS, T.tracker_rows(DS, T.Filters(year_from=2015, year_to=2030)))
    assert list(counts["park_id"]) == ["test-a", "test-b"]
    assert counts.set_index("park_id").loc["test-a", "behind"] == 1 and counts.set_index("park_id").loc["test-b", "no-data"] == 1


def test_top_parks_and_the_sums_of_the_rest():
    head = T.headline(DS)
    top, rest, sums = T.top_and_rest(head, 1, "n_figures", ("n_figures", "n_targets"))
    assert rest == 1 and list(top["park_id"]) == ["test-a"]
    assert sums["n_figures"] + top["n_figures"].sum() == head["n_figures"].sum()
    assert T.top_and_rest(head, 5, "n_figures", ("n_figures",))[1:] == (0, {"n_figures": 0})


def test_news_newest_first_and_their_figures():
    rows = T.news_rows(DS, T.Filters(year_from=2000, year_to=2030))
    dates = list(DS.news["date"].iloc[rows])
    assert dates == sorted(dates, reverse=True)
    assert T.count_figures_of_news(DS, "test-n1") == 2 and T.count_figures_of_news(DS, "nope") == 0
    (first,) = T.figure_records(DS, T.news_figure_rows(DS, "test-n1")[:1])
    assert first["park_id"] == "test-a" and first["metric_zh"] == "地区生产总值" and first["value"] == 122.2


def test_data_page_parts_and_their_sources():
    from parkdash import exports

    table, rows = T.data_rows(DS, "observations", T.Filters(parks=("test-a",)))
    part = T.data_part(table, "observations", rows, 1, 3)
    assert list(part["obs_id"]) == list(T.data_table(DS, "observations", T.Filters(parks=("test-a",)))["obs_id"][1:3])
    assert "end_year" not in part
    assert T.sourced(DS, part).astype(str).equals(exports.with_sources(DS, part).astype(str))


def test_nothing_asked_nothing_built():
    assert T.tracker_by_metric(DS, T.Filters(), []) == {} and T.enriched_groups(DS, {}) == {}


def test_year_span_of_the_observations():
    years = DS.observations["end_year"].dropna()
    assert T.year_span(DS) == (int(years.min()), int(years.max()))


def test_values_taken_from_the_index_are_converted_into_the_metric_unit(mini_copy):
    """The index keeps no converted column: each value is converted when taken (unit codes and factors).
    Figures published in 万元 for a 亿元 metric give the same tracker, charts and tables as in 亿元."""
    edit_cell(mini_copy, "observations.csv", 2, "value", "5000000")  # o0003: 500亿元 as 万元
    edit_cell(mini_copy, "observations.csv", 2, "unit", "万元")
    edit_cell(mini_copy, "observations.csv", 3, "value", "7000000")  # o0004: 700亿元 as 万元
    edit_cell(mini_copy, "observations.csv", 3, "unit", "万元")
    edit_cell(mini_copy, "observations.csv", 3, "qualifier", "range")
    edit_cell(mini_copy, "observations.csv", 3, "value_max", "7500000")
    ds = load(mini_copy).dataset
    f = T.Filters(year_from=2015, year_to=2030)
    rich = T.enriched_rows(ds, np.arange(len(ds.observations))).set_index("obs_id")
    assert rich.loc["o0003", "value_std"] == pytest.approx(500) and rich.loc["o0004", "value_std"] == pytest.approx(700)
    assert rich.loc["o0004", "value_max_std"] == pytest.approx(750) and rich.loc["o0004", "value"] == 7_000_000
    for _, row in rich.iterrows():  # as vocab.convert does it, one value at a time
        assert row["value_std"] == pytest.approx(vocab.convert(row["value"], row["unit"], row["metric_unit"]))
    looked_up = T.enrich(ds, ds.observations.reset_index(drop=True).iloc[::-1])  # not by position: every id looked up
    assert looked_up.set_index("obs_id")["value_std"].to_dict() == pytest.approx(rich["value_std"].to_dict())
    track = T.tracker(ds, f).set_index("obs_id").loc["o0002"]
    before = T.tracker(DS, f).set_index("obs_id").loc["o0002"]
    for column in ("baseline_std", "latest_std", "target_std", "required_growth", "progress"):
        assert track[column] == pytest.approx(before[column]), column
    assert track["status"] == before["status"] == "behind"
    series = T.park_metric_series(ds, "test-a", f)["gdp"]
    assert sorted(series["value_std"]) == pytest.approx([122.2, 500, 700, 1000])
    assert list(T.latest_by_park(ds, "gdp", f)["value_std"]) == pytest.approx([700])


def test_a_unit_of_another_dimension_converts_to_nothing():
    units = T._obs_index(DS).units
    metric = np.array([DS.metrics["metric_id"].tolist().index("gdp")] * 2)
    percent = list(DS.observations["unit"].cat.categories).index("%")
    assert np.isnan(units.convert(np.array([5.0, 6.0]), np.array([percent, -1]), metric)).all()  # % for 亿元, unknown unit
