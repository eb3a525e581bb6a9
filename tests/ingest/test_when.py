"""Period expressions, event days and target words (parkdash.ingest.when), on phrases written for these tests."""

from datetime import date

import pytest

from parkdash.ingest.numbers import quantities
from parkdash.ingest.when import (
    aspiration,
    chronicle_year,
    day_in,
    ends_after,
    event_day_of,
    event_days_of,
    is_target,
    list_year_of,
    period_at,
    project_span,
    resolve,
)

PUBLISHED = date(2024, 7, 20)  # a Saturday


def periods(text, published=PUBLISHED):
    return [(p, horizon) for _, p, _, horizon in period_at(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年上半年", [("2024H1", False)]),
        ("去年一季度", [("2023Q1", False)]),
        ("2022年1-9月", [("2022YTD09", False)]),
        ("前两个月", [("?0YTD02", False)]),
        ("截至3月底", [("@2024-03", False)]),
        ("截至2023年底", [("@2023-12", False)]),
        ("到“十四五”末", [("by2025", True)]),
        ("到2021年8月", [("@2021-08", False)]),  # a month gone by: as of it
        ("到2026年6月", [("by2026", True)]),  # a month to come: a horizon
        ("力争三年之内", [("by2026", True)]),
        ("“十三五”五年间", [("2015..2020", False)]),
        ("“十四五”以来", [("2021..2024", False)]),
        ("今年以来", [("2024YTD07", False)]),
        ("过去一年", [("2023", False)]),
        ("目前", [("@2024-07", False)]),
    ],
)
def test_period_expressions_resolved_against_the_publication_date(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    "text",
    ["较去年同期增长5%", "较2020年增长12.5%", "1992年建区", "2021年12月正式设立", "自2000年底起"],
)
def test_bases_founding_dates_and_since_are_not_periods(text):
    assert periods(text) == []


def test_that_year_is_the_year_named_before():
    assert periods("2019年2月获批，当年5月") == [("@2019-05", False)]  # the approval month is a date
    assert periods("同年底", PUBLISHED) == []  # no year named: not a period
    assert period_at("当年计划工程量", PUBLISHED, then_year=2026) == []  # 当年 alone: this year, not the year named
    assert [p for _, p, _, _ in period_at("同年4月", PUBLISHED, then_year=2020)] == ["@2020-04"]
    assert periods("当年投产、当年见效") == []  # a slogan, not a period


def test_a_month_of_promotion_is_a_date_but_as_of_it_is_a_period():
    assert periods("当年11月即跻身国家级行列", date(2021, 12, 1)) == []
    assert periods("2021年4月升格时，面积为") == [("@2021-04", False)]


def test_a_year_naming_a_document_is_a_period():
    assert periods("按照2019年获批的方案") == [("2019", False)]


def test_resolve_and_ends_after():
    assert resolve("?0Q1", 2023) == "2023Q1" and resolve("2024", 2023) == "2024"
    assert ends_after("2024", PUBLISHED) and not ends_after("2023", PUBLISHED)
    assert ends_after("2024H1", date(2024, 6, 10)) and not ends_after("2024H1", PUBLISHED)


def test_days_and_events():
    assert day_in("本周一，全市项目集中开工", PUBLISHED) == ("2024-07-15", "本周一")
    assert day_in("去年3月22日，醴陵举行签约活动", PUBLISHED) == ("2023-03-22", "3月22日")
    assert day_in("湖南日报5月24日讯 5月23日，推介会举行", PUBLISHED) == ("2024-05-23", "5月23日")  # not the dateline
    assert day_in("华声在线2月14日讯 开工活动举行", PUBLISHED) == ("2024-02-14", "2月14日")  # the dateline, when alone
    assert event_day_of(["园区概况。", "10月24日，峰会在株洲举行。"], PUBLISHED) == ("2024-10-24", "10月24日")
    assert list_year_of(["本次评价以截至2023年12月31日的企业数据为基础。"]) == ("2023", "2023年12月31日的企业数据")


def test_a_day_said_with_hao():
    assert day_in("株洲专场推介会是23号下午开的", date(2022, 5, 24)) == ("2022-05-23", "23日")
    assert day_in("5月23号，推介会举行", PUBLISHED) == ("2024-05-23", "5月23号")
    assert day_in("园区位于示例路1号，企业签约", PUBLISHED) is None  # an address, not a day
    assert day_in("湘政函〔2023〕21号文件批复", PUBLISHED) is None


