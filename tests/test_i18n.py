import pytest

from parkdash import i18n, vocab


@pytest.mark.parametrize(
    ("value", "unit", "lang", "text"),
    [
        (122.2, "亿元", "zh", "122.2亿元"),
        (122.2, "亿元", "en", "CNY 12.22 billion"),
        (5000, "亿元", "zh", "5000亿元"),
        (0.5, "亿元", "zh", "5000万元"),
        (300, "万元", "en", "CNY 3 million"),
        (27.7, "%", "zh", "27.7%"),
        (35, "名", "zh", "第35名"),
        (35, "名", "en", "No. 35"),
        (26, "个", "zh", "26个"),
        (146, "家", "en", "146 firms"),
        (9252, "亩", "zh", "9,252亩"),
        (1234.567, "平方公里", "en", "1,234.57 km²"),
    ],
)
def test_amounts_follow_the_language(value, unit, lang, text):
    assert i18n.amount(value, unit, lang) == text


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((15, "%", "ge", "zh"), "≥15%"),
        ((740, "亿元", "approx", "zh"), "约740亿元"),
        ((740, "亿元", "approx", "en"), "about CNY 74 billion"),
        ((30, "亿元", "near", "zh"), "近30亿元"),
        ((3, "名", "le", "zh"), "≤第3名"),
    ],
)
def test_qualifiers_are_shown(args, text):
    assert i18n.qualified(*args) == text


def test_aspiration_and_range():
    assert i18n.qualified(5000, "亿元", "eq", "zh", aspiration="sprint") == "冲刺 5000亿元"
    assert i18n.qualified(10, "亿元", "range", "zh", value_max=30) == "10亿元 – 30亿元"


def test_every_text_exists_in_both_languages():
    for key in i18n._T:
        assert i18n.t(key, "zh") and i18n.t(key, "en")


def test_labels_fall_back_to_the_code():
    assert i18n.label("role", "lead", "zh") == "主导"
    assert i18n.label("role", "nonsense", "en") == "nonsense"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_whole_numbers_are_written_as_babel_writes_them(lang):
    """``number`` skips babel for whole numbers (50× quicker); the text must be the same."""
    from babel.numbers import format_decimal

    for value in (0, 7, -7, 999, 1000, -1234, 1234567, 10**12, 26.0, 9252.0, -35.0, 1e14, 2.004, 1.5, 0.3):
        for digits in (0, 1, 2):
            expected = format_decimal(round(value, digits), locale=i18n.LOCALES[lang])
            assert i18n.number(value, lang, digits) == expected, (value, digits)


def test_units_to_choose_from_keep_the_articles_word_and_say_what_it_means_in_english():
    assert i18n.unit_choice("亿元", "zh") == "亿元"
    assert i18n.unit_choice("亿元", "en") == "亿元 · CNY 100 million"
    assert i18n.unit_choice("%", "en") == "%"  # nothing to add
    assert all(i18n.unit_choice(u, "en").startswith(u) for u in vocab.UNITS)


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [("2025H1", "2025年上半年", "H1 2025"), ("2025Q3", "2025年三季度", "Q3 2025"), ("2025YTD05", "2025年1—5月", "Jan–May 2025"),
     ("2025YTD01", "2025年1月", "Jan 2025"), ("@2025-07", "截至2025年7月", "as of 2025-07"), ("2025", "2025年", "2025")],
)  # fmt: skip
def test_a_period_in_words_in_both_languages(code, zh, en):
    assert (i18n.period_words(code, "zh"), i18n.period_words(code, "en")) == (zh, en)
