import pytest

from parkdash import vocab


def test_convert_within_a_dimension():
    assert vocab.convert(1, "亿元", "万元") == pytest.approx(10_000)
    assert vocab.convert(510.06, "公顷", "平方公里") == pytest.approx(5.1006)
    assert vocab.convert(15, "亩", "公顷") == pytest.approx(1.0)


def test_convert_refuses_across_dimensions():
    with pytest.raises(ValueError, match="cannot convert"):
        vocab.convert(1, "亿元", "%")


@pytest.mark.parametrize(
    "url", ["https://www.cadz.org.cn/index.php/News/info/id/43752.html", "http://bk.zzlib.net:88/paper/daily/202503/441830.html"]
)
def test_http_urls_are_safe(url):
    assert vocab.is_safe_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "vbscript:x",
        "data:text/html;base64,PHA+",
        "file:///etc/passwd",
        "https://x.org/a b",
        'https://x.org/"onmouseover=',
        "ftp://x.org/",
        "",
    ],
)
def test_other_urls_are_not(url):
    assert not vocab.is_safe_url(url)
