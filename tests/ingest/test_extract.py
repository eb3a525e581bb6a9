"""Rules of the extractor on short passages written for these tests (not published text)."""

from datetime import date

import pytest

from parkdash.ingest.extract import Extractor
from parkdash.load import load
from tests.conftest import DATA

DS = load(DATA).dataset
EX = Extractor(DS)
PUBLISHED = date(2024, 7, 20)


def figures(text, published=PUBLISHED):
    return [(c.park_id, c.scope, c.metric_id, c.period, c.kind, c.value, c.unit) for c in EX.extract(text, published)]


def test_park_metric_period_kind():
    got = figures("株洲高新区今年上半年实现技工贸收入1200亿元，同比增长12.5%。")
    assert got == [
        ("zz-htz", "park", "tig-revenue", "2024H1", "actual", 1200, "亿元"),
        ("zz-htz", "park", "tig-revenue-growth", "2024H1", "actual", 12.5, "%"),
    ]


def test_targets_with_horizons_and_aspiration():
    got = EX.extract("到2025年，醴陵经开区力争陶瓷产业集群总产值突破1000亿元。", PUBLISHED)
    assert [(c.park_id, c.metric_id, c.period, c.kind, c.qualifier, c.aspiration) for c in got] == [
        ("liling-edz", "ceramics-cluster-output", "by2025", "target", "gt", "strive")
    ]
    assert figures("茶陵经开区“十四五”末电子信息产业产值冲刺100亿元。")[0][2:5] == ("einfo-output", "by2025", "target")
    assert figures("未来五年，株洲高新区地区生产总值达到1000亿元。", date(2022, 3, 1))[0][3:5] == ("by2025", "target")


def test_forecast():
    assert figures("株洲经开区预计全年固定资产投资120亿元。")[0][2:5] == ("fai", "2024", "forecast")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("株洲经开区一季度固定资产投资30亿元。", "2024Q1"),
        ("株洲经开区前三季度固定资产投资90亿元。", "2024YTD09"),
        ("株洲经开区1-5月固定资产投资50亿元。", "2024YTD05"),
        ("株洲经开区去年固定资产投资110亿元。", "2023"),
        ("2021年第一季度，株洲经开区固定资产投资30亿元。", "2021Q1"),
        ("截至2024年3月，株洲经开区入园企业500家。", "@2024-03"),
        ("株洲经开区现有入园企业500家。", "@2024-07"),
    ],
)
def test_periods_resolved_against_the_publication_date(text, period):
    assert figures(text)[0][3] == period


def test_period_carries_over_within_a_paragraph_but_not_to_targets():
    got = figures("2023年，株洲经开区固定资产投资110亿元。其中工业固定资产投资增长20%。未来，园区技工贸收入过1000亿元。")
    assert [g[3:5] for g in got] == [("2023", "actual"), ("2023", "actual"), ("open", "target")]


def test_host_district_and_city_are_kept_apart_from_the_park():
    got = figures("醴陵市地区生产总值增长6%，株洲市高新技术企业突破1000家。")
    assert got[0][:3] == ("liling-edz", "host", "gdp-growth")
    assert got[1][:3] == ("", "city", "hightech-firms")


def test_short_forms_resolve_to_the_park_named_before():
    got = figures("醴陵经开区是省级园区。今年以来，经开区新增规模工业企业12家。")
    assert got[0][:3] == ("liling-edz", "park", "new-above-scale-firms")
    assert figures("高新区一季度地区生产总值122.2亿元。")[0][:2] == ("zz-htz", "park")


def test_count_named_after_the_number():
    assert figures("2021年，株洲经开区共有26个项目开工建设。")[0][2] == "projects-started"


def test_a_name_inside_a_metric_is_not_the_subject():
    got = figures("2024年，全市园区规模工业增加值占全市比重达75%。")
    assert got[0][:3] == ("", "city-parks", "ind-va-share-parks")


def test_unknown_metric_is_proposed_by_its_name():
    [c] = EX.extract("2023年，株洲经开区实现外贸进出口额80亿元。", PUBLISHED)
    assert c.metric_id == "" and "进出口额" in c.metric_zh and c.value == 80


def test_no_figures_in_dates_phones_and_ordinals():
    text = "2024年3月18日，第三届博览会在株洲开幕，咨询电话0731-22837000，一区三园格局初成。"
    assert EX.extract(text, PUBLISHED) == []


def test_locator_is_a_short_fragment_of_the_sentence():
    sentence = "据介绍，株洲高新区今年上半年在各方共同努力下实现技工贸收入1200亿元。"
    [c] = EX.extract(sentence, PUBLISHED)
    assert c.locator in sentence and len(c.locator) <= 20 and c.locator.endswith("1200亿元")


def test_a_park_not_in_the_data_is_kept_as_unknown_not_guessed():
    [c] = EX.extract("长沙经开区今年上半年实现技工贸收入1200亿元。", PUBLISHED)
    assert (c.park_id, c.scope, c.entity_reported) == ("", "park", "长沙经开区")
    [c] = EX.extract("醴陵高新区今年上半年实现技工贸收入12亿元。", PUBLISHED)  # 醴陵 is known, 醴陵高新区 is not
    assert (c.park_id, c.entity_reported) == ("", "醴陵高新区")
    assert EX.extract("株洲高新区上半年实现技工贸收入1200亿元。", PUBLISHED)[0].park_id == "zz-htz"
