import pytest

from parkdash.periods import PeriodError, check_partial_date, describe, parse_period, sort_key


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "part"),
    [
        ("2021", "year", 2021, 2021, None),
        ("2021Q1", "quarter", 2021, 2021, 1),
        ("2025H1", "half", 2025, 2025, 1),
        ("2025YTD05", "ytd", 2025, 2025, 5),
        ("2023YTD09", "ytd", 2023, 2023, 9),
        ("2022-02-14", "day", 2022, 2022, None),
        ("@2024-04", "asof", 2024, 2024, None),
        ("@2024-04-08", "asof", 2024, 2024, None),
        ("@2023", "asof", 2023, 2023, None),
        ("2015..2020", "span", 2015, 2020, None),
        ("by2025", "horizon", 2025, 2025, None),
        ("open", "open", None, None, None),
    ],
)
def test_each_period_form_parses(text, kind, start, end, part):
    p = parse_period(text)
    assert (p.kind, p.start_year, p.end_year, p.part) == (kind, start, end, part)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2021Q5", "not a period"),
        ("2021H3", "not a period"),
        ("2025YTD13", "not a period"),
        ("2022-02-30", "not a real date"),
        ("2020..2015", "span must end after"),
        ("by1800", "out of range"),
        ("未来五年", "not a period"),
        (" 2021", "not a period"),
        ("", "not a period"),
    ],
)
def test_bad_periods_say_why(text, reason):
    with pytest.raises(PeriodError, match=reason):
        parse_period(text)


def test_sort_key_orders_parts_before_their_year_and_horizons_last():
    texts = ["by2025", "2021", "2021Q1", "open", "2020", "@2024-04"]
    assert sorted(texts, key=sort_key) == ["2020", "2021Q1", "2021", "@2024-04", "by2025", "open"]


@pytest.mark.parametrize("text", ["2022", "2022-03", "2022-03-23"])
def test_partial_dates_accepted(text):
    check_partial_date(text)


@pytest.mark.parametrize("text", ["2022-13", "22-03-23", "2022/03/23", "2022-02-29"])
def test_partial_dates_rejected(text):
    with pytest.raises(PeriodError):
        check_partial_date(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2024", "2024年"),
        ("2024Q1", "2024年一季度"),
        ("2024H2", "2024年下半年"),
        ("2024YTD01", "2024年1月"),
        ("2024YTD05", "2024年1—5月"),
        ("2024-03-22", "2024年3月22日"),
        ("@2025", "截至2025年"),
        ("@2025-07", "截至2025年7月"),
        ("@2025-07-15", "截至2025年7月15日"),
        ("2021..2025", "2021—2025年"),
        ("by2025", "到2025年"),
        ("open", "未写年份"),
    ],
)
def test_a_period_in_words(text, words):
    assert describe(text) == words


def test_a_period_in_words_needs_a_period():
    with pytest.raises(PeriodError):
        describe("2024年上半年")