def test_days_told_around_a_named_day():
    told = date(2024, 10, 25)
    assert day_in("组委会透露，24日那场推介会上共签约项目142个", told) == ("2024-10-24", "24日")
    assert day_in("记者5月24日获悉：前一天下午，株洲办了一场产业推介", date(2022, 5, 24)) == ("2022-05-23", "5月24日前一天")
    assert day_in("元宵前夜机器轰鸣 株洲147个项目一起开工", date(2022, 2, 14)) == ("2022-02-14", "元宵")  # the eve
    closing = ["第三届峰会今天在株洲落下帷幕，历时两天。", "两天里签下的项目达142个。"]
    assert [d for _, d in event_days_of(closing, told)] == [("2024-10-24", "今天")] * 2  # the next sentence: the first day
    opened = ["峰会10月24日在株洲拉开帷幕，会期两天。", "闭幕当天的分论坛上，株洲入选试点城市。"]
    assert event_days_of(opened, told) == [(0, ("2024-10-24", "10月24日"))]  # 闭幕当天 is not the day just named
    opened_on = ["湘商大会进行中，株洲23日拉开产业推介专场。", "签约环节，32个项目的合同当场落笔。"]
    assert event_days_of(opened_on, date(2022, 5, 24))[0] == (0, ("2022-05-23", "23日"))
    closed = ["北斗峰会25日在株洲收官。这场盛会开了两天，据统计，签约项目投资总额为582亿元。"]
    assert event_days_of(closed, date(2024, 10, 26)) == [(0, ("2024-10-24", "25日"))]  # the first of its two days
    headline = ["正月十四 株洲147个项目一起开跑", "首批重大项目开工仪式在各县市区举行，一共有147个项目动工。"]
    assert event_days_of(headline, date(2022, 2, 14)) == [(1, ("2022-02-14", "正月十四"))]  # the headline's day
    same_day = ["2月14日，农历正月十四，工地上响起了礼炮。", "据市里通报，当天一起动工的项目有147个。"]
    assert event_days_of(same_day, date(2022, 2, 14)) == [(1, ("2022-02-14", "2月14日"))]


def test_a_projects_span():
    sentence = "项目于2021年10月开工，计划2026年全部建成，总投资约100亿元。"
    [q] = quantities(sentence)
    assert project_span(sentence, q, None) == ("2021..2026", "2021年10月开工…2026年全部建成")


def test_target_words_and_aspiration():
    assert is_target("力争全年", False) and is_target("到2025年", False)
    assert not is_target("计划总投资", False)  # what projects will cost, not a goal
    assert is_target("年内新增", False) and not is_target("年内新增", True)  # in a report on a past year
    assert aspiration("力争到2025年，产值冲刺") == "sprint" and aspiration("力争") == "strive" and aspiration("") == ""


def test_from_the_years_start_to_a_month_and_a_plans_five_years():
    assert periods("今年年初到5月底，增幅为", date(2025, 8, 20)) == [("2025YTD05", False)]
    assert periods("“十三五”那五年里平均每年增长", date(2021, 6, 22)) == [("2015..2020", False)]


def test_a_goal_with_no_year_is_open():
    assert periods("技工贸收入，我们盯的远景是过", date(2022, 3, 23)) == [("open", True)]
    assert is_target("远期", False) and is_target("真到了那一天，技工贸收入得迈过", False)
    assert not is_target("园区取得突破", False) and not is_target("获得超过", False)
    assert not is_target("这一批签约项目加起来投资将近", False) and is_target("将达到", False)  # 将近 is nearly


def test_first_quarter_the_next_five_years_and_a_chronicles_year():
    assert periods("2021年首季", date(2022, 3, 28)) == [("2021Q1", False)]
    assert periods("今后五年", date(2022, 3, 28)) == [("by2025", True)]
    assert chronicle_year("株洲经开区2022年大事记（摘编）", date(2023, 1, 12)) == 2022
    assert chronicle_year("株洲经开区2022年工作会议", date(2023, 1, 12)) is None
    assert day_in("2月14日　开工活动举行", date(2023, 1, 12), 2022) == ("2022-02-14", "2月14日")


def test_lunar_days_by_the_table_of_new_years():
    from parkdash.ingest.when import LUNAR_DAY, lunar_day

    assert lunar_day(LUNAR_DAY.search("正月十四这天"), 2022) == ("2022-02-14", "正月十四")
    assert lunar_day(LUNAR_DAY.search("元宵节当天"), 2021) == ("2021-02-26", "元宵节")
    assert lunar_day(LUNAR_DAY.search("正月廿三"), 2024) == ("2024-03-03", "正月廿三")
    assert lunar_day(LUNAR_DAY.search("正月初八"), 2014) is None  # outside the table: no day rather than a wrong one
