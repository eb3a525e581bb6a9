"""Figure specs, not pixels."""

import json

import pytest

from parkdash import charts
from parkdash import transforms as T
from parkdash.load import load
from tests.conftest import MINI

DS = load(MINI).dataset  # SYNTHETIC test data
F = T.Filters(year_from=2015, year_to=2030)


def test_park_colours_are_fixed_and_distinct():
    colors = charts.park_colors(["a", "b", "c"])
    assert colors == charts.park_colors(["a", "b", "c"]) and len(set(colors.values())) == 3
    assert len(set(charts.park_colors([str(n) for n in range(len(charts.PALETTE))]).values())) == len(charts.PALETTE)


def test_metric_chart_has_actual_bars_target_markers_and_unit_axis():
    series = T.park_metric_series(DS, "test-a", F)["gdp"]
    fig = charts.to_figure(charts.metric_chart(series, "#0072B2", "甲园区", "zh"))
    bar, target = fig.data
    assert bar.type == "bar" and list(bar.x) == ["2020", "2021Q1", "2023"] and list(bar.y) == [500, 122.2, 700]
    assert target.type == "scatter" and list(target.x) == ["2025年目标"] and target.marker.symbol == "diamond-open"
    assert list(target.text) == ["力争 1000亿元"]
    assert fig.layout.yaxis.title.text == "地区生产总值 (亿元)" and fig.layout.xaxis.title.text == "时期"
    assert "WenQuanYi" in fig.layout.font.family
    assert bar.marker.color == "#0072B2"


def test_metric_chart_in_english():
    fig = charts.to_figure(charts.metric_chart(T.park_metric_series(DS, "test-a", F)["gdp"], "#0072B2", "Park A", "en"))
    assert fig.layout.yaxis.title.text == "GDP (CNY 100 million)" and list(fig.data[1].x) == ["by 2025"]


def test_status_chart_counts_targets_by_status():
    counts = T.tracker_status_counts(DS, T.tracker_rows(DS, F))
    fig = charts.to_figure(charts.status_chart(counts.assign(name=counts["short_en"]), "en"))
    shown = {trace.name: list(trace.x) for trace in fig.data}
    assert shown == {"behind": [1, 0], "no data yet": [0, 1]}
    assert list(fig.data[0].y) == ["Park A", "Park B"]


def test_matrix_chart_cells_name_roles():
    items = DS.industries[DS.industries["framework"] == "hunan-332"]
    fig = charts.to_figure(charts.matrix_chart(T.industry_matrix(DS, "hunan-332"), DS.parks, items, "zh", "t"))
    assert fig.data[0].text[0][0] == "主导" and fig.data[0].text[0][1] == ""
    json.loads(fig.to_json())  # serialisable


def test_counts_chart_uses_park_colours():
    colors = charts.park_colors(list(DS.parks["park_id"]))
    fig = charts.to_figure(charts.counts_chart(T.headline(DS), colors, "zh"))
    assert list(fig.data[0].marker.color) == [colors["test-a"], colors["test-b"]]


def test_markup_in_the_data_is_shown_as_text_in_charts():
    hostile = DS.parks.assign(short_zh=["<b>甲</b>", "<a href='javascript:alert(1)'>乙</a>"])
    items = DS.industries[DS.industries["framework"] == "hunan-332"]
    fig = charts.to_figure(charts.matrix_chart(T.industry_matrix(DS, "hunan-332"), hostile, items, "zh", "t"))
    assert list(fig.data[0].y) == ["&lt;b&gt;甲&lt;/b&gt;", "&lt;a href='javascript:alert(1)'&gt;乙&lt;/a&gt;"]
    assert "<b>" not in fig.to_json() and "<a " not in fig.to_json()


def test_two_reports_of_one_period_stand_side_by_side():
    series = T.park_metric_series(DS, "test-a", F)["gdp"]
    twice = T.stack([series, series.assign(obs_id="o9999", value=710.0, value_std=710.0).iloc[[3]]])
    bar = charts.to_figure(charts.metric_chart(twice, "#0072B2", "甲园区", "zh")).data[0]
    assert list(bar.x) == ["2020", "2021Q1", "2023", "2023 #2"] and list(bar.y) == [500, 122.2, 700, 710]


def _reports(*rows):
    """SYNTHETIC reports of test-a's GDP: (obs_id, period, value, outlet, date, extra columns) each;
    the values (123.0, …) and the outlets are made up for the test, not facts."""
    base = T.park_metric_series(DS, "test-a", F)["gdp"].iloc[[2]]  # an actual, eq, in the metric's unit
    return T.stack(
        base.assign(obs_id=o, period=p, value=v, value_std=v, outlet=outlet, news_date=date, **extra)
        for o, p, v, outlet, date, extra in rows
    )


def test_a_repeated_figure_is_one_mark_naming_every_source():
    series = _reports(
        ("o9001", "2020", 100.0, "测试日报", "2021-02-01", {}),
        ("o9002", "2022", 123.0, "测试日报", "2024-03-01", {}),  # SYNTHETIC
        ("o9003", "2022", 123.0 + 1e-12, "测试网", "2024-03-02", {}),  # SYNTHETIC: the same figure, float rounding apart
        ("o9004", "2023", 130.0, "测试网", "2024-03-02", {}),
    )
    bar = charts.to_figure(charts.metric_chart(series, "#0072B2", "甲园区", "zh")).data[0]
    assert list(bar.x) == ["2020", "2022", "2023"] and list(bar.y) == [100, 123, 130]  # periods in the same order
    assert list(bar.customdata) == ["测试日报 2021-02-01", "测试日报 2024-03-01<br>测试网 2024-03-02", "测试网 2024-03-02"]
    assert list(bar.text) == ["100亿元", "123亿元", "130亿元"]


