"""An article given as text or as a saved HTML page, and the clear errors for what is not one."""

import pytest

from parkdash.ingest.text import MAX_ARTICLE_BYTES, ArticleError, article_text, sentences

PAGE = """<!DOCTYPE html><html><head><title>园区新闻 - 测试网</title><style>p{color:red}</style></head>
<body><nav><a href="/">首页</a> 资讯中心</nav><script>var x = "1000亿元";</script>
<div class="content"><p>测试园区上半年实现产值100亿元,同比增长8%。</p><p>下一段。</p></div>
<footer>版权所有 电话0731-0000000</footer></body></html>"""


def test_html_page_gives_its_body_text_and_title():
    text, title = article_text(PAGE.encode("utf-8"))
    assert title == "园区新闻 - 测试网"
    assert "测试园区上半年实现产值100亿元，同比增长8%。" in text  # half-width comma made full-width
    for noise in ("首页", "var x", "版权所有", "color:red"):
        assert noise not in text


def test_pasted_text_gives_its_first_line_as_headline():
    assert article_text("园区上半年产值增长8%\n测试园区上半年实现产值100亿元。")[1] == "园区上半年产值增长8%"
    assert article_text("测试园区上半年实现产值100亿元。下一句。\n第二段。")[1] == ""  # a sentence, not a headline
    assert article_text("测试园区上半年实现产值100亿元。")[1] == ""  # one line only: no headline


def test_gbk_and_bom_text_are_read():
    body = "测试园区实现产值100亿元。"
    assert article_text(body.encode("gbk"))[0] == body
    assert article_text(b"\xef\xbb\xbf" + body.encode("utf-8"))[0] == body


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (b"", "article_empty"),
        (b"   \n\t ", "article_empty"),
        ("   ", "article_empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "article_binary"),
        (b"\xff\xfe\x00\x00garbage\x00", "article_binary"),
        (b"The zone grew 8% in 2024.", "article_no_chinese"),
        (b"<html><body><script>var a='\xe4\xb8\xad';</script></body></html>", "article_no_chinese"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "article_too_large"),
    ],
)
def test_what_is_not_an_article_is_refused_with_a_reason(raw, key):
    with pytest.raises(ArticleError) as caught:
        article_text(raw)
    assert caught.value.key == key
    assert str(caught.value)


def test_sentences_keep_their_paragraph():
    got = sentences("第一句。第二句！\n第三句；第四句")
    assert [(s.text, s.paragraph) for s in got] == [("第一句。", 0), ("第二句！", 0), ("第三句；", 1), ("第四句", 1)]
