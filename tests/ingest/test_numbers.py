"""Quantities in Chinese news text: numbers, Chinese numerals, magnitudes, units and qualifiers."""

import pytest

from parkdash.ingest.numbers import quantities, to_number


def one(text):
    found = quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.unit, q.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实现技工贸收入1200亿元", (1200, "亿元", "eq")),
        ("产值1,234.5万元", (1234.5, "万元", "eq")),
        ("总投资1.2万亿元", (12000, "亿元", "eq")),
        ("集群规模3000多亿元", (3000, "亿元", "gt")),
        ("产值已突破千亿", (1000, "亿元", "gt")),
        ("规模超过五百亿元", (500, "亿元", "gt")),
        ("年均增长15%以上", (15, "%", "ge")),
        ("增长12.5％", (12.5, "%", "eq")),
        ("总投资约15亿元", (15, "亿元", "approx")),
        ("产值近百亿元", (100, "亿元", "near")),
        ("税收5亿元左右", (5, "亿元", "approx")),
        ("规上企业二十三家", (23, "家", "eq")),
        ("高新技术企业突破60家", (60, "家", "gt")),
        ("储备产业用地2000亩以上", (2000, "亩", "ge")),
        ("新建厂房10万平方米", (10, "万平方米", "eq")),
        ("规划面积35平方公里", (35, "平方公里", "eq")),
        ("获批324.82公顷", (324.82, "公顷", "eq")),
        ("常住人口达20万以上", (20, "万人", "ge")),
        ("全国排名第12位", (12, "位", "eq")),
        ("专利授权156项", (156, "项", "eq")),
        ("奖励资金3000元", (3000, "元", "eq")),
    ],
)
def test_quantity(text, expected):
    assert one(text) == expected


def test_a_range_keeps_both_ends():
    [q] = quantities("年销售额可达10亿至30亿元")
    assert (q.value, q.value_max, q.unit, q.qualifier) == (10, 30, "亿元", "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两个片区面积分别为51.6、32.9公顷", [(51.6, "公顷"), (32.9, "公顷")]),
        ("分别增长12、15和8.3%", [(12, "%"), (15, "%"), (8.3, "%")]),
        ("两年产值分别为3、4亿元", [(3, "亿元"), (4, "亿元")]),
    ],
)
def test_numbers_listed_before_a_unit_share_it(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize("text", ["1、2号线", "第3、4名", "2021、2022年"])
def test_a_list_without_a_unit_is_not_quantities(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "3月18日召开会议",
        "2025年是收官之年",
        "第三届博览会",
        "“3+3+2”产业体系",
        "“十四五”规划",
        "联系电话0731-22837000",
        "一区三园的格局",
        "一批重点企业",
        "员工500名",
        "高出全省3.2个百分点",
        "千亿级产业集群",
    ],
)
def test_not_a_quantity(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value"), [("1,200", 1200), ("一千二百", 1200), ("两", 2), ("百", 100), ("十五", 15), ("x", None)]
)
def test_to_number(text, value):
    assert to_number(text) == value


def test_a_statistical_threshold_is_not_a_quantity():
    assert quantities("工业统计范围为年主营业务收入2000万元及以上的工业法人企业") == []


def test_a_count_of_firms_before_their_annual_output():
    assert [(q.value, q.unit) for q in quantities("其中有10家年产值过亿元")] == [(10, "家")]
    assert quantities("用了3个年头") == []