def test_different_figures_for_one_period_stay_side_by_side_and_their_repeats_join_them():
    series = _reports(
        ("o9001", "2022", 123.0, "测试日报", "2024-03-01", {}),  # SYNTHETIC
        ("o9002", "2022", 124.0, "测试网", "2024-03-02", {}),  # SYNTHETIC: another figure for 2022
        ("o9003", "2022", 123.0, "测试报", "2024-03-05", {}),  # SYNTHETIC: a repeat of the first
        ("o9004", "2023", 130.0, "测试网", "2024-03-02", {}),
    )
    bar = charts.to_figure(charts.metric_chart(series, "#0072B2", "甲园区", "zh")).data[0]
    assert list(bar.x) == ["2022", "2022 #2", "2023"] and list(bar.y) == [123, 124, 130]
    assert list(bar.customdata) == ["测试日报 2024-03-01<br>测试报 2024-03-05", "测试网 2024-03-02", "测试网 2024-03-02"]


def test_the_same_number_with_other_qualifiers_or_upper_value_is_another_report():
    def upto(v):
        return {"qualifier": "range", "value_max": v, "value_max_std": v}

    series = _reports(
        ("o9001", "2022", 123.0, "测试日报", "2024-03-01", {}),  # SYNTHETIC
        ("o9002", "2022", 123.0, "测试网", "2024-03-02", {"qualifier": "gt"}),  # SYNTHETIC: over 123
        ("o9003", "2022", 123.0, "测试报", "2024-03-05", upto(150.0)),  # SYNTHETIC: 123 to 150
        ("o9004", "2022", 123.0, "测试报", "2024-03-06", upto(160.0)),  # SYNTHETIC: 123 to 160
        ("o9005", "2022", 123.0, "测试网", "2024-03-07", upto(150.0)),  # SYNTHETIC: 123 to 150 again
    )
    bar = charts.to_figure(charts.metric_chart(series, "#0072B2", "甲园区", "zh")).data[0]
    assert list(bar.x) == ["2022", "2022 #2", "2022 #3", "2022 #4"]
    assert list(bar.text) == ["123亿元", ">123亿元", "123亿元 – 150亿元", "123亿元 – 160亿元"]
    assert bar.customdata[2] == "测试报 2024-03-05<br>测试网 2024-03-07"


def test_repeated_targets_are_one_marker():
    target = T.park_metric_series(DS, "test-a", F)["gdp"].iloc[[1]]  # by2025, 力争
    twice = T.stack([target, target.assign(obs_id="o9001", outlet="<b>测试网</b>", news_date="2024-03-02")])  # SYNTHETIC repeat
    fig = charts.to_figure(charts.metric_chart(twice, "#0072B2", "甲园区", "zh"))
    (marker,) = fig.data  # the sources one per line, their own markup shown as text
    assert list(marker.x) == ["2025年目标"] and list(marker.customdata) == [
        "测试社 2022-03-23<br>&lt;b&gt;测试网&lt;/b&gt; 2024-03-02"
    ]


def test_an_industry_stated_again_in_the_same_role_is_one_dot():
    rows = T.industry_parks(DS, "hn-materials")
    again = T.stack([rows, rows.iloc[[0]].assign(news_id="n-synthetic-repeat")])  # SYNTHETIC: a second news item, same role
    other = T.stack([rows, rows.iloc[[0]].assign(role="focus")])  # SYNTHETIC: another role stays a dot of its own
    colors = charts.park_colors(list(DS.parks["park_id"]))

    def dots(frame):
        return len(charts.industry_chart(frame, colors, "zh", "t")["data"][0]["x"])

    assert dots(again) == dots(rows) == len(rows) and dots(other) == len(rows) + 1


def _all_specs(lang):
    series = T.park_metric_series(DS, "test-a", F)["gdp"]
    items = DS.industries[DS.industries["framework"] == "hunan-332"]
    colors = charts.park_colors(list(DS.parks["park_id"]))
    counts = T.tracker_status_counts(DS, T.tracker_rows(DS, F))
    return [
        charts.metric_chart(series, "#0072B2", "甲园区", lang),
        charts.status_chart(counts.assign(name=counts["short_zh"]), lang),
        charts.counts_chart(T.headline(DS), colors, lang),
        charts.matrix_chart(T.industry_matrix(DS, "hunan-332"), DS.parks, items, lang, "t"),
        charts.industry_chart(T.industry_parks(DS, "hn-materials"), colors, lang, "t"),
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_spec_passes_plotly_validation(lang):
    """The builders make plain specs without plotly's validation, for speed; here every one is validated."""
    for spec in _all_specs(lang):
        checked = charts.to_figure(spec)  # raises on any invalid property
        assert checked.data and json.loads(checked.to_json())["data"]
        assert spec["layout"]["template"] == {"layout": {}}  # not plotly's 6.5 kB default template
        json.dumps(spec)  # plain JSON, as Streamlit sends it


def test_counts_chart_of_the_top_parks():
    top, rest, sums = T.top_and_rest(T.headline(DS), 1, "n_figures", ("n_figures", "n_targets"))
    fig = charts.to_figure(charts.counts_chart(top, charts.park_colors(list(DS.parks["park_id"])), "zh"))
    assert rest == 1 and list(fig.data[0].y) == ["甲园区"]
    full = T.headline(DS).set_index("park_id")
    assert sums == {"n_figures": full.loc["test-b", "n_figures"], "n_targets": full.loc["test-b", "n_targets"]}
